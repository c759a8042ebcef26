using System.Diagnostics.CodeAnalysis;
using TalentBot.Core.Replies;

namespace TalentBot.Answering;

/// <summary>Why a command could not be parsed. Bad input is routine, so it is a value, not an exception.</summary>
public enum ParseError
{
    EmptyInput,
    TooLong,
    UnknownCommand,
    MissingArgument,
}

/// <summary>
/// A parsed request, or the reason there is none. <see cref="Detail"/> names the offending command when there
/// is one ("/foo", or "/who-left" without its organisation), and <see cref="Intent"/> says what the failed input
/// was asking for, so the error reply can be labelled and give the right example.
/// </summary>
public sealed class ParseResult
{
    private ParseResult(BotRequest? request, ParseError? error, string? detail, ReplyIntent intent)
    {
        Request = request;
        Error = error;
        Detail = detail;
        Intent = intent;
    }

    public BotRequest? Request { get; }

    public ParseError? Error { get; }

    public string? Detail { get; }

    public ReplyIntent Intent { get; }

    public bool IsSuccess => Request is not null;

    public static ParseResult Success(BotRequest request) => new(request, null, null, IntentOf(request));

    public static ParseResult Failure(ParseError error, ReplyIntent intent, string? detail = null) => new(null, error, detail, intent);

    public bool TryGetRequest([NotNullWhen(true)] out BotRequest? request)
    {
        request = Request;
        return request is not null;
    }

    internal static ReplyIntent IntentOf(BotRequest request) => request switch
    {
        WhoLeftRequest => ReplyIntent.WhoLeft,
        WhoJoinedRequest => ReplyIntent.WhoJoined,
        MovesRequest => ReplyIntent.MovesOf,
        FlowsRequest => ReplyIntent.Flows,
        HelpRequest => ReplyIntent.Help,
        _ => ReplyIntent.Ask,
    };
}
