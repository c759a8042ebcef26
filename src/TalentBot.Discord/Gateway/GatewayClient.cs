using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Discord.Interactions;
using TalentBot.Discord.Rest;

namespace TalentBot.Discord.Gateway;

/// <summary>Where the Gateway connection stands, for readiness.</summary>
public enum GatewayStatus
{
    Connecting,
    Ready,
    Stopped,
}

/// <summary>
/// The Gateway connection for bots without a public URL: Hello, heartbeats (the first after a random fraction of
/// the interval, as Discord asks), Identify with no intents, Resume on the <c>resume_gateway_url</c> after a
/// reconnect, a zombied connection (a heartbeat not acknowledged by the next one) closed and resumed, and the close
/// codes that must not be retried ending the client with a log entry saying why. Each reconnection is one log line
/// with the reason and the wait (the exception, when there was one, only at Debug: a Gateway that stays unreachable
/// must not fill the log with stack traces). Each INTERACTION_CREATE is answered through the REST callback. Time and
/// jitter come from the injected clock and random source.
/// </summary>
public sealed class GatewayClient(
    IOptions<DiscordOptions> options,
    DiscordRestClient rest,
    InteractionDispatcher dispatcher,
    FollowUps followUps,
    TimeProvider time,
    Random random,
    ILogger<GatewayClient> logger) : BackgroundService
{
    private const string ApiQuery = "v=10&encoding=json";
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);
    private static readonly IdentifyProperties Properties = new("linux", "talentbot", "talentbot");

    private readonly GatewaySession _session = new();

    public GatewayStatus Status { get; private set; } = GatewayStatus.Connecting;

    /// <summary>Why the client stopped, when it did.</summary>
    public string? StopReason { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        Uri? gateway = null;
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            ConnectionEnd end;
            try
            {
                gateway ??= new Uri((await rest.GetGatewayBotAsync(stoppingToken).ConfigureAwait(false)).Url);
                var resuming = _session.CanResume;
                end = await RunConnectionAsync(resuming ? _session.ResumeUrl! : gateway, resuming, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (DiscordApiException e) when (e.Status == System.Net.HttpStatusCode.Unauthorized)
            {
                Stop(GatewayCloseCodes.Describe(GatewayCloseCodes.AuthenticationFailed));
                return;
            }
            catch (Exception e) when (e is WebSocketException or HttpRequestException or DiscordApiException or JsonException or IOException)
            {
                end = ConnectionEnd.Resume with { Reason = $"{e.GetType().Name}: {e.Message}", Failure = e };
            }

            if (end.FatalCode is { } fatal)
            {
                Stop($"{fatal}: {GatewayCloseCodes.Describe(fatal)}");
                return;
            }
            if (!end.Resumable) _session.Reset();
            failures = end.WasReady ? 0 : failures + 1;
            Status = GatewayStatus.Connecting;
            // Discord asks for a random 1–5 s pause before identifying again after an invalid session.
            var wait = end.PauseBeforeIdentify ? TimeSpan.FromSeconds(1 + 4 * random.NextDouble())
                : failures > 0 ? Backoff(failures)
                : TimeSpan.Zero;
            DiscordLog.GatewayReconnecting(logger, end.Requested ? LogLevel.Information : LogLevel.Warning, end.Reason, (long)wait.TotalMilliseconds);
            if (end.Failure is { } failure) DiscordLog.GatewayFailureDetail(logger, failure);
            try
            {
                if (wait > TimeSpan.Zero) await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        Status = GatewayStatus.Stopped;
        StopReason = "the host is stopping";
    }

    private async Task<ConnectionEnd> RunConnectionAsync(Uri url, bool resuming, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new UriBuilder(url) { Query = ApiQuery }.Uri, stoppingToken).ConfigureAwait(false);
        using var connection = new GatewayConnection(socket);
        using var connectionOver = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeat = new Heartbeat(connection, _session, time, random);
        var wasReady = false;
        try
        {
            while (true)
            {
                GatewayPayload? payload;
                try
                {
                    payload = await connection.ReceiveAsync(connectionOver.Token).ConfigureAwait(false);
                }
                catch (Exception e) when (e is WebSocketException or OperationCanceledException && !stoppingToken.IsCancellationRequested)
                {
                    // Dropped, or closed by the heartbeat as zombied: the session survives either way.
                    var reason = heartbeat.ZombiedAfter is { } interval
                        ? $"heartbeat not acknowledged within {(long)interval.TotalMilliseconds} ms"
                        : "connection dropped";
                    return ConnectionEnd.Resume with { WasReady = wasReady, Reason = reason };
                }
                if (payload is null) return Closed(connection.CloseCode, wasReady);

                switch (payload.Op)
                {
                    case GatewayOpcodes.Hello:
                        var hello = payload.D!.Value.Deserialize(DiscordJson.Default.HelloData)!;
                        heartbeat.Start(TimeSpan.FromMilliseconds(hello.HeartbeatInterval), connectionOver.Token);
                        await connection.SendAsync(resuming ? ResumePayload() : IdentifyPayload(), connectionOver.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcodes.HeartbeatAck:
                        heartbeat.Acknowledged();
                        break;
                    case GatewayOpcodes.Heartbeat:
                        await heartbeat.BeatNowAsync(connectionOver.Token).ConfigureAwait(false);
                        break;
                    case GatewayOpcodes.Reconnect:
                        await connection.CloseAsync(GatewayCloseCodes.UnknownError, "reconnect requested").ConfigureAwait(false);
                        return ConnectionEnd.Resume with { WasReady = wasReady, Reason = "Discord asked to reconnect", Requested = true };
                    case GatewayOpcodes.InvalidSession:
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        await connection.CloseAsync(GatewayCloseCodes.UnknownError, "invalid session").ConfigureAwait(false);
                        return resumable
                            ? ConnectionEnd.Resume with { WasReady = wasReady, Reason = "invalid session, resumable" }
                            : ConnectionEnd.NewSession with { WasReady = wasReady, PauseBeforeIdentify = true, Reason = "invalid session, not resumable" };
                    case GatewayOpcodes.Dispatch:
                        if (payload.S is { } sequence) _session.Sequence = sequence;
                        wasReady |= OnDispatch(payload, stoppingToken);
                        break;
                }
            }
        }
        finally
        {
            await connectionOver.CancelAsync().ConfigureAwait(false);
            await heartbeat.StopAsync().ConfigureAwait(false);
            // Leaving on purpose (shutdown) ends the session with 1000; any other way keeps it resumable.
            await connection.CloseAsync(stoppingToken.IsCancellationRequested ? 1000 : GatewayCloseCodes.UnknownError, "closing").ConfigureAwait(false);
        }
    }

    /// <summary>Handles a dispatch; true when it made the session ready.</summary>
    private bool OnDispatch(GatewayPayload payload, CancellationToken stoppingToken)
    {
        switch (payload.T)
        {
            case "READY":
                var ready = payload.D!.Value.Deserialize(DiscordJson.Default.ReadyData)!;
                _session.Start(ready.SessionId, new Uri(ready.ResumeGatewayUrl));
                Status = GatewayStatus.Ready;
                DiscordLog.GatewayReady(logger);
                return true;
            case "RESUMED":
                Status = GatewayStatus.Ready;
                DiscordLog.GatewayResumed(logger, _session.Sequence);
                return true;
            case "INTERACTION_CREATE":
                var interaction = payload.D!.Value.Deserialize(DiscordJson.Default.Interaction);
                if (interaction is { IsComplete: true }) followUps.Start(interaction.Id, token => AnswerAsync(interaction, token));
                else DiscordLog.PayloadRejected(logger, "an incomplete interaction from the Gateway");
                return false;
            default:
                return false;
        }
    }

    private async Task AnswerAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var reply = await dispatcher.DispatchAsync(interaction, cancellationToken).ConfigureAwait(false);
        await rest.CreateInteractionResponseAsync(interaction.Id, interaction.Token, reply.Initial, cancellationToken).ConfigureAwait(false);
        if (reply.FollowUp is { } followUp) followUps.Start(interaction.Id, followUp);
    }

    private static ConnectionEnd Closed(int? code, bool wasReady)
    {
        if (code is { } c && GatewayCloseCodes.IsFatal(c)) return ConnectionEnd.Fatal(c);
        var reason = code is { } closed ? $"closed by Discord with code {closed}" : "closed by Discord without a code";
        if (code is { } e && GatewayCloseCodes.EndsSession(e)) return ConnectionEnd.NewSession with { WasReady = wasReady, Reason = reason };
        return ConnectionEnd.Resume with { WasReady = wasReady, Reason = reason };
    }

    private GatewayPayload IdentifyPayload() => new(GatewayOpcodes.Identify, JsonSerializer.SerializeToElement(
        new IdentifyData(options.Value.BotToken!, Intents: 0, Properties), DiscordJson.Default.IdentifyData));

    private GatewayPayload ResumePayload() => new(GatewayOpcodes.Resume, JsonSerializer.SerializeToElement(
        new ResumeData(options.Value.BotToken!, _session.SessionId!, _session.Sequence), DiscordJson.Default.ResumeData));

    private void Stop(string reason)
    {
        Status = GatewayStatus.Stopped;
        StopReason = reason;
        DiscordLog.GatewayStopped(logger, reason);
    }

    /// <summary>1, 2, 4 … seconds up to a minute, with up to a quarter of jitter so many bots do not return in step.</summary>
    private TimeSpan Backoff(int failures)
    {
        var seconds = Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(failures - 1, 16)));
        return TimeSpan.FromSeconds(seconds * (1 + 0.25 * random.NextDouble()));
    }

    /// <summary>
    /// How a connection ended and what the next one does: <see cref="Reason"/> for the log line, <see cref="Failure"/>
    /// when an exception ended it, <see cref="Requested"/> when Discord asked for the reconnection (routine, not a fault).
    /// </summary>
    private sealed record ConnectionEnd(bool Resumable, int? FatalCode = null, bool WasReady = false, bool PauseBeforeIdentify = false)
    {
        public static readonly ConnectionEnd Resume = new(Resumable: true);
        public static readonly ConnectionEnd NewSession = new(Resumable: false);

        public string Reason { get; init; } = "connection ended";

        public Exception? Failure { get; init; }

        public bool Requested { get; init; }

        public static ConnectionEnd Fatal(int code) => new(Resumable: false, FatalCode: code);
    }
}

/// <summary>The session a connection resumes: its id, the URL to resume on, and the last sequence number seen.</summary>
internal sealed class GatewaySession
{
    private const long None = -1;

    // Written by the receive loop, read by the heartbeat.
    private long _sequence = None;

    public string? SessionId { get; private set; }

    public Uri? ResumeUrl { get; private set; }

    public int? Sequence
    {
        get => Interlocked.Read(ref _sequence) is var s && s == None ? null : (int)s;
        set => Interlocked.Exchange(ref _sequence, value ?? None);
    }

    public bool CanResume => SessionId is not null && ResumeUrl is not null;

    public void Start(string sessionId, Uri resumeUrl)
    {
        SessionId = sessionId;
        ResumeUrl = resumeUrl;
    }

    public void Reset()
    {
        SessionId = null;
        ResumeUrl = null;
        Sequence = null;
    }
}
