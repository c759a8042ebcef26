using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using TalentBot.Alerts.Delivery;
using TalentBot.Answering;
using TalentBot.Chat.Connections;
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
        services.AddOptions<DiscordOptions>().BindConfiguration(DiscordOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<DiscordOptions>, DiscordVariables>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DiscordOptions>, DiscordSettingsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RateLimitBuckets>();
        services.TryAddSingleton<DiscordRestClient>();
        services.TryAddTransient<BotAuthorizationHandler>();
        services.TryAddTransient<RateLimitHandler>();

        // Outermost first: token, then retries, then each attempt waits for its bucket, then the attempt's own timeout.
        var client = services.AddHttpClient(DiscordRestClient.HttpClientName, (provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            client.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
            client.DefaultRequestHeaders.UserAgent.ParseAdd(DiscordUserAgent.For(options));
            // Polly governs time per attempt; rate-limit waits must not count against a client-wide timeout.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        // The factory's default logs print request URLs, and an interaction's token is part of its webhook's path.
        client.RemoveAllLoggers();
        client.AddHttpMessageHandler<BotAuthorizationHandler>();
        client.AddResilienceHandler("discord-retry", (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            if (options.RestMaxRetries > 0) builder.AddRetry(RetryOptions(options));
        });
        client.AddHttpMessageHandler<RateLimitHandler>();
        client.AddResilienceHandler("discord-attempt", (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<DiscordOptions>>().Value;
            builder.AddTimeout(TimeSpan.FromSeconds(options.RestAttemptTimeoutSeconds));
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
        services.TryAddSingleton<FollowUps>();
        services.AddHostedService(provider => provider.GetRequiredService<FollowUps>());

        if (DiscordOptions.ModeOf(configuration) == DiscordMode.Gateway)
        {
            services.TryAddSingleton(Random.Shared);
            services.TryAddSingleton<GatewayClient>();
            services.AddHostedService(provider => provider.GetRequiredService<GatewayClient>());
        }
        else
        {
            services.TryAddSingleton(provider => new InteractionSignature(provider.GetRequiredService<IOptions<DiscordOptions>>().Value.PublicKey!));
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
        var webhooks = services.AddHttpClient(DiscordWebhookSender.HttpClientName, (provider, client) =>
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(DiscordUserAgent.For(provider.GetRequiredService<IOptions<DiscordOptions>>().Value));
            // The outbox bounds each attempt with its token, rate-limit waits included; retrying is the outbox's too.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        // The factory's default logs print request URLs, and a webhook's URL holds its token.
        webhooks.RemoveAllLoggers();
        webhooks.AddHttpMessageHandler<RateLimitHandler>();
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

    private static RetryStrategyOptions<HttpResponseMessage> RetryOptions(DiscordOptions options) => new()
    {
        MaxRetryAttempts = options.RestMaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromMilliseconds(500),
        ShouldHandle = async args => args.Outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result.StatusCode: HttpStatusCode.TooManyRequests } => await RetryAfterAsync(args.Outcome.Result!, args.Context.CancellationToken) is not { } wait
                                                                     || wait <= options.MaxRetryAfter,
            { Result: { } response } => (int)response.StatusCode is 500 or 502 or 503 or 504,
            _ => false,
        },
        // A 429 waits as long as Discord says; anything else backs off exponentially.
        DelayGenerator = async args => args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited
            ? await RetryAfterAsync(limited, args.Context.CancellationToken)
            : null,
    };

    private static async ValueTask<TimeSpan?> RetryAfterAsync(HttpResponseMessage response, CancellationToken cancellationToken) =>
        DiscordErrors.RetryAfter(response, await DiscordErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false));
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
