using TalentBot.Core.Alerts;
using TalentBot.Slack.Requests;

namespace TalentBot.Slack.Conversations;

/// <summary>A click on one of TalentBot's buttons: who, where, and the <c>response_url</c> to answer through.</summary>
public sealed record Click(string Id, Uri ResponseUrl, string UserId, string ChannelId, string? TeamId, BlockAction Action)
{
    /// <summary>The click, or null when the payload lacks what every click on a message carries.</summary>
    public static Click? From(InteractionPayload payload) =>
        payload is { TriggerId: { Length: > 0 and <= 100 } id, User.Id: var user, Channel.Id: var channel, Actions: [{ } action, ..] }
        && ChannelIds.IsSlackUser(user) && ChannelIds.IsSlackConversation(channel)
        && (payload.Team?.Id is null || ChannelIds.IsSlackTeam(payload.Team.Id))
        && ResponseUrls.Parse(payload.ResponseUrl) is { } responseUrl
            ? new Click(id, responseUrl, user!, channel!, payload.Team?.Id, action)
            : null;
}
