using TalentBot.Testing;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Discord.Interactions;

namespace TalentBot.Discord.Tests.Support;

/// <summary>The response to one signed interaction: status, and the JSON body when there is one.</summary>
public sealed record InteractionResult(int Status, string Body)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public int CallbackType => (int)Json["type"]!;

    public JsonNode? Data => Json["data"];

    public bool IsEphemeral => Data?["flags"] is { } flags && ((int)flags & 64) != 0;

    /// <summary>Every string in the message's embeds, joined: what a user would read.</summary>
    public string EmbedText => string.Join("\n", (Data?["embeds"]?.AsArray() ?? []).SelectMany(Strings));

    public IReadOnlyList<JsonNode> Buttons =>
        (Data?["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(b => b!).ToList();

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };
}

/// <summary>
/// The Discord adapter in a real ASP.NET Core host on loopback (Kestrel, 127.0.0.1, a free port), answering from
/// the founding store, with a fake clock and a key pair made for the test. Requests are signed like Discord's.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private BotHost(WebApplication app, DiscordSigner signer, FakeTimeProvider time, CapturedLogs logs)
    {
        _app = app;
        Signer = signer;
        Time = time;
        Logs = logs;
        _http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public DiscordSigner Signer { get; }

    public FakeTimeProvider Time { get; }

    public CapturedLogs Logs { get; }

    public IServiceProvider Services => _app.Services;

    public HttpClient Http => _http;

    public static async Task<BotHost> StartAsync(
        FakeDiscord? discord = null,
        IAnswerService? answers = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        var signer = new DiscordSigner();
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var logs = new CapturedLogs();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [DiscordOptions.PublicKeyVariable] = signer.PublicKeyHex,
            ["Discord:ApiBaseUrl"] = discord?.ApiBaseUrl ?? "http://127.0.0.1:9/api/v10",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(FoundingStore.Registry);
        builder.Services.AddSingleton(answers ?? FoundingStore.Answers);
        services?.Invoke(builder.Services);
        builder.Services.AddDiscordBot(builder.Configuration);
        var app = builder.Build();
        app.MapDiscordInteractions();
        await app.StartAsync();
        return new BotHost(app, signer, time, logs);
    }

    /// <summary>Signs <paramref name="body"/> now (by the fake clock) and posts it.</summary>
    public Task<InteractionResult> SendAsync(JsonNode body) => SendRawAsync(Encoding.UTF8.GetBytes(body.ToJsonString()));

    public Task<InteractionResult> SendRawAsync(byte[] body, string? timestamp = null, Func<string, string>? tamperSignature = null,
                                                byte[]? sentBody = null, bool sign = true)
    {
        timestamp ??= Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Signer.Sign(timestamp, body);
        var request = new HttpRequestMessage(HttpMethod.Post, InteractionEndpoint.Path)
        {
            Content = new ByteArrayContent(sentBody ?? body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (sign)
        {
            request.Headers.Add(InteractionSignature.SignatureHeader, tamperSignature?.Invoke(signature) ?? signature);
            request.Headers.Add(InteractionSignature.TimestampHeader, timestamp);
        }
        return PostAsync(request);
    }

    public async Task<InteractionResult> PostAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request);
        return new InteractionResult((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Moves the fake clock on in steps until <paramref name="task"/> finishes, for code that waits on the clock.</summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> task, TimeSpan step, TimeSpan? limit = null)
    {
        var deadline = DateTime.UtcNow + (limit ?? TimeSpan.FromSeconds(10));
        while (!task.IsCompleted && DateTime.UtcNow < deadline)
        {
            Time.Advance(step);
            await Task.WhenAny(task, Task.Delay(10));
        }
        return await task;
    }

    /// <summary>Stops the host the way a shutdown signal does: in-flight follow-ups are waited for.</summary>
    public Task StopAsync() => _app.StopAsync();

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        Signer.Dispose();
    }
}
