using TalentBot.Slack.Messages;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// How a delivery from Slack is answered: exactly one acknowledgement (the HTTP response, or the Socket Mode ack),
/// whose <see cref="Response"/> is the reply itself when it was ready in time (null for an empty ack), and the
/// work that completes it afterwards. Being one value, a delivery cannot be answered twice or not at all.
/// </summary>
public sealed record SlackAck(CommandResponse? Response, FollowUp? Then = null)
{
    public static SlackAck Empty { get; } = new(Response: null);

    public static SlackAck Now(SlackMessage message) => new(CommandResponse.Of(message));
}
