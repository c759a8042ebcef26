namespace TalentBot.Slack.Conversations;

/// <summary>What a conversation's id says about it.</summary>
public static class Conversation
{
    /// <summary>
    /// A direct message (its id starts with D): no channel there can subscribe, since alerts belong to a channel the
    /// team shares and a DM with someone else is closed to the bot, so no Subscribe button is offered in one.
    /// </summary>
    public static bool IsDirectMessage(string channelId) => channelId.StartsWith('D');
}
