using TalentBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack.Tests.Support;

/// <summary>The Web API client as the host registers it (factory, Polly, channel lanes), pointed at the fake Slack, on a fake clock.</summary>
public sealed class WebApiHarness : IAsyncDisposable
{
    public const string AppToken = "xapp-1-A0TALENT-test";

    private readonly ServiceProvider _services;

    private WebApiHarness(ServiceProvider services, FakeClock time, CapturedLogs logs)
    {
        _services = services;
        Time = time;
        Logs = logs;
    }

    public FakeClock Time { get; }

    public CapturedLogs Logs { get; }

    public SlackWebApiClient Client => _services.GetRequiredService<SlackWebApiClient>();

    public static WebApiHarness Create(FakeSlack slack, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            [SlackOptions.BotTokenVariable] = SlackHost.BotToken,
            [SlackOptions.AppTokenVariable] = AppToken,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var time = new FakeClock();
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSlackWebApi()
            .BuildServiceProvider();
        return new WebApiHarness(services, time, logs);
    }

    /// <summary>Moves the fake clock on in steps until <paramref name="task"/> finishes.</summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> task, TimeSpan step)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!task.IsCompleted && DateTime.UtcNow < deadline)
        {
            Time.Advance(step);
            await Task.WhenAny(task, Task.Delay(10));
        }
        return await task;
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
