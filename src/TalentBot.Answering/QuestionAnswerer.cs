using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Core.Replies;
using TalentBot.Answering.Questions;

namespace TalentBot.Answering;

/// <summary>
/// The answering entry point: text or a typed request in, a platform-neutral <see cref="Reply"/> out. User input
/// never makes it throw; a failure the user can fix is an <see cref="ReplyOutcome.InvalidRequest"/> reply.
/// Everything it holds is immutable after construction, so one instance serves every thread.
/// </summary>
public sealed class QuestionAnswerer
{
    /// <summary>Moves shown per page of a reply; a note says where the page sits among them all.</summary>
    public const int PageSize = ReplyComposer.PageSize;

    /// <summary>
    /// How far past its page a structured question looks for moves that contradict one on it, which the reply shows
    /// beside it: the store returns only those of the page's people (<see cref="MoveQuery.SamePersonWithin"/>), since
    /// no one else's can. It skips earlier pages without reading them, so a late page costs what the first does.
    /// </summary>
    private const int ContradictionWindow = 40;

    /// <summary>
    /// Candidate sentences fetched for a free question before reranking: a BM25 OR-query over four languages' words
    /// ranks short sentences and alias hits high, so the right one is often well down the list.
    /// </summary>
    private const int AskEvidenceFetched = 40;
    private const int AskEvidenceShown = 5;
    private const int AskMovesFetched = 20;
    private const int AskMovesShown = 5;
    private const int AskEntitiesWithMoves = 2;
    private const int AskSubjectsNamed = 3;

    private static readonly IReadOnlySet<Concept> DepartureConcepts = new HashSet<Concept> { Concept.Leave, Concept.Resign };
    private static readonly IReadOnlySet<Concept> ArrivalConcepts =
        new HashSet<Concept> { Concept.Join, Concept.Hire, Concept.Recruit, Concept.Poach };

    private readonly IKnowledgeBase _knowledge;
    private readonly EntityResolver _resolver;
    private readonly IntentRecogniser _recogniser;
    private readonly QuestionAnalyzer _analyzer;
    private readonly QuestionReader _reader;
    private readonly FactFinder _facts;
    private readonly ReplyComposer _composer;
    private readonly CommandParser _parser;
    private readonly FlowsAnswerer _flows;

    /// <param name="knowledge">The fact store to answer from.</param>
    /// <param name="time">The clock a question's "last month" or 「今年」 is read against, when the question is asked.</param>
    /// <param name="registry">The entity registry; defaults to the knowledge base's own.</param>
    /// <param name="charts">Draws the flows picture; without one a flows reply has its numbers and moves but no picture.</param>
    public QuestionAnswerer(IKnowledgeBase knowledge, TimeProvider time, EntityRegistry? registry = null, IFlowChartRenderer? charts = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(time);
        _knowledge = knowledge;
        registry ??= knowledge.Registry;
        _resolver = new EntityResolver(knowledge, registry);
        _recogniser = new IntentRecogniser(_resolver);
        _analyzer = new QuestionAnalyzer(registry, _resolver);
        _reader = new QuestionReader(registry, time);
        _facts = new FactFinder(knowledge);
        _composer = new ReplyComposer(registry);
        _parser = new CommandParser(_resolver);
        _flows = new FlowsAnswerer(knowledge, _resolver, _composer, charts);
    }

    /// <summary>Answers what the user typed: a slash command or a question in any of the four languages.</summary>
    /// <param name="fallback">The language for replies the input does not settle (slash commands, errors): the user's locale.</param>
    /// <param name="page">Which page of the matching moves to show, from 1; past the last, the reply says how many there are.</param>
    public Reply Answer(string input, Language fallback = Language.English, int page = 1)
    {
        var parsed = _parser.Parse(input);
        return parsed.TryGetRequest(out var request) ? AnswerParsed(request with { Page = page }, fallback) : Refuse(parsed, fallback);
    }

    /// <summary>Answers a request a chat adapter already parsed (a slash command's options).</summary>
    public Reply Answer(BotRequest request, Language fallback = Language.English)
    {
        ArgumentNullException.ThrowIfNull(request);
        request = request switch
        {
            WhoLeftRequest r => r with { Organisation = TextFolding.WellFormed(r.Organisation) },
            WhoJoinedRequest r => r with { Organisation = TextFolding.WellFormed(r.Organisation) },
            MovesRequest r => r with { Person = TextFolding.WellFormed(r.Person) },
            FlowsRequest r => r with { Organisation = TextFolding.WellFormed(r.Organisation), Since = r.Since is null ? null : TextFolding.WellFormed(r.Since) },
            AskRequest r => r with { Question = TextFolding.WellFormed(r.Question) },
            _ => request,
        };
        if (request is AskRequest ask && ask.Question.Trim().Length is > 0 and <= CommandParser.MaxInputLength
            && _recogniser.Recognise(ask.Question) is { } recognised)
            request = recognised with { Page = request.Page };
        return AnswerParsed(request, fallback);
    }

    private Reply AnswerParsed(BotRequest request, Language fallback)
    {
        var language = request.Language ?? fallback;
        if (request.Page < 1) return _composer.Invalid(ParseResult.IntentOf(request), language, Phrases.Get(language, Phrase.PageFromOne));
        var reply = request switch
        {
            WhoLeftRequest r => WhoMoved(r.Organisation, ReplyIntent.WhoLeft, language, r.Page),
            WhoJoinedRequest r => WhoMoved(r.Organisation, ReplyIntent.WhoJoined, language, r.Page),
            MovesRequest r => MovesOf(r.Person, language, r.Page),
            FlowsRequest r => _flows.Answer(r, language),
            AskRequest r => Ask(r.Question, request.Language ?? LanguageDetector.Detect(r.Question, fallback).Language, r.Embedding),
            HelpRequest => _composer.Help(language),
            _ => throw new ArgumentOutOfRangeException(nameof(request), request, "Unknown request type."),
        };
        // A free question and help are one page; moves replies answer a page past their last themselves.
        return reply.Outcome == ReplyOutcome.Answered && request.Page > reply.Pages
            ? ReplyComposer.PastLastPage(reply.Intent, reply.Language, request.Page, reply.Pages, reply.Total)
            : reply;
    }

    private Reply Refuse(ParseResult parsed, Language language)
    {
        var message = parsed.Error switch
        {
            ParseError.EmptyInput => Phrases.Get(language, Phrase.EmptyInput),
            ParseError.TooLong => Phrases.Format(language, Phrase.TooLong, CommandParser.MaxInputLength),
            ParseError.UnknownCommand => Phrases.Format(language, Phrase.UnknownCommand, parsed.Detail,
                string.Join(", ", CommandParser.Commands)),
            _ => MissingArgument(parsed.Intent, language),
        };
        return _composer.Invalid(parsed.Intent, language, message);
    }

    private static string MissingArgument(ReplyIntent intent, Language language) => intent switch
    {
        ReplyIntent.WhoLeft => Phrases.Format(language, Phrase.MissingOrganisation, "/who-left Meta"),
        ReplyIntent.WhoJoined => Phrases.Format(language, Phrase.MissingOrganisation, "/who-joined OpenAI"),
        ReplyIntent.MovesOf => Phrases.Format(language, Phrase.MissingPerson, "/moves Alexandr Wang"),
        ReplyIntent.Flows => Phrases.Format(language, Phrase.MissingOrganisation, "/flows Meta 2025-07"),
        _ => Phrases.Get(language, Phrase.MissingQuestion),
    };

    private Reply WhoMoved(string organisation, ReplyIntent intent, Language language, int page)
    {
        if (string.IsNullOrWhiteSpace(organisation))
            return _composer.Invalid(intent, language, MissingArgument(intent, language));
        var resolution = _resolver.Resolve(organisation, EntityKind.Organisation);
        if (resolution is not ResolvedEntity org) return Unknown(intent, language, (UnresolvedEntity)resolution);

        var leaving = intent == ReplyIntent.WhoLeft;
        var offset = ReplyComposer.OffsetOf(page);
        var query = leaving
            ? new MoveQuery(LeavingAny: org.Ids, Limit: PageSize, Offset: offset, SamePersonWithin: ContradictionWindow)
            : new MoveQuery(ArrivingAny: org.Ids, Limit: PageSize, Offset: offset, SamePersonWithin: ContradictionWindow);
        var fetched = _knowledge.FindMoves(query);
        var counts = _knowledge.FindCounts(org.Ids)
                               .Where(c => leaving ? org.Ids.Contains(c.From.Id) : c.To is not null && org.Ids.Contains(c.To.Id))
                               .ToList();
        var name = org.Entity.Name;
        if (fetched.Total == 0 && counts.Count == 0)
            return _composer.NothingFound(intent, language,
                Phrases.Format(language, leaving ? Phrase.NothingWhoLeft : Phrase.NothingWhoJoined, name));
        var title = Phrases.Format(language, leaving ? Phrase.TitleWhoLeft : Phrase.TitleWhoJoined, name);
        return _composer.Moves(intent, language, title, fetched, counts, page);
    }

    private Reply MovesOf(string person, Language language, int page)
    {
        if (string.IsNullOrWhiteSpace(person))
            return _composer.Invalid(ReplyIntent.MovesOf, language, MissingArgument(ReplyIntent.MovesOf, language));
        var resolution = _resolver.Resolve(person, EntityKind.Person);
        if (resolution is not ResolvedEntity resolved)
            return Unknown(ReplyIntent.MovesOf, language, (UnresolvedEntity)resolution);

        var fetched = _knowledge.FindMoves(new MoveQuery(PersonId: resolved.Entity.Id, Limit: PageSize, Offset: ReplyComposer.OffsetOf(page),
                                                         SamePersonWithin: ContradictionWindow));
        var name = resolved.Entity.Name;
        return fetched.Total == 0
            ? _composer.NothingFound(ReplyIntent.MovesOf, language, Phrases.Format(language, Phrase.NothingMoves, name))
            : _composer.Moves(ReplyIntent.MovesOf, language, Phrases.Format(language, Phrase.TitleMoves, name), fetched, [], page);
    }

    private Reply Unknown(ReplyIntent intent, Language language, UnresolvedEntity unresolved)
    {
        var phrase = unresolved.Kind == EntityKind.Organisation ? Phrase.UnknownOrganisation : Phrase.UnknownPerson;
        return _composer.Invalid(intent, language, Phrases.Format(language, phrase, unresolved.Query), unresolved.Suggestions);
    }

    private Reply Ask(string question, Language language, QueryEmbedding? embedding)
    {
        if (string.IsNullOrWhiteSpace(question))
            return _composer.Invalid(ReplyIntent.Ask, language, Phrases.Get(language, Phrase.EmptyInput));
        if (question.Length > CommandParser.MaxInputLength)
            return _composer.Invalid(ReplyIntent.Ask, language, Phrases.Format(language, Phrase.TooLong, CommandParser.MaxInputLength));
        var analysis = _analyzer.Analyze(question);
        var frame = _reader.Read(question, language, analysis);
        var facts = _facts.Find(frame, language);
        var evidence = analysis.Terms.Count == 0
            ? []
            : EvidenceRanker.Rank(_knowledge.SearchEvidence(new EvidenceQuery(
                analysis.Terms, analysis.Entities.SelectMany(e => e.Ids).Distinct(StringComparer.Ordinal).ToList(), AskEvidenceFetched, embedding)),
                analysis, AskEvidenceShown, EvidenceCues.For(frame.Asked));
        var moves = facts.Facts.Count > 0 ? new MovePage(facts.Moves, facts.Moves.Count) : StatedOnly(MovesNamedIn(analysis));
        if (facts.Facts.Count == 0 && evidence.Count == 0 && moves.Total == 0)
            return _composer.NothingFound(ReplyIntent.Ask, language, Phrases.Get(language, Phrase.NothingAsk),
                [new ReplyNote(ReplyNoteKind.Hint, Phrases.Get(language, Phrase.HintHelp))]);
        var subjects = analysis.Entities.Take(AskSubjectsNamed).Select(e => e.Entity.Name).ToList();
        return _composer.Ask(language, subjects, facts.Facts, evidence, moves, AskMovesShown);
    }

    /// <summary>
    /// A free question lists only moves an article states: judged on unseen questions, the inferred moves listed
    /// beside an answer were the commonest false claim. The commands still list them, marked.
    /// </summary>
    private static MovePage StatedOnly(MovePage moves)
    {
        var stated = moves.Moves.Where(m => m.Confidence.IsStated).ToList();
        return new MovePage(stated, moves.Total - (moves.Moves.Count - stated.Count));
    }

    /// <summary>
    /// Moves of what a free question names: a named person's moves; otherwise an organisation's departures or
    /// arrivals when the question is about leaving or joining. A question about a hiring freeze is not asking
    /// who was hired, so a freeze turns the arrivals off; and a question about someone unknown ("why did Zorglub
    /// leave Meta?") gets no one else's moves.
    /// </summary>
    private MovePage MovesNamedIn(QuestionAnalysis analysis)
    {
        var moves = new List<Move>();
        var total = 0;
        void Add(MoveQuery query)
        {
            var page = _knowledge.FindMoves(query);
            total += page.Total;
            moves.AddRange(page.Moves.Where(m => !moves.Any(known => known.Id == m.Id)));
        }

        var people = analysis.Entities.Where(e => e.Kind == EntityKind.Person).Take(AskEntitiesWithMoves).ToList();
        foreach (var person in people)
            Add(new MoveQuery(PersonId: person.Entity.Id, Limit: AskMovesFetched));
        if (people.Count > 0 || analysis.UnknownNames.Count > 0) return new MovePage(moves, total);

        var departures = analysis.Concepts.Overlaps(DepartureConcepts);
        var arrivals = analysis.Concepts.Overlaps(ArrivalConcepts) && !analysis.Concepts.Contains(Concept.Freeze);
        foreach (var organisation in analysis.Entities.Take(AskEntitiesWithMoves))
        {
            if (departures) Add(new MoveQuery(LeavingAny: organisation.Ids, Limit: AskMovesFetched));
            if (arrivals) Add(new MoveQuery(ArrivingAny: organisation.Ids, Limit: AskMovesFetched));
        }
        return new MovePage(moves, total);
    }
}
