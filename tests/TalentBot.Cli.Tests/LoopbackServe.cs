using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using NSec.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Hosting;
using TalentBot.Serving;
using TalentBot.Slack.Http;

namespace TalentBot.Cli.Tests;

/// <summary>
/// The serve host as <c>talentbot serve</c> builds it, in this process on a loopback port, over the founding corpus
/// and a store file of the test's own; and requests signed as Discord and Slack sign them.
/// </summary>
internal sealed class LoopbackServe : IAsyncDisposable
{
    private LoopbackServe(WebApplication app)
    {
        App = app;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public WebApplication App { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => App.Services;

    /// <summary>Builds the host with <paramref name="settings"/> (the founding corpus unless they name another), checks them, opens the store and starts.</summary>
    public static async Task<LoopbackServe> StartAsync(string database, IReadOnlyDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Knowledge:Path"] = Path.Combine(AppContext.BaseDirectory, "knowledge"),
            [StoreOptions.PathKey] = database,
        };
        foreach (var (key, value) in settings) all[key] = value;
        var app = ServeHost.Build("http://127.0.0.1:0", all);
        ServeHost.SettingsProblems(app).ShouldBeEmpty();
        var (session, error) = app.Services.GetRequiredService<StoreProvider>().Open(TextWriter.Null, CancellationToken.None);
        session.ShouldNotBeNull(error);
        await app.StartAsync();
        return new LoopbackServe(app);
    }

    /// <summary>Posts an interaction signed with <paramref name="key"/> as Discord signs it: Ed25519 over the timestamp and body.</summary>
    public async Task<HttpResponseMessage> PostDiscordAsync(Key key, string json)
    {
        var body = Encoding.UTF8.GetBytes(json);
        var timestamp = Now();
        var signature = SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return await Http.SendAsync(request);
    }

    /// <summary>Posts a slash command signed with <paramref name="secret"/> as Slack signs it.</summary>
    public async Task<HttpResponseMessage> PostSlackCommandAsync(string secret, string form)
    {
        var body = Encoding.UTF8.GetBytes(form);
        var timestamp = Now();
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackEndpoints.CommandsPath) { Content = new ByteArrayContent(body) };
        request.Headers.Add(RequestSignature.SignatureHeader, new RequestSignature(secret).Sign(timestamp, body));
        request.Headers.Add(RequestSignature.TimestampHeader, timestamp);
        return await Http.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }

    /// <summary>The platforms refuse a signature whose timestamp is not within minutes of the server's real clock.</summary>
    private static string Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
