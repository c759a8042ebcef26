using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using TalentBot.Alerts.Delivery;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Slack.Conversations;
using TalentBot.Slack.Delivery;
using TalentBot.Slack.Home;
using TalentBot.Slack.Http;
using TalentBot.Slack.Messages;
using TalentBot.Slack.SocketMode;
using TalentBot.Slack.Subscriptions;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack;

/// <summary>Registers the Slack adapter in a host.</summary>
public static class SlackServices
{
    /// <summary>The tag of the checks that say whether the host is ready for traffic.</summary>
    public const string ReadinessTag = "ready";

    /// <summary>What a Slack tool needs to call the Web API (the bot; alerts and digests).</summary>
    public static IServiceCollection AddSlackWebApi(this IServiceCollection services)
    {
        // Both the bot and delivery need the client: a second registration would add its handlers twice, and two
        // rate-limit handlers in one pipeline wait on each other's bucket.
        if (services.Any(d => d.ServiceType == typeof(SlackWebApiClient))) return services;
        services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<SlackOptions>, SlackVariables>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackSettingsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ChannelPacer>();
        services.TryAddSingleton<SlackWebApiClient>();
        services.TryAddTransient<SlackAuthorizationHandler>();
        services.TryAddTransient<ChannelPacingHandler>();

        // Outermost first: token, then retries, then each attempt waits for its channel's turn, then the attempt's own timeout.
        var client = services.AddHttpClient(SlackWebApiClient.HttpClientName, (provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<SlackOptions>>().Value;
            client.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
            client.DefaultRequestHeaders.UserAgent.ParseAdd("TalentBot/1.0 (+https://github.com/talentbot)");
            // Polly governs time per attempt; channel waits must not count against a client-wide timeout.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        // The factory's default logs print request URLs, and a response_url is a credential.
        client.RemoveAllLoggers();
        client.AddHttpMessageHandler<SlackAuthorizationHandler>();
        client.AddResilienceHandler("slack-retry", (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
            var logger = context.ServiceProvider.GetRequiredService<ILogger<SlackWebApiClient>>();
            if (options.WebApiMaxRetries > 0) builder.AddRetry(RetryOptions(options, logger));
        });
        client.AddHttpMessageHandler<ChannelPacingHandler>();
        client.AddResilienceHandler("slack-attempt", (builder, context) =>
        {
            var options = context.ServiceProvider.GetRequiredService<IOptions<SlackOptions>>().Value;
            builder.AddTimeout(TimeSpan.FromSeconds(options.WebApiAttemptTimeoutSeconds));
        });
        return services;
    }

    /// <summary>
    /// The senders of alerts and digests, as <see cref="IDeliverySender"/>s for the outbox: to Slack incoming webhooks
    /// always (their URL is their credential), and to Slack channels only when <c>SLACK_BOT_TOKEN</c> is set. Needs the
    /// host's <see cref="TimeProvider"/> and logging, nothing of the commands side.
    /// </summary>
    public static IServiceCollection AddSlackDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSlackWebApi();
        services.TryAddSingleton<ReplyRenderer>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliverySender, SlackWebhookSender>());
        var webhooks = services.AddHttpClient(SlackWebhookSender.HttpClientName, client =>
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd("TalentBot/1.0 (+https://github.com/talentbot)");
            // The outbox bounds each attempt with its token, pacing waits included; retrying is the outbox's too.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        // The factory's default logs print request URLs, and a webhook's URL is its secret.
        webhooks.RemoveAllLoggers();
        webhooks.AddHttpMessageHandler<ChannelPacingHandler>();
        if (!string.IsNullOrWhiteSpace(configuration[SlackOptions.BotTokenVariable]))
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliverySender, SlackChannelSender>());
        return services;
    }

    /// <summary>
    /// Answers <c>/subscribe</c>, <c>/unsubscribe</c>, <c>/subscriptions</c>, <c>/digest</c> and the Subscribe button with
    /// the platform-neutral subscriptions feature: <paramref name="handler"/> picks, from the container, the function
    /// that handles a <see cref="ChannelCommand"/> (<c>ChannelSubscriptions.HandleAsync</c>).
    /// </summary>
    public static IServiceCollection AddSlackSubscriptionCommands(
        this IServiceCollection services, Func<IServiceProvider, Func<ChannelCommand, CancellationToken, Task<ChannelAnswer>>> handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        services.TryAddSingleton<ISubscriptionCommands>(provider => new ChannelSubscriptionCommands(handler(provider)));
        return services;
    }

    /// <summary>
    /// The whole adapter: the three request URLs' services, or the Socket Mode connection when <c>Slack:Mode</c> is
    /// SocketMode. Answers come from the registered <c>IAnswerService</c>, names for the Subscribe button from the
    /// registered <c>EntityRegistry</c>; subscription commands from an <c>ISubscriptionCommands</c> when one is registered.
    /// </summary>
    public static IServiceCollection AddSlackBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSlackWebApi();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, SlackModeValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, CommandPrefixValidator>());
        services.TryAddSingleton(provider => CommandPrefix.TryParse(provider.GetRequiredService<IOptions<SlackOptions>>().Value.CommandPrefix, out var prefix, out var error)
            ? prefix
            : throw new OptionsValidationException(SlackOptions.Section, typeof(SlackOptions), [error]));
        services.TryAddSingleton<ReplyRenderer>();
        services.TryAddSingleton<ReplyMessages>();
        services.TryAddSingleton<RecentDeliveries>();
        services.TryAddSingleton<SlackResponder>();
        services.TryAddSingleton<AnswerCommands>();
        services.TryAddSingleton<MentionAnswers>();
        services.TryAddSingleton<AppHome>();
        services.TryAddSingleton<SubscriptionCommandRouter>();
        services.TryAddSingleton<SlackDispatcher>();
        services.TryAddSingleton<FollowUps>();
        services.AddHostedService(provider => provider.GetRequiredService<FollowUps>());

        if (SlackOptions.ModeOf(configuration) == SlackMode.SocketMode)
        {
            services.TryAddSingleton(Random.Shared);
            services.TryAddSingleton<SocketModeClient>();
            services.AddHostedService(provider => provider.GetRequiredService<SocketModeClient>());
        }
        else
        {
            services.TryAddSingleton(provider =>
            {
                var options = provider.GetRequiredService<IOptions<SlackOptions>>().Value;
                return new SignedRequestReader(new RequestSignature(options.SigningSecret!), options.MaxRequestBytes,
                    provider.GetRequiredService<TimeProvider>());
            });
            services.TryAddSingleton<SlackEndpoints>();
        }
        services.AddHealthChecks().AddCheck<SlackHealthCheck>("slack", tags: [ReadinessTag]);
        return services;
    }

    /// <summary>
    /// Maps <c>POST /slack/commands</c>, <c>/slack/events</c> and <c>/slack/interactivity</c> when Slack delivers to us
    /// (HTTP mode). Reads the mode from configuration, not the options, so bad settings are reported by start-up
    /// validation, every problem listed, rather than thrown here.
    /// </summary>
    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        if (SlackOptions.ModeOf(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()) != SlackMode.Http) return endpoints;
        endpoints.MapPost(SlackEndpoints.CommandsPath, context => context.RequestServices.GetRequiredService<SlackEndpoints>().CommandsAsync(context));
        endpoints.MapPost(SlackEndpoints.EventsPath, context => context.RequestServices.GetRequiredService<SlackEndpoints>().EventsAsync(context));
        endpoints.MapPost(SlackEndpoints.InteractivityPath, context => context.RequestServices.GetRequiredService<SlackEndpoints>().InteractivityAsync(context));
        return endpoints;
    }

    private static RetryStrategyOptions<HttpResponseMessage> RetryOptions(SlackOptions options, ILogger logger) => new()
    {
        MaxRetryAttempts = options.WebApiMaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromMilliseconds(500),
        ShouldHandle = args => ValueTask.FromResult(args.Outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result.StatusCode: HttpStatusCode.TooManyRequests } => SlackCalls.RetryAfter(args.Outcome.Result!) is not { } wait
                                                                     || wait <= options.MaxRetryAfter,
            { Result: { } response } => (int)response.StatusCode is 500 or 502 or 503 or 504,
            _ => false,
        }),
        // A 429 waits as long as Slack says; anything else backs off exponentially.
        DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited
            ? SlackCalls.RetryAfter(limited)
            : null),
        OnRetry = args =>
        {
            if (args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited
                && limited.RequestMessage?.Options.TryGetValue(SlackCall.Key, out var call) == true)
                SlackLog.RateLimited(logger, call.Method, (long)args.RetryDelay.TotalMilliseconds);
            return ValueTask.CompletedTask;
        },
    };
}

/// <summary>Readiness of the Slack side: the request URLs are mapped, or the Socket Mode connection is open.</summary>
internal sealed class SlackHealthCheck(IOptions<SlackOptions> options, IServiceProvider services) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var mode = options.Value.Mode;
        var data = new Dictionary<string, object> { ["mode"] = mode == SlackMode.Http ? "http" : "socket_mode" };
        if (mode == SlackMode.Http)
            return Task.FromResult(HealthCheckResult.Healthy($"request URLs at {SlackEndpoints.CommandsPath}, {SlackEndpoints.EventsPath}, {SlackEndpoints.InteractivityPath}", data));

        var client = services.GetRequiredService<SocketModeClient>();
        data["socket_mode"] = client.Status.ToString().ToLowerInvariant();
        return Task.FromResult(client.Status switch
        {
            SocketModeStatus.Ready => HealthCheckResult.Healthy("Socket Mode connected", data),
            SocketModeStatus.Connecting => HealthCheckResult.Degraded("connecting to Socket Mode", data: data),
            _ => HealthCheckResult.Unhealthy($"Socket Mode stopped: {client.StopReason}", data: data),
        });
    }
}
