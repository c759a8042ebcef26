using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using TalentBot.Chat.Connections;
using TalentBot.Slack.Conversations;
using TalentBot.Slack.Requests;
using TalentBot.Slack.WebApi;

using SocketModeSocket = TalentBot.Chat.Connections.JsonWebSocket<TalentBot.Slack.SocketMode.SocketMessage, TalentBot.Slack.SocketMode.SocketAck>;

namespace TalentBot.Slack.SocketMode;

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
    ILogger<SocketModeClient> logger) : SocketClient("Socket Mode", time, random, logger)
{
    /// <summary>Client pings, so a connection that died silently is noticed (Slack pings too, but only it would notice).</summary>
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan PongTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How long a closing connection waits for envelopes still being answered: a slash command's budget, and some.</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromSeconds(3);

    /// <summary>One connection, on a fresh URL: Slack's are single-use.</summary>
    protected override async Task<ConnectionEnd> ConnectOnceAsync(CancellationToken stoppingToken)
    {
        try
        {
            var url = await web.OpenConnectionAsync(stoppingToken).ConfigureAwait(false);
            return await RunConnectionAsync(url, stoppingToken).ConfigureAwait(false);
        }
        catch (SlackApiException e) when (e.IsAuthenticationFailure)
        {
            return ConnectionEnd.Final($"apps.connections.open refused the app-level token ({e.Error}); check {SlackOptions.AppTokenVariable}");
        }
        catch (Exception e) when (!(e is OperationCanceledException && stoppingToken.IsCancellationRequested))
        {
            return ConnectionEnd.Failed(e);
        }
    }

    private async Task<ConnectionEnd> RunConnectionAsync(Uri url, CancellationToken stoppingToken)
    {
        using var connection = await SocketModeSocket.ConnectAsync(url, SlackJson.Default.SocketMessage, SlackJson.Default.SocketAck,
            configure: options =>
            {
                options.KeepAliveInterval = PingInterval;
                options.KeepAliveTimeout = PongTimeout;
            },
            cancellationToken: stoppingToken).ConfigureAwait(false);
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
                    SlackLog.PayloadRejected(Logger, "a Socket Mode message that is not JSON");
                    continue;
                }
                catch (WebSocketException e)
                {
                    return ConnectionEnd.Failed(e) with { WasReady = greeted };
                }
                if (message is null)
                {
                    var reason = connection.CloseCode is { } code ? $"closed by Slack with code {code}" : "closed by Slack without a code";
                    return new ConnectionEnd(reason) { WasReady = greeted };
                }

                switch (message.Type)
                {
                    case SocketMessageTypes.Hello:
                        greeted = true;
                        Greeted();
                        SlackLog.SocketReady(Logger, message.NumConnections ?? 1);
                        break;
                    case SocketMessageTypes.Disconnect:
                        return message.Reason == SocketMessageTypes.LinkDisabled
                            ? ConnectionEnd.Final("Socket Mode is switched off in the app's settings (link_disabled); switch it on and restart")
                            : new ConnectionEnd($"Slack asked to disconnect: {message.Reason}") { WasReady = true, Requested = true };
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
                await Task.WhenAll(inFlight.Keys).WaitAsync(DrainTimeout, Time, CancellationToken.None).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Whatever is still running finishes through response_url or chat.postMessage, or not at all.
            }
            await connection.CloseAsync((int)WebSocketCloseStatus.NormalClosure, "closing").ConfigureAwait(false);
        }
    }

    private async Task HandleEnvelopeAsync(SocketModeSocket connection, SocketMessage envelope, CancellationToken stoppingToken)
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
            SlackLog.AnswerFailed(Logger, e, id);
            ack = SlackAck.Empty;
        }
        try
        {
            await connection.SendAsync(new SocketAck(id, ack.Response), stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            SlackLog.EnvelopeRejected(Logger, id, envelope.Type ?? "", "the connection closed before the acknowledgement");
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
        SlackLog.EnvelopeRejected(Logger, envelope.EnvelopeId ?? "", envelope.Type ?? "", reason);
        return SlackAck.Empty;
    }
}
