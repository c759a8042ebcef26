using System.Net.WebSockets;
using System.Text.Json;

using GatewaySocket = TalentBot.Chat.Connections.JsonWebSocket<TalentBot.Discord.Gateway.GatewayPayload, TalentBot.Discord.Gateway.GatewayPayload>;

namespace TalentBot.Discord.Gateway;

/// <summary>
/// Heartbeats for one connection: the first after the interval times a random fraction, then every interval. A
/// heartbeat still unacknowledged when the next is due means the connection is zombied: it is closed with a
/// resumable code, and the receive loop, seeing it end, says why (<see cref="ZombiedAfter"/>) and resumes.
/// </summary>
internal sealed class Heartbeat(GatewaySocket connection, GatewaySession session, TimeProvider time, Random random)
{
    private int _acknowledged = 1;
    private Task? _loop;

    /// <summary>The interval within which a heartbeat went unacknowledged, once the connection was closed as zombied.</summary>
    public TimeSpan? ZombiedAfter { get; private set; }

    public void Start(TimeSpan interval, CancellationToken cancellationToken) => _loop ??= RunAsync(interval, cancellationToken);

    public void Acknowledged() => Volatile.Write(ref _acknowledged, 1);

    /// <summary>Discord may ask for a heartbeat at once (op 1); it does not move the schedule.</summary>
    public Task BeatNowAsync(CancellationToken cancellationToken) => connection.SendAsync(Payload(), cancellationToken);

    public Task StopAsync() => _loop ?? Task.CompletedTask;

    private async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * random.NextDouble(), time, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (Interlocked.Exchange(ref _acknowledged, 0) == 0)
                {
                    ZombiedAfter = interval;
                    await connection.CloseAsync(GatewayCloseCodes.UnknownError, "heartbeat not acknowledged").ConfigureAwait(false);
                    return;
                }
                await connection.SendAsync(Payload(), cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The connection ended; the receive loop decides what comes next.
        }
    }

    private GatewayPayload Payload() =>
        new(GatewayOpcodes.Heartbeat, session.Sequence is { } sequence ? JsonSerializer.SerializeToElement(sequence, DiscordJson.Default.Int32) : NullElement);

    private static readonly JsonElement NullElement = JsonDocument.Parse("null").RootElement.Clone();
}
