using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using TalentBot.Alerts.Delivery;
using TalentBot.Chat.Api;
using TalentBot.Chat.Connections;
using TalentBot.Chat.Requests;
using TalentBot.Slack.Conversations;
using TalentBot.Slack.Delivery;
using TalentBot.Slack.Home;
using TalentBot.Slack.Http;
using TalentBot.Slack.Messages;
using TalentBot.Slack.SocketMode;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack;

/// <summary>Registers the Slack adapter in a host.</summary>
public static class SlackServices
{
    /// <summary>The tag of the checks that say whether the host is ready for traffic.</summary>
    public const string ReadinessTag = "ready";

    private const string UserAgent = "TalentBot/1.0 (+https://github.com/talentbot)";

    /// <summary>What a Slack tool needs to call the Web API (the bot; alerts and digests).</summary>
    public static IServiceCollection AddSlackWebApi(this IServiceCollection services)
    {
        // Both the bot and delivery need the client: a second registration would add its handlers twice, and two
        // rate-limit handlers in one pipeline wait on each other's bucket.
        if (services.Any(d => d.ServiceType == typeof(SlackWebApiClient))) return services;
        services.AddPlatformOptions<SlackOptions, SlackSettingsValidator>(SlackOptions.Section, SlackOptions.Secrets);
        services.TryAddSingleton<ChannelPacer>();
        services.TryAddSingleton<SlackWebApiClient>();
        services.AddPlatformApiClient<SlackOptions, SlackAuthorizationHandler, ChannelPacingHandler>(new PlatformApiClient<SlackOptions>
        {
            Name = SlackWebApiClient.HttpClientName,
            UserAgent = _ => UserAgent,
            RetryAfter = (response, _) => ValueTask.FromResult(SlackCalls.RetryAfter(response)),
            CallName = request => request.Options.TryGetValue(SlackCall.Key, out var call) ? call.Method : "slack",
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
        // The outbox bounds each attempt with its token, pacing waits included; retrying is the outbox's too.
        services.AddPlatformWebhookClient<ChannelPacingHandler>(SlackWebhookSender.HttpClientName, _ => UserAgent);
        if (!string.IsNullOrWhiteSpace(configuration[SlackOptions.BotTokenVariable]))
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IDeliverySender, SlackChannelSender>());
        return services;
    }

    /// <summary>
    /// The whole adapter: the three request URLs' services, or the Socket Mode connection when <c>Slack:Mode</c> is
    /// SocketMode. Answers come from the registered <c>IAnswerService</c>, names for the Subscribe button from the
    /// registered <c>EntityRegistry</c>; subscription commands from the registered <c>IChannelCommands</c> (alerts), if any.
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
        services.AddFollowUpRunner<FollowUps>();

        if (SlackOptions.ModeOf(configuration) == SlackMode.SocketMode)
        {
            services.TryAddSingleton(Random.Shared);
            services.TryAddSingleton<SocketModeClient>();
            services.AddHostedService(provider => provider.GetRequiredService<SocketModeClient>());
        }
        else
        {
            services.AddSignedRequestReader<SlackOptions, RequestSignature>(options => new RequestSignature(options.SigningSecret!),
                options => new SignedRequestPolicy("Slack", options.MaxRequestBytes, RequestSignature.Window));
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
            ConnectionStatus.Ready => HealthCheckResult.Healthy("Socket Mode connected", data),
            ConnectionStatus.Connecting => HealthCheckResult.Degraded("connecting to Socket Mode", data: data),
            _ => HealthCheckResult.Unhealthy($"Socket Mode stopped: {client.StopReason}", data: data),
        });
    }
}
