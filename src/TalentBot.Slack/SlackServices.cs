using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalentBot.Alerts.Delivery;
using TalentBot.Chat.Adapters;
using TalentBot.Chat.Api;
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
    public const string ReadinessTag = ChatAdapterServices.ReadinessTag;

    private const string UserAgent = "TalentBot/1.0 (+https://github.com/talentbot)";

    /// <summary>What a Slack tool needs to call the Web API (the bot; alerts and digests).</summary>
    public static IServiceCollection AddSlackWebApi(this IServiceCollection services)
    {
        services.TryAddSingleton<ChannelPacer>();
        return services.AddChatApi<SlackOptions, SlackSettingsValidator, SlackWebApiClient, SlackAuthorizationHandler, ChannelPacingHandler>(
            SlackOptions.Section, SlackOptions.Secrets, new PlatformApiClient<SlackOptions>
            {
                Name = SlackWebApiClient.HttpClientName,
                UserAgent = _ => UserAgent,
                RetryAfter = (response, _) => ValueTask.FromResult(SlackCalls.RetryAfter(response)),
                CallName = request => request.Options.TryGetValue(SlackCall.Key, out var call) ? call.Method : "slack",
            });
    }

    /// <summary>
    /// The senders of alerts and digests, as <see cref="IDeliverySender"/>s for the outbox: to Slack incoming webhooks
    /// always (their URL is their credential), and to Slack channels only when <c>SLACK_BOT_TOKEN</c> is set. Needs the
    /// host's <see cref="TimeProvider"/> and logging, nothing of the commands side.
    /// </summary>
    public static IServiceCollection AddSlackDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSlackWebApi();
        services.TryAddSingleton<ReplyRenderer>();
        return services.AddChatDelivery<SlackWebhookSender, SlackChannelSender, ChannelPacingHandler>(configuration, SlackOptions.BotTokenVariable,
            SlackWebhookSender.HttpClientName, _ => UserAgent);
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
        var overSocket = SlackOptions.ModeOf(configuration) == SlackMode.SocketMode;
        return services.AddChatConnection<SlackOptions, RequestSignature, SlackEndpoints, SocketModeClient>(new()
        {
            OverSocket = overSocket,
            Signature = options => new RequestSignature(options.SigningSecret!),
            Policy = options => new SignedRequestPolicy("Slack", options.MaxRequestBytes, RequestSignature.Window),
            Readiness = new ConnectionReadiness("slack", overSocket ? "socket_mode" : "http",
                $"request URLs at {SlackEndpoints.CommandsPath}, {SlackEndpoints.EventsPath}, {SlackEndpoints.InteractivityPath}",
                "socket_mode", Ready: "Socket Mode connected", Connecting: "connecting to Socket Mode", Stopped: "Socket Mode stopped"),
        });
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
