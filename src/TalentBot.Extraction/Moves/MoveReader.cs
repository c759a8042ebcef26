using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction;

/// <summary>
/// Turns an article's read sentences into move claims: for each move phrase asserted in its clause, the people it
/// moves (resolved through the discourse when a pronoun, a description or a dropped subject names them) and the
/// organisations in their parts; then, across the article, organisations a move leaves unsaid are taken from its
/// neighbours, denials and "remains at" retract what they contradict, and pay stated elsewhere is tied to its person.
/// Every claim carries its confidence. One per article; not shared.
/// </summary>
internal sealed partial class MoveReader
{
    /// <summary>How many sentences after a move a sum may stand and still be that person's pay.</summary>
    private const int PayReach = 2;

    private readonly ArticleLayout _layout;
    private readonly IReadOnlyList<SentenceReading> _sentences;
    private readonly Lexicon _lexicon;
    private readonly ClauseGrammar _grammar;
    private readonly Discourse _discourse;

    /// <summary>Moves a sentence denies of a person ("has not left Apple", "結局…入社しなかった"), for the article to reconcile.</summary>
    private readonly List<(int Sentence, EntityRef Person, MoveKind Kind, EntityRef? From, EntityRef? To)> _denied = [];

    /// <summary>Moves of a group that names nobody ("hired three researchers from Anthropic"), by sentence, for the sentence after to name.</summary>
    private readonly Dictionary<int, List<GroupMove>> _groupMoves = [];

    /// <summary>Who each move phrase moves, so a neighbour's organisation is borrowed only from a move of no one else.</summary>
    private readonly Dictionary<TriggerHit, HashSet<string>> _movers = new(ReferenceEqualityComparer.Instance);

    private readonly List<Mention> _references = [];
    private readonly HashSet<(int Sentence, string Id)> _referenced = [];

    /// <summary>
    /// What each sentence refers to without naming it, as coreference resolved it while reading: its pronouns, roles
    /// and "the company", and the subjects it leaves out. Filled by <see cref="Read"/>.
    /// </summary>
    public IReadOnlyList<Mention> References => _references;

    /// <summary>
    /// Whom each "she" or "the researcher" meant where it stood, for the passes after reading: asked again at the end
    /// of the article, the discourse would answer with whoever was named last.
    /// </summary>
    private readonly Dictionary<(int Sentence, int Start), EntityRef> _personAt = [];

    public MoveReader(ArticleLayout layout, IReadOnlyList<SentenceReading> sentences, Lexicon lexicon, PersonBook book)
    {
        _layout = layout;
        _sentences = sentences;
        _lexicon = lexicon;
        _grammar = ClauseGrammar.For(lexicon);
        _discourse = new Discourse(book);
    }

    public IReadOnlyList<MoveClaim> Read()
    {
        var drafts = new List<Draft>();
        foreach (var sentence in _sentences)
        {
            ResolveCompanies(sentence);
            var own = Merge(Drafts(sentence));
            Remember(sentence, own);
            RecordReferences(sentence);
            drafts.AddRange(own);
        }
        for (var i = 0; i < drafts.Count; i++) drafts[i] = FromHeadline(FromNeighbour(ReturnFrom(drafts[i], drafts), drafts));
        Reconcile(drafts);
        JoinsThatAreReturns(drafts);
        MovesWithAnEndUnsaid(drafts);
        Stays(drafts);
        NoMoveWithinOneOrganisation(drafts);
        NeverStarted(drafts);
        TitlesOfArrivals(drafts);
        RolesAt(drafts);
        drafts.RemoveAll(d => d.From is null && d.To is null);
        Retract(drafts);
        AttachPay(drafts);
        return drafts
            .OrderBy(d => d.Sentence).ThenBy(d => d.Position)
            .GroupBy(d => Move.KeyOf(d.Person, d.Kind, d.From, d.To))
            // The first report of a move speaks for it; its date is the first the text gives for the move itself.
            .Select(same => same.First() with { When = same.FirstOrDefault(d => d.When is not null && !d.DatedByReport)?.When ?? same.First().When })
            .Select(d => new MoveClaim(d.Person, d.Kind, d.From, d.To, d.When, d.Amount, d.Sentences)
            {
                Confidence = MoveConfidence.InferredBy(d.Reasons),
            })
            .ToList();
    }

    private void ResolveCompanies(SentenceReading sentence)
    {
        for (var i = 0; i < sentence.Organisations.Count; i++)
        {
            var placed = sentence.Organisations[i];
            var resolved = placed.Entity.Kind != ReferentKind.CompanyReference ? placed.Entity.Entity
                : _lexicon.OwnCompanyReference.IsMatch(placed.Entity.Surface) ? ArticleOwner()
                : _discourse.ResolveOrganisation(sentence, placed);
            sentence.Organisations[i] = placed with { Resolved = resolved };
            if (resolved is not null && placed.Entity.Kind == ReferentKind.CompanyReference)
                AddReference(sentence, resolved, EntityKind.Organisation, placed.Entity.Surface);
        }
    }

    /// <summary>
    /// The organisation a press release speaks for: the first its headline names ("富士通、…を招聘"). Without a
    /// headline naming one, "our company" stays unresolved rather than taken for whoever was named last.
    /// </summary>
    private EntityRef? ArticleOwner() =>
        _layout.FirstIsHeadline && _sentences.Count > 0
            ? _sentences[0].Organisations.FirstOrDefault(o => o.Entity.Kind == ReferentKind.Organisation)?.Entity.Entity
            : null;

    private List<Draft> Drafts(SentenceReading sentence)
    {
        var drafts = Named(sentence);
        foreach (var trigger in sentence.Triggers)
        {
            if (trigger.Modality == Modality.Negated) Deny(sentence, trigger);
            if (!trigger.IsAsserted) continue;
            var phrase = _grammar.MoversOf(sentence, trigger);
            var movers = Resolve(sentence, phrase);
            _movers[trigger] = movers.Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
            var (from, to) = Organisations(sentence, trigger, o => o.Trigger == trigger);
            if (phrase is { Blocked: true, Referents: [{ Kind: ReferentKind.Group }] } && (from is not null || to is not null))
            {
                if (!_groupMoves.TryGetValue(sentence.Index, out var moves)) _groupMoves[sentence.Index] = moves = [];
                moves.Add(new GroupMove(trigger.Kind, from, to, DateOf(sentence, trigger).When));
            }
            if (movers.Count == 0) continue;
            switch (trigger.Kind)
            {
                case MoveKind.DeclinedOffer when from is null && to is null:
                    // "X tried to hire her; she turned down its offer": the offer comes from the one whose attempt failed.
                    (from, to) = Organisations(sentence, trigger, o => o.Trigger is { IsAsserted: false, Kind: MoveKind.Joined });
                    to ??= OfferBefore(sentence);
                    break;
                case MoveKind.NeverStarted when to is null:
                    to = SignedWith(sentence, trigger);
                    break;
                case MoveKind.ThreatenedToLeave:
                    (from, to) = WithWhatIsThreatened(sentence, from, to);
                    break;
                case MoveKind.Left when from is null:
                    // "X, who joined Meta in May, has left": a departure leaves where the sentence says the person had gone.
                    from = Scene(sentence, trigger, to, movers);
                    break;
            }
            var (when, reportDate) = DateOf(sentence, trigger);
            var amount = PayIn(sentence, trigger);
            var figurative = from is null && to is null && HasNonOrganisationObject(sentence, trigger);
            foreach (var mover in movers)
            {
                var (ownFrom, ownTo) = WithRole(sentence, trigger, mover, movers, from, to);
                if (mover.Entity.Id == ownFrom?.Entity.Id || mover.Entity.Id == ownTo?.Entity.Id) continue;
                var reasons = new HashSet<InferenceReason>();
                if (mover.ThroughReference) reasons.Add(InferenceReason.Coreference);
                foreach (var end in new[] { ownFrom, ownTo })
                {
                    if (end is null) continue;
                    if (end.ThroughReference) reasons.Add(InferenceReason.Coreference);
                    if (!end.Marked) reasons.Add(InferenceReason.GuessedRole);
                    if (end.Borrowed) reasons.Add(InferenceReason.NeighbouringSentence);
                }
                drafts.Add(new Draft(mover.Entity, trigger.Kind, ownFrom?.Entity, ownTo?.Entity, when, amount, sentence.Index, trigger.Start,
                    [sentence.Index], reasons, BorrowsOrganisation: !figurative)
                {
                    Clause = sentence.ClauseAt(trigger.Start).Start,
                    Also = _lexicon.Also.IsMatch(sentence.Text[sentence.ClauseAt(trigger.Start).Start..sentence.ClauseAt(trigger.Start).End]),
                    DatedByReport = reportDate,
                });
            }
        }
        return drafts;
    }

    private void Deny(SentenceReading sentence, TriggerHit trigger)
    {
        var movers = Resolve(sentence, _grammar.MoversOf(sentence, trigger));
        var (from, to) = Organisations(sentence, trigger, o => o.Trigger == trigger);
        foreach (var mover in movers) _denied.Add((sentence.Index, mover.Entity, trigger.Kind, from?.Entity, to?.Entity));
    }

    /// <summary>
    /// What a negated move says of the others: "X has not left Apple" retracts any departure of X from Apple in the
    /// article, and "…結局アンソロピックには入社しなかった" after a signing makes the signing a job never started.
    /// </summary>
    private void Reconcile(List<Draft> drafts)
    {
        foreach (var (sentence, person, kind, from, to) in _denied)
        {
            if (kind == MoveKind.Left && from is not null)
                drafts.RemoveAll(d => d.Person.Id == person.Id && d.Kind is MoveKind.Left or MoveKind.Joined && d.From?.Id == from.Id);
            if (kind != MoveKind.Joined || to is null) continue;
            for (var i = 0; i < drafts.Count; i++)
            {
                var d = drafts[i];
                if (d.Person.Id != person.Id || d.Kind != MoveKind.Joined || d.To?.Id != to.Id || d.Sentence > sentence) continue;
                drafts[i] = Borrowed(d with { Kind = MoveKind.NeverStarted }, sentence);
            }
        }
    }

    /// <summary>
    /// "A is going back to Google … A and B join Google's research division": an article that has someone go back to an
    /// employer reports the same move again when it says they join it. The return speaks for both, cited by both.
    /// </summary>
    private static void JoinsThatAreReturns(List<Draft> drafts)
    {
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            var join = drafts[i];
            if (join.Kind != MoveKind.Joined || join.To is null) continue;
            var r = drafts.FindIndex(d => d.Kind == MoveKind.Returned && d.Person.Id == join.Person.Id && d.To?.Id == join.To.Id
                                          && (join.From is null || d.From?.Id == join.From.Id));
            if (r < 0) continue;
            drafts[r] = drafts[r] with { Sentences = drafts[r].Sentences.Concat(join.Sentences).Distinct().ToList() };
            drafts.RemoveAt(i);
        }
    }

    /// <summary>
    /// "Amazon has hired Megan Hale from Apple … Hale joined Amazon last week": a move that leaves one end unsaid is the
    /// person's move of the same kind that says both, when exactly one does and their own dates do not disagree. It
    /// adds its sentences, and its date where the fuller move has only the dateline's and the two agree.
    /// </summary>
    private static void MovesWithAnEndUnsaid(List<Draft> drafts)
    {
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            var open = drafts[i];
            if (open.From is null == open.To is null) continue;
            var fuller = drafts.Where(d => d.Person.Id == open.Person.Id && d.Kind == open.Kind && d.From is not null && d.To is not null
                                           && (open.From is null ? d.To.Id == open.To!.Id : d.From.Id == open.From.Id))
                               .ToList();
            if (fuller.Select(d => (d.From!.Id, d.To!.Id)).Distinct().Count() != 1) continue;
            var into = fuller[0];
            if (OwnDate(into) is { } a && OwnDate(open) is { } b && !a.IsCompatibleWith(b)) continue;
            // Only a date that agrees with the report's replaces it; one the fuller move lacks altogether may be another event's.
            var dated = into is { DatedByReport: true, When: { } report } && OwnDate(open) is { } own && own.IsCompatibleWith(report);
            drafts[drafts.IndexOf(into)] = into with
            {
                Sentences = into.Sentences.Concat(open.Sentences).Distinct().ToList(),
                When = dated ? open.When : into.When,
                DatedByReport = !dated && into.DatedByReport,
                Amount = into.Amount ?? open.Amount,
            };
            drafts.RemoveAt(i);
        }

        static PartialDate? OwnDate(Draft d) => d.DatedByReport ? null : d.When;
    }

    /// <summary>
    /// "Meta hired three researchers from Anthropic. They are A, B and C.": the people a sentence names as the group the
    /// sentence before moved make that group's move.
    /// </summary>
    private List<Draft> Named(SentenceReading sentence)
    {
        var drafts = new List<Draft>();
        if (!_groupMoves.TryGetValue(sentence.Index - 1, out var moves) || !_lexicon.GroupNaming.IsMatch(sentence.Text)) return drafts;
        var people = sentence.People.Where(p => sentence.InsertAt(p.Start) is null).Select(p => p.Entity!).DistinctBy(p => p.Id).ToList();
        foreach (var move in moves)
        {
            foreach (var person in people)
            {
                drafts.Add(new Draft(person, move.Kind, move.From?.Entity, move.To?.Entity, move.When, null, sentence.Index, 0,
                    [sentence.Index, sentence.Index - 1], new HashSet<InferenceReason> { InferenceReason.NeighbouringSentence }));
            }
        }
        return drafts;
    }

    private sealed record GroupMove(MoveKind Kind, End? From, End? To, PartialDate? When);

    private List<ResolvedPerson> Resolve(SentenceReading sentence, MoverPhrase phrase)
    {
        var people = new List<ResolvedPerson>();
        if (phrase.Referents.Count == 0)
        {
            if (phrase.Dropped && _discourse.ResolveDropped(sentence.Index) is { } dropped)
            {
                people.Add(new ResolvedPerson(dropped, true));
                AddReference(sentence, dropped, EntityKind.Person, "");
            }
            return people;
        }
        foreach (var referent in phrase.Referents)
        {
            switch (referent.Kind)
            {
                case ReferentKind.Person:
                    people.Add(new ResolvedPerson(referent.Entity!, false, referent));
                    break;
                case ReferentKind.Pronoun when referent.Plural:
                    people.AddRange(_discourse.ResolveGroup(sentence.Index).Select(p => new ResolvedPerson(p, true, referent)));
                    break;
                case ReferentKind.Pronoun or ReferentKind.Description:
                    if (_discourse.ResolvePerson(sentence, referent) is { } person) people.Add(new ResolvedPerson(person, true, referent));
                    break;
            }
        }
        // A spokesperson or an analyst speaks about moves; the sentence that names one as moving is misread.
        people.RemoveAll(p => _discourse.Book.Get(p.Entity) is { SpeaksOnly: true });
        return people.DistinctBy(p => p.Entity.Id).ToList();
    }

    /// <summary>An organisation given its part in one move, and how the reading found it.</summary>
    private sealed record End(EntityRef Entity, bool Marked, bool ThroughReference, bool Borrowed = false);

    private static (End? From, End? To) Organisations(SentenceReading sentence, TriggerHit trigger, Func<PlacedOrganisation, bool> belongs)
    {
        PlacedOrganisation? from = null, to = null;
        int fromPriority = int.MaxValue, toPriority = int.MaxValue;
        foreach (var org in sentence.Organisations)
        {
            if (!belongs(org) || org.Resolved is null || org.IsCountSource) continue;
            var isTo = ClauseGrammar.IsDestination(trigger.Kind, org.Slot);
            if (isTo is null) continue;
            // A marked part beats an unmarked one; equal parts go to the organisation nearest the verb.
            var priority = SlotRank(org.Slot) * 10_000 + Math.Min(9_999, Distance(org.Entity, trigger));
            if (isTo == true && priority < toPriority) (to, toPriority) = (org, priority);
            if (isTo == false && priority < fromPriority) (from, fromPriority) = (org, priority);
        }
        if (from is not null && to is not null && from.Resolved!.Id == to.Resolved!.Id)
        {
            if (fromPriority <= toPriority) to = null;
            else from = null;
        }
        return (EndOf(from), EndOf(to));
    }

    private static End? EndOf(PlacedOrganisation? org) =>
        org is null ? null : new End(org.Resolved!, org.Marked, org.Entity.Kind == ReferentKind.CompanyReference);

    private static int SlotRank(Slot slot) => slot switch
    {
        Slot.Object => 0,
        Slot.From or Slot.To or Slot.Offer => 1,
        Slot.At or Slot.By or Slot.Subject => 2,
        Slot.Role => 3,
        _ => 4,
    };

    private static int Distance(Referent entity, TriggerHit trigger) =>
        entity.End <= trigger.Start ? trigger.Start - entity.End : Math.Max(0, entity.Start - trigger.End);

    /// <summary>
    /// "Beatriz Nogueira, a research scientist on Apple's Siri team, has been hired by Anthropic": where a mover works,
    /// said beside her name, is where she leaves from, unless the sentence says otherwise.
    /// </summary>
    private (End? From, End? To) WithRole(
        SentenceReading sentence, TriggerHit trigger, ResolvedPerson mover, List<ResolvedPerson> group, End? from, End? to)
    {
        // "Ana Ruiz and Li Wei, both researchers at OpenAI, joined Meta": a role said of one of the group is said of all.
        var own = sentence.Organisations.Where(o => o is { Person: not null, Resolved: not null } && (Describes(o, mover) || group.Any(g => Describes(o, g))))
                                        .OrderBy(o => Describes(o, mover) ? 0 : 1)
                                        .ToList();
        // "è stata nominata direttrice di Nvidia": the organisation of the new role is where the appointment is.
        if (trigger.Kind == MoveKind.Appointed)
            return to is null && own.FirstOrDefault(o => o.Slot == Slot.Role) is { } post ? (from, new End(post.Resolved!, true, post.Entity.Kind == ReferentKind.CompanyReference)) : (from, to);
        if (from is not null) return (from, to);
        // Time spent somewhere is what a departure ends, and what an arrival comes from when "then" joins the two.
        var role = own.FirstOrDefault(o => o.Slot is Slot.Role or Slot.From
                                           || o.Slot == Slot.Tenure && (trigger.Kind is MoveKind.Left or MoveKind.ThreatenedToLeave || LeadsOn(sentence, o, trigger)));
        if (role is null || role.Resolved!.Id == to?.Entity.Id) return (from, to);
        return (new End(role.Resolved, true, role.Entity.Kind == ReferentKind.CompanyReference), to);
    }

    /// <summary>"worked at Google early in his career, then joined Meta": a stay that leads straight on to the move.</summary>
    private bool LeadsOn(SentenceReading sentence, PlacedOrganisation stay, TriggerHit move) =>
        stay.Entity.End <= move.Start && _lexicon.Then.IsMatch(sentence.Text[stay.Entity.End..move.Start])
        && !sentence.Triggers.Any(t => t != move && t.Start >= stay.Entity.End && t.Start < move.Start);

    /// <summary>Whether a role phrase describes a mover: by the name it gives, or by the very phrase that named the mover ("Ils étaient chercheurs chez Google").</summary>
    private static bool Describes(PlacedOrganisation role, ResolvedPerson mover) =>
        role.Person is { } person && (person.Entity?.Id == mover.Entity.Id || person == mover.Phrase);

    /// <summary>An offer made in the sentence before a terse refusal ("Meta offered her $50 million. She declined."): its maker.</summary>
    private End? OfferBefore(SentenceReading sentence)
    {
        for (var back = 0; back <= 2; back++)
        {
            var index = sentence.Index - back;
            if (index < 0) break;
            var earlier = _sentences[index];
            var offer = _lexicon.OfferMade.Match(earlier.Text);
            if (!offer.Success) continue;
            var maker = earlier.Organisations.Where(o => o.Resolved is not null && o.Slot is not (Slot.Role or Slot.Former))
                .MinBy(o => Math.Abs(o.Entity.Start - offer.Index));
            if (maker is not null) return new End(maker.Resolved!, true, false, Borrowed: back > 0);
        }
        return null;
    }

    /// <summary>"Recruited by OpenAI in April, he never showed up": the job never started is the one signed for.</summary>
    private static End? SignedWith(SentenceReading sentence, TriggerHit neverStarted)
    {
        foreach (var org in sentence.Organisations)
        {
            if (org.Trigger is not { Kind: MoveKind.Joined } || org.Trigger == neverStarted || org.Resolved is null) continue;
            if (ClauseGrammar.IsDestination(MoveKind.Joined, org.Slot) == true) return new End(org.Resolved, org.Marked, false);
        }
        return null;
    }

    /// <summary>
    /// A threat takes the organisations of the moves it holds out: "threatened to quit and return to OpenAI" goes to
    /// OpenAI, and "退職して…と脅した" leaves whatever the quitting names.
    /// </summary>
    private static (End? From, End? To) WithWhatIsThreatened(SentenceReading sentence, End? from, End? to)
    {
        foreach (var part in sentence.Triggers)
        {
            if (part.Modality != Modality.PartOfThreat) continue;
            var (partFrom, partTo) = Organisations(sentence, part, o => o.Trigger == part);
            if (ClauseGrammar.IsDeparture(part.Kind)) from ??= partFrom ?? partTo;
            else to ??= partTo;
        }
        if (from is not null && from.Entity.Id == to?.Entity.Id) from = null;
        return (from, to);
    }

    /// <summary>
    /// Where a scene-setting phrase of the sentence says the person already is ("after joining Meta"). Someone else's
    /// arrival is no scene for this departure: "A moved to OpenAI, and B left in February" leaves B's employer unsaid.
    /// </summary>
    private End? Scene(SentenceReading sentence, TriggerHit departure, End? destination, List<ResolvedPerson> movers)
    {
        foreach (var scene in sentence.Triggers)
        {
            if (scene == departure || scene.Kind is not (MoveKind.Joined or MoveKind.Returned) || !(scene.Rule.Scene || scene.End <= departure.Start)) continue;
            if (_movers.TryGetValue(scene, out var arrived) && arrived.Count > 0 && !movers.Any(m => arrived.Contains(m.Entity.Id))) continue;
            if (Organisations(sentence, scene, o => o.Trigger == scene).To is { } current && current.Entity.Id != destination?.Entity.Id) return current;
        }
        return null;
    }

    /// <summary>"Leaving many dissatisfied", "leave the door open": a departure whose object is something other than an employer.</summary>
    private bool HasNonOrganisationObject(SentenceReading sentence, TriggerHit trigger)
    {
        if (!ClauseGrammar.IsDeparture(trigger.Kind) || _lexicon.NonOrganisationObjectAfter?.Match(EntityRecogniser.After(sentence.Text, trigger.End)) is not { Success: true } obj)
            return false;
        var end = trigger.End + obj.Length;
        return !sentence.Organisations.Any(o => o.Entity.Start >= trigger.End && o.Entity.Start < end);
    }

    /// <summary>
    /// The move's date: the nearest the move phrase may take, in last year when the text gives a month later than the
    /// article's without a year and the phrase says the move was made ("rejoined DeepMind in November", in February).
    /// A dateline that is the sentence's only date dates the report rather than the move (<c>ReportDate</c>): another
    /// sentence's date of the same move is then the better one.
    /// </summary>
    private (PartialDate? When, bool ReportDate) DateOf(SentenceReading sentence, TriggerHit trigger)
    {
        var dates = DatesOf(sentence, trigger);
        // "PARIS, 15 septembre 2026 — OpenAI a recruté … ce mois-ci": the dateline dates the report, and the move only
        // when the sentence gives no other date.
        if (dates.Count > 1) dates.RemoveAll(d => ClosesDateline(sentence.Text, d));
        var date = Nearest(dates, trigger, sentence, d => d.Start);
        if (date is null) return (null, false);
        if (ClosesDateline(sentence.Text, date)) return (date.Date, true);
        return date.MonthAheadOfReference && IsCompleted(sentence, trigger) && !RelativeClauseBetween(sentence.Text, trigger, date)
            ? (date.YearEarlier(), false)
            : (date.Date, false);
    }

    private static bool ClosesDateline(string text, DateMention date) => DatelineDash().IsMatch(text[(date.Start + date.Length)..]);

    /// <summary>What ends a dateline in every language the bot reads: a dash, or 】 in Japanese.</summary>
    [GeneratedRegex(@"^\s*(?:[—–―]|-{1,2}\s|】)")]
    private static partial Regex DatelineDash();

    /// <summary>"has been hired by Anthropic, where she starts in May": May is the relative clause's, still to come.</summary>
    private bool RelativeClauseBetween(string text, TriggerHit trigger, DateMention date)
    {
        var (start, end) = date.Start >= trigger.End ? (trigger.End, date.Start) : (date.Start + date.Length, trigger.Start);
        return end > start && _lexicon.RelativeStart?.IsMatch(text[start..end]) == true;
    }

    /// <summary>
    /// The dates a trigger may take: in "X, who started at Orbital in April, resigned on Wednesday" April dates the
    /// joining the relative clause describes, so a date nearer another move phrase than to this one is that one's, and
    /// a date in an aside or a relative clause the phrase is not in is that clause's ("che aveva lasciato OpenAI nel
    /// maggio 2025, rientrerà…"); "since 2023", « depuis 2023 » date a stay, not a move.
    /// </summary>
    private List<DateMention> DatesOf(SentenceReading sentence, TriggerHit trigger) =>
        sentence.Dates.Where(d => !sentence.Triggers.Any(s => s != trigger && Gap(d, s) < Gap(d, trigger))
                                  && (sentence.InsertAt(d.Start) is not { } insert || insert.Contains(trigger.Start)))
                      .Where(d => !StartsStay(sentence.Text, d))
                      .ToList();

    private bool StartsStay(string text, DateMention date) =>
        _lexicon.StayStartBefore?.IsMatch(text[..date.Start]) == true
        || _lexicon.StayStartAfter?.IsMatch(text[(date.Start + date.Length)..]) == true;

    /// <summary>How far past a move phrase its past ending may stand (「移っ」 + 「ていた」).</summary>
    private const int CompletedReach = 4;

    /// <summary>
    /// The move phrase says the move was made, or it is the purpose of one that was: "a quitté Meta en novembre pour
    /// rejoindre Mistral AI" dates the joining as the leaving.
    /// </summary>
    private bool IsCompleted(SentenceReading sentence, TriggerHit trigger) =>
        IsCompletedForm(sentence.Text, trigger)
        || (_lexicon.PurposeBefore?.IsMatch(sentence.Text[..trigger.Start]) == true
            && sentence.Triggers.Any(t => t.End <= trigger.Start && IsCompletedForm(sentence.Text, t)));

    private bool IsCompletedForm(string text, TriggerHit trigger) =>
        _lexicon.CompletedBefore?.IsMatch(text[..trigger.Start]) == true
        || _lexicon.CompletedForm?.IsMatch(text[trigger.Start..Math.Min(text.Length, trigger.End + CompletedReach)]) == true;

    private static int Gap(DateMention date, TriggerHit trigger) =>
        date.Start + date.Length <= trigger.Start ? trigger.Start - (date.Start + date.Length) : Math.Max(0, date.Start - trigger.End);

    private static T? Nearest<T>(IReadOnlyList<T> items, TriggerHit trigger, SentenceReading sentence, Func<T, int> startOf)
        where T : class
    {
        if (items.Count == 0) return null;
        var (start, end) = sentence.ClauseAt(trigger.Start);
        var inClause = items.Where(i => startOf(i) >= start && startOf(i) < end).ToList();
        var pool = inClause.Count > 0 ? inClause : items;
        return pool.MinBy(i => Math.Abs(startOf(i) - trigger.Start));
    }

    /// <summary>A sum in the move's own sentence, unless the sentence is about a deal ("acquired for $2 billion").</summary>
    private Money? PayIn(SentenceReading sentence, TriggerHit trigger)
    {
        if (sentence.Money.Count == 0 || _lexicon.DealCue.IsMatch(sentence.Text)) return null;
        return Nearest(sentence.Money, trigger, sentence, m => m.Start)?.Money;
    }

    /// <summary>
    /// One claim per person per sentence: "left OpenAI and joined Meta" is one move from OpenAI to Meta, of the kind
    /// stated first. Claims that disagree (two different destinations) stay apart, and a never-started job absorbs the
    /// signing that preceded it.
    /// </summary>
    private static List<Draft> Merge(List<Draft> drafts)
    {
        var result = new List<Draft>();
        foreach (var person in drafts.Select(d => d.Person.Id).Distinct())
        {
            var own = drafts.Where(d => d.Person.Id == person).ToList();
            if (own.FindIndex(d => d.Kind == MoveKind.NeverStarted) is var neverStarted and >= 0)
            {
                var ns = own[neverStarted];
                // Where the person signed is where they never started, whatever else the sentence mentions.
                foreach (var signed in own.Where(d => d.Kind == MoveKind.Joined))
                    ns = ns with { To = ns.To ?? signed.To, From = ns.From ?? signed.From, When = ns.When ?? signed.When, Amount = ns.Amount ?? signed.Amount };
                own[neverStarted] = ns;
                own.RemoveAll(d => d.Kind == MoveKind.Joined);
            }
            var merged = new List<Draft>();
            foreach (var draft in own)
            {
                // A step that names no organisation ("…古巣に復帰する", "and joined last week") is no part of another.
                var named = draft.From is not null || draft.To is not null;
                var into = named && IsCareerStep(draft.Kind) ? merged.FindIndex(m => IsCareerStep(m.Kind) && Compatible(m, draft)) : -1;
                if (into < 0)
                {
                    merged.Add(draft);
                    continue;
                }
                var m = merged[into];
                merged[into] = m with
                {
                    Kind = m.Kind == MoveKind.Returned || draft.Kind == MoveKind.Returned ? MoveKind.Returned : m.Kind,
                    From = m.From ?? draft.From,
                    To = m.To ?? draft.To,
                    When = m.When ?? draft.When,
                    Amount = m.Amount ?? draft.Amount,
                    Reasons = m.Reasons.Union(draft.Reasons).ToHashSet(),
                };
            }
            // "joined Meta, and finally moved to Anthropic": each later step starts where the one before ended.
            for (var k = 1; k < merged.Count; k++)
            {
                var (previous, step) = (merged[k - 1], merged[k]);
                if (step is { Kind: MoveKind.Joined or MoveKind.Returned, From: null, To: { } to }
                    && previous is { Kind: MoveKind.Joined or MoveKind.Returned, To: { } before } && before.Id != to.Id && step.Clause == previous.Clause)
                    merged[k] = step with { From = before };
            }
            result.AddRange(merged);
        }
        return result.OrderBy(d => d.Position).ToList();
    }

    private static bool IsCareerStep(MoveKind kind) => kind is MoveKind.Left or MoveKind.Joined or MoveKind.Returned;

    private static bool Compatible(Draft a, Draft b) =>
        (a.From is null || b.From is null || a.From.Id == b.From.Id) && (a.To is null || b.To is null || a.To.Id == b.To.Id)
        && (a.From ?? b.From)?.Id != (a.To ?? b.To)?.Id;

    /// <summary>Tells the discourse whom this sentence was about, and which people and organisations it named.</summary>
    private void Remember(SentenceReading sentence, List<Draft> drafts)
    {
        var topic = drafts.FirstOrDefault(d => !d.Reasons.Contains(InferenceReason.Coreference))?.Person
                    ?? drafts.FirstOrDefault()?.Person
                    ?? SubjectOf(sentence);
        if (topic is not null) _discourse.Mention(sentence.Index, topic, topic: true);
        foreach (var person in sentence.People) _discourse.Mention(sentence.Index, person.Entity!, topic: false);
        foreach (var group in drafts.GroupBy(d => d.Position).Where(g => g.Count() >= 2))
            _discourse.MentionGroup(sentence.Index, group.Select(d => d.Person).ToList());
        // "Barret Zoph et Luke Zettlemoyer ne sont pas des stagiaires. … ils viennent de claquer la porte": names listed
        // together are who a plural pronoun after them means.
        if (drafts.Count == 0 && _grammar.Listed(sentence) is { Count: >= 2 } listed) _discourse.MentionGroup(sentence.Index, listed);
        foreach (var org in sentence.Organisations)
        {
            if (org.Resolved is not null)
                _discourse.MentionOrganisation(new OrganisationMention(sentence.Index, org.Resolved, org.Slot,
                    ThroughReference: org.Entity.Kind == ReferentKind.CompanyReference, MoveNamed: org.Trigger is not null));
        }
    }

    /// <summary>
    /// The people a sentence's pronouns and roles stand for, once the sentence is read: the same resolution its moves
    /// used, without teaching anyone a gender, so that recording them changes no move.
    /// </summary>
    private void RecordReferences(SentenceReading sentence)
    {
        foreach (var referent in sentence.Referents)
        {
            if (referent.Kind is not (ReferentKind.Pronoun or ReferentKind.Description)) continue;
            var one = referent.Plural ? null : _discourse.ResolvePerson(sentence, referent, learn: false);
            if (one is not null) _personAt[(sentence.Index, referent.Start)] = one;
            IEnumerable<EntityRef> people = referent.Plural ? _discourse.ResolveGroup(sentence.Index) : one is null ? [] : [one];
            foreach (var person in people) AddReference(sentence, person, EntityKind.Person, referent.Surface);
        }
    }

    /// <summary>The person a name is, or whom a reference meant where it stood: for the passes after reading.</summary>
    private EntityRef? PersonAt(SentenceReading sentence, Referent referent) =>
        referent.Kind == ReferentKind.Person ? referent.Entity : _personAt.GetValueOrDefault((sentence.Index, referent.Start));

    private void AddReference(SentenceReading sentence, EntityRef entity, EntityKind kind, string surface)
    {
        if (_referenced.Add((sentence.Index, entity.Id)))
            _references.Add(new Mention(entity, kind, sentence.Index, surface) { ThroughReference = true });
    }

    /// <summary>The person a sentence without moves is about: the first name or reference standing as a subject.</summary>
    private EntityRef? SubjectOf(SentenceReading sentence)
    {
        foreach (var r in sentence.Referents)
        {
            if (sentence.InsertAt(r.Start) is not null || _lexicon.PrepositionBefore.IsMatch(EntityRecogniser.Before(sentence.Text, r.Start))) continue;
            if (_lexicon.SubjectMarkerAfter is { } marker && !marker.IsMatch(EntityRecogniser.After(sentence.Text, r.End))) continue;
            return r.Kind switch
            {
                ReferentKind.Person => r.Entity,
                ReferentKind.Pronoun or ReferentKind.Description when !r.Plural && !r.Possessive => _discourse.ResolvePerson(sentence, r),
                _ => null,
            };
        }
        return null;
    }

    /// <summary>
    /// A move whose organisations its sentence leaves out ("He joined last week", "She threatened to quit") takes them
    /// from the person's own move just before, else from the sentence before or after: where a departure left, or
    /// where an arrival went. A neighbour's organisation counts by the part it plays in its own sentence, so "Y left
    /// Google" never makes Google a destination.
    /// </summary>
    private Draft FromNeighbour(Draft draft, List<Draft> all)
    {
        var wantTo = !ClauseGrammar.IsDeparture(draft.Kind);
        if ((wantTo ? draft.To : draft.From) is not null || !draft.BorrowsOrganisation) return draft;
        // "She joined Meta in June. She threatened to quit", "A few days after joining Meta, she threatened to return to
        // OpenAI": whoever just arrived somewhere would be leaving it.
        if (!wantTo && all.LastOrDefault(d => d.Person.Id == draft.Person.Id && d != draft && d.Sentence <= draft.Sentence && d.Sentence >= draft.Sentence - 2
                                              && (d.Sentence < draft.Sentence || d.Position < draft.Position)
                                              && d.Kind is MoveKind.Joined or MoveKind.Returned && d.To is not null && d.To.Id != draft.To?.Id) is { } arrival)
            return arrival.Sentence == draft.Sentence ? draft with { From = arrival.To } : Borrowed(draft with { From = arrival.To }, arrival.Sentence);
        // "Sara left OpenAI. Priya and Daniel also left": what "also" repeats is the move before, whoever made it.
        if (draft.Also && all.LastOrDefault(d => d.Person.Id != draft.Person.Id && d.Kind == draft.Kind && d.Sentence is var s && s < draft.Sentence
                                                 && s >= draft.Sentence - 2 && (wantTo ? d.To : d.From) is not null) is { } same)
            return Borrowed(wantTo ? draft with { To = same.To } : draft with { From = same.From }, same.Sentence);
        // A move with one end stated borrows the other only from the sentence before ("Meta has a new research chief.
        // Priya Raman comes from Google."); a move with none, from the sentence before or after.
        var oneEnd = draft.From is not null || draft.To is not null;
        foreach (var neighbour in oneEnd ? (ReadOnlySpan<int>)[draft.Sentence - 1] : [draft.Sentence - 1, draft.Sentence + 1])
        {
            // A headline is no neighbour: it sums up the whole article, and speaks for it only as a last resort.
            if (neighbour < 0 || neighbour >= _sentences.Count || (neighbour == 0 && _layout.FirstIsHeadline)) continue;
            if (!_layout.SameParagraph(neighbour, draft.Sentence) && neighbour > draft.Sentence) continue;
            PlacedOrganisation? best = null;
            var bestRank = int.MaxValue;
            foreach (var org in _sentences[neighbour].Organisations)
            {
                if (org.Resolved is null || org.IsCountSource || org.Slot is Slot.Former or Slot.Offer) continue;
                if (org.Slot == Slot.Role && org.Person?.Entity?.Id != draft.Person.Id) continue;
                // "Y left for Thinking Machines. X was named to the role": another person's move says nothing of X's.
                if (org.Trigger is not null && _movers.TryGetValue(org.Trigger, out var others) && others.Count > 0 && !others.Contains(draft.Person.Id)) continue;
                // "Meta has been on a hiring spree. Ana Ruiz joined last week": the organisation a sentence is about.
                var isTo = org.Slot == Slot.None && org.Trigger is null && IsSubject(_sentences[neighbour], org.Entity)
                    ? wantTo
                    : ClauseGrammar.IsDestination(org.Trigger?.Kind ?? draft.Kind, org.Slot);
                if (isTo != wantTo && !(org.Slot == Slot.Role && !wantTo)) continue;
                if (SlotRank(org.Slot) < bestRank) (best, bestRank) = (org, SlotRank(org.Slot));
            }
            if (best is null || best.Resolved!.Id == draft.Person.Id) continue;
            return Borrowed(wantTo ? draft with { To = best.Resolved } : draft with { From = best.Resolved }, neighbour);
        }
        return draft;
    }

    /// <summary>
    /// "She left DeepMind for xAI in April. … She rejoined DeepMind last week": a return with no origin of its own comes
    /// from where the article last had the person go.
    /// </summary>
    private static Draft ReturnFrom(Draft draft, List<Draft> all)
    {
        if (draft is not { Kind: MoveKind.Returned, From: null, To: { } home }) return draft;
        var before = all.LastOrDefault(d => d.Person.Id == draft.Person.Id && d != draft && (d.Sentence < draft.Sentence || d.Sentence == draft.Sentence && d.Position < draft.Position)
                                            && d.Kind is MoveKind.Left or MoveKind.Joined && d.To is not null && d.To.Id != home.Id);
        return before is null ? draft : Borrowed(draft with { From = before.To }, before.Sentence);
    }

    /// <summary>
    /// "Orbital's talent exodus … Kai Mendes, Ana Ruiz and Leo Costa all quit": a departure with no organisation
    /// anywhere near it leaves the one the headline is about, when the headline names exactly one.
    /// </summary>
    private Draft FromHeadline(Draft draft)
    {
        if (!_layout.FirstIsHeadline || !ClauseGrammar.IsDeparture(draft.Kind) || draft.From is not null || draft.To is not null || !draft.BorrowsOrganisation)
            return draft;
        var named = _sentences[0].Organisations.Where(o => o.Resolved is not null).Select(o => o.Resolved!).DistinctBy(o => o.Id).ToList();
        return named.Count == 1 && named[0].Id != draft.Person.Id ? Borrowed(draft with { From = named[0] }, 0) : draft;
    }

    /// <summary>Whether a name opens its sentence as its subject: first of its names, outside asides, after no preposition.</summary>
    private bool IsSubject(SentenceReading sentence, Referent referent) =>
        sentence.Referents.Count > 0 && sentence.Referents[0] == referent && sentence.InsertAt(referent.Start) is null
        && !_lexicon.PrepositionBefore.IsMatch(EntityRecogniser.Before(sentence.Text, referent.Start));

    private static Draft Borrowed(Draft draft, int sentence) =>
        draft with { Sentences = [.. draft.Sentences, sentence], Reasons = draft.Reasons.Append(InferenceReason.NeighbouringSentence).ToHashSet() };

    /// <summary>
    /// "will join Fujitsu on July 1 and become its chief technology officer": a title taken on arrival, said after the
    /// arrival, is the arrival, not an appointment of its own; an appointment is a new role where the person already
    /// works. Read otherwise, the title took its organisation from wherever the sentence last named one, often the
    /// employer being left. One said before ("recently named head of search at Apple, she left for Meta") is the
    /// earlier role, and stays. So is a title at the organisation the article has the person join, wherever it says
    /// so ("Scale AI has named Ana Ruiz, a longtime Amazon executive, as its COO. Ruiz will join on June 1"), unless
    /// the joining is dated to an earlier year than the title (or than the article, when the title is undated), when
    /// the title is a later promotion, or the joining is only inferred where the title is stated.
    /// </summary>
    private void TitlesOfArrivals(List<Draft> drafts)
    {
        var year = _layout.Reference?.Year;
        drafts.RemoveAll(a => a.Kind == MoveKind.Appointed
                              && drafts.Any(j => j.Kind == MoveKind.Joined && j.To is not null && j.Person.Id == a.Person.Id
                                                 && (j.Sentence == a.Sentence && j.Position < a.Position
                                                     || j.To.Id == a.To?.Id && (j.Reasons.Count == 0 || a.Reasons.Count > 0)
                                                        && !(j.When?.Year < (a.When?.Year ?? year ?? int.MinValue)))));
    }

    /// <summary>
    /// A move never leaves the organisation it reaches. "…, che doveva entrare in Perplexity provenendo da Amazon, non ha
    /// mai preso servizio: è rimasto ad Amazon": where someone stayed is the job never started's origin, and the job
    /// is still to be found; any other move keeps its destination.
    /// </summary>
    private static void NoMoveWithinOneOrganisation(List<Draft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.From is null || d.From.Id != d.To?.Id) continue;
            drafts[i] = d.Kind == MoveKind.NeverStarted ? d with { To = null } : d with { From = null };
        }
    }

    /// <summary>
    /// « la tête du laboratoire de Nvidia a été confiée à Ana Ruiz »: an appointment names only where the role is, which
    /// the grammar reads as an origin after « de », "of" or 「の」; it is the organisation the person is appointed at.
    /// </summary>
    private static void RolesAt(List<Draft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
            if (drafts[i] is { Kind: MoveKind.Appointed, To: null, From: { } at } appointment) drafts[i] = appointment with { From = null, To = at };
    }

    /// <summary>
    /// "She signed with Apple in the summer. … She never showed up": the job never started is the one signed for, and
    /// the signing is no move of its own.
    /// </summary>
    private static void NeverStarted(List<Draft> drafts)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            var ns = drafts[i];
            if (ns.Kind != MoveKind.NeverStarted) continue;
            if (ns.To is null && drafts.LastOrDefault(d => d.Person.Id == ns.Person.Id && d.Kind == MoveKind.Joined && d.To is not null
                                                           && ns.Sentence - d.Sentence is >= 0 and <= 2) is { } signed)
            {
                var borrowed = signed.Sentence == ns.Sentence ? ns : Borrowed(ns, signed.Sentence);
                drafts[i] = ns = borrowed with { To = signed.To, From = ns.From ?? signed.From, When = ns.When ?? signed.When };
            }
            if (ns.To is { } job) drafts.RemoveAll(d => d.Person.Id == ns.Person.Id && d.Kind == MoveKind.Joined && d.To?.Id == job.Id);
            i = drafts.IndexOf(ns);
        }
    }

    /// <summary>
    /// A denial retracts what it denies: the moves of the people it names (or, naming none, every move) in the two
    /// sentences before it in its paragraph, or the one before when it opens a paragraph; and in its own sentence
    /// those of the people its clause names ("… joined Meta, but the company denied it" names none).
    /// </summary>
    private void Retract(List<Draft> drafts)
    {
        foreach (var sentence in _sentences)
        {
            if (_lexicon.Denial.Match(sentence.Text) is not { Success: true } denial) continue;
            var named = PeopleIn(sentence, sentence.Referents);
            var (clauseStart, clauseEnd) = sentence.ClauseAt(denial.Index);
            var namedInClause = PeopleIn(sentence, sentence.Referents.Where(r => r.Start >= clauseStart && r.Start < clauseEnd));
            drafts.RemoveAll(d => d.Kind is not (MoveKind.DeclinedOffer or MoveKind.ThreatenedToLeave)
                                  && (d.Sentence == sentence.Index
                                      ? namedInClause.Count == 0 || namedInClause.Contains(d.Person.Id)
                                      : d.Sentence < sentence.Index && d.Sentence >= sentence.Index - 2
                                        && (_layout.SameParagraph(d.Sentence, sentence.Index) || d.Sentence == sentence.Index - 1)
                                        && (named.Count == 0 || named.Contains(d.Person.Id))));
        }
    }

    private HashSet<string> PeopleIn(SentenceReading sentence, IEnumerable<Referent> referents) =>
        referents.Where(r => r.IsPersonLike)
            .Select(r => PersonAt(sentence, r))
            .OfType<EntityRef>().Select(e => e.Id).ToHashSet();

    /// <summary>
    /// A person who "remains at" an organisation has left it in no sentence of the article; and a refusal, a threat or
    /// a job never started near it is made from there ("n'a jamais pris ses fonctions : il est resté chez LightOn"),
    /// so the place stayed at is never where they were going.
    /// </summary>
    private void Stays(List<Draft> drafts)
    {
        foreach (var sentence in _sentences)
        {
            var text = sentence.Text;
            for (var m = _lexicon.Stays.Match(text); m.Success; m = m.NextMatch())
            {
                // "Remains optimistic" says nothing of an employer: only "remains at X" is about one.
                // « L'ha rifiutata per restare in Anthropic »: with no subject of its own, the stay is the one mover's of its sentence.
                var movers = drafts.Where(d => d.Sentence == sentence.Index).Select(d => d.Person).DistinctBy(p => p.Id).ToList();
                var stayer = Stayer(sentence, m.Index) ?? (movers.Count == 1 ? movers[0] : null);
                if (stayer is null || Stayed(sentence, m.Index, m.Index + m.Length) is not { } place) continue;
                drafts.RemoveAll(d => d.Person.Id == stayer.Id && d.Kind is MoveKind.Left or MoveKind.Joined or MoveKind.Returned
                                      && d.From?.Id == place.Id);
                for (var i = 0; i < drafts.Count; i++)
                {
                    var d = drafts[i];
                    if (d.Person.Id != stayer.Id || d.Kind is not (MoveKind.DeclinedOffer or MoveKind.ThreatenedToLeave or MoveKind.NeverStarted)
                        || Math.Abs(d.Sentence - sentence.Index) > 2 || d.From is not null && d.From.Id != place.Id)
                        continue;
                    var stayed = d with { From = place, To = d.To?.Id == place.Id ? null : d.To };
                    drafts[i] = d.Sentence == sentence.Index ? stayed : Borrowed(stayed, sentence.Index);
                }
            }
        }
    }

    /// <summary>The person a "remains at" is about: the subject-like name or reference before it in its clause.</summary>
    private EntityRef? Stayer(SentenceReading sentence, int position)
    {
        var (start, _) = sentence.ClauseAt(position);
        var subject = sentence.Referents.LastOrDefault(r => r.IsPersonLike && r.End <= position && r.Start >= start && !r.Possessive
                                                           && sentence.InsertAt(r.Start) is null);
        return subject is null ? null : PersonAt(sentence, subject);
    }

    /// <summary>Where a person "remains": the organisation right after the verb in Latin script, or right before it in Japanese.</summary>
    private EntityRef? Stayed(SentenceReading sentence, int start, int end)
    {
        var org = _lexicon.VerbFinal
            ? sentence.Organisations.LastOrDefault(o => o.Entity.End <= start && start - o.Entity.End <= 6)
            : sentence.Organisations.FirstOrDefault(o => o.Entity.Start >= end && o.Entity.Start - end <= 12);
        return org?.Resolved;
    }

    /// <summary>
    /// "Deshmukh … will receive a package worth $90 million": a sum in a sentence soon after a move, among words of pay
    /// and not of deals, is the pay of the one person that sentence is about, when that person has one move.
    /// </summary>
    private void AttachPay(List<Draft> drafts)
    {
        foreach (var sentence in _sentences)
        {
            if (sentence.Money.Count != 1) continue;
            var text = sentence.Text;
            if (!_lexicon.PayCue.IsMatch(text) || _lexicon.DealCue.IsMatch(text)) continue;
            if (drafts.Any(d => d.Sentence == sentence.Index && d.Amount is not null)) continue;
            var about = sentence.Referents.Where(r => r.IsPersonLike && !r.Plural)
                .Select(r => PersonAt(sentence, r))
                .OfType<EntityRef>().DistinctBy(e => e.Id).ToList();
            if (about.Count != 1) continue;
            var moves = drafts.Where(d => d.Person.Id == about[0].Id && d.Kind != MoveKind.Appointed
                                          && sentence.Index - d.Sentence is >= 0 and <= PayReach).ToList();
            // One move, though the text may tell it twice (two drafts the end makes one, the first of which speaks for it).
            if (moves.Select(d => Move.KeyOf(d.Person, d.Kind, d.From, d.To)).Distinct(StringComparer.Ordinal).Count() != 1 || moves.Any(d => d.Amount is not null)) continue;
            var first = moves.OrderBy(d => d.Sentence).ThenBy(d => d.Position).First();
            drafts[drafts.IndexOf(first)] = first with { Amount = sentence.Money[0].Money, Sentences = [.. first.Sentences.Append(sentence.Index).Distinct()] };
        }
    }

    private sealed record Draft(
        EntityRef Person,
        MoveKind Kind,
        EntityRef? From,
        EntityRef? To,
        PartialDate? When,
        Money? Amount,
        int Sentence,
        int Position,
        IReadOnlyList<int> Sentences,
        IReadOnlySet<InferenceReason> Reasons,
        bool BorrowsOrganisation = true)
    {
        /// <summary>Where the clause of the draft's trigger starts in its sentence.</summary>
        public int Clause { get; init; }

        /// <summary>Its clause says the move repeats one before: "also", « aussi », "anche", "も".</summary>
        public bool Also { get; init; }

        /// <summary><see cref="When"/> is the dateline's, the date of the report rather than of the move.</summary>
        public bool DatedByReport { get; init; }
    }
}
