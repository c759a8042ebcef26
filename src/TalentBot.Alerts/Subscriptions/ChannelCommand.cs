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
/// <see cref="Inferred"/> is the inferred option as a typed flag (Discord): with <see cref="ChannelAction.Subscribe"/>
/// the channel hears of moves inferred from context too, with <see cref="ChannelAction.Unsubscribe"/> no longer. In
/// free text it is the word <see cref="ChannelSubscriptions.InferredWord"/>, which <see cref="ChannelSubscriptions"/>
/// reads out of <see cref="Subject"/>.
/// </summary>
public sealed record ChannelCommand(
    ChannelAction Action,
    DeliveryTarget Channel,
    string UserId,
    Language Language,
    string? Organisation = null,
    string? Person = null,
    string? Subject = null,
    bool Inferred = false);

/// <summary>
/// What to tell the channel, in the asker's language; <see cref="IsPrivate"/> when only the asker should see it.
/// <see cref="Digest"/> is set for <see cref="ChannelAction.Digest"/>: the reply to render in the channel.
/// </summary>
public sealed record ChannelAnswer(string Text, bool IsPrivate, Reply? Digest = null);
