using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentBot.Alerts.Delivery;
using TalentBot.Alerts.Digests;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Answering;
using TalentBot.Knowledge;

namespace TalentBot.Commands;

/// <summary>
/// The alerts services over the store one command opened: the one-shot host is built before the store is open, so
/// these take it explicitly, and the rest (senders, options, clock, logs) from the host.
/// </summary>
internal sealed class AlertsSession(IHost host, KnowledgeStore store)
{
    public NotificationReplies Replies { get; } = new(store.Registry);

    public SubjectResolver Subjects { get; } = new(new EntityResolver(store, store.Registry));

    public DeliveryDispatcher Dispatcher() =>
        ActivatorUtilities.CreateInstance<DeliveryDispatcher>(host.Services, store.Alerts, Replies);

    public DigestScheduler Digests() =>
        ActivatorUtilities.CreateInstance<DigestScheduler>(host.Services, store.Alerts, store.Registry);
}
