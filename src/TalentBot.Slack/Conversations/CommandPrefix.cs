using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Options;

namespace TalentBot.Slack.Conversations;

/// <summary>
/// What goes before every command name (<c>Slack:CommandPrefix</c>, e.g. <c>tb-</c>): Slack commands are not namespaced,
/// and the most recently installed app wins a shared name such as <c>/ask</c>. With a prefix, <c>/tb-ask</c> is declared
/// and routed as <c>/ask</c>, and a bare <c>/ask</c> is some other app's. Empty means no prefix. Immutable.
/// </summary>
public sealed record CommandPrefix
{
    /// <summary>Slack's limit on a command's name, the slash included.</summary>
    public const int MaxCommandLength = 32;

    public static CommandPrefix None { get; } = new("");

    private CommandPrefix(string value) => Value = value;

    public string Value { get; }

    /// <summary>
    /// A prefix Slack accepts in front of every declared name: lowercase ASCII letters, digits, <c>-</c> and <c>_</c>
    /// (Slack's rule for command names), short enough that the longest command stays within 32 characters.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out CommandPrefix? prefix, [NotNullWhen(false)] out string? error)
    {
        prefix = null;
        error = null;
        var value = text?.Trim() ?? "";
        var longest = MaxCommandLength - DeclaredCommands.LongestName;
        if (!value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_'))
            error = $"'{value}' may hold only lowercase letters a-z, digits, - and _ (Slack's rule for command names), such as tb-.";
        else if (value.Length > longest)
            error = $"'{value}' is {value.Length} characters; at most {longest} keep every command, prefix and slash included, within Slack's {MaxCommandLength}.";
        else prefix = value.Length == 0 ? None : new CommandPrefix(value);
        return prefix is not null;
    }

    /// <summary>The name Slack knows a command by: <c>/who-left</c> → <c>/tb-who-left</c>.</summary>
    public string Declared(string name) => "/" + Value + name.TrimStart('/');

    /// <summary>The commands that answer questions, as declared, for a hint: "/tb-who-left, /tb-who-joined, /tb-moves, /tb-ask".</summary>
    public string AskingCommands =>
        string.Join(", ", new[] { CommandNames.WhoLeft, CommandNames.WhoJoined, CommandNames.Moves, CommandNames.Ask }.Select(Declared));

    /// <summary>
    /// The unprefixed name a typed command is routed by (<c>/tb-ask</c> → <c>/ask</c>), or null when it does not carry
    /// the prefix and so is not one of ours.
    /// </summary>
    public string? Route(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var name = typed.TrimStart('/');
        if (!name.StartsWith(Value, StringComparison.OrdinalIgnoreCase) || name.Length == Value.Length) return null;
        return "/" + name[Value.Length..];
    }
}

/// <summary>Checks <c>Slack:CommandPrefix</c> at start, with the reason and an example, so a bad prefix never reaches a manifest or a route.</summary>
internal sealed class CommandPrefixValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options) =>
        CommandPrefix.TryParse(options.CommandPrefix, out _, out var error)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"Slack:CommandPrefix {error}");
}
