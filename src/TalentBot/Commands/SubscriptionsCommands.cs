using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Core;
using TalentBot.Core.Alerts;

namespace TalentBot.Commands;

/// <summary><c>subscriptions</c>, <c>unsubscribe ID</c>, <c>resume ID</c> and <c>deliveries [--subscription ID]</c>.</summary>
internal static class SubscriptionsCommands
{
    private const int DeliveriesShown = 20;

    public static Command List(CliContext context)
    {
        var command = new Command("subscriptions", "List the subscriptions, what each follows and how its delivery is going.");
        command.SetAction((result, cancellationToken) => context.WithStoreAsync(result.GetValue(context.Database), (_, session) =>
        {
            var alerts = session.Store.Alerts;
            var subscriptions = alerts.Subscriptions();
            if (subscriptions.Count == 0) context.Output.WriteLine("No subscriptions. Add one with: talentbot subscribe --webhook URL --company NAME");
            var waiting = alerts.WaitingCounts();
            foreach (var subscription in subscriptions)
                context.Output.WriteLine(Summary(subscription, waiting.GetValueOrDefault(subscription.Id), alerts.LastSent(subscription.Id)));
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken));
        return command;
    }

    public static Command Unsubscribe(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The subscription's id, as `subscriptions` lists it." };
        var command = new Command("unsubscribe", "Remove a subscription; what it still had waiting is cancelled.") { id };
        command.SetAction((result, cancellationToken) => context.WithStoreAsync(result.GetValue(context.Database), (_, session) =>
        {
            var subscription = Find(context, session.Store.Alerts, result.GetValue(id)!);
            if (subscription is null) return Task.FromResult(ExitCodes.BadInput);
            session.Store.Alerts.Unsubscribe(subscription.Id);
            context.Output.WriteLine($"Removed {subscription.Id} ({subscription.Target.Display}).");
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken));
        return command;
    }

    public static Command Resume(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The paused subscription's id." };
        var command = new Command("resume", "Resume a subscription paused after its target refused a delivery; what waited is sent next.") { id };
        command.SetAction((result, cancellationToken) => context.WithStoreAsync(result.GetValue(context.Database), (host, session) =>
        {
            var subscription = Find(context, session.Store.Alerts, result.GetValue(id)!);
            if (subscription is null) return Task.FromResult(ExitCodes.BadInput);
            var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
            context.Output.WriteLine(session.Store.Alerts.Resume(subscription.Id, now)
                ? $"Resumed {subscription.Id}; its waiting deliveries go out on the next send (serve, or the next ingest)."
                : $"{subscription.Id} is not paused.");
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken));
        return command;
    }

    public static Command Deliveries(CliContext context)
    {
        var only = new Option<string?>("--subscription") { Description = "Only this subscription's deliveries." };
        var command = new Command("deliveries", "Show each target's last delivery, what is waiting, and what failed or was paused, and why.") { only };
        command.SetAction((result, cancellationToken) => context.WithStoreAsync(result.GetValue(context.Database), (_, session) =>
        {
            var alerts = session.Store.Alerts;
            var chosen = result.GetValue(only);
            Subscription? subscription = null;
            if (chosen is not null && (subscription = Find(context, alerts, chosen)) is null) return Task.FromResult(ExitCodes.BadInput);
            foreach (var line in DeliveriesListing(alerts, subscription)) context.Output.WriteLine(line);
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken));
        return command;
    }

    /// <summary>What <c>deliveries</c> prints: a summary per subscription, then the latest deliveries. The alerts bench times it.</summary>
    public static IReadOnlyList<string> DeliveriesListing(IAlertStore alerts, Subscription? only)
    {
        var lines = new List<string>();
        var waiting = alerts.WaitingCounts();
        foreach (var s in only is null ? alerts.Subscriptions() : [only])
            lines.Add(Summary(s, waiting.GetValueOrDefault(s.Id), alerts.LastSent(s.Id)));
        var deliveries = alerts.Deliveries(only?.Id, DeliveriesShown);
        if (deliveries.Count == 0)
        {
            lines.Add("No deliveries yet.");
            return lines;
        }
        lines.Add("");
        lines.AddRange(deliveries.Select(Line));
        return lines;
    }

    private static Subscription? Find(CliContext context, IAlertStore alerts, string id)
    {
        var subscription = alerts.FindSubscription(id);
        if (subscription is null) context.Error.WriteLine($"There is no subscription '{id}'; `talentbot subscriptions` lists them.");
        return subscription;
    }

    private static string Summary(Subscription subscription, int waiting, Delivery? lastSent)
    {
        var digest = subscription.Digest is { } d ? $"digest {d.Cron} {d.TimeZone}" : "no digest";
        var last = lastSent?.SentAt is { } sent ? $"last delivered {Stamp(sent)}" : "nothing delivered yet";
        var state = subscription.Paused is { } pause ? $"PAUSED since {Stamp(pause.At)}: {pause.Reason}" : "active";
        return $"{subscription.Id}  {subscription.Target.Display} ({subscription.Target.Format.ToString().ToLowerInvariant()})  " +
               $"follows {ChannelSubscriptions.Describe(subscription.Filter, Language.English)}; {Confidence(subscription)}; " +
               $"alerts {(subscription.Alerts ? "on" : "off")}; {digest}; {last}; {waiting} waiting; {state}";
    }

    /// <summary>Which moves a subscription is sent, by confidence, as the listings say it.</summary>
    public static string Confidence(Subscription subscription) =>
        subscription.IncludeInferred ? "stated and inferred moves" : "stated moves only";

    private static string Line(Delivery delivery)
    {
        var what = delivery.Kind == DeliveryKind.Alert ? "alert" : $"digest of {delivery.MoveIds.Count}";
        var state = delivery.Status switch
        {
            DeliveryStatus.Sent => $"sent {Stamp(delivery.SentAt!.Value)}",
            DeliveryStatus.Waiting when delivery.Attempts == 0 => $"waiting since {Stamp(delivery.Created)}",
            DeliveryStatus.Waiting => $"waiting, next attempt {Stamp(delivery.NextAttempt)}",
            DeliveryStatus.Failed => "failed",
            _ => "cancelled",
        };
        var error = delivery.LastError is { } e && delivery.Status != DeliveryStatus.Sent ? $" — {e}" : "";
        return $"{delivery.Id}  {delivery.SubscriptionId}  {what}  {state}  ({delivery.Attempts} attempt(s)){error}";
    }

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
