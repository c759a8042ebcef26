using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction;

/// <summary>
/// Assembles moves from analysed sentences: who moved (subject, object, coordinated names, or a pronoun's
/// antecedent), between which organisations, when and for how much. One per article; not shared.
/// </summary>
internal sealed partial class MoveBuilder
{
    private const int ObjectReach = 60;
    private const int InvertedSubjectReach = 40;

    private readonly IReadOnlyList<AnalysedSentence> _sentences;
    private readonly Lexicon _lexicon;
    private readonly EntityRef?[] _antecedent;
    private readonly Dictionary<string, EntityRef>[] _arrivedAt;
    private readonly bool _firstIsHeadline;

    /// <param name="firstIsHeadline">The first sentence is the article's headline, a line of its own.</param>
    public MoveBuilder(IReadOnlyList<AnalysedSentence> sentences, Lexicon lexicon, bool firstIsHeadline)
    {
        _sentences = sentences;
        _lexicon = lexicon;
        _firstIsHeadline = firstIsHeadline;
        _antecedent = new EntityRef?[sentences.Count];
        _arrivedAt = new Dictionary<string, EntityRef>[sentences.Count];
    }

    [GeneratedRegex("^(?:氏|さん)?(?:ら)?を")]
    private static partial Regex JapaneseObjectMarker();

    [GeneratedRegex("^(?:か|さ)?れ")]
    private static partial Regex JapanesePassive();

    /// <summary>A role set off by commas right after a name: "Ana Ruiz, a researcher at OpenAI, left".</summary>
    [GeneratedRegex(@"^\s*,[^,]*,")]
    private static partial Regex LeadingAppositive();

    /// <summary>"Ana Ruiz and many colleagues left": people listed with the mover go with her.</summary>
    [GeneratedRegex(@"^\s*(?:and|with|along|together|et|avec|ainsi|e|ed|con|insieme)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Accompanied();

    /// <summary>"les recrues de Zuckerberg": a name after "of" belongs to whoever the noun before it names.</summary>
    [GeneratedRegex(@"\b(?:of|de|du|d['’]|di|del|della|dello|dei|degli)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex OfBefore();

    public IReadOnlyList<MoveClaim> Build()
    {
        var claims = new List<(int Sentence, int Position, MoveClaim Claim)>();
        for (var i = 0; i < _sentences.Count; i++)
        {
            var sentence = _sentences[i];
            // A sentence that counts heads without naming anyone is a count, not a move; one that names the people is a move.
            var drafts = sentence.IsCountOnly ? [] : Merge(Drafts(i));
            _arrivedAt[i] = drafts.Where(d => d is { Kind: MoveKind.Joined or MoveKind.Returned, To: not null })
                .GroupBy(d => d.Person.Id).ToDictionary(g => g.Key, g => g.Last().To!);
            foreach (var draft in drafts)
            {
                var complete = FromHeadline(FromNeighbour(draft, i));
                if (complete.From is null && complete.To is null) continue;
                claims.Add((i, complete.Position, new MoveClaim(
                    complete.Person, complete.Kind, complete.From, complete.To, complete.When, complete.Amount, complete.Sentences)));
            }
            // A later "he" most likely means whoever moved here, or failing that whoever this sentence is about.
            _antecedent[i] = drafts.LastOrDefault()?.Person ?? sentence.People.FirstOrDefault()?.Ref;
        }
        // "She signed with Meta in April. She never showed up": the signing is the job never started, not a move of its own.
        var neverStarted = claims.Where(c => c.Claim.Kind == MoveKind.NeverStarted && c.Claim.From is not null)
            .Select(c => (c.Claim.Person.Id, c.Claim.From!.Id)).ToHashSet();
        claims.RemoveAll(c => c.Claim is { Kind: MoveKind.Joined, To: { } to } && neverStarted.Contains((c.Claim.Person.Id, to.Id)));
        return claims.OrderBy(c => c.Sentence).ThenBy(c => c.Position).Select(c => c.Claim).ToList();
    }

    private List<Draft> Drafts(int index)
    {
        var sentence = _sentences[index];
        var drafts = new List<Draft>();
        // "Ferri, who joined Anthropic in 2023, said…" is a joining; "X, who joined Meta in May, has left" only says where X left.
        var sceneIsAMove = !sentence.Triggers.Any(t => t.IsAsserted && t.Kind is MoveKind.Left or MoveKind.ThreatenedToLeave);
        foreach (var trigger in sentence.Triggers)
        {
            if (!trigger.IsAsserted && !(trigger.Modality == Modality.Scene && sceneIsAMove)) continue;
            var (from, to) = Organisations(trigger, sentence, o => o.Trigger == trigger);
            // "X tried to hire her; she turned down its offer": the offer comes from the one whose attempt failed.
            if (trigger.Kind == MoveKind.DeclinedOffer && from is null && to is null)
                (from, to) = Organisations(trigger, sentence, o => o.Trigger is { IsAsserted: false });
            // "Recruited by OpenAI in April, he never showed up": the job never started is the one signed for.
            if (trigger.Kind == MoveKind.NeverStarted && from is null) from = SignedWith(sentence);
            if (trigger.Kind == MoveKind.ThreatenedToLeave) (from, to) = WithWhatIsThreatened(sentence, from, to);
            // "X, who joined Meta in May, has left": a departure leaves where the sentence says the person had gone.
            if (trigger.Kind is MoveKind.Left or MoveKind.ThreatenedToLeave && from is null) from = Scene(sentence, to);
            var when = Nearest(DatesOf(sentence, trigger), trigger, sentence, d => d.Start)?.Date;
            var amount = Nearest(sentence.Money, trigger, sentence, m => m.Start)?.Money;
            var figurative = from is null && to is null && HasNonOrganisationObject(sentence, trigger);
            foreach (var person in Movers(index, trigger))
            {
                if (person.Id == from?.Id || person.Id == to?.Id) continue;
                drafts.Add(new Draft(person, trigger.Kind, from, to, when, amount, trigger.Start, [index], BorrowsOrganisation: !figurative)
                    { Clause = sentence.Clauses.ClauseAt(trigger.Start).Start });
            }
        }
        return drafts;
    }

    /// <summary>
    /// The dates a trigger may take: in "X, who started at Orbital in April, resigned on Wednesday" April dates the
    /// joining the scene describes, so a date nearer a scene-setting phrase than to the trigger is the scene's own.
    /// </summary>
    private static List<DateMention> DatesOf(AnalysedSentence sentence, TriggerHit trigger) =>
        trigger.Modality == Modality.Scene
            ? [.. sentence.Dates]
            : sentence.Dates.Where(d => !sentence.Triggers.Any(s => s.Modality == Modality.Scene && Gap(d, s) < Gap(d, trigger))).ToList();

    private static int Gap(DateMention date, TriggerHit trigger) =>
        date.Start + date.Length <= trigger.Start ? trigger.Start - (date.Start + date.Length) : Math.Max(0, date.Start - trigger.End);

    /// <summary>"Leaving many dissatisfied", "leave the door open": a departure whose object is something other than an employer.</summary>
    private bool HasNonOrganisationObject(AnalysedSentence sentence, TriggerHit trigger)
    {
        if (!SlotReader.IsDeparture(trigger.Kind) || _lexicon.NonOrganisationObjectAfter?.Match(sentence.Text[trigger.End..]) is not { Success: true } obj)
            return false;
        var end = trigger.End + obj.Length;
        return !sentence.Organisations.Any(o => o.Entity.Start >= trigger.End && o.Entity.Start < end);
    }

    /// <summary>
    /// A threat takes the organisations of the moves it holds out: "threatened to quit and return to OpenAI" goes to
    /// OpenAI, and "退職して…と脅した" leaves whatever the quitting names.
    /// </summary>
    private static (EntityRef? From, EntityRef? To) WithWhatIsThreatened(AnalysedSentence sentence, EntityRef? from, EntityRef? to)
    {
        foreach (var part in sentence.Triggers)
        {
            if (part.Modality != Modality.PartOfThreat) continue;
            var (partFrom, partTo) = Organisations(part, sentence, o => o.Trigger == part);
            if (SlotReader.IsDeparture(part.Kind)) from ??= partFrom;
            else to ??= partTo;
        }
        if (from is not null && from.Id == to?.Id) from = null;
        return (from, to);
    }

    /// <summary>Where a scene-setting phrase of the sentence says the person already is ("after joining Meta").</summary>
    private static EntityRef? Scene(AnalysedSentence sentence, EntityRef? destination)
    {
        foreach (var scene in sentence.Triggers)
        {
            if (scene.Modality != Modality.Scene) continue;
            if (Organisations(scene, sentence, o => o.Trigger == scene).To is { } current && current.Id != destination?.Id) return current;
        }
        return null;
    }

    /// <summary>Where the sentence says someone signed: the destination of a hiring or joining in it.</summary>
    private static EntityRef? SignedWith(AnalysedSentence sentence)
    {
        PlacedOrganisation? best = null;
        var bestPriority = int.MaxValue;
        foreach (var org in sentence.Organisations)
        {
            if (org.Trigger is not { Kind: MoveKind.Joined }) continue;
            var (isTo, priority) = SlotReader.Map(MoveKind.Joined, org.Slot, org.ByHiringVerb);
            if (isTo == true && priority < bestPriority) (best, bestPriority) = (org, priority);
        }
        return best?.Entity.Ref;
    }

    /// <summary>
    /// Whether a named person before a trigger is its subject. Not when a subject naming nobody stands between them
    /// ("Sam Altman claimed that many researchers left", "Altman氏によると、多くの研究者が退社") or owns the name
    /// ("Zuckerberg's recruits are leaving", "les recrues de Zuckerberg quittent").
    /// </summary>
    private bool IsSubjectOf(AnalysedSentence sentence, FoundEntity person, TriggerHit trigger)
    {
        var gap = sentence.Text[person.End..trigger.Start];
        var appositive = LeadingAppositive().Match(gap);
        if (appositive.Success) gap = gap[appositive.Length..];
        if (!Accompanied().IsMatch(gap) && _lexicon.GenericSubject.IsMatch(gap)) return false;
        if (OfBefore().Match(sentence.Text[..person.Start]) is not { Success: true } of) return true;
        var owner = sentence.Text[..of.Index].TrimEnd();
        return !_lexicon.GenericSubject.IsMatch(owner[(owner.LastIndexOf(' ') + 1)..]);
    }

    private List<EntityRef> Movers(int index, TriggerHit trigger)
    {
        var sentence = _sentences[index];
        var people = sentence.People.Where(p => !Owners.IsOwner(sentence.Text, p.Start, p.End, sentence.Names.Entities)).ToList();
        if (trigger.Rule.Side == MoverSide.After)
        {
            if (_lexicon.VerbFinal)
            {
                if (!JapanesePassive().IsMatch(sentence.Text[trigger.End..]))
                {
                    var objectIndex = people.FindLastIndex(p => p.End <= trigger.Start && JapaneseObjectMarker().IsMatch(sentence.Text[p.End..]));
                    if (objectIndex >= 0) return Group(sentence, people, objectIndex, backwards: true);
                    // "メタが8人の研究者を雇った": the organisation is the one hiring, and names nobody it hired.
                    var lastPerson = people.LastOrDefault(p => p.End <= trigger.Start)?.End ?? 0;
                    if (sentence.Organisations.Any(o => o.Slot == Slot.Subject && o.Entity.Start >= lastPerson && o.Entity.End <= trigger.Start))
                        return [];
                }
            }
            else
            {
                var objectIndex = people.FindIndex(p => p.Start >= trigger.End && p.Start - trigger.End <= ObjectReach);
                return objectIndex >= 0 ? Group(sentence, people, objectIndex, backwards: false) : [];
            }
        }

        var subjectIndex = people.FindLastIndex(p => p.End <= trigger.Start);
        var pronoun = sentence.Names.Pronouns.Where(p => p.Start + p.Length <= trigger.Start).Select(p => p.Start).DefaultIfEmpty(-1).Last();
        if (pronoun >= 0 && (subjectIndex < 0 || pronoun > people[subjectIndex].Start))
            return Resolve(index, pronoun) is { } antecedent ? [antecedent] : [];
        if (subjectIndex >= 0)
            return IsSubjectOf(sentence, people[subjectIndex], trigger) ? Group(sentence, people, subjectIndex, backwards: true) : [];

        // Subject after the verb, as Italian and French put it: "Lascia OpenAI anche Marco Neri"; or after the
        // comma that closes a scene: "After joining Meta, Ana Ruiz led the team".
        var inverted = people.FindIndex(p => p.Start >= trigger.End && p.Start - trigger.End <= InvertedSubjectReach
                                             && (trigger.Modality == Modality.Scene || !sentence.Text[trigger.End..p.Start].Contains(',')));
        if (inverted >= 0 && !_lexicon.VerbFinal) return Group(sentence, people, inverted, backwards: false);
        // "Questi ricercatori che se ne sono andati", "研究者たちは退社した": the subject is there, and names nobody.
        var clauseStart = sentence.Clauses.ClauseAt(trigger.Start).Start;
        if (_lexicon.GenericSubject.IsMatch(sentence.Text[clauseStart..trigger.Start])) return [];
        return _lexicon.ProDrop && Resolve(index, 0) is { } dropped ? [dropped] : [];
    }

    /// <summary>The person at <paramref name="at"/> and every name listed with it ("A, B and C", "AとB").</summary>
    private List<EntityRef> Group(AnalysedSentence sentence, List<FoundEntity> people, int at, bool backwards)
    {
        var group = new List<EntityRef> { people[at].Ref };
        var step = backwards ? -1 : 1;
        for (var k = at + step; k >= 0 && k < people.Count; k += step)
        {
            var (left, right) = backwards ? (people[k], people[k - step]) : (people[k - step], people[k]);
            if (left.End > right.Start || !_lexicon.Coordination.IsMatch(sentence.Text[left.End..right.Start])) break;
            group.Add(people[k].Ref);
        }
        if (backwards) group.Reverse();
        return group.DistinctBy(p => p.Id).ToList();
    }

    /// <summary>A pronoun's person: the last named before it in its sentence, else whom the one or two before were about.</summary>
    private EntityRef? Resolve(int index, int position)
    {
        var earlier = _sentences[index].People.LastOrDefault(p => p.End <= position);
        if (earlier is not null) return earlier.Ref;
        for (var back = 1; back <= 2 && index - back >= 0; back++)
        {
            if (_antecedent[index - back] is { } antecedent) return antecedent;
        }
        return null;
    }

    private static (EntityRef? From, EntityRef? To) Organisations(
        TriggerHit trigger, AnalysedSentence sentence, Func<PlacedOrganisation, bool> belongs)
    {
        PlacedOrganisation? from = null, to = null;
        int fromPriority = int.MaxValue, toPriority = int.MaxValue;
        foreach (var org in sentence.Organisations)
        {
            if (!belongs(org)) continue;
            // Equal slots go to the organisation nearest the verb: "ミストラルの佐藤氏はエヌビディアと契約".
            var (isTo, slotPriority) = SlotReader.Map(trigger.Kind, org.Slot, org.ByHiringVerb);
            var priority = slotPriority * 10_000 + Math.Min(9_999, Distance(org.Entity, trigger));
            if (isTo == true && priority < toPriority) (to, toPriority) = (org, priority);
            if (isTo == false && priority < fromPriority) (from, fromPriority) = (org, priority);
        }
        if (from is not null && to is not null && from.Entity.Ref.Id == to.Entity.Ref.Id)
        {
            if (fromPriority <= toPriority) to = null;
            else from = null;
        }
        return (from?.Entity.Ref, to?.Entity.Ref);
    }

    private static int Distance(FoundEntity entity, TriggerHit trigger) =>
        entity.End <= trigger.Start ? trigger.Start - entity.End : Math.Max(0, entity.Start - trigger.End);

    /// <summary>The item nearest the trigger in its own clause, else nearest in the sentence.</summary>
    private static T? Nearest<T>(IReadOnlyList<T> items, TriggerHit trigger, AnalysedSentence sentence, Func<T, int> startOf)
        where T : class
    {
        if (items.Count == 0) return null;
        var (start, end) = sentence.Clauses.ClauseAt(trigger.Start);
        var inClause = items.Where(i => startOf(i) >= start && startOf(i) < end).ToList();
        var pool = inClause.Count > 0 ? inClause : items;
        return pool.MinBy(i => Math.Abs(startOf(i) - trigger.Start));
    }

    /// <summary>
    /// One claim per person per sentence: "left OpenAI and joined Meta" is one move from OpenAI to Meta, of the
    /// kind stated first. Claims that disagree (two different destinations) stay apart, and a never-started
    /// job absorbs the signing that preceded it.
    /// </summary>
    private static List<Draft> Merge(List<Draft> drafts)
    {
        var result = new List<Draft>();
        foreach (var person in drafts.Select(d => d.Person.Id).Distinct())
        {
            var own = drafts.Where(d => d.Person.Id == person).ToList();
            var neverStarted = own.FindIndex(d => d.Kind == MoveKind.NeverStarted);
            if (neverStarted >= 0)
            {
                var signed = own.Where(d => d.Kind == MoveKind.Joined).ToList();
                var ns = own[neverStarted];
                // Where the person signed is where they never started, whatever else the sentence mentions.
                foreach (var s in signed) ns = ns with { From = s.To ?? ns.From ?? s.From, When = ns.When ?? s.When, Amount = ns.Amount ?? s.Amount };
                own[neverStarted] = ns;
                own.RemoveAll(d => d.Kind == MoveKind.Joined);
            }
            var merged = new List<Draft>();
            foreach (var draft in own)
            {
                var into = IsCareerStep(draft.Kind) ? merged.FindIndex(m => IsCareerStep(m.Kind) && Compatible(m, draft)) : -1;
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
                };
            }
            // "worked at A, then joined B, and finally moved to C": each later step starts where the one before ended.
            for (var k = 1; k < merged.Count; k++)
            {
                var (previous, step) = (merged[k - 1], merged[k]);
                // "… will join A, while … will join B" contrasts two claims; it does not tell one career in steps.
                if (step is { Kind: MoveKind.Joined or MoveKind.Returned, From: null, To: { } to }
                    && previous is { Kind: MoveKind.Joined or MoveKind.Returned, To: { } before } && before.Id != to.Id
                    && step.Clause == previous.Clause)
                    merged[k] = step with { From = before };
            }
            result.AddRange(merged);
        }
        return result.OrderBy(d => d.Position).ToList();
    }

    private static bool IsCareerStep(MoveKind kind) => kind is MoveKind.Left or MoveKind.Joined or MoveKind.Returned or MoveKind.Appointed;

    private static bool Compatible(Draft a, Draft b) =>
        (a.From is null || b.From is null || a.From.Id == b.From.Id) && (a.To is null || b.To is null || a.To.Id == b.To.Id);

    /// <summary>
    /// A move whose main organisation the sentence leaves out ("He joined last week", "arrived from Apple") takes
    /// it from the sentence before, or else after: where a departure left, or where an arrival went. A neighbour's
    /// organisation counts by the part it plays in its own sentence, so "Y left Google" never makes Google a
    /// destination.
    /// </summary>
    private Draft FromNeighbour(Draft draft, int index)
    {
        var wantTo = !SlotReader.IsDeparture(draft.Kind);
        if ((wantTo ? draft.To : draft.From) is not null || !draft.BorrowsOrganisation) return draft;
        // "She joined Meta in June. She threatened to quit": whoever just arrived somewhere would be leaving it.
        if (draft.Kind is MoveKind.Left or MoveKind.ThreatenedToLeave && index > 0
            && _arrivedAt[index - 1].GetValueOrDefault(draft.Person.Id) is { } current && current.Id != draft.To?.Id)
            return draft with { From = current, Sentences = [.. draft.Sentences, index - 1] };
        foreach (var neighbour in (ReadOnlySpan<int>)[index - 1, index + 1])
        {
            // A headline is no neighbour: it sums up the whole article, and speaks for it only as a last resort.
            if (neighbour < 0 || neighbour >= _sentences.Count || (neighbour == 0 && _firstIsHeadline)) continue;
            // "She signed with Meta in April. She never showed up": the job never started is the one signed for.
            if (draft.Kind == MoveKind.NeverStarted && SignedWith(_sentences[neighbour]) is { } signed && signed.Id != draft.Person.Id)
                return draft with { From = signed, Sentences = [.. draft.Sentences, neighbour] };
            PlacedOrganisation? best = null;
            var bestPriority = int.MaxValue;
            foreach (var org in _sentences[neighbour].Organisations)
            {
                if (org.IsCountSource || org.Entity.Ref.Id == draft.From?.Id || org.Entity.Ref.Id == draft.To?.Id) continue;
                if (RoleOfAnotherPerson(_sentences[neighbour], org, draft.Person)) continue;
                var (isTo, priority) = SlotReader.Map(org.Trigger?.Kind ?? draft.Kind, org.Slot, org.ByHiringVerb);
                if (isTo == wantTo && priority < bestPriority) (best, bestPriority) = (org, priority);
            }
            if (best is null || best.Entity.Ref.Id == draft.Person.Id) continue;
            return draft with
            {
                From = wantTo ? draft.From : best.Entity.Ref,
                To = wantTo ? best.Entity.Ref : draft.To,
                Sentences = [.. draft.Sentences, neighbour],
            };
        }
        return draft;
    }

    /// <summary>
    /// "Former Helix researcher Ana Ruiz", "Ana Ruiz, chercheuse chez Helix": an organisation in a role phrase is the
    /// employer of the person the phrase describes, the one named nearest to it, and says nothing about anyone else.
    /// </summary>
    private static bool RoleOfAnotherPerson(AnalysedSentence sentence, PlacedOrganisation org, EntityRef mover)
    {
        if (org.Slot is not (Slot.Former or Slot.Role)) return false;
        var owner = sentence.People.MinBy(p => p.End <= org.Entity.Start ? org.Entity.Start - p.End : Math.Max(0, p.Start - org.Entity.End));
        return owner is not null && owner.Ref.Id != mover.Id;
    }

    /// <summary>
    /// "Orbital's talent exodus … Kai Mendes, Ana Ruiz and Leo Costa all quit": a departure with no organisation
    /// anywhere near it leaves the one the headline is about, when the headline names exactly one.
    /// </summary>
    private Draft FromHeadline(Draft draft)
    {
        if (!_firstIsHeadline || !SlotReader.IsDeparture(draft.Kind) || draft.From is not null || draft.To is not null || !draft.BorrowsOrganisation)
            return draft;
        var named = _sentences[0].Organisations.Select(o => o.Entity.Ref).DistinctBy(o => o.Id).ToList();
        return named.Count == 1 && named[0].Id != draft.Person.Id ? draft with { From = named[0], Sentences = [.. draft.Sentences, 0] } : draft;
    }

    private sealed record Draft(
        EntityRef Person,
        MoveKind Kind,
        EntityRef? From,
        EntityRef? To,
        PartialDate? When,
        Money? Amount,
        int Position,
        IReadOnlyList<int> Sentences,
        bool BorrowsOrganisation = true)
    {
        /// <summary>Where the clause of the draft's trigger starts in its sentence.</summary>
        public int Clause { get; init; }
    }
}
