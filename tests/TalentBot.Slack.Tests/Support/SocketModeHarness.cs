using TalentBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentBot.Answering;
using TalentBot.Chat.Connections;
using TalentBot.Slack.SocketMode;

namespace TalentBot.Slack.Tests.Support;

/// <summary>
/// The Slack adapter in Socket Mode, in a real generic host (no HTTP server: Socket Mode needs no public URL),
/// connecting to the fake Slack, answering from the founding store, on a fake clock and a seeded random source.
/// </summary>
public sealed class SocketModeHarness : IAsyncDisposable
{
    /// <summary>SlackLog's "Socket Mode connected" line, and the shared "stopped and will not reconnect" line.</summary>
    private const int ReadyEvent = 6040;
    private const int StoppedEvent = 7102;

    private readonly IHost _host;

    private SocketModeHarness(IHost host, FakeClock time, CapturedLogs logs)
    {
        _host = host;
        Time = time;
        Logs = logs;
    }

    public FakeClock Time { get; }

    public CapturedLogs Logs { get; }

    public SocketModeClient Client => _host.Services.GetRequiredService<SocketModeClient>();

    public static async Task<SocketModeHarness> StartAsync(FakeSlack slack, IAnswerService? answers = null)
    {
        var time = new FakeClock();
        var logs = new CapturedLogs();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [], DisableDefaults = true });
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Trace);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:Mode"] = "SocketMode",
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            [SlackOptions.AppTokenVariable] = WebApiHarness.AppToken,
            [SlackOptions.BotTokenVariable] = SlackHost.BotToken,
        });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(new Random(7));
        builder.Services.AddSingleton(FoundingStore.Registry);
        builder.Services.AddSingleton(answers ?? FoundingStore.Answers);
        builder.Services.AddSlackBot(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new SocketModeHarness(host, time, logs);
    }

    public async Task<HealthReport> HealthAsync() =>
        await _host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

    /// <summary>
    /// Waits for the client to reach <paramref name="status"/>: woken by the line it logs on getting there (it sets its
    /// status first), each line after <paramref name="after"/> such lines.
    /// </summary>
    public async Task StatusBecomesAsync(ConnectionStatus status, int after = 0)
    {
        var eventId = status switch
        {
            ConnectionStatus.Ready => ReadyEvent,
            ConnectionStatus.Stopped => StoppedEvent,
            _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Only Ready and Stopped are logged."),
        };
        await Logs.WaitForAsync(l => l.EventId == eventId && Logs.Count(eventId) > after);
        Client.Status.ShouldBe(status);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
