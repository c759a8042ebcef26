using TalentBot.Core;
using TalentBot.Core.Knowledge;

namespace TalentBot.Answering;

/// <summary>
/// A typed request. <see cref="Language"/> is set when the request itself says which language to answer in (a
/// natural question); otherwise the caller's fallback (the user's locale) applies. <see cref="Page"/> is which page
/// of the matching moves to show, from 1 (default 1).
/// </summary>
public abstract record BotRequest
{
    public Language? Language { get; init; }

    public int Page { get; init; } = 1;
}

/// <summary>/who-left ORG, or "who left Meta?" in any of the four languages.</summary>
public sealed record WhoLeftRequest(string Organisation) : BotRequest;

/// <summary>/who-joined ORG, or "who joined OpenAI?" in any of the four languages.</summary>
public sealed record WhoJoinedRequest(string Organisation) : BotRequest;

/// <summary>/moves PERSON.</summary>
public sealed record MovesRequest(string Person) : BotRequest;

/// <summary>/ask TEXT, or plain text that is not one of the structured questions.</summary>
public sealed record AskRequest(string Question) : BotRequest
{
    /// <summary>The question's embedding, when an embedding model is configured, so evidence ranks by meaning too.</summary>
    public QueryEmbedding? Embedding { get; init; }
}

/// <summary>/help.</summary>
public sealed record HelpRequest : BotRequest;

/// <summary>
/// /flows ORG [SINCE]: who came to and who left an organisation (with its parts), by counterpart organisation.
/// <see cref="Since"/> is the start of the period as typed (2025, 2025-07, 2025-07-15); null for every move.
/// </summary>
public sealed record FlowsRequest(string Organisation, string? Since = null) : BotRequest
{
    /// <summary>
    /// "meta 2025-07" as typed: the last word is the period's start when it begins with a digit (no organisation's name
    /// ends in a date), and is checked by the answerer, so a mistyped date is refused rather than read as part of the name.
    /// </summary>
    public static FlowsRequest FromText(string argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument = argument.Trim();
        var split = argument.AsSpan().LastIndexOfAny(" \t\r\n\u3000");
        return split > 0 && char.IsAsciiDigit(argument[split + 1])
            ? new FlowsRequest(argument[..split].Trim(), argument[(split + 1)..])
            : new FlowsRequest(argument);
    }

    /// <summary>The request as <see cref="FromText"/> reads it back.</summary>
    public string AsText() => Since is null ? Organisation : Organisation + " " + Since;
}
