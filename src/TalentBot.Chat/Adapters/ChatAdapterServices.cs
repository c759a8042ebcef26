using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TalentBot.Alerts.Delivery;
using TalentBot.Chat.Api;
using TalentBot.Chat.Connections;
using TalentBot.Chat.Requests;

namespace TalentBot.Chat.Adapters;

/// <summary>Registers what every chat adapter registers the same way, given the platform's own types.</summary>
public static class ChatAdapterServices
{
    /// <summary>The tag of the checks that say whether the host is ready for traffic.</summary>
    public const string ReadinessTag = "ready";

    /// <summary>
    /// The platform's API: <typeparamref name="TOptions"/> bound and checked by <typeparamref name="TValidator"/>,
    /// <typeparamref name="TClient"/>, and the named client behind it (see
    /// <see cref="PlatformApiClients.AddPlatformApiClient{TOptions, TAuthentication, TRateLimit}"/>). Registered once
    /// however many parts of the host ask for it.
    /// </summary>
    public static IServiceCollection AddChatApi<TOptions, TValidator, TClient, TAuthentication, TRateLimit>(this IServiceCollection services,
        string section, IReadOnlyList<OptionsVariable<TOptions>> variables, PlatformApiClient<TOptions> api)
        where TOptions : PlatformApiOptions
        where TValidator : class, IValidateOptions<TOptions>
        where TClient : class
        where TAuthentication : AuthorizationHandler
        where TRateLimit : DelegatingHandler
    {
        // Both the bot and delivery need the client: a second registration would add its handlers twice, and two
        // rate-limit handlers in one pipeline wait on each other's bucket.
        if (services.Any(d => d.ServiceType == typeof(TClient))) return services;
        services.AddPlatformOptions<TOptions, TValidator>(section, variables);
        services.TryAddSingleton<TClient>();
        services.AddPlatformApiClient<TOptions, TAuthentication, TRateLimit>(api);
        return services;
    }

    /// <summary>
    /// How the platform reaches the adapter: <typeparamref name="TSocket"/> as a hosted service when
    /// <see cref="ChatConnection{TOptions, TSignature}.OverSocket"/>, otherwise the signed-request reader and
    /// <typeparamref name="TEndpoints"/>; either way a readiness check of the connection, tagged <see cref="ReadinessTag"/>.
    /// </summary>
    public static IServiceCollection AddChatConnection<TOptions, TSignature, TEndpoints, TSocket>(this IServiceCollection services,
        ChatConnection<TOptions, TSignature> connection)
        where TOptions : class
        where TSignature : IRequestSignature
        where TEndpoints : class
        where TSocket : SocketClient
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection.OverSocket)
        {
            services.TryAddSingleton(Random.Shared);
            services.TryAddSingleton<TSocket>();
            services.AddHostedService(provider => provider.GetRequiredService<TSocket>());
        }
        else
        {
            services.AddSignedRequestReader(connection.Signature, connection.Policy);
            services.TryAddSingleton<TEndpoints>();
        }
        services.AddHealthChecks().Add(new HealthCheckRegistration(connection.Readiness.Name,
            provider => new ConnectionHealthCheck(connection.Readiness, connection.OverSocket ? provider.GetRequiredService<TSocket>() : null),
            failureStatus: null, tags: [ReadinessTag]));
        return services;
    }

    /// <summary>
    /// The platform's senders of alerts and digests for the outbox: <typeparamref name="TWebhookSender"/> always (a
    /// webhook's URL is its credential) on the named webhook client, and <typeparamref name="TChannelSender"/> only when
    /// the bot token in <paramref name="botTokenVariable"/> is set.
    /// </summary>
    public static IServiceCollection AddChatDelivery<TWebhookSender, TChannelSender, TRateLimit>(this IServiceCollection services,
        IConfiguration configuration, string botTokenVariable, string webhookClient, Func<IServiceProvider, string> userAgent)
        where TWebhookSender : class, IDeliverySender
        where TChannelSender : class, IDeliverySender
        where TRateLimit : DelegatingHandler
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliverySender, TWebhookSender>());
        // The outbox bounds each attempt with its token, rate-limit waits included; retrying is the outbox's too.
        services.AddPlatformWebhookClient<TRateLimit>(webhookClient, userAgent);
        if (!string.IsNullOrWhiteSpace(configuration[botTokenVariable]))
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliverySender, TChannelSender>());
        return services;
    }
}
