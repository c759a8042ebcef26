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
using TalentBot.Slack.Conversations;
using TalentBot.Slack.Http;

namespace TalentBot.Slack.Tests.Support;

/// <summary>The response to one signed request: status, body, and the reply it carries when there is one.</summary>
public sealed record SlackResult(int Status, string Body, string? ContentType)
{
    public JsonNode Json => JsonNode.Parse(Body)!;

    public string? ResponseType => (string?)Json["response_type"];

    public bool IsEphemeral => ResponseType == "ephemeral";

    /// <summary>Every string in the reply's blocks: what a user would read.</summary>
    public string BlockText => Texts.Of(Json["blocks"]);

    public IReadOnlyList<JsonNode> Buttons => Blocks.Buttons(Json);
}

/// <summary>
/// The Slack adapter in a real ASP.NET Core host on loopback (Kestrel, 127.0.0.1, a free port) in HTTP mode,
/// answering from the founding store, on a fake clock, with Slack's published signing secret. Requests are signed
/// like Slack's.
/// </summary>
public sealed class SlackHost : IAsyncDisposable
{
    public const string BotToken = "xoxb-test-bot-token-42";

    private readonly WebApplication _app;

    private SlackHost(WebApplication app, FakeTimeProvider time, CapturedLogs logs)
    {
        _app = app;
        Time = time;
        Logs = logs;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public FakeTimeProvider Time { get; }

    public CapturedLogs Logs { get; }

    public HttpClient Http { get; }

    public IServiceProvider Services => _app.Services;

    public static async Task<SlackHost> StartAsync(
        FakeSlack? slack = null,
        IAnswerService? answers = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        DateTimeOffset? now = null)
    {
        var time = new FakeTimeProvider(now ?? DateTimeOffset.UtcNow);
        var logs = new CapturedLogs();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [SlackOptions.SigningSecretVariable] = Signing.PublishedSecret,
            [SlackOptions.BotTokenVariable] = BotToken,
            ["Slack:ApiBaseUrl"] = slack?.ApiBaseUrl ?? "http://127.0.0.1:9/api/",
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(FoundingStore.Registry);
        builder.Services.AddSingleton(answers ?? FoundingStore.Answers);
        services?.Invoke(builder.Services);
        builder.Services.AddSlackBot(builder.Configuration);
        var app = builder.Build();
        app.MapSlackEndpoints();
        await app.StartAsync();
        return new SlackHost(app, time, logs);
    }

    /// <summary>A slash command, signed now (by the fake clock), its <c>response_url</c> on <paramref name="slack"/>.</summary>
    public Task<SlackResult> CommandAsync(string command, string text, FakeSlack? slack = null, string? trigger = null) =>
        PostAsync(SlackEndpoints.CommandsPath, Payloads.Command(command, text, slack?.ResponseUrl() ?? "https://hooks.slack.com/commands/T0/1/x", trigger));

    public Task<SlackResult> EventAsync(JsonObject envelope, IReadOnlyDictionary<string, string>? headers = null) =>
        PostAsync(SlackEndpoints.EventsPath, envelope.ToJsonString(), "application/json", headers: headers);

    public Task<SlackResult> ClickAsync(JsonObject payload) => PostAsync(SlackEndpoints.InteractivityPath, Payloads.Click(payload));

    /// <summary>Signs <paramref name="body"/> and posts it; each part of the request can be spoiled for the refusal tests.</summary>
    public async Task<SlackResult> PostAsync(
        string path,
        string body,
        string contentType = "application/x-www-form-urlencoded",
        string? timestamp = null,
        Func<string, string>? tamperSignature = null,
        string? sentBody = null,
        bool sign = true,
        IReadOnlyDictionary<string, string>? headers = null)
    {
        timestamp ??= Signing.Timestamp(Time.GetUtcNow());
        var signature = Signing.Published.Sign(timestamp, Encoding.UTF8.GetBytes(body));
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(sentBody ?? body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (sign)
        {
            request.Headers.Add(RequestSignature.SignatureHeader, tamperSignature?.Invoke(signature) ?? signature);
            request.Headers.Add(RequestSignature.TimestampHeader, timestamp);
        }
        foreach (var (name, value) in headers ?? new Dictionary<string, string>()) request.Headers.Add(name, value);
        return await SendAsync(request);
    }

    /// <summary>Signs and posts bytes as they are, for bodies that are not valid text.</summary>
    public async Task<SlackResult> PostRawAsync(string path, byte[] body, string contentType)
    {
        var timestamp = Signing.Timestamp(Time.GetUtcNow());
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        request.Headers.Add(RequestSignature.SignatureHeader, Signing.Published.Sign(timestamp, body));
        request.Headers.Add(RequestSignature.TimestampHeader, timestamp);
        return await SendAsync(request);
    }

    public async Task<SlackResult> SendAsync(HttpRequestMessage request)
    {
        using var response = await Http.SendAsync(request);
        return new SlackResult((int)response.StatusCode, await response.Content.ReadAsStringAsync(),
            response.Content.Headers.ContentType?.MediaType);
    }

    /// <summary>Moves the fake clock on in steps until <paramref name="task"/> finishes, for code that waits on the clock.</summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> task, TimeSpan step)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (!task.IsCompleted && DateTime.UtcNow < deadline)
        {
            Time.Advance(step);
            await Task.WhenAny(task, Task.Delay(10));
        }
        return await task;
    }

    /// <summary>Waits until no reply is still being delivered, before a test moves the clock on or reads the logs.</summary>
    public async Task FollowUpsDoneAsync()
    {
        var followUps = Services.GetRequiredService<FollowUps>();
        await followUps.IdleAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));
        followUps.Pending.ShouldBe(0);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
