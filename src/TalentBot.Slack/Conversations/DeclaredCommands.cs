namespace TalentBot.Slack.Conversations;

/// <summary>A slash command as the app declares it to Slack: its unprefixed name (<c>/who-left</c>), what it does and what it takes.</summary>
public sealed record DeclaredCommand(string Name, string Description, string? UsageHint);

/// <summary>
/// The one table of TalentBot's slash commands: the manifest generator declares exactly these, and the dispatcher routes
/// exactly these (a test holds every one to a handler), so the two cannot drift. Descriptions and hints are the
/// manifest's English: Slack shows them as declared, in every locale.
/// </summary>
public static class DeclaredCommands
{
    public static IReadOnlyList<DeclaredCommand> All { get; } =
    [
        new(CommandNames.WhoLeft, "Who left an organisation, each move cited", "meta"),
        new(CommandNames.WhoJoined, "Who joined an organisation, each move cited", "openai"),
        new(CommandNames.Moves, "Every move of a person, each cited", "Shengjia Zhao"),
        new(CommandNames.Flows, "A picture of who came to and left an organisation, by organisation, each move cited", "meta 2025-07"),
        new(CommandNames.Ask, "A free question, answered from the sources in your language", "why are researchers leaving Meta?"),
        new(CommandNames.Subscribe, "Alerts in this channel for stated moves of organisations or people (several: separate them with |); add inferred for moves inferred from context too",
            "meta | Jason Wei | inferred"),
        new(CommandNames.Unsubscribe, "Stop this channel's alerts for an organisation or a person; inferred alone stops only those for inferred moves", "meta  (or: inferred)"),
        new(CommandNames.Subscriptions, "What this channel is subscribed to, and when its digest comes", null),
        new(CommandNames.Digest, "The last day's moves now; with a time and a time zone, when this channel's daily digest comes; off to stop it",
            "[09:00 Europe/Paris | off]"),
    ];

    /// <summary>The longest declared name, which bounds how long a prefix may be (Slack allows 32 characters with the slash).</summary>
    public static int LongestName { get; } = All.Max(c => c.Name.Length);
}
