using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Replies;

namespace TalentBot.Alerts.Subscriptions;

public enum ChannelAction
{
    Subscribe,
    Unsubscribe,
    List,
    Digest,
}

/// <summary>
/// A subscription command from a chat channel, platform-neutral. <see cref="Subject"/> is free text naming an
/// organisation or a person (Slack); <see cref="Organisation"/> and <see cref="Person"/> are what a platform with
/// typed options gave (Discord). Any of them may be empty; permissions are the adapter's to check.
/// </summary>
public sealed record ChannelCommand(
    ChannelAction Action,
    DeliveryTarget Channel,
    string UserId,
    Language Language,
    string? Organisation = null,
    string? Person = null,
    string? Subject = null);

/// <summary>
/// What to tell the channel, in the asker's language; <see cref="IsPrivate"/> when only the asker should see it.
/// <see cref="Digest"/> is set for <see cref="ChannelAction.Digest"/>: the reply to render in the channel.
/// </summary>
public sealed record ChannelAnswer(string Text, bool IsPrivate, Reply? Digest = null);
