using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering;

/// <summary>
/// Parses what a user typed into a typed request: a slash command (/who-left ORG, /who-joined ORG, /moves PERSON,
/// /ask TEXT, /help), or plain text, which is a free question unless it is one of the structured questions in
/// natural words. Never throws on user input. Thread-safe.
/// </summary>
public sealed class CommandParser
{
    /// <summary>Longer input is refused: no chat question needs it, and it would only slow the search.</summary>
    public const int MaxInputLength = 1000;

    /// <summary>The commands, as the unknown-command reply lists them.</summary>
    public static IReadOnlyList<string> Commands { get; } = ["/who-left", "/who-joined", "/moves", "/flows", "/ask", "/help"];

    private readonly IntentRecogniser _recogniser;

    public CommandParser(EntityResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _recogniser = new IntentRecogniser(resolver);
    }

    public ParseResult Parse(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = TextFolding.WellFormed(input).Trim();
        if (text.Length == 0) return ParseResult.Failure(ParseError.EmptyInput, ReplyIntent.Ask);
        if (text.Length > MaxInputLength) return ParseResult.Failure(ParseError.TooLong, ReplyIntent.Ask);
        if (text[0] != '/') return ParseResult.Success(Question(text));

        var split = text.AsSpan().IndexOfAny(" \t\r\n\u3000");
        var command = split < 0 ? text : text[..split];
        var argument = split < 0 ? "" : text[(split + 1)..].Trim();
        // Discord and Slack users type /who_left or /whoLeft as often as /who-left.
        var name = command[1..].Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal)
                               .ToLowerInvariant();
        return name switch
        {
            "help" => ParseResult.Success(new HelpRequest()),
            "wholeft" => WithArgument(ReplyIntent.WhoLeft, command, argument, a => new WhoLeftRequest(a)),
            "whojoined" => WithArgument(ReplyIntent.WhoJoined, command, argument, a => new WhoJoinedRequest(a)),
            "moves" => WithArgument(ReplyIntent.MovesOf, command, argument, a => new MovesRequest(a)),
            "flows" => WithArgument(ReplyIntent.Flows, command, argument, FlowsRequest.FromText),
            "ask" => WithArgument(ReplyIntent.Ask, command, argument, Question),
            _ => ParseResult.Failure(ParseError.UnknownCommand, ReplyIntent.Help, command),
        };
    }

    /// <summary>
    /// The free question in what the user typed: plain text, or the text after <c>/ask</c>. Null for the other
    /// commands and for input that is empty or too long. A model answers free questions; commands never need one.
    /// </summary>
    public static string? FreeQuestion(string input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var text = TextFolding.WellFormed(input).Trim();
        if (text.Length is 0 or > MaxInputLength) return null;
        if (text[0] != '/') return text;
        var split = text.AsSpan().IndexOfAny(" \t\r\n\u3000");
        if (split < 0 || !text[..split].Equals("/ask", StringComparison.OrdinalIgnoreCase)) return null;
        var question = text[(split + 1)..].Trim();
        return question.Length == 0 ? null : question;
    }

    private BotRequest Question(string text) => _recogniser.Recognise(text) ?? new AskRequest(text);

    private static ParseResult WithArgument(ReplyIntent intent, string command, string argument, Func<string, BotRequest> create) =>
        argument.Length == 0
            ? ParseResult.Failure(ParseError.MissingArgument, intent, command)
            : ParseResult.Success(create(argument));
}
