using TalentBot.Slack.Requests;

namespace TalentBot.Slack.Conversations;

/// <summary>A click on one of TalentBot's buttons: who, where, and the <c>response_url</c> to answer through.</summary>
public sealed record Click(string Id, Uri ResponseUrl, string UserId, string ChannelId, string? TeamId, BlockAction Action)
{
    /// <summary>The click, or null when the payload lacks what every click on a message carries.</summary>
    public static Click? From(InteractionPayload payload) =>
        payload is { TriggerId: { Length: > 0 } id, User.Id: { Length: > 0 } user, Channel.Id: { Length: > 0 } channel, Actions: [var action, ..] }
        && ResponseUrls.Parse(payload.ResponseUrl) is { } responseUrl
            ? new Click(id, responseUrl, user, channel, payload.Team?.Id, action)
            : null;
}
