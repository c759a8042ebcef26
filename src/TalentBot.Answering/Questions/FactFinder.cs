using TalentBot.Core;
using TalentBot.Core.Knowledge;

namespace TalentBot.Answering.Questions;

/// <summary>A direct answer in the asker's language, and the citations that say it.</summary>
internal sealed record Fact(string Sentence, IReadOnlyList<Citation> Citations);

/// <summary>The facts that answer a question, and the moves behind them (shown below, best first).</summary>
internal sealed record FactAnswer(IReadOnlyList<Fact> Facts, IReadOnlyList<Move> Moves)
{
    public static FactAnswer None { get; } = new([], []);
}

/// <summary>
/// Looks a framed question up in the facts the store holds — moves with their kinds, ends, dates and amounts, and
/// head counts — and states each match as one sentence. Only what a stored fact says is stated: a question the
/// facts do not settle gets no direct answer (the evidence still answers it), and "did X leave?" is answered no
/// only by a move that says otherwise (a job never started, an offer declined), never by the absence of one.
/// Thread-safe: holds only the knowledge base.
/// </summary>
internal sealed class FactFinder
{
    /// <summary>Moves fetched per subject: enough for the facts of one person or one organisation's recent moves.</summary>
    private const int MovesFetched = 50;

    /// <summary>Facts stated at the top of a reply; the rest of the matching moves follow as the moves list.</summary>
    public const int FactsStated = 3;

    private const int CitationsPerFact = 2;

    /// <summary>Kinds that contradict "did X leave / join?": the answer is no, and says why.</summary>
    private static readonly IReadOnlySet<MoveKind> Contradicting =
        new HashSet<MoveKind> { MoveKind.NeverStarted, MoveKind.DeclinedOffer, MoveKind.ThreatenedToLeave };

    private readonly IKnowledgeBase _knowledge;

    public FactFinder(IKnowledgeBase knowledge) => _knowledge = knowledge;

    public FactAnswer Find(QuestionFrame frame, Language language)
    {
        if (!frame.HasSubject || frame.Asked == Asked.Evidence) return FactAnswer.None;
        if (frame.Asked == Asked.Count) return Counts(frame, language);

        if (frame.Successor) return Successors(frame, language);
        var candidates = Candidates(frame);
        var fitting = OnDate(candidates.Where(m => FitsEnds(m, frame)).ToList(), frame.When, frame.Since);
        // "Where did Voss go after Amazon?": when none of the person's moves names the end the question gives, one
        // that leaves that end unsaid and names the other may be the move asked about; one that names another end
        // never is. Only where-questions: a yes, a date or an amount is not known of a move that may be another.
        if (fitting.Count == 0 && frame.Person is not null && frame.Asked is Asked.Organisation or Asked.Origin)
            fitting = OnDate(candidates.Where(m => LeavesOpen(m, frame)).ToList(), frame.When, frame.Since);
        if (frame.Asked == Asked.YesNo) return YesOrNo(frame, fitting, language);

        var matching = fitting.Where(m => (frame.Kinds.Count == 0 || frame.Kinds.Contains(m.Kind)) && Gives(m, frame)).ToList();
        // "Who leads …" is best answered by an appointment; arrivals answer it only when none is known.
        if (frame.Kinds.Contains(MoveKind.Appointed) && matching.Any(m => m.Kind == MoveKind.Appointed))
            matching = matching.Where(m => m.Kind == MoveKind.Appointed).ToList();
        return Stated(matching, language, phrase: null);
    }

    /// <summary>
    /// Who replaced the person: arrivals and appointments at the organisation they left (or the one the question
    /// names), reported in the same article as their departure, since a successor is named beside the one they follow.
    /// A successor the article names through "the company" (« la société a fait appel à … ») is inferred, and answers,
    /// marked, only when no stated one does.
    /// </summary>
    private FactAnswer Successors(QuestionFrame frame, Language language)
    {
        var predecessor = frame.Person!;
        var departures = _knowledge.FindMoves(new MoveQuery(PersonId: predecessor.Entity.Id, Limit: MovesFetched)).Moves;
        var articles = departures.SelectMany(m => m.Citations).Select(c => c.ArticleId).ToHashSet(StringComparer.Ordinal);
        var places = frame.Organisations.Count > 0
            ? frame.Organisations.SelectMany(o => o.Organisation.Ids).ToHashSet(StringComparer.Ordinal)
            : departures.Where(m => m.From is not null).Select(m => m.From!.Id).ToHashSet(StringComparer.Ordinal);
        if (places.Count == 0 || articles.Count == 0) return FactAnswer.None;
        var successors = _knowledge.FindMoves(new MoveQuery(ToAny: places, Kinds: frame.Kinds.Count > 0 ? frame.Kinds : null, Limit: MovesFetched)).Moves
                                   .Where(m => m.Person.Id != predecessor.Entity.Id && m.Citations.Any(c => articles.Contains(c.ArticleId)))
                                   .ToList();
        return Stated(successors, language, phrase: null);
    }

    private FactAnswer YesOrNo(QuestionFrame frame, List<Move> fitting, Language language)
    {
        if (frame.Person is null) return FactAnswer.None;
        var yes = fitting.Where(m => frame.Kinds.Count == 0 ? !Contradicting.Contains(m.Kind) : frame.Kinds.Contains(m.Kind)).ToList();
        if (yes.Count > 0) return Stated(yes, language, Phrase.FactYes);
        var no = fitting.Where(m => Contradicting.Contains(m.Kind)).ToList();
        return no.Count > 0 ? Stated(no, language, Phrase.FactNo) : FactAnswer.None;
    }

    /// <summary>
    /// The facts, each stated in the asker's language, in the store's order (newest first). Moves an article states
    /// answer alone when there are any: inferred ones, measured at about half right, answer (marked) only when none does.
    /// </summary>
    private static FactAnswer Stated(List<Move> moves, Language language, Phrase? phrase)
    {
        var stated = moves.Where(m => m.Confidence.IsStated).ToList();
        var ordered = stated.Count > 0 ? stated : moves;
        var facts = ordered.Take(FactsStated)
                           .Select(m => new Fact(phrase is { } p ? Phrases.Format(language, p, Sentence(m, language)) : Sentence(m, language),
                               m.Citations.Take(CitationsPerFact).ToList()))
                           .ToList();
        return new FactAnswer(facts, ordered);
    }

    private List<Move> Candidates(QuestionFrame frame)
    {
        if (frame.Person is { } person)
            return _knowledge.FindMoves(new MoveQuery(PersonId: person.Entity.Id, Limit: MovesFetched)).Moves.ToList();
        var moves = new List<Move>();
        void Add(MoveQuery query) =>
            moves.AddRange(_knowledge.FindMoves(query).Moves.Where(m => !moves.Any(known => known.Id == m.Id)));
        // Both ends are fetched whatever part the question gives: an appointment may name its organisation either way.
        foreach (var (organisation, _) in frame.Organisations)
        {
            Add(new MoveQuery(FromAny: organisation.Ids, Limit: MovesFetched));
            Add(new MoveQuery(ToAny: organisation.Ids, Limit: MovesFetched));
        }
        return moves;
    }

    /// <summary>
    /// Whether the move's ends are the organisations the question puts there. An appointment usually names one
    /// organisation, so "head of research at Perplexity" or « à la tête de l'équipe d'Apple » may name it either way;
    /// so may a question about pay. An appointment with both ends has a direction like any move: one from Meta to
    /// OpenAI does not answer "which OpenAI researcher went to Meta?".
    /// </summary>
    private static bool FitsEnds(Move move, QuestionFrame frame) =>
        frame.Organisations.All(o =>
        {
            // "How much did Meta pay" and "quanto ha ricevuto da Meta" name the payer, which is the destination.
            var oneEnded = move.Kind == MoveKind.Appointed && (move.From is null || move.To is null);
            var role = oneEnded || frame.Asked == Asked.Amount ? EndRole.Any : o.Role;
            return Plays(role, move.From is not null && o.Organisation.Ids.Contains(move.From.Id),
                move.To is not null && o.Organisation.Ids.Contains(move.To.Id));
        });

    /// <summary>The move leaves unsaid each end the question names (asked as an origin or as a destination) and names the other.</summary>
    private static bool LeavesOpen(Move move, QuestionFrame frame) =>
        frame.Organisations.Count > 0 && frame.Organisations.All(o => o.Role switch
        {
            EndRole.From => move.From is null && move.To is not null,
            EndRole.To => move.To is null && move.From is not null,
            _ => false,
        });

    /// <summary>Whether the move holds what is asked: a date, an amount, the other end.</summary>
    private static bool Gives(Move move, QuestionFrame frame) => frame.Asked switch
    {
        Asked.Date => move.When is not null,
        Asked.Amount => move.Amount is not null,
        Asked.Origin => move.From is not null,
        // The sentence names both ends, so a move with the end the question leaves open answers it, whichever end that is.
        Asked.Organisation => frame.Organisations.Any(o => o.Role == EndRole.To) ? move.From is not null : move.To is not null || move.From is not null,
        _ => true,
    };

    /// <summary>
    /// Moves on the question's date when it names one: a move dated otherwise never answers, and an undated one
    /// only when no dated one does.
    /// </summary>
    private static List<Move> OnDate(List<Move> moves, PartialDate? when, bool since)
    {
        if (when is not { } date) return moves;
        var dated = moves.Where(m => m.When is { } w && (since ? IsOnOrAfter(w, date) : Agrees(w, date))).ToList();
        return dated.Count > 0 ? dated : moves.Where(m => m.When is null).ToList();
    }

    /// <summary>
    /// Whether a move is in the period starting at <paramref name="start"/>: a later year, or the same year and a
    /// later month, or the same month and a day no earlier. A start without a year ("since March") is read in the
    /// move's own year. As for a date, every part the start gives must be known: a move dated only "December" is not
    /// known to be after December 29 ("in the last week", asked on January 5).
    /// </summary>
    private static bool IsOnOrAfter(PartialDate move, PartialDate start)
    {
        if (move.Year is null) return false;
        var year = start.Year ?? move.Year.Value;
        if (move.Year != year) return move.Year > year;
        if (start.Month is null) return true;
        if (move.Month is not { } month) return false;
        if (month != start.Month) return month > start.Month;
        return start.Day is null || (move.Day is { } day && day >= start.Day);
    }

    /// <summary>
    /// Whether a move's date is the question's: every part the question gives must be there and equal, so a move
    /// dated only "2025" does not answer "in June" (it may have been any month).
    /// </summary>
    private static bool Agrees(PartialDate move, PartialDate asked) =>
        (asked.Year is null || move.Year == asked.Year)
        && (asked.Month is null || move.Month == asked.Month)
        && (asked.Day is null || move.Day == asked.Day);

    private FactAnswer Counts(QuestionFrame frame, Language language)
    {
        if (frame.Organisations.Count == 0) return FactAnswer.None;
        var ids = frame.Organisations.SelectMany(o => o.Organisation.Ids).ToHashSet(StringComparer.Ordinal);
        var counts = _knowledge.FindCounts(ids).Where(c => frame.Organisations.All(o => Fits(c, o))).ToList();
        var facts = counts.Take(FactsStated)
                          .Select(c => new Fact(ReplyWording.CountSentence(c, language), c.Citations.Take(CitationsPerFact).ToList()))
                          .ToList();
        return new FactAnswer(facts, []);
    }

    private static bool Fits(CountFact count, FramedOrganisation organisation) =>
        Plays(organisation.Role, organisation.Organisation.Ids.Contains(count.From.Id),
            count.To is not null && organisation.Organisation.Ids.Contains(count.To.Id));

    /// <summary>Whether an organisation that is at a fact's origin (<paramref name="from"/>) or destination plays the part asked.</summary>
    private static bool Plays(EndRole role, bool from, bool to) => role switch
    {
        EndRole.From => from,
        EndRole.To => to,
        EndRole.NotTo => !to,
        _ => from || to,
    };

    /// <summary>The move as one sentence of the asker's language, with its date, amount and confidence.</summary>
    public static string Sentence(Move move, Language language)
    {
        var from = move.From?.Name;
        var to = move.To?.Name;
        var phrase = move.Kind switch
        {
            MoveKind.Left => to is null ? Phrase.FactLeft : Phrase.FactLeftFor,
            MoveKind.Joined => from is null ? Phrase.FactJoined : Phrase.FactJoinedFrom,
            MoveKind.Returned => from is null ? Phrase.FactReturned : Phrase.FactReturnedFrom,
            MoveKind.NeverStarted => Phrase.FactNeverStarted,
            MoveKind.ThreatenedToLeave => (from, to) switch
            {
                (_, null) => Phrase.FactThreatened,
                (null, _) => Phrase.FactThreatenedTo,
                _ => Phrase.FactThreatenedFor,
            },
            MoveKind.Appointed => Phrase.FactAppointed,
            MoveKind.DeclinedOffer => from is null ? Phrase.FactDeclined : Phrase.FactDeclinedStayed,
            _ => throw new ArgumentOutOfRangeException(nameof(move), move.Kind, null),
        };
        var sentence = Phrases.Format(language, phrase, move.Person.Name, from ?? "?", to ?? "?");
        if (move.When is { } when) sentence += ", " + when;
        if (move.Amount is { } amount) sentence += " — " + ReplyWording.Amount(amount);
        if (!move.Confidence.IsStated) sentence += " (" + Phrases.Get(language, Phrase.InferredMove) + ")";
        return sentence;
    }
}
