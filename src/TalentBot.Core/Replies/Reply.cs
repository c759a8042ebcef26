namespace TalentBot.Core.Replies;

/// <summary>What the user asked for.</summary>
public enum ReplyIntent
{
    WhoLeft,
    WhoJoined,
    MovesOf,
    Ask,
    Help,
    /// <summary>A new move, sent to a subscription.</summary>
    Alert,
    /// <summary>The moves first reported in a window, grouped by organisation, sent to a subscription or asked for.</summary>
    Digest,
    /// <summary>People moving into and out of an organisation, by counterpart: a picture and the moves behind it.</summary>
    Flows,
}

/// <summary>
/// How a request ended. Chat adapters show <see cref="NothingFound"/> and <see cref="InvalidRequest"/> privately
/// (ephemeral on Discord, only-visible-to-you on Slack), because they help the asker and no one else.
/// </summary>
public enum ReplyOutcome
{
    Answered,
    NothingFound,
    InvalidRequest,
}

/// <summary>Why a note is there, so a renderer can style it (a warning for a disagreement, buttons for suggestions).</summary>
public enum ReplyNoteKind
{
    MoreNotShown,
    Disagreement,
    DidYouMean,
    Hint,
    /// <summary>How a language model took part: it wrote the answer, some of its sentences were removed, or it failed and the offline answer stands.</summary>
    Model,
}

/// <summary>A line under the answer, already in the reply's language.</summary>
public sealed record ReplyNote(ReplyNoteKind Kind, string Text);

/// <summary>A citation as the reply numbers it: <see cref="Number"/> is the <c>[n]</c> marker, from 1.</summary>
public sealed record NumberedCitation(int Number, Citation Citation);

/// <summary>
/// A move as shown: the citations that support it (numbers into <see cref="Reply.Citations"/>) and whether
/// other moves in the same reply contradict it, in which case both are shown and neither is chosen.
/// <see cref="Group"/> is the heading it is shown under in a digest (an organisation, or "other"); null elsewhere.
/// </summary>
public sealed record ReplyMove(Move Move, IReadOnlyList<int> CitationNumbers, bool Disputed, string? Group = null);

/// <summary>A head count as shown, with the numbers of its citations.</summary>
public sealed record ReplyCount(CountFact Count, IReadOnlyList<int> CitationNumbers);

/// <summary>
/// A platform-neutral answer: the CLI prints <see cref="Text"/>, chat adapters render the parts (embeds, Block
/// Kit) within their own limits. Everything user-facing is already in <see cref="Language"/>, except quotes,
/// which stay verbatim in their article's language. Immutable; safe to share across threads.
/// </summary>
/// <param name="Title">The headline: "Who left Meta", or the error or nothing-found sentence.</param>
/// <param name="Moves">The moves shown, one page, in the order shown.</param>
/// <param name="Counts">Head counts with no names ("more than 20 people from OpenAI went to Meta").</param>
/// <param name="Evidence">For a free question, the citation numbers of the sentences quoted as the answer, best first.</param>
/// <param name="Citations">Every citation the reply refers to, numbered 1..n in order of first use.</param>
/// <param name="Suggestions">Names the asker may have meant, for did-you-mean buttons; never applied silently.</param>
/// <param name="Total">How many moves matched, shown or not; for a free question, evidence sentences shown plus moves matched.</param>
/// <param name="Text">The whole reply as chat text.</param>
/// <param name="Answer">
/// Prose written by a language model, every sentence ending in <c>[n]</c> markers into <see cref="Citations"/>
/// that were checked before the reply was built; null when the answer was composed from the store alone.
/// </param>
/// <param name="Page">Which page of the matching moves <see cref="Moves"/> is, from 1.</param>
/// <param name="Pages">
/// How many pages the matching moves fill, at least 1; a free question, help, an alert and a digest are one page.
/// </param>
/// <param name="Flows">For a flows reply, the numbers its picture shows; each move's <see cref="ReplyMove.Group"/> names its bar.</param>
/// <param name="Picture">A picture to show with the reply (the flows chart), when one was drawn.</param>
public sealed record Reply(
    ReplyIntent Intent,
    Language Language,
    ReplyOutcome Outcome,
    string Title,
    IReadOnlyList<ReplyMove> Moves,
    IReadOnlyList<ReplyCount> Counts,
    IReadOnlyList<int> Evidence,
    IReadOnlyList<NumberedCitation> Citations,
    IReadOnlyList<ReplyNote> Notes,
    IReadOnlyList<string> Suggestions,
    int Total,
    string Text,
    string? Answer = null,
    int Page = 1,
    int Pages = 1,
    FlowChart? Flows = null,
    ReplyPicture? Picture = null)
{
    /// <summary>True when only the asker should see the reply.</summary>
    public bool IsPrivate => Outcome != ReplyOutcome.Answered;

    /// <summary>True when at least one shown move is contradicted by another.</summary>
    public bool HasDisagreement => Moves.Any(m => m.Disputed);
}
