using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Slack.Subscriptions;

public enum SubscriptionAction
{
    Subscribe,
    Unsubscribe,
    List,
    Digest,
}

/// <summary>
/// A subscription command from a Slack channel. <see cref="Subject"/> is what followed the command, as typed (an
/// organisation or a person, and perhaps the word <c>inferred</c>, which the subscriptions feature reads), or the
/// organisation a Subscribe button named; null when nothing followed. Slack gives no
/// permissions with a command, so none were checked.
/// </summary>
public sealed record SubscriptionRequest(
    SubscriptionAction Action,
    string TeamId,
    string ChannelId,
    string UserId,
    string? Subject,
    Language Language);

/// <summary>
/// What to tell the channel (or, when <see cref="IsPrivate"/>, only the user who asked). For <c>/digest</c>,
/// <see cref="Digest"/> is the digest itself, rendered like any answer and posted in the channel for everyone, every
/// page of it; <see cref="Text"/> is then not shown.
/// </summary>
public sealed record SubscriptionReply(string Text, bool IsPrivate, Reply? Digest = null);

/// <summary>
/// <c>/subscribe</c>, <c>/unsubscribe</c>, <c>/subscriptions</c>, <c>/digest</c> and the "Subscribe to alerts" button
/// in Slack, implemented by the alerts feature. While none is registered, those commands answer that alerts are not
/// enabled yet. Implementations must be thread-safe and answer user mistakes with a reply, not an exception.
/// </summary>
public interface ISubscriptionCommands
{
    Task<SubscriptionReply> HandleAsync(SubscriptionRequest request, CancellationToken cancellationToken);
}
