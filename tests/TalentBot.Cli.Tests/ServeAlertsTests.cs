using Microsoft.Extensions.DependencyInjection;
using TalentBot.Hosting;
using TalentBot.Serving;
using TalentBot.Testing;
using Microsoft.AspNetCore.Builder;

namespace TalentBot.Cli.Tests;

/// <summary><c>serve</c> delivers continuously: articles that arrive while it runs alert their subscribers at once.</summary>
public sealed class ServeAlertsTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private WebhookReceiver _webhook = null!;
    private WebApplication? _app;

    public async Task InitializeAsync() => _webhook = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync();
        await _webhook.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task ArticleFromAWatchedFolder_AlertsTheSubscriber_WhileServing()
    {
        (await Cli.RunAsync("subscribe", "--db", _temp.Database, "--webhook", _webhook.Url.AbsoluteUri, "--company", "meta")).ExitCode.ShouldBe(0);
        var inbox = Path.Combine(_temp.Path, "inbox");
        _temp.File("inbox/news.md", "Meta hires\n\nIrene Costa has left Google to join Meta, the company said.\n");

        // serve reads its watched folders as it starts, then on every poll.
        await StartAsync(new() { ["Feeds:Folders:0"] = inbox });

        (await _webhook.WaitForRequestsAsync(1, TimeSpan.FromSeconds(20))).ShouldBeTrue("serve never delivered the alert");
        _webhook.Accepted.Single().Body!["moves"]![0]!["person"]!.GetValue<string>().ShouldBe("Irene Costa");
    }

    private async Task StartAsync(Dictionary<string, string?> settings)
    {
        settings["Knowledge:Path"] = Path.Combine(AppContext.BaseDirectory, "knowledge");
        settings[StoreOptions.PathKey] = _temp.Database;
        _app = ServeHost.Build("http://127.0.0.1:0", settings);
        ServeHost.SettingsProblems(_app).ShouldBeEmpty();
        var (session, error) = _app.Services.GetRequiredService<StoreProvider>().Open(TextWriter.Null, CancellationToken.None);
        session.ShouldNotBeNull(error);
        await _app.StartAsync();
    }
}
