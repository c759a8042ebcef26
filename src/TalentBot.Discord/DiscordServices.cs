using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalentBot.Alerts.Delivery;
using TalentBot.Answering;
using TalentBot.Chat.Adapters;
using TalentBot.Chat.Api;
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
        services.TryAddSingleton<RateLimitBuckets>();
        return services.AddChatApi<DiscordOptions, DiscordSettingsValidator, DiscordRestClient, BotAuthorizationHandler, RateLimitHandler>(
            DiscordOptions.Section, DiscordOptions.Variables, new PlatformApiClient<DiscordOptions>
            {
                Name = DiscordRestClient.HttpClientName,
                UserAgent = DiscordUserAgent.For,
                RetryAfter = async (response, cancellationToken) =>
                    DiscordErrors.RetryAfter(response, await DiscordErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false)),
                CallName = request => request.Options.TryGetValue(DiscordRoute.Key, out var route) ? route.Name : "discord",
            });
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
        var mode = DiscordOptions.ModeOf(configuration);
        return services.AddChatConnection<DiscordOptions, InteractionSignature, InteractionEndpoint, GatewayClient>(new()
        {
            OverSocket = mode == DiscordMode.Gateway,
            Signature = options => new InteractionSignature(options.PublicKey!),
            Policy = options => new SignedRequestPolicy("Discord", options.MaxRequestBytes, options.SignatureWindow),
            Readiness = new ConnectionReadiness("discord", mode.ToString().ToLowerInvariant(), $"interactions endpoint at {InteractionEndpoint.Path}",
                "gateway", Ready: "Gateway session ready", Connecting: "connecting to the Gateway", Stopped: "Gateway stopped"),
        });
    }

    /// <summary>
    /// The senders of alerts and digests, as <see cref="IDeliverySender"/>s for the outbox: to Discord webhooks always
    /// (their URL is their credential), and to Discord channels only when <c>DISCORD_BOT_TOKEN</c> is set. Needs the
    /// host's <see cref="TimeProvider"/> and logging, nothing of the interactions side.
    /// </summary>
    public static IServiceCollection AddDiscordDelivery(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddDiscordRest();
        services.TryAddSingleton<ReplyRenderer>();
        return services.AddChatDelivery<DiscordWebhookSender, DiscordChannelSender, RateLimitHandler>(configuration, DiscordOptions.BotTokenVariable,
            DiscordWebhookSender.HttpClientName, provider => DiscordUserAgent.For(provider.GetRequiredService<IOptions<DiscordOptions>>().Value));
    }

    /// <summary>The tag of the checks that say whether the host is ready for traffic.</summary>
    public const string ReadinessTag = ChatAdapterServices.ReadinessTag;

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
