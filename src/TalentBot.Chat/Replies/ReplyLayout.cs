using System.Globalization;
using System.Text;
using TalentBot.Answering;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Chat.Replies;

/// <summary>
/// A reply's wording laid out once for every chat platform, in the reply's language: the headline, the model's
/// answer, the quoted evidence, the head counts, the moves (in runs, a digest's group each), the notes and the numbered
/// sources by article. Its text is raw: each renderer maps it to its own blocks with its own limits and escaping
/// (<see cref="ChatMarkup"/>), in the order its platform reads best. Immutable.
/// </summary>
public sealed record ReplyLayout(
    Language Language,
    string Title,
    string? Answer,
    IReadOnlyList<EvidenceLine> Evidence,
    IReadOnlyList<CountLine> Counts,
    string? MovesHeading,
    IReadOnlyList<MoveRun> Moves,
    IReadOnlyList<string> Notes,
    SourcesLayout? Sources)
{
    public const string Bullet = "• ";
    public const string Dash = " — ";
    public const string Dot = " · ";

    /// <summary>
    /// The answer then its sources, the quotes the answer already shows left to a link in the sources. Citations link
    /// through <paramref name="links"/>, to at most <paramref name="maxUrl"/> characters (the platform's).
    /// </summary>
    public static ReplyLayout Of(Reply reply, CitationLinks links, int maxUrl)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(links);
        var language = reply.Language;
        var quote = Phrases.Get(language, Phrase.Quote);
        var citations = reply.Citations.ToDictionary(c => c.Number, c => c.Citation);
        return new ReplyLayout(
            language,
            reply.Title,
            string.IsNullOrEmpty(reply.Answer) ? null : reply.Answer,
            reply.Evidence.Select(number => new EvidenceLine(number, new Quotation(citations[number].Quote, quote))).ToList(),
            reply.Counts.Select(c => new CountLine(ReplyWording.CountSentence(c.Count, language), ReplyWording.Markers(c.CitationNumbers))).ToList(),
            reply.Intent == ReplyIntent.Ask && reply.Moves.Count > 0 ? Phrases.Get(language, Phrase.AskMovesHeader) : null,
            Runs(reply.Moves, language),
            reply.Notes.Select(n => ReplyWording.NotePrefix(n.Kind) + n.Text).ToList(),
            SourcesLayout.Of(reply, links, maxUrl, quotedInAnswer: true));
    }

    /// <summary>Consecutive moves of one digest group as a run headed by the group; each other move as a run of its own.</summary>
    private static List<MoveRun> Runs(IReadOnlyList<ReplyMove> moves, Language language)
    {
        var runs = new List<MoveRun>();
        foreach (var shown in moves)
        {
            var group = string.IsNullOrWhiteSpace(shown.Group) ? null : shown.Group;
            var layout = MoveLayout.Of(shown, language);
            if (group is not null && runs is [.., { Group: { } open } last] && open == group) runs[^1] = last with { Moves = [.. last.Moves, layout] };
            else runs.Add(new MoveRun(group, [layout]));
        }
        return runs;
    }
}

/// <summary>A quote in the reply's quotation marks (<c>“{0}”</c>, <c>« {0} »</c>, <c>「{0}」</c>), the quote itself verbatim.</summary>
public sealed record Quotation(string Text, string Template)
{
    /// <summary>The quote escaped in its marks, at most <paramref name="max"/> characters: the quote gives way, never the marks.</summary>
    public string Fit(ChatMarkup markup, int max)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var frame = Template.Length - "{0}".Length;
        return string.Format(CultureInfo.InvariantCulture, Template, markup.EscapeWithin(Text, max - frame));
    }
}

/// <summary>A quote the answer rests on, shown in the answer with its source's marker.</summary>
public sealed record EvidenceLine(int Number, Quotation Quote)
{
    /// <summary>"• “quote” [n]", at most <paramref name="max"/> characters.</summary>
    public string Render(ChatMarkup markup, int max)
    {
        var marker = " " + ReplyWording.Marker(Number);
        return ReplyLayout.Bullet + Quote.Fit(markup, max - ReplyLayout.Bullet.Length - marker.Length) + marker;
    }
}

/// <summary>A head count as a sentence, with its sources' markers.</summary>
public sealed record CountLine(string Sentence, string Markers)
{
    /// <summary>"• sentence [1][2]", at most <paramref name="max"/> characters: the sentence gives way.</summary>
    public string Render(ChatMarkup markup, int max)
    {
        ArgumentNullException.ThrowIfNull(markup);
        var markers = " " + Markers;
        return ReplyLayout.Bullet + markup.EscapeWithin(Sentence, max - ReplyLayout.Bullet.Length - markers.Length) + markers;
    }
}

/// <summary>Moves shown together: a digest's group under its heading, or a move of its own (<see cref="Group"/> null).</summary>
public sealed record MoveRun(string? Group, IReadOnlyList<MoveLayout> Moves);

/// <summary>
/// One move in words: who, what kind of move, the route ("From → To, when, amount"), its sources' markers, where it
/// was reported, remarks (found only by the model, inferred from context) and, when sources disagree, that they do.
/// </summary>
public sealed record MoveLayout(
    string Person,
    string Kind,
    string Route,
    string Markers,
    string Provenance,
    IReadOnlyList<string> Remarks,
    string? Disputed)
{
    private const string Arrow = " → ";
    private const string UnknownEnd = "?";

    public static MoveLayout Of(ReplyMove shown, Language language)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var move = shown.Move;
        return new MoveLayout(
            move.Person.Name,
            Phrases.KindLabel(language, move.Kind),
            RouteOf(move),
            ReplyWording.Markers(shown.CitationNumbers),
            ReplyWording.Provenance(move, language),
            ReplyWording.Remarks(move, language),
            shown.Disputed ? "⚠ " + Phrases.Get(language, Phrase.Disputed) : null);
    }

    private static string RouteOf(Move move)
    {
        var route = new StringBuilder()
            .Append(move.From?.Name ?? UnknownEnd).Append(Arrow).Append(move.To?.Name ?? UnknownEnd);
        if (move.When is { } when) route.Append(", ").Append(when.ToString());
        if (move.Amount is { } amount) route.Append(", ").Append(ReplyWording.Amount(amount));
        return route.ToString();
    }
}
