using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TalentBot.Alerts.Delivery;
using TalentBot.Answering;
using TalentBot.Chat.Api;
using TalentBot.Chat.Connections;
using TalentBot.Chat.FollowUps;
using TalentBot.Chat.Requests;
using TalentBot.Core;
using TalentBot.Discord.Delivery;
using TalentBot.Discord.Gateway;
using TalentBot.Discord.Interactions;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Rest;

namespace TalentBot.Discord;

/// <summary>Registers the Discord adapter in a host.</summary>
public static class DiscordServices
{
    /// <summary>What a Discord tool needs to call the REST API (the bot, and <c>discord register</c>).</summary>
    public static IServiceCollection AddDiscordRest(this IServiceCollection services)
    {
        // Both the bot and delivery need the client: a second registration would add its handlers twice, and two
        // rate-limit handlers in one pipeline wait on each other's bucket.
        if (services.Any(d => d.ServiceType == typeof(DiscordRestClient))) return services;
        services.AddPlatformOptions<DiscordOptions, DiscordSettingsValidator>(DiscordOptions.Section, DiscordOptions.Variables);
        services.TryAddSingleton<RateLimitBuckets>();
        services.TryAddSingleton<DiscordRestClient>();
        services.AddPlatformApiClient<DiscordOptions, BotAuthorizationHandler, RateLimitHandler>(new PlatformApiClient<DiscordOptions>
        {
            Name = DiscordRestClient.HttpClientName,
            UserAgent = DiscordUserAgent.For,
            RetryAfter = async (response, cancellationToken) =>
                DiscordErrors.RetryAfter(response, await DiscordErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false)),
            CallName = request => request.Options.TryGetValue(DiscordRoute.Key, out var route) ? route.Name : "discord",
        });
        return services;
    }

    /// <summary>
    /// The whole adapter: the interactions endpoint's services, or the Gateway connection when <c>Discord:Mode</c>
    /// is Gateway. Answers come from the registered <see cref="IAnswerService"/>, names for autocomplete from the
    /// registered <see cref="EntityRegistry"/>; subscription commands from the registered <c>IChannelCommands</c> (alerts), if any.
    /// </summary>
    public static IServiceCollection AddDiscordBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordRest();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordModeValidator>());
        services.TryAddSingleton<ReplyRenderer>();
        services.TryAddSingleton<RecentRequests>();
        services.TryAddSingleton<ButtonIds>();
        services.TryAddSingleton<ReplyMessages>();
        services.TryAddSingleton(provider => new NameCompletion(provider.GetRequiredService<EntityRegistry>()));
        services.TryAddSingleton<NameAutocomplete>();
        services.TryAddSingleton<InteractionResponder>();
        services.TryAddSingleton<AnswerCommands>();
        services.TryAddSingleton<SubscriptionCommandRouter>();
        services.TryAddSingleton<InteractionDispatcher>();
        services.AddFollowUpRunner<FollowUps>();

        if (DiscordOptions.ModeOf(configuration) == DiscordMode.Gateway)
        {
            services.TryAddSingleton(Random.Shared);
            services.TryAddSingleton<GatewayClient>();
            services.AddHostedService(provider => provider.GetRequiredService<GatewayClient>());
        }
        else
        {
            services.AddSignedRequestReader<DiscordOptions, InteractionSignature>(options => new InteractionSignature(options.PublicKey!),
                options => new SignedRequestPolicy("Discord", options.MaxRequestBytes, options.SignatureWindow));
            services.TryAddSingleton<InteractionEndpoint>();
        }
        services.AddHealthChecks().AddCheck<DiscordHealthCheck>("discord", tags: [ReadinessTag]);
        return services;
    }

    /// <summary>
    /// The senders of alerts and digests, as <see cref="IDeliverySender"/>s for the outbox: to Discord webhooks always
    /// (their URL is their credential), and to Discord channels only when <c>DISCORD_BOT_TOKEN</c> is set. Needs the
    /// host's <see cref="TimeProvider"/> and logging, nothing of the interactions side.
    /// </summary>
    public static IServiceCollection AddDiscordDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddDiscordRest();
        services.TryAddSingleton<ReplyRenderer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliverySender, DiscordWebhookSender>());
        // The outbox bounds each attempt with its token, rate-limit waits included; retrying is the outbox's too.
        services.AddPlatformWebhookClient<RateLimitHandler>(DiscordWebhookSender.HttpClientName,
            provider => DiscordUserAgent.For(provider.GetRequiredService<IOptions<DiscordOptions>>().Value));
        if (!string.IsNullOrWhiteSpace(configuration[DiscordOptions.BotTokenVariable]))
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliverySender, DiscordChannelSender>());
        return services;
    }

    /// <summary>The tag of the checks that say whether the host is ready for traffic.</summary>
    public const string ReadinessTag = "ready";

    /// <summary>
    /// Maps <c>POST /discord/interactions</c> when Discord delivers interactions to us (endpoint mode). Reads the
    /// mode from configuration, so a bad setting is reported by start-up validation, not thrown while mapping.
    /// </summary>
    public static IEndpointRouteBuilder MapDiscordInteractions(this IEndpointRouteBuilder endpoints)
    {
        if (DiscordOptions.ModeOf(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()) == DiscordMode.Endpoint)
            endpoints.MapPost(InteractionEndpoint.Path, context => context.RequestServices.GetRequiredService<InteractionEndpoint>().HandleAsync(context));
        return endpoints;
    }
}

/// <summary>Readiness of the Discord side: the endpoint is mapped, or the Gateway session is ready.</summary>
internal sealed class DiscordHealthCheck(IOptions<DiscordOptions> options, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var mode = options.Value.Mode;
        var data = new Dictionary<string, object> { ["mode"] = mode.ToString().ToLowerInvariant() };
        if (mode == DiscordMode.Endpoint)
            return Task.FromResult(HealthCheckResult.Healthy($"interactions endpoint at {InteractionEndpoint.Path}", data));

        var gateway = services.GetRequiredService<GatewayClient>();
        data["gateway"] = gateway.Status.ToString().ToLowerInvariant();
        return Task.FromResult(gateway.Status switch
        {
            ConnectionStatus.Ready => HealthCheckResult.Healthy("Gateway session ready", data),
            ConnectionStatus.Connecting => HealthCheckResult.Degraded("connecting to the Gateway", data: data),
            _ => HealthCheckResult.Unhealthy($"Gateway stopped: {gateway.StopReason}", data: data),
        });
    }
}
