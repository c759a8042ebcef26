using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalentBot.Alerts.Delivery;
using TalentBot.Alerts.Digests;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Knowledge;

namespace TalentBot.Alerts;

public static class AlertsServiceCollectionExtensions
{
    /// <summary>
    /// Subscriptions, digests and the outbox's dispatcher, with the JSON webhook sender. The host registers
    /// <see cref="Core.Alerts.IAlertStore"/>, <see cref="IKnowledgeBase"/> and <see cref="EntityRegistry"/> (the
    /// store it opened), and the platforms add their own <see cref="IDeliverySender"/>s.
    /// </summary>
    public static IServiceCollection AddTalentBotAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertsOptions>().BindConfiguration(AlertsOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(o => DigestSchedules.TryCreate(o.DefaultDigestCron, o.DefaultTimeZone, out _, out _),
                "Alerts:DefaultDigestCron and Alerts:DefaultTimeZone must be a five-field cron schedule and a time zone this machine knows.")
            .ValidateOnStart();
        // A webhook's redirect is not followed: a POST turned into a GET elsewhere is not a delivery.
        services.AddHttpClient(JsonWebhookSender.HttpClientName)
                .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliverySender, JsonWebhookSender>());
        services.TryAddSingleton(provider => new NotificationReplies(provider.GetRequiredService<EntityRegistry>()));
        services.TryAddSingleton(provider => new SubjectResolver(
            new EntityResolver(provider.GetRequiredService<IKnowledgeBase>(), provider.GetRequiredService<EntityRegistry>())));
        services.TryAddSingleton<DigestScheduler>();
        services.TryAddSingleton<DeliveryDispatcher>();
        services.TryAddSingleton<ChannelSubscriptions>();
        // What the chat adapters' subscription commands reach; without it they say alerts are not enabled.
        services.TryAddSingleton<IChannelCommands>(provider => provider.GetRequiredService<ChannelSubscriptions>());
        services.TryAddSingleton<PlatformOverview>();
        return services;
    }

    /// <summary>The background loop that sends alerts and digests, for a long-running host.</summary>
    public static IServiceCollection AddAlertsService(this IServiceCollection services)
    {
        services.AddHostedService<AlertsService>();
        return services;
    }
}
