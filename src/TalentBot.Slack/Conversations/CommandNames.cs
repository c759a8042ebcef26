namespace TalentBot.Slack.Conversations;

/// <summary>The slash commands TalentBot declares in its manifest, and how a typed one is recognised.</summary>
public static class CommandNames
{
    public const string WhoLeft = "/who-left";
    public const string WhoJoined = "/who-joined";
    public const string Moves = "/moves";
    public const string Ask = "/ask";
    public const string Flows = "/flows";
    public const string Subscribe = "/subscribe";
    public const string Unsubscribe = "/unsubscribe";
    public const string Subscriptions = "/subscriptions";
    public const string Digest = "/digest";

    /// <summary>"/Who_Left" and "/whoLeft" are "wholeft": a workspace may declare the commands in either spelling.</summary>
    public static string Normalise(string command) =>
        command.TrimStart('/').Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
}
