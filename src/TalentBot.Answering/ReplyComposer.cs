using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Core.Replies;
using TalentBot.Answering.Questions;

namespace TalentBot.Answering;

/// <summary>
/// Builds replies from what the knowledge base returned: picks the page of moves, numbers the citations, flags
/// disagreements, and writes the notes. Thread-safe: each call builds its own state.
/// </summary>
internal sealed class ReplyComposer
{
    public const int PageSize = 10;

    /// <summary>Citations shown per move: enough to check it, few enough for a chat message.</summary>
    private const int MaxCitationsPerFact = 3;

    private const string ListSeparator = " / ";

    private readonly EntityRegistry _registry;

    public ReplyComposer(EntityRegistry registry) => _registry = registry;

    public Reply Help(Language language)
    {
        var lines = new[]
            {
                Phrase.HelpWhoLeft, Phrase.HelpWhoJoined, Phrase.HelpMoves, Phrase.HelpFlows, Phrase.HelpAsk, Phrase.HelpSubscribe, Phrase.HelpHelp, Phrase.HelpFreeText,
            }
            .Select(p => new ReplyNote(ReplyNoteKind.Hint, Phrases.Get(language, p)))
            .ToList();
        return Build(ReplyIntent.Help, language, ReplyOutcome.Answered, Phrases.Get(language, Phrase.TitleHelp), notes: lines);
    }

    public Reply Invalid(ReplyIntent intent, Language language, string message, IReadOnlyList<string>? suggestions = null)
    {
        suggestions ??= [];
        var notes = suggestions.Count == 0
            ? []
            : new List<ReplyNote> { new(ReplyNoteKind.DidYouMean, Phrases.Format(language, Phrase.DidYouMean, string.Join(ListSeparator, suggestions))) };
        return Build(intent, language, ReplyOutcome.InvalidRequest, message, notes: notes, suggestions: suggestions);
    }

    public Reply NothingFound(ReplyIntent intent, Language language, string message, IReadOnlyList<ReplyNote>? notes = null) =>
        Build(intent, language, ReplyOutcome.NothingFound, message, notes: notes ?? []);

    /// <summary>How many pages <paramref name="total"/> moves fill; an answer is one page even with none.</summary>
    public static int PageCount(int total) => Math.Max(1, (int)((total + (long)PageSize - 1) / PageSize));

    /// <summary>Where page <paramref name="page"/> starts among the matching moves, capped rather than overflowing.</summary>
    public static int OffsetOf(int page) => (int)Math.Min(int.MaxValue, (page - 1L) * PageSize);

    /// <summary>
    /// Page <paramref name="page"/> of the moves, from <paramref name="fetched"/>: the page's moves newest first, then
    /// the same people's moves just past it, so that a move contradicting one on the page is still found and shown
    /// beside it. Head counts, which have no page of their own, open the first page only.
    /// </summary>
    public Reply Moves(ReplyIntent intent, Language language, string title, MovePage fetched, IReadOnlyList<CountFact> counts, int page)
    {
        var pages = PageCount(fetched.Total);
        if (page > pages) return PastLastPage(intent, language, page, pages, fetched.Total);
        var book = new CitationBook();
        var notes = new List<ReplyNote>();
        var moves = PageOfMoves(fetched.Moves, PageSize, language, book, notes);
        var shownCounts = page == 1 ? counts.Select(c => new ReplyCount(c, book.Number(c.Citations, MaxCitationsPerFact))).ToList() : [];
        if (pages > 1) notes.Insert(0, new ReplyNote(ReplyNoteKind.MoreNotShown, Range(language, page, Math.Min(PageSize, fetched.Moves.Count), fetched.Total)));
        return Build(intent, language, ReplyOutcome.Answered, title, moves, shownCounts, [], book.Citations, notes,
            total: fetched.Total, page: page, pages: pages);
    }

    /// <summary>
    /// A page past an answer's last: nothing is there, which is no error (a script paging on reaches it), so the
    /// reply is "nothing found" and says how many pages there are.
    /// </summary>
    public static Reply PastLastPage(ReplyIntent intent, Language language, int page, int pages, int total) =>
        Build(intent, language, ReplyOutcome.NothingFound,
            Phrases.Format(language, Phrases.ForCount(language, pages, Phrase.PastLastPageOne, Phrase.PastLastPage), page, pages),
            total: total, page: page, pages: pages);

    /// <summary>An invalid request built without a store, for callers that refuse input before opening one.</summary>
    public static Reply Refusal(ReplyIntent intent, Language language, string message) =>
        Build(intent, language, ReplyOutcome.InvalidRequest, message);

    /// <summary>
    /// A free question's answer: the facts that answer it, one sentence each with its markers, then the evidence
    /// sentences, best first, then any moves of what it names. The facts' citations are numbered first, so [1] is
    /// what the direct answer stands on.
    /// </summary>
    public Reply Ask(Language language, IReadOnlyList<string> subjects, IReadOnlyList<Fact> facts, IReadOnlyList<Evidence> evidence, MovePage moves, int movesShown)
    {
        var book = new CitationBook();
        var answer = facts.Count == 0
            ? null
            : string.Join('\n', facts.Select(f => f.Sentence + " " + ReplyWording.Markers(book.Number(f.Citations, MaxCitationsPerFact))));
        var evidenceNumbers = evidence.Select(e => book.Number(e.Citation)).Distinct().ToList();
        var notes = new List<ReplyNote>();
        var shown = PageOfMoves(moves.Moves, movesShown, language, book, notes);
        var title = subjects.Count == 0
            ? Phrases.Get(language, Phrase.AskLead)
            : Phrases.Format(language, Phrase.AskLeadAbout, string.Join(", ", subjects));
        return Build(ReplyIntent.Ask, language, ReplyOutcome.Answered, title, shown, [], evidenceNumbers, book.Citations, notes,
            total: evidenceNumbers.Count + moves.Total, answer: answer);
    }

    /// <summary>One new move, with up to three of its citations.</summary>
    public Reply Alert(Language language, Move move)
    {
        var book = new CitationBook();
        var shown = new ReplyMove(move, book.Number(move.Citations, MaxCitationsPerFact), Disputed: false);
        return Build(ReplyIntent.Alert, language, ReplyOutcome.Answered, Phrases.Get(language, Phrase.TitleAlert), [shown],
            citations: book.Citations, total: 1);
    }

    /// <summary>
    /// Moves under their group headings, groups in the order given, at most <paramref name="limit"/> moves with one
    /// citation each, since a digest covers many moves and each stays checkable through its source.
    /// </summary>
    public Reply Digest(Language language, string title, IReadOnlyList<(string Group, IReadOnlyList<Move> Moves)> groups, int limit)
    {
        var book = new CitationBook();
        var shown = groups.SelectMany(g => g.Moves.Select(m => (g.Group, Move: m)))
                          .Take(limit)
                          .Select(x => new ReplyMove(x.Move, book.Number(x.Move.Citations, 1), Disputed: false, x.Group))
                          .ToList();
        var total = groups.Sum(g => g.Moves.Count);
        var notes = total > shown.Count
            ? new List<ReplyNote> { new(ReplyNoteKind.MoreNotShown, MoreNotShown(language, total - shown.Count)) }
            : [];
        return Build(ReplyIntent.Digest, language, ReplyOutcome.Answered, title, shown, citations: book.Citations, notes: notes, total: total);
    }

    /// <summary>
    /// A flows reply: the chart's numbers and picture, then page <paramref name="page"/> of the moves behind the bars,
    /// under each bar's heading in the bars' order, with citations as <c>/who-left</c> gives them.
    /// </summary>
    public Reply Flows(Language language, FlowChart chart, IReadOnlyList<(string Group, IReadOnlyList<Move> Moves)> groups,
        IReadOnlyList<ReplyNote> notes, int page, ReplyPicture? picture)
    {
        var all = groups.SelectMany(g => g.Moves.Select(m => (g.Group, Move: m))).ToList();
        var pages = PageCount(all.Count);
        if (page > pages) return PastLastPage(ReplyIntent.Flows, language, page, pages, all.Count);
        var book = new CitationBook();
        var shown = all.Skip(OffsetOf(page)).Take(PageSize)
                       .Select(x => new ReplyMove(x.Move, book.Number(x.Move.Citations, MaxCitationsPerFact), Disputed: false, x.Group))
                       .ToList();
        var allNotes = new List<ReplyNote>(notes);
        if (pages > 1) allNotes.Insert(0, new ReplyNote(ReplyNoteKind.MoreNotShown, Range(language, page, shown.Count, all.Count)));
        var title = chart.Title + " (" + chart.Period + ")";
        return Build(ReplyIntent.Flows, language, ReplyOutcome.Answered, title, shown, citations: book.Citations, notes: allNotes,
            total: all.Count, page: page, pages: pages, flows: chart, picture: picture);
    }

    /// <summary>"Moves 11–20 of 24": where the page sits, so the reader knows there is more and how much.</summary>
    private static string Range(Language language, int page, int onPage, int total)
    {
        var first = OffsetOf(page) + 1;
        return Phrases.Format(language, Phrases.ForCount(language, onPage, Phrase.MovesRangeOne, Phrase.MovesRange),
            first, first + onPage - 1, total);
    }

    private static string MoreNotShown(Language language, int hidden) =>
        Phrases.Format(language, Phrases.ForCount(language, hidden, Phrase.MoreNotShownOne, Phrase.MoreNotShown), hidden);

    private List<ReplyMove> PageOfMoves(IReadOnlyList<Move> fetched, int pageSize, Language language, CitationBook book, List<ReplyNote> notes)
    {
        var disputes = Disagreements.Find(fetched, _registry);
        var page = fetched.Take(pageSize).ToList();
        foreach (var dispute in disputes)
        {
            // Show both sides of a disagreement, the partner beside the move it contradicts, never just one.
            var firstIndex = page.IndexOf(dispute.First);
            var secondIndex = page.IndexOf(dispute.Second);
            if (firstIndex >= 0 && secondIndex < 0) page.Insert(firstIndex + 1, dispute.Second);
            else if (secondIndex >= 0 && firstIndex < 0) page.Insert(secondIndex + 1, dispute.First);
        }
        var shownDisputes = disputes.Where(d => page.Contains(d.First) && page.Contains(d.Second)).ToList();
        var disputed = shownDisputes.SelectMany(d => new[] { d.First.Id, d.Second.Id }).ToHashSet(StringComparer.Ordinal);
        notes.AddRange(DisagreementNotes(shownDisputes, language));
        return page.Select(m => new ReplyMove(m, book.Number(m.Citations, MaxCitationsPerFact), disputed.Contains(m.Id))).ToList();
    }

    private static IEnumerable<ReplyNote> DisagreementNotes(List<Dispute> disputes, Language language) =>
        disputes.GroupBy(d => (d.First.Person.Id, d.End))
                .Select(group =>
                {
                    var first = group.First();
                    var alternatives = group.SelectMany(d => new[] { d.First, d.Second })
                                            .Select(m => first.End == DisputedEnd.Destination ? m.To!.Name : m.From!.Name)
                                            .Distinct(StringComparer.Ordinal);
                    var phrase = first.End == DisputedEnd.Destination ? Phrase.DisagreeDestination : Phrase.DisagreeOrigin;
                    return new ReplyNote(ReplyNoteKind.Disagreement,
                        Phrases.Format(language, phrase, first.First.Person.Name, string.Join(ListSeparator, alternatives)));
                });

    private static Reply Build(
        ReplyIntent intent,
        Language language,
        ReplyOutcome outcome,
        string title,
        IReadOnlyList<ReplyMove>? moves = null,
        IReadOnlyList<ReplyCount>? counts = null,
        IReadOnlyList<int>? evidence = null,
        IReadOnlyList<NumberedCitation>? citations = null,
        IReadOnlyList<ReplyNote>? notes = null,
        IReadOnlyList<string>? suggestions = null,
        int total = 0,
        int page = 1,
        int pages = 1,
        string? answer = null,
        FlowChart? flows = null,
        ReplyPicture? picture = null)
    {
        var reply = new Reply(intent, language, outcome, title, moves ?? [], counts ?? [], evidence ?? [], citations ?? [],
            notes ?? [], suggestions ?? [], total, Text: "", Answer: answer, Page: page, Pages: pages, Flows: flows, Picture: picture);
        return reply with { Text = ReplyText.Render(reply) };
    }
}
