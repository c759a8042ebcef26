using Microsoft.Extensions.Diagnostics.HealthChecks;
using TalentBot.Chat.Connections;

namespace TalentBot.Chat.Adapters;

/// <summary>Readiness of one adapter: its endpoints are mapped, or its socket is open and greeted.</summary>
/// <param name="socket">The adapter's socket, or null when the platform delivers to our endpoints.</param>
internal sealed class ConnectionHealthCheck(ConnectionReadiness readiness, SocketClient? socket) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["mode"] = readiness.Mode };
        if (socket is null) return Task.FromResult(HealthCheckResult.Healthy(readiness.Endpoints, data));

        data[readiness.Socket] = socket.Status.ToString().ToLowerInvariant();
        return Task.FromResult(socket.Status switch
        {
            ConnectionStatus.Ready => HealthCheckResult.Healthy(readiness.Ready, data),
            ConnectionStatus.Connecting => HealthCheckResult.Degraded(readiness.Connecting, data: data),
            _ => HealthCheckResult.Unhealthy($"{readiness.Stopped}: {socket.StopReason}", data: data),
        });
    }
}
