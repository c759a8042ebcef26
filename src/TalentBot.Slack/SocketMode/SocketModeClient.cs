using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentBot.Slack.Conversations;
using TalentBot.Slack.Requests;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack.SocketMode;

/// <summary>Where the Socket Mode connection stands, for readiness.</summary>
public enum SocketModeStatus
{
    Connecting,
    Ready,
    Stopped,
}

/// <summary>
/// Socket Mode, for workspaces without a public URL: a fresh URL from <c>apps.connections.open</c> for every
/// connection, <c>hello</c>, each envelope handled on its own and acknowledged by its id (a slash command's reply
/// riding in the acknowledgement when it was ready in time), <c>disconnect</c> answered by reconnecting (or, for
/// <c>link_disabled</c>, by stopping with a log entry saying why), and failures retried with a growing, jittered
/// delay. An unusable app token stops it too. Time and jitter come from the injected clock and random source.
/// </summary>
public sealed class SocketModeClient(
    SlackWebApiClient web,
    SlackDispatcher dispatcher,
    FollowUps followUps,
    TimeProvider time,
    Random random,
    ILogger<SocketModeClient> logger) : BackgroundService
{
    private static readonly TimeSpan MaxBackoff = TimeSpan.FromMinutes(1);

    /// <summary>Client pings, so a connection that died silently is noticed (Slack pings too, but only it would notice).</summary>
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PongTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How long a closing connection waits for envelopes still being answered: a slash command's budget, and some.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(3);

    public SocketModeStatus Status { get; private set; } = SocketModeStatus.Connecting;

    /// <summary>Why the client stopped, when it did.</summary>
    public string? StopReason { get; private set; }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            TimeSpan? retryIn = null;
            try
            {
                var url = await web.OpenConnectionAsync(stoppingToken).ConfigureAwait(false);
                var end = await RunConnectionAsync(url, stoppingToken).ConfigureAwait(false);
                if (end == ConnectionEnd.Disabled)
                {
                    Stop("Socket Mode is switched off in the app's settings (link_disabled); switch it on and restart");
                    return;
                }
                failures = end == ConnectionEnd.AfterHello ? 0 : failures + 1;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (SlackApiException e) when (e.IsAuthenticationFailure)
            {
                Stop($"apps.connections.open refused the app-level token ({e.Error}); check {SlackOptions.AppTokenVariable}");
                return;
            }
            catch (Exception e)
            {
                failures++;
                retryIn = Backoff(failures);
                SlackLog.SocketConnectionFailed(logger, e, (long)retryIn.Value.TotalMilliseconds);
            }

            Status = SocketModeStatus.Connecting;
            if (failures == 0) continue;
            try
            {
                await Task.Delay(retryIn ?? Backoff(failures), time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        Status = SocketModeStatus.Stopped;
        StopReason = "the host is stopping";
    }

    private async Task<ConnectionEnd> RunConnectionAsync(Uri url, CancellationToken stoppingToken)
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = PingInterval;
        socket.Options.KeepAliveTimeout = PongTimeout;
        await socket.ConnectAsync(url, stoppingToken).ConfigureAwait(false);
        using var connection = new SocketModeConnection(socket);
        var inFlight = new ConcurrentDictionary<Task, byte>();
        var greeted = false;
        try
        {
            while (true)
            {
                SocketMessage? message;
                try
                {
                    message = await connection.ReceiveAsync(stoppingToken).ConfigureAwait(false);
                }
                catch (JsonException)
                {
                    SlackLog.PayloadRejected(logger, "a Socket Mode message that is not JSON");
                    continue;
                }
                catch (WebSocketException)
                {
                    return greeted ? ConnectionEnd.AfterHello : ConnectionEnd.BeforeHello;
                }
                if (message is null)
                {
                    SlackLog.SocketClosed(logger, connection.CloseCode ?? 0);
                    return greeted ? ConnectionEnd.AfterHello : ConnectionEnd.BeforeHello;
                }

                switch (message.Type)
                {
                    case SocketMessageTypes.Hello:
                        greeted = true;
                        Status = SocketModeStatus.Ready;
                        SlackLog.SocketReady(logger, message.NumConnections ?? 1);
                        break;
                    case SocketMessageTypes.Disconnect:
                        SlackLog.SocketDisconnectRequested(logger, message.Reason ?? "");
                        return message.Reason == SocketMessageTypes.LinkDisabled ? ConnectionEnd.Disabled : ConnectionEnd.AfterHello;
                    default:
                        if (message.EnvelopeId is { Length: > 0 })
                        {
                            var handling = HandleEnvelopeAsync(connection, message, stoppingToken);
                            inFlight.TryAdd(handling, 0);
                            _ = handling.ContinueWith(t => inFlight.TryRemove(t, out _), CancellationToken.None,
                                TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                        }
                        break;
                }
            }
        }
        finally
        {
            // Answers being prepared still go out on this connection; Slack would redeliver them, and the repeat is ignored.
            try
            {
                await Task.WhenAll(inFlight.Keys).WaitAsync(DrainTimeout, time, CancellationToken.None).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Whatever is still running finishes through response_url or chat.postMessage, or not at all.
            }
            await connection.CloseAsync().ConfigureAwait(false);
        }
    }

    private async Task HandleEnvelopeAsync(SocketModeConnection connection, SocketMessage envelope, CancellationToken stoppingToken)
    {
        await Task.Yield();
        var id = envelope.EnvelopeId!;
        SlackAck ack;
        try
        {
            ack = await DispatchAsync(envelope, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            SlackLog.AnswerFailed(logger, e, id);
            ack = SlackAck.Empty;
        }
        try
        {
            await connection.SendAsync(new SocketAck(id, ack.Response), stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            SlackLog.EnvelopeRejected(logger, id, envelope.Type ?? "", "the connection closed before the acknowledgement");
        }
        if (ack.Then is { } then) followUps.Start(then);
    }

    private async ValueTask<SlackAck> DispatchAsync(SocketMessage envelope, CancellationToken stoppingToken)
    {
        if (envelope.Payload is not { ValueKind: JsonValueKind.Object } payload) return Rejected(envelope, "no payload");
        switch (envelope.Type)
        {
            case SocketMessageTypes.SlashCommands:
                return SlashCommand.From(Fields(payload)) is { } command
                    ? await dispatcher.CommandAsync(command, stoppingToken).ConfigureAwait(false)
                    : Rejected(envelope, "not a slash command");
            case SocketMessageTypes.EventsApi:
                return payload.Deserialize(SlackJson.Default.EventEnvelope) is { } events
                    ? dispatcher.Event(events)
                    : Rejected(envelope, "not an event");
            case SocketMessageTypes.Interactive:
                return payload.Deserialize(SlackJson.Default.InteractionPayload) is { } interaction
                    ? dispatcher.Interaction(interaction)
                    : Rejected(envelope, "not an interaction");
            default:
                return Rejected(envelope, "a type TalentBot does not handle");
        }
    }

    /// <summary>A slash command's fields: the form fields, sent as a JSON object of strings.</summary>
    private static Dictionary<string, string> Fields(JsonElement payload) =>
        payload.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.String)
               .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);

    private SlackAck Rejected(SocketMessage envelope, string reason)
    {
        SlackLog.EnvelopeRejected(logger, envelope.EnvelopeId ?? "", envelope.Type ?? "", reason);
        return SlackAck.Empty;
    }

    private void Stop(string reason)
    {
        Status = SocketModeStatus.Stopped;
        StopReason = reason;
        SlackLog.SocketStopped(logger, reason);
    }

    /// <summary>1, 2, 4 … seconds up to a minute, with up to a quarter of jitter so many bots do not return in step.</summary>
    private TimeSpan Backoff(int failures)
    {
        var seconds = Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(failures - 1, 16)));
        return TimeSpan.FromSeconds(seconds * (1 + 0.25 * random.NextDouble()));
    }

    /// <summary>How a connection ended: after <c>hello</c> (reconnect at once), before it (back off), or switched off (stop).</summary>
    private enum ConnectionEnd
    {
        AfterHello,
        BeforeHello,
        Disabled,
    }
}
