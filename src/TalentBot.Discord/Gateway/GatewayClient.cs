using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Chat.Connections;
using TalentBot.Discord.Interactions;
using TalentBot.Discord.Rest;

using GatewaySocket = TalentBot.Chat.Connections.JsonWebSocket<TalentBot.Discord.Gateway.GatewayPayload, TalentBot.Discord.Gateway.GatewayPayload>;

namespace TalentBot.Discord.Gateway;

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
    ILogger<GatewayClient> logger) : SocketClient("Gateway", time, random, logger)
{
    private const string ApiQuery = "v=10&encoding=json";

    /// <summary>Discord closes a connection that sends more than 4096 bytes in one payload.</summary>
    private const int MaxSendBytes = 4096;

    private static readonly IdentifyProperties Properties = new("linux", "talentbot", "talentbot");

    private readonly GatewaySession _session = new();
    private Uri? _gateway;

    /// <summary>One connection, on the resume URL when the session can resume, or identifying anew on the Gateway's.</summary>
    protected override async Task<ConnectionEnd> ConnectOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            _gateway ??= new Uri((await rest.GetGatewayBotAsync(stoppingToken).ConfigureAwait(false)).Url);
            var resuming = _session.CanResume;
            return await RunConnectionAsync(resuming ? _session.ResumeUrl! : _gateway, resuming, stoppingToken).ConfigureAwait(false);
        }
        catch (DiscordApiException e) when (e.Status == System.Net.HttpStatusCode.Unauthorized)
        {
            return ConnectionEnd.Final(GatewayCloseCodes.Describe(GatewayCloseCodes.AuthenticationFailed));
        }
        catch (Exception e) when (e is WebSocketException or HttpRequestException or DiscordApiException or JsonException or IOException)
        {
            return ConnectionEnd.Failed(e);
        }
    }

    private async Task<ConnectionEnd> RunConnectionAsync(Uri url, bool resuming, CancellationToken stoppingToken)
    {
        using var connection = await GatewaySocket.ConnectAsync(new UriBuilder(url) { Query = ApiQuery }.Uri,
            DiscordJson.Default.GatewayPayload, DiscordJson.Default.GatewayPayload, MaxSendBytes, cancellationToken: stoppingToken).ConfigureAwait(false);
        using var connectionOver = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var heartbeat = new Heartbeat(connection, _session, Time, Jitter);
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
                    return new ConnectionEnd(reason) { WasReady = wasReady };
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
                        return new ConnectionEnd("Discord asked to reconnect") { WasReady = wasReady, Requested = true };
                    case GatewayOpcodes.InvalidSession:
                        var resumable = payload.D is { ValueKind: JsonValueKind.True };
                        await connection.CloseAsync(GatewayCloseCodes.UnknownError, "invalid session").ConfigureAwait(false);
                        if (resumable) return new ConnectionEnd("invalid session, resumable") { WasReady = wasReady };
                        _session.Reset();
                        // Discord asks for a random 1–5 s pause before identifying again after an invalid session.
                        return new ConnectionEnd("invalid session, not resumable")
                        {
                            WasReady = wasReady,
                            Pause = TimeSpan.FromSeconds(1 + 4 * Jitter.NextDouble()),
                        };
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
                Greeted();
                DiscordLog.GatewayReady(Logger);
                return true;
            case "RESUMED":
                Greeted();
                DiscordLog.GatewayResumed(Logger, _session.Sequence);
                return true;
            case "INTERACTION_CREATE":
                var interaction = payload.D!.Value.Deserialize(DiscordJson.Default.Interaction);
                if (interaction is { IsComplete: true }) followUps.Start(interaction.Id, token => AnswerAsync(interaction, token));
                else DiscordLog.PayloadRejected(Logger, "an incomplete interaction from the Gateway");
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

    /// <summary>A close by Discord: fatal codes end the client, session-ending ones start a new session, the rest resume.</summary>
    private ConnectionEnd Closed(int? code, bool wasReady)
    {
        if (code is { } c && GatewayCloseCodes.IsFatal(c)) return ConnectionEnd.Final($"{c}: {GatewayCloseCodes.Describe(c)}");
        var reason = code is { } closed ? $"closed by Discord with code {closed}" : "closed by Discord without a code";
        if (code is { } e && GatewayCloseCodes.EndsSession(e)) _session.Reset();
        return new ConnectionEnd(reason) { WasReady = wasReady };
    }

    private GatewayPayload IdentifyPayload() => new(GatewayOpcodes.Identify, JsonSerializer.SerializeToElement(
        new IdentifyData(options.Value.BotToken!, Intents: 0, Properties), DiscordJson.Default.IdentifyData));

    private GatewayPayload ResumePayload() => new(GatewayOpcodes.Resume, JsonSerializer.SerializeToElement(
        new ResumeData(options.Value.BotToken!, _session.SessionId!, _session.Sequence), DiscordJson.Default.ResumeData));
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
