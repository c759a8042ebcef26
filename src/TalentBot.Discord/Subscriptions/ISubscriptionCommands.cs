using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Discord.Subscriptions;

public enum SubscriptionAction
{
    Subscribe,
    Unsubscribe,
    List,
    Digest,
}

/// <summary>
/// A subscription command from a channel. <see cref="Organisation"/> and <see cref="Person"/> are what was typed
/// (or chosen from autocomplete); permissions were already checked for <see cref="SubscriptionAction.Subscribe"/>
/// and <see cref="SubscriptionAction.Unsubscribe"/>.
/// </summary>
public sealed record SubscriptionRequest(
    SubscriptionAction Action,
    string GuildId,
    string ChannelId,
    string UserId,
    string? Organisation,
    string? Person,
    Language Language)
{
    /// <summary>The inferred option set to True: moves inferred from context too (subscribe), or no longer (unsubscribe).</summary>
    public bool Inferred { get; init; }
}

/// <summary>
/// What to tell the channel (or, when <see cref="IsPrivate"/>, only the user who asked). For <c>/digest</c>,
/// <see cref="Digest"/> is the digest itself, rendered like any answer and posted in the channel for everyone, every
/// page of it; <see cref="Text"/> is then not shown.
/// </summary>
public sealed record SubscriptionReply(string Text, bool IsPrivate, Reply? Digest = null);

/// <summary>
/// <c>/subscribe</c>, <c>/unsubscribe</c>, <c>/subscriptions</c>, <c>/digest</c> and the "Subscribe to alerts"
/// button, implemented by the alerts feature. While none is registered, those commands answer that alerts are not
/// enabled yet. Implementations must be thread-safe and answer user mistakes with a reply, not an exception.
/// </summary>
public interface ISubscriptionCommands
{
    Task<SubscriptionReply> HandleAsync(SubscriptionRequest request, CancellationToken cancellationToken);
}
