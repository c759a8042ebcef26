using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentBot.Alerts;
using TalentBot.Alerts.Delivery;
using TalentBot.Core.Alerts;

namespace TalentBot.Commands;

/// <summary>What the one-shot commands that add articles (<c>ingest</c>, <c>feeds add</c>) do with the outbox before they exit.</summary>
internal static class WaitingDeliveries
{
    /// <summary>
    /// Sends what is waiting in the outbox (this run's alerts, and any left by an earlier run), retrying within
    /// <c>Alerts:IngestDeliveryWindow</c>, then says what is still waiting: it stays in the store for serve or the next run.
    /// </summary>
    public static async Task SendAsync(IHost host, CliContext context, CancellationToken cancellationToken)
    {
        var outbox = host.Services.GetRequiredService<IAlertStore>();
        if (outbox.NextDue() is null) return;
        if (context.Owner is not null)
        {
            // The owner's own dispatcher was woken by the commit; a second one here would race it to the same targets.
            context.Output.WriteLine($"{outbox.WaitingCounts().Values.Sum()} delivery(ies) waiting in the outbox; the running server sends them now.");
            return;
        }
        var window = host.Services.GetRequiredService<IOptions<AlertsOptions>>().Value.IngestDeliveryWindow;
        var time = host.Services.GetRequiredService<TimeProvider>();
        var report = await host.Services.GetRequiredService<DeliveryDispatcher>()
            .DeliverUntilAsync(time.GetUtcNow() + window, cancellationToken).ConfigureAwait(false);
        context.Output.WriteLine($"Delivered {report.Sent} alert(s) and digest(s); {report.Failed} given up on; {report.Paused} target(s) paused.");
        if (report.Waiting > 0)
            context.Output.WriteLine($"{report.Waiting} delivery(ies) still waiting in the outbox" +
                (report.NextAttempt is { } next ? $" (next attempt {next.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC)" : "") +
                "; serve or the next ingest sends them. `talentbot deliveries` says why.");
    }
}
