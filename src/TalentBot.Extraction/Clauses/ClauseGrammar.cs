using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>Who a move phrase says moved, as the sentence names them; the discourse resolves what refers back.</summary>
/// <param name="Referents">The subject (or object) and every name listed with it; empty when it names nobody.</param>
/// <param name="Dropped">The sentence leaves the subject out: it is whoever the text is about.</param>
/// <param name="Blocked">The subject names no one to move (a group, an organisation, something owned): no mover, not even a dropped one.</param>
/// <param name="Hirer">For a hiring verb, who hires.</param>
internal sealed record MoverPhrase(IReadOnlyList<Referent> Referents, bool Dropped, bool Blocked, Referent? Hirer)
{
    public static MoverPhrase None { get; } = new([], false, true, null);
}

/// <summary>
/// How a language marks who did what: by word order and prepositions (English, French, Italian) or by particles after
/// a verb-final clause (Japanese). Each reads, in one sentence, the mover of a move phrase and the part each
/// organisation plays. Built from a lexicon; immutable and safe to share.
/// </summary>
internal abstract partial class ClauseGrammar(Lexicon lexicon)
{
    private static readonly Lazy<ClauseGrammar>[] Grammars =
        Enum.GetValues<Language>().Select(l => new Lazy<ClauseGrammar>(() => Create(Lexicon.For(l)))).ToArray();

    protected Lexicon Lexicon { get; } = lexicon;

    public static ClauseGrammar For(Lexicon lexicon) => Grammars[(int)lexicon.Language].Value;

    private static ClauseGrammar Create(Lexicon lexicon) => lexicon.VerbFinal ? new ParticleGrammar(lexicon) : new WordOrderGrammar(lexicon);

    public abstract MoverPhrase MoversOf(SentenceReading sentence, TriggerHit trigger);

    /// <summary>Fills <see cref="SentenceReading.Organisations"/>: each organisation with its move phrase and part.</summary>
    public void PlaceOrganisations(SentenceReading sentence)
    {
        foreach (var org in sentence.Referents)
        {
            if (!org.IsOrganisationLike) continue;
            var insert = sentence.InsertAt(org.Start);
            // "Ana Ruiz, a researcher at OpenAI, left": an organisation in a description is where its person works,
            // unless the description has a move of its own ("a researcher who left OpenAI for xAI in April").
            var described = insert is { Kind: InsertKind.Appositive } && !sentence.Triggers.Any(t => insert.Contains(t.Start)) ? insert.Head : null;
            var (slot, person) = SlotOf(sentence, org, described);
            var trigger = slot is Slot.Role or Slot.Former or Slot.Tenure or Slot.From && person is not null ? null : OwnerOf(sentence, org);
            if (trigger is not null && (slot == Slot.None || person is null && GovernedDirectly(sentence, org, trigger))) slot = UnmarkedSlot(sentence, org, trigger);
            // "è stato sottratto da Meta", "was poached by Meta": right after a passive, the agent hires.
            if (trigger is { Rule.PassiveAgent: true } && slot == Slot.From && IsAgentOf(sentence, org, trigger)) slot = Slot.By;
            // "Chez Mistral AI, le départ de X", "At Apple, she resigned": where a departure happens, said before it, is
            // what is left; "left for a package at Meta" goes to Meta.
            if (trigger is { Kind: MoveKind.Left } && slot == Slot.At)
                slot = org.End <= trigger.Start ? Slot.From : Lexicon.DestinationBetween?.IsMatch(sentence.Text[trigger.End..org.Start]) == true ? Slot.To : Slot.At;
            // "non ha mai iniziato presso Meta e rimarrà a Google DeepMind": where one stays is where one was.
            if (trigger is { Kind: MoveKind.NeverStarted } && StaysAt(sentence, org)) slot = Slot.From;
            sentence.Organisations.Add(new PlacedOrganisation(org, trigger, slot, person, slot != Slot.None) { Resolved = org.Entity });
        }
    }

    /// <summary>Whether an organisation is the place of a "remains at": after the verb in Latin script, before it in Japanese.</summary>
    private bool StaysAt(SentenceReading sentence, Referent org)
    {
        if (Lexicon.VerbFinal) return Lexicon.Stays.Match(EntityRecogniser.After(sentence.Text, org.End)) is { Success: true, Index: 0 };
        var before = EntityRecogniser.Before(sentence.Text, org.Start).TrimEnd();
        for (var m = Lexicon.Stays.Match(before); m.Success; m = m.NextMatch())
        {
            if (m.Index + m.Length == before.Length) return true;
        }
        return false;
    }

    /// <summary>The part an organisation plays by the words around it, and the person it describes if it describes one.</summary>
    protected abstract (Slot Slot, Referent? Person) SlotOf(SentenceReading sentence, Referent org, Referent? described);

    /// <summary>
    /// "entrare a far parte di Meta", "rejoint Meta", "OpenAI退社": the move phrase itself ends in what governs the
    /// organisation, so what the words before it would say of the organisation is already said.
    /// </summary>
    protected abstract bool GovernedDirectly(SentenceReading sentence, Referent org, TriggerHit trigger);

    /// <summary>Whether an organisation follows a passive verb closely enough to be its agent.</summary>
    protected virtual bool IsAgentOf(SentenceReading sentence, Referent org, TriggerHit trigger) =>
        trigger.End <= org.Start && org.Start - trigger.End <= AgentReach;

    /// <summary>"poached by Meta", "assunto da Meta": how far after the verb its agent stands, with its preposition.</summary>
    private const int AgentReach = 8;

    /// <summary>The part of an organisation no word marks, given the move phrase it belongs to.</summary>
    protected abstract Slot UnmarkedSlot(SentenceReading sentence, Referent org, TriggerHit trigger);

    /// <summary>The move phrase an organisation belongs to: one of its own clause and level, nearest in the reading direction.</summary>
    protected TriggerHit? OwnerOf(SentenceReading sentence, Referent org)
    {
        var clause = sentence.ClauseAt(org.Start);
        var own = sentence.Triggers.Where(t => sentence.ClauseAt(t.Start) == clause && sentence.SameLevel(t.Start, org.Start)).ToList();
        if (own.Count == 0) own = sentence.Triggers.Where(t => sentence.SameLevel(t.Start, org.Start)).ToList();
        var before = own.LastOrDefault(t => t.End <= org.Start);
        var after = own.FirstOrDefault(t => t.Start >= org.End);
        // A Japanese case particle ties its organisation to a verb after it: in "田中氏の移籍は、アップルの研究部門からの頭脳流出を
        // 示す" Apple is where an outflow comes from, not what the move before it joins.
        if (Lexicon.VerbFinal) return after ?? (MarkedForAVerb(EntityRecogniser.After(sentence.Text, org.End)) ? null : before);
        return before ?? after;
    }

    private bool MarkedForAVerb(string after) => Lexicon.SlotAfter?.IsMatch(after) == true || Lexicon.UnitAfter?.IsMatch(after) == true;

    /// <summary>Where an organisation in <paramref name="slot"/> goes in a move of <paramref name="kind"/>: To, From or neither.</summary>
    public static bool? IsDestination(MoveKind kind, Slot slot)
    {
        var departure = IsDeparture(kind);
        return slot switch
        {
            Slot.Offer => kind == MoveKind.DeclinedOffer ? true : null,
            Slot.Object => !departure,
            Slot.From => kind == MoveKind.DeclinedOffer ? null : false,
            Slot.To => true,
            // "threatened to leave for a job at OpenAI": where a threat would go; "Chez Mistral AI, le départ de X": where one left.
            Slot.At => kind == MoveKind.ThreatenedToLeave ? true : departure ? null : true,
            Slot.By or Slot.Subject => departure ? null : true,
            Slot.Former => null,
            Slot.Tenure => kind is MoveKind.Left or MoveKind.ThreatenedToLeave ? false : null,
            Slot.Role => kind == MoveKind.Appointed ? true : null,
            // Nothing marks the part: a guess, which precision leaves unmade.
            _ => null,
        };
    }

    /// <summary>Whether a kind of move treats an unlabelled organisation as where the person was (true) or went (false).</summary>
    public static bool IsDeparture(MoveKind kind) => kind is MoveKind.Left or MoveKind.ThreatenedToLeave;

    /// <summary>The first names a sentence lists together ("Barret Zoph et Luke Zettlemoyer …"), or none.</summary>
    public IReadOnlyList<EntityRef> Listed(SentenceReading sentence)
    {
        for (var k = 0; k < sentence.Referents.Count; k++)
        {
            if (sentence.Referents[k].Kind != ReferentKind.Person || sentence.InsertAt(sentence.Referents[k].Start) is not null) continue;
            var group = Group(sentence, sentence.Referents, k, backwards: false);
            if (group.Count >= 2) return group.Where(r => r.Entity is not null).Select(r => r.Entity!).DistinctBy(e => e.Id).ToList();
        }
        return [];
    }

    /// <summary>"A, B and C": the names listed with the one at <paramref name="index"/>, in text order.</summary>
    protected List<Referent> Group(SentenceReading sentence, IReadOnlyList<Referent> referents, int index, bool backwards)
    {
        var group = new List<Referent> { referents[index] };
        var edge = referents[index];
        var level = sentence.InsertAt(edge.Start);
        var step = backwards ? -1 : 1;
        for (var k = index + step; k >= 0 && k < referents.Count; k += step)
        {
            var other = referents[k];
            if (other.Kind == ReferentKind.Pronoun && other.Possessive) continue; // "and her colleague Li Wei"
            if (sentence.InsertAt(other.Start) != level) continue; // "A (OpenAI), B (Google)"
            if (IsTitle(sentence, referents, k)) continue; // "et le scientifique Rishabh Agarwal": the title of the next name
            if (!other.IsPersonLike || other.Kind != edge.Kind && other.Kind != ReferentKind.Person) break;
            // "A (OpenAI), B (Google) and C": an aside beside each name is no break in the list; nor is a title before
            // the next name ("Ethan Knight, l'ancien chercheur d'OpenAI Avi Verma et le scientifique Rishabh Agarwal").
            var (first, second) = backwards ? (other, edge) : (edge, other);
            var gap = Outside(sentence, first.End, second.Start);
            var listed = gap.Length <= 40 && Lexicon.Coordination.IsMatch(gap) || IsTitledListItem(sentence, first, second, gap);
            if (!listed) break;
            group.Add(other);
            edge = other;
        }
        if (backwards) group.Reverse();
        return group;
    }

    /// <summary>The text between two positions with the sentence's inserts taken out.</summary>
    protected static string Outside(SentenceReading s, int start, int end)
    {
        if (end <= start) return "";
        var inserts = s.Inserts.Where(i => i.Start >= start && i.End <= end).OrderBy(i => i.Start).ToList();
        if (inserts.Count == 0) return s.Text[start..end];
        var parts = new System.Text.StringBuilder();
        var at = start;
        foreach (var insert in inserts)
        {
            if (insert.Start < at) continue;
            parts.Append(s.Text, at, insert.Start - at).Append(' ');
            at = insert.End;
        }
        return parts.Append(s.Text, at, end - at).ToString();
    }

    /// <summary>A list item with a title before its name: a conjunction, then a few words with no verb of saying or moving.</summary>
    private bool IsTitledListItem(SentenceReading sentence, Referent first, Referent second, string gap) =>
        gap.Length <= 70 && Lexicon.CoordinationStart.Match(gap) is { Success: true } start
        && gap[start.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6
        && !Lexicon.SpeechVerb.IsMatch(gap) && !Lexicon.ClauseBreak.IsMatch(gap)
        && !sentence.Triggers.Any(t => t.Start >= first.End && t.End <= second.Start);

    /// <summary>
    /// Part of the title of the name right after it: "le scientifique de recherche Rishabh Agarwal", "l'ancien
    /// chercheur d'OpenAI Avi Verma". A title starts with a description and runs, unbroken by punctuation, to the name.
    /// </summary>
    private static bool IsTitle(SentenceReading sentence, IReadOnlyList<Referent> referents, int k)
    {
        static bool InTitle(Referent r) => r.Kind is ReferentKind.Description or ReferentKind.Organisation;
        bool Joined(int a, int b)
        {
            var between = sentence.Text[referents[a].End..referents[b].Start];
            return between.Length <= 50 && between.IndexOfAny([',', ';', ':', '、', '(', '（']) < 0;
        }

        if (!InTitle(referents[k])) return false;
        var last = k;
        while (last + 1 < referents.Count && InTitle(referents[last + 1]) && Joined(last, last + 1)) last++;
        if (last + 1 >= referents.Count || referents[last + 1].Kind != ReferentKind.Person || !Joined(last, last + 1)) return false;
        var first = k;
        while (first > 0 && InTitle(referents[first - 1]) && Joined(first - 1, first)) first--;
        return referents[first].Kind == ReferentKind.Description;
    }

    /// <summary>
    /// The first referent that starts at or after <paramref name="position"/>. Not the one after
    /// <see cref="LastBefore"/>: a name read across the position (title case reads "Welcomes Back Researcher" as one)
    /// ends after it but starts before.
    /// </summary>
    protected static int FirstFrom(IReadOnlyList<Referent> referents, int position)
    {
        var k = 0;
        while (k < referents.Count && referents[k].Start < position) k++;
        return k;
    }

    protected static int LastBefore(IReadOnlyList<Referent> referents, int position)
    {
        var k = referents.Count - 1;
        while (k >= 0 && referents[k].End > position) k--;
        return k;
    }
}

/// <summary>Subject before the verb, objects after it, prepositions for everything else: English, French, Italian.</summary>
internal sealed partial class WordOrderGrammar(Lexicon lexicon) : ClauseGrammar(lexicon)
{
    /// <summary>How far past a hiring verb its object may stand: "hired, after months of talks, Ana Ruiz".</summary>
    private const int ObjectReach = 100;

    /// <summary>How far from a person a role phrase may name their organisation: "Ana Ruiz, who heads research at OpenAI".</summary>
    private const int RoleReach = 50;

    /// <summary>How far past its verb an inverted subject may stand: "Lascia OpenAI anche Marco Neri".</summary>
    private const int InvertedReach = 50;

    [GeneratedRegex(@"^\s*(?:'s|’s)\s*")]
    private static partial Regex PossessiveAfter();

    [GeneratedRegex(@"^\s*(?:'s|’s)?\s*(?:[\p{Ll}-]+\s+){0,3}$")]
    private static partial Regex OwnedNounGap();

    [GeneratedRegex(@"^\s*(?:'s|’s)?\s*(?:\p{L}[\p{L}-]*\s+){1,3}(?:(?:has|have|had|is|are|was|were|will|would|also|then)\s+)*$")]
    private static partial Regex OwnedSubject();

    [GeneratedRegex(@"^\s*(?:,\s*)?(?::|—|–|-|\()")]
    private static partial Regex ListOpener();

    [GeneratedRegex(@"^\s*(?:the|its|their|his|her|rival|le|la|les|il|lo|gli|l['’]|sa|son|ses|suo|sua)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectGap();

    public override MoverPhrase MoversOf(SentenceReading sentence, TriggerHit trigger)
    {
        if (trigger.Rule.Side == MoverSide.After && !trigger.Rule.PassiveAgent)
        {
            var hirer = SubjectOf(sentence, trigger, 0);
            return ObjectOf(sentence, trigger) with { Hirer = hirer.Referents.FirstOrDefault(r => r.IsOrganisationLike) };
        }
        return SubjectOf(sentence, trigger, 0);
    }

    private MoverPhrase SubjectOf(SentenceReading s, TriggerHit trigger, int depth)
    {
        var insert = s.InsertAt(trigger.Start);
        // "X, who joined Meta in May, …": a relative clause is about the name before it; so is one inside a
        // description ("Aisha Rahimi, a researcher who left DeepMind in April, …").
        if (insert is { Kind: InsertKind.Relative, Head: { } head }) return Found(s, head);
        if (insert is { Kind: InsertKind.Appositive, Head: { } described }
            && !s.Referents.Any(r => r.IsPersonLike && insert.Contains(r.Start) && r.End <= trigger.Start))
            return Found(s, described);
        var (clauseStart, _) = s.ClauseAt(trigger.Start);
        var floor = insert is not null && insert.Start > clauseStart ? insert.Start : clauseStart;
        var referents = s.Referents;
        for (var k = LastBefore(referents, trigger.Start); k >= 0; k--)
        {
            var r = referents[k];
            if (r.Start < floor) break;
            if (s.InsertAt(r.Start) != insert) continue;
            var gap = Outside(s, r.End, trigger.Start);
            if (Lexicon.SpeechVerb.Match(gap) is { Success: true } speech)
            {
                // "Ndiaye affirme avoir rejoint…": a move right after a verb of saying, with nothing that could be its own
                // subject between, is the speaker's; "Altman said Ruiz left" has found Ruiz before reaching here.
                if (r.IsPersonLike && !r.Possessive && IsInfinitival(gap[(speech.Index + speech.Length)..])) return Found(s, r, k);
                break;
            }
            if (Lexicon.PrepositionBefore.IsMatch(EntityRecogniser.Before(s.Text, r.Start))) continue;
            var owns = PossessiveAfter().Match(EntityRecogniser.After(s.Text, r.End));
            if (owns.Success || r.Possessive)
            {
                // "Ana Ruiz's departure", "her exit": the owner of the move noun is its subject; the owner of anything
                // else ("Zuckerberg's recruits left", "her team left") is not.
                if (OwnedNounGap().IsMatch(s.Text[r.End..trigger.Start])) return Found(s, r);
                if (r.IsOrganisationLike) continue; // "Meta's Ana Ruiz": the organisation describes the name after it.
                // "joined Elon Musk's xAI and finally moved to Meta": the owner of an organisation is part of its name.
                if (owns.Success && s.Referents.Any(o => o.IsOrganisationLike && o.Start == r.End + owns.Length)) continue;
                // "her team left": the subject is what she owns; "worked at Google early in his career, then joined": a
                // possessive further back is no part of the subject.
                if (OwnedSubject().IsMatch(s.Text[r.End..trigger.Start])) return MoverPhrase.None;
                continue;
            }
            if (r.IsOrganisationLike && NextIsPerson(s, k)) continue; // "OpenAI researcher Ana Ruiz"
            // "are leaving the fledgling AI lab and rejoining OpenAI": what an earlier verb governs is no subject of this one.
            if (r.IsOrganisationLike && s.Triggers.Any(t => t != trigger && t.End <= r.Start && t.Start >= floor && s.SameLevel(t.Start, r.Start))) continue;
            // "Three researchers left OpenAI for Anthropic: A, B and C": a group subject names its members after a colon.
            if (r.Kind == ReferentKind.Group && MembersAfterColon(s, trigger) is { } members) return members;
            if (r.Kind == ReferentKind.Group || r.IsOrganisationLike) return new MoverPhrase([r], false, true, null);
            return Found(s, r, k);
        }
        // "X left Google and joined Meta", "X joined Meta in 2020 but left last year": one subject, two predicates.
        var earlier = s.Triggers.LastOrDefault(t => t.End <= trigger.Start && s.SameLevel(t.Start, trigger.Start) && t != trigger);
        if (earlier is not null && depth < 4 && !HasSubjectBetween(s, earlier, trigger))
        {
            var shared = earlier.Rule.Side == MoverSide.After && !earlier.Rule.PassiveAgent ? null : SubjectOf(s, earlier, depth + 1);
            if (shared is { Referents.Count: > 0 } or { Dropped: true }) return shared;
        }
        // Quoted words are the speaker's: "“I'm leaving,” she said" names no mover the article can read.
        if (insert is { Kind: InsertKind.Quote }) return MoverPhrase.None;
        // "Avi Verma ha completato l'onboarding in Meta, ma non ha mai iniziato": a later clause with no subject of its
        // own has the sentence's.
        if (insert is null && clauseStart > 0 && FirstSubject(s, clauseStart) is { } first) return Found(s, first);
        if (Lexicon.InvertedSubjects && Inverted(s, trigger) is { } inverted) return inverted;
        if (Fronted(s, trigger) is { } fronted) return fronted;
        var nothingBefore = !referents.Any(r => r.End <= trigger.Start && s.InsertAt(r.Start) == insert && r.Start >= floor)
                            && Lexicon.NounSubjectBefore?.IsMatch(WithoutDates(s, Outside(s, floor, trigger.Start))) != true;
        return new MoverPhrase([], Lexicon.ProDrop && nothingBefore, !Lexicon.ProDrop || !nothingBefore, null);
    }

    /// <summary>"La settimana scorsa è passata a OpenAI": a time phrase before the verb is no noun subject.</summary>
    private static string WithoutDates(SentenceReading s, string text)
    {
        foreach (var date in s.Dates)
            text = text.Replace(s.Text.Substring(date.Start, date.Length), " ", StringComparison.Ordinal);
        return text;
    }

    private MoverPhrase Found(SentenceReading s, Referent r, int? index = null)
    {
        if (r.Kind == ReferentKind.Group || r.IsOrganisationLike) return new MoverPhrase([r], false, true, null);
        var k = index ?? s.Referents.ToList().IndexOf(r);
        return new MoverPhrase(Group(s, s.Referents, k, backwards: true), false, false, null);
    }

    /// <summary>What joins a verb of saying to an infinitive or participle it governs: "affirme avoir", "said to have", "dice di".</summary>
    private bool IsInfinitival(string between) => Lexicon.SpeechComplement?.IsMatch(between) == true;

    /// <summary>The first name of a sentence, before a position, that stands as a subject: in no insert, after no preposition.</summary>
    private Referent? FirstSubject(SentenceReading s, int before)
    {
        foreach (var r in s.Referents)
        {
            if (r.Start >= before) break;
            if (s.InsertAt(r.Start) is not null || r.Possessive || Lexicon.PrepositionBefore.IsMatch(EntityRecogniser.Before(s.Text, r.Start))) continue;
            return r.Kind is ReferentKind.Person or ReferentKind.Description || r.Kind == ReferentKind.Pronoun && !r.Plural ? r : null;
        }
        return null;
    }

    /// <summary>Whether a name stands, outside any insert, between two move phrases: then the second has its own subject.</summary>
    private static bool HasSubjectBetween(SentenceReading s, TriggerHit first, TriggerHit second) =>
        s.Referents.Any(r => r.Start >= first.End && r.End <= second.Start && r.IsPersonLike && s.SameLevel(r.Start, second.Start)
                             && !r.Possessive);

    /// <summary>Italian and French put the subject after the verb: "Lascia OpenAI anche Marco Neri", "Rejoignent Meta : A et B".</summary>
    private MoverPhrase? Inverted(SentenceReading s, TriggerHit trigger)
    {
        var referents = s.Referents;
        var (clauseStart, _) = s.ClauseAt(trigger.Start);
        if (referents.Any(r => r.IsPersonLike && r.Start >= clauseStart && r.End <= trigger.Start)) return null;
        for (var k = FirstFrom(referents, trigger.End); k < referents.Count; k++)
        {
            var r = referents[k];
            if (r.Start - trigger.End > InvertedReach) break;
            if (!r.IsPersonLike || r.Kind == ReferentKind.Pronoun) continue;
            if (Lexicon.PrepositionBefore.IsMatch(EntityRecogniser.Before(s.Text, r.Start))) continue; // "l'équipe de Sam Altman"
            var gap = s.Text[trigger.End..r.Start];
            if (gap.Contains(',') && !gap.TrimEnd().EndsWith(':')) break;
            return new MoverPhrase(Group(s, referents, k, backwards: false), false, false, null);
        }
        return null;
    }

    /// <summary>"Poached by xAI last spring, Ana Ruiz now leads…", "After leaving Google, she…": the subject follows the comma.</summary>
    private MoverPhrase? Fronted(SentenceReading s, TriggerHit trigger)
    {
        var comma = s.Text.IndexOf(',', trigger.End);
        var (clauseStart, _) = s.ClauseAt(trigger.Start);
        if (comma < 0 || s.Referents.Any(r => r.Start >= clauseStart && r.End <= trigger.Start && r.IsPersonLike)) return null;
        var k = FirstFrom(s.Referents, comma);
        while (k < s.Referents.Count && s.InsertAt(s.Referents[k].Start) is not null) k++;
        if (k >= s.Referents.Count || !s.Referents[k].IsPersonLike) return null;
        // Only a subject that starts its clause: "…, Ana Ruiz led", not "…, the team hired Ana Ruiz".
        if (!string.IsNullOrWhiteSpace(s.Text[(comma + 1)..s.Referents[k].Start]) && !ObjectGap().IsMatch(s.Text[(comma + 1)..s.Referents[k].Start])) return null;
        return new MoverPhrase(Group(s, s.Referents, k, backwards: false), false, false, null);
    }

    private MoverPhrase ObjectOf(SentenceReading s, TriggerHit trigger)
    {
        var referents = s.Referents;
        var (_, clauseEnd) = s.ClauseAt(trigger.Start);
        for (var k = FirstFrom(referents, trigger.End); k < referents.Count; k++)
        {
            var r = referents[k];
            if (r.Start >= clauseEnd || r.Start - trigger.End > ObjectReach) break;
            if (s.InsertAt(r.Start) is { Kind: InsertKind.Relative or InsertKind.Appositive }) continue;
            if (r.IsOrganisationLike)
            {
                // "hired OpenAI's Ana Ruiz", "hired Google researcher Ana Ruiz", "poached from OpenAI Ana Ruiz".
                if (PossessiveAfter().IsMatch(EntityRecogniser.After(s.Text, r.End)) || NextIsPerson(s, k)
                    || Lexicon.PrepositionBefore.IsMatch(EntityRecogniser.Before(s.Text, r.Start)))
                    continue;
                break;
            }
            if (r.Kind == ReferentKind.Group)
            {
                // "hired three researchers: A, B and C" names its group; "hired 20 engineers" does not.
                if (ListOpener().IsMatch(ToListOpener(EntityRecogniser.After(s.Text, r.End)))) continue;
                return new MoverPhrase([r], false, true, null);
            }
            if (r.Kind == ReferentKind.Pronoun && r.Possessive) continue;
            // "a recruiting drive overseen by Mark Zuckerberg": a name after a preposition is no one hired, unless the
            // preposition is the move phrase's own (« a fait appel à Karim Haddou »).
            if (!string.IsNullOrWhiteSpace(s.Text[trigger.End..r.Start]) && Lexicon.PrepositionBefore.IsMatch(EntityRecogniser.Before(s.Text, r.Start))) break;
            // "recluta da Microsoft la nuova chief scientist, Esposito passa a Mistral": past a comma, a name its own
            // move phrase follows starts a clause of its own; it is not the one hired.
            if (s.Text.AsSpan(trigger.End, r.Start - trigger.End).Contains(',') && StartsOwnMove(s, r, trigger)) break;
            return new MoverPhrase(Group(s, referents, k, backwards: false), false, false, null);
        }
        return MoverPhrase.None;
    }

    private static bool StartsOwnMove(SentenceReading s, Referent name, TriggerHit trigger) =>
        s.Triggers.Any(t => t != trigger && t.Start >= name.End && string.IsNullOrWhiteSpace(s.Text[name.End..t.Start]));

    /// <summary>The names listed right after the first colon that follows a move phrase, in the same clause level.</summary>
    private MoverPhrase? MembersAfterColon(SentenceReading s, TriggerHit trigger)
    {
        var colon = s.Text.IndexOf(':', trigger.End);
        if (colon < 0 || s.InsertAt(colon) != s.InsertAt(trigger.Start)) return null;
        var k = 0;
        while (k < s.Referents.Count && s.Referents[k].Start < colon) k++;
        if (k >= s.Referents.Count || s.Referents[k].Kind != ReferentKind.Person || s.Text[(colon + 1)..s.Referents[k].Start].Trim().Length > 0) return null;
        return new MoverPhrase(Group(s, s.Referents, k, backwards: false), false, false, null);
    }

    /// <summary>"researchers to its safety team this month: A, B": what follows a group up to a colon that opens its list.</summary>
    private static string ToListOpener(string after)
    {
        var colon = after.IndexOf(':');
        return colon > 0 && colon <= 80 && after.IndexOfAny(['.', ';', ',']) is var stop && (stop < 0 || stop > colon) ? after[colon..] : after;
    }

    /// <summary>An organisation right before a person's name, with at most role words between: "OpenAI researcher Ana Ruiz".</summary>
    private bool NextIsPerson(SentenceReading s, int k) =>
        k + 1 < s.Referents.Count && s.Referents[k + 1].Kind == ReferentKind.Person && DescribesNext(s, s.Referents[k], s.Referents[k + 1]);

    /// <summary>"OpenAI's Ana Ruiz", "OpenAI researcher Ana Ruiz", "Apple hardware engineer Mei-Ling Hsu": the organisation describes the person.</summary>
    private bool DescribesNext(SentenceReading s, Referent org, Referent person)
    {
        var gap = s.Text[org.End..person.Start];
        if (gap.Length > 40 || gap.Contains(',')) return false;
        return PossessiveAfter().IsMatch(gap) && OwnedNounGap().IsMatch(gap)
               || Lexicon.RoleAfter?.IsMatch(gap) == true && Lexicon.PersonRoleBefore.IsMatch(s.Text[..person.Start]);
    }

    protected override (Slot Slot, Referent? Person) SlotOf(SentenceReading s, Referent org, Referent? described)
    {
        var before = EntityRecogniser.Before(s.Text, org.Start);
        var after = EntityRecogniser.After(s.Text, org.End);
        if (Lexicon.OfferNounAfter?.IsMatch(after) == true || Lexicon.OfferNounBefore?.IsMatch(before) == true) return (Slot.Offer, null);
        // "joined the product team at Anthropic", "a rejoint l'équipe produit d'Anthropic": the unit stands for its
        // organisation, in whatever part the words before the unit give it ("formerly based at the London office of OpenAI").
        if (Lexicon.UnitBefore?.Match(before) is { Success: true } unit)
            return Lexicon.FormerBefore.IsMatch(before[..unit.Index]) ? (Slot.Former, described ?? NearestPerson(s, org)) : (Slot.Object, null);
        if (Lexicon.OriginBefore?.IsMatch(before) == true || Lexicon.StintBefore?.IsMatch(before) == true) return (Slot.From, described);
        var next = s.Referents.FirstOrDefault(r => r.Start >= org.End);
        // "OpenAI's Ana Ruiz", "OpenAI researcher Ana Ruiz": the organisation is where the person after it works.
        if (next is { Kind: ReferentKind.Person } && DescribesNext(s, org, next))
            return (Lexicon.FormerBefore.IsMatch(before) ? Slot.Former : Slot.Role, next);
        if (Lexicon.FormerBefore.IsMatch(before) || Lexicon.FormerAfter?.IsMatch(after) == true) return (Slot.Former, described ?? NearestPerson(s, org));
        if (Lexicon.TenureBefore?.IsMatch(before) == true) return (Slot.Tenure, described ?? NearestPerson(s, org));
        if (RoleBeforeWithoutMove(s, org, before) || Lexicon.RoleAfter?.IsMatch(after) == true)
            return (Slot.Role, described ?? NearestPerson(s, org));
        if (described is not null) return (Slot.Role, described);
        if (s.InsertAt(org.Start) is { Kind: InsertKind.Aside } aside && PersonRightBefore(s, aside.Start) is { } affiliated)
            return (Slot.Role, affiliated);
        if (Lexicon.SlotBefore.Match(before) is { Success: true } cue)
        {
            var slot = Lexicon.SlotOfWord(cue.Groups["w"].Value);
            if (slot != Slot.None) return (slot, null);
        }
        return (Slot.None, null);
    }

    /// <summary>"ricercatore presso Meta" is a role; "il ricercatore è entrato in Meta" is a move, whose verb stands between.</summary>
    private bool RoleBeforeWithoutMove(SentenceReading s, Referent org, string before)
    {
        if (Lexicon.RoleBefore?.Match(before) is not { Success: true } role) return false;
        var start = org.Start - before.Length + role.Index;
        return !s.Triggers.Any(t => t.Start >= start && t.End <= org.Start);
    }

    protected override bool GovernedDirectly(SentenceReading s, Referent org, TriggerHit trigger)
    {
        if (trigger.Rule.Side != MoverSide.Before || trigger.End > org.Start) return false;
        var gap = WithoutOwners(s, trigger.End, org.Start);
        return ObjectGap().IsMatch(gap) || Lexicon.DescribedObjectGap?.IsMatch(gap) == true;
    }

    /// <summary>
    /// "joined Elon Musk's xAI", "rejoint xAI d'Elon Musk", « a rejoint à son tour Meta »: the text between two positions
    /// without the names that own the organisation or an adverb right after the verb.
    /// </summary>
    private string WithoutOwners(SentenceReading s, int start, int end)
    {
        var owner = s.Referents.FirstOrDefault(r => r.Kind == ReferentKind.Person && r.Start >= start && r.End <= end
                                                   && PossessiveAfter().Match(s.Text[r.End..end]) is { Success: true } p && r.End + p.Length == end);
        var gap = owner is null ? s.Text[start..end] : s.Text[start..owner.Start];
        return Lexicon.AdverbAfterVerb?.Match(gap) is { Success: true } adverb ? gap[adverb.Length..] : gap;
    }

    protected override Slot UnmarkedSlot(SentenceReading s, Referent org, TriggerHit trigger)
    {
        // Right after the verb comes what is left or joined ("will join design software giant Figma"); right after a
        // hiring verb, the person hired.
        if (trigger.End <= org.Start && (ObjectGap().IsMatch(WithoutOwners(s, trigger.End, org.Start)) || Lexicon.DescribedObjectGap?.IsMatch(s.Text[trigger.End..org.Start]) == true))
            return trigger.Rule.Side == MoverSide.After && !trigger.Rule.PassiveAgent ? Slot.Role : Slot.Object;
        if (trigger.Rule.Side == MoverSide.After && !trigger.Rule.PassiveAgent && org.End <= trigger.Start) return Slot.Subject;
        return Slot.None;
    }

    /// <summary>"Teodor Marinescu (OpenAI)": a name right before a parenthesis that opens with an organisation.</summary>
    private static Referent? PersonRightBefore(SentenceReading s, int position)
    {
        var person = s.People.LastOrDefault(p => p.End <= position);
        return person is not null && s.Text[person.End..position].Trim().Length == 0 ? person : null;
    }

    /// <summary>The person a role phrase describes: the one named (or referred to) nearest it, if near enough to be the same phrase.</summary>
    private static Referent? NearestPerson(SentenceReading s, Referent org)
    {
        // "Outre l'embauche de deux chercheurs de Google, Mistral AI a recruté Ana Ruiz": a leading aside's organisation
        // describes nobody outside it.
        var aside = s.InsertAt(org.Start) is { Kind: InsertKind.Source } source ? source : null;
        var nearest = s.Referents.Where(r => r.IsPersonLike && !r.Possessive && (aside is null || aside.Contains(r.Start))).MinBy(p => Gap(p, org));
        return nearest is not null && Gap(nearest, org) <= RoleReach ? nearest : null;
    }

    private static int Gap(Referent person, Referent org) => person.End <= org.Start ? org.Start - person.End : Math.Max(0, person.Start - org.End);
}

/// <summary>Particles after each noun and the verb last: Japanese.</summary>
internal sealed partial class ParticleGrammar(Lexicon lexicon) : ClauseGrammar(lexicon)
{
    public override MoverPhrase MoversOf(SentenceReading s, TriggerHit trigger)
    {
        var passive = Lexicon.PassiveAfter!.IsMatch(EntityRecogniser.After(s.Text, trigger.End));
        if (trigger.Rule.Side == MoverSide.After && !passive)
        {
            var hirer = Marked(s, trigger, Lexicon.SubjectMarkerAfter!, organisations: true);
            var objects = Marked(s, trigger, Lexicon.ObjectMarkerAfter!, organisations: false);
            var hiringOrganisation = hirer.Referents.FirstOrDefault(r => r.IsOrganisationLike);
            if (objects.Referents.Count > 0 || objects.Blocked) return objects with { Hirer = hiringOrganisation };
            // "採用した田中氏は": a relative clause before its noun; "田中氏の採用": the noun's owner.
            var head = RelativeHead(s, trigger) ?? Possessor(s, trigger);
            return head is null ? new MoverPhrase([], false, true, null) : head with { Hirer = hiringOrganisation };
        }
        if (Cleft(s, trigger) is { } cleft) return cleft;
        // "OpenAIを去った山田氏は": a relative clause before the name it describes.
        if (RelativeHead(s, trigger) is { } relative) return relative;
        var subject = Marked(s, trigger, Lexicon.SubjectMarkerAfter!, organisations: false);
        if (subject.Referents.Count > 0 || subject.Blocked) return subject;
        if (Possessor(s, trigger) is { } owner) return owner;
        // "…と契約したが、初日に現れなかった": a clause with no subject of its own shares the one before it.
        var (clauseStart, _) = s.ClauseAt(trigger.Start);
        if (clauseStart > 0 && s.Triggers.LastOrDefault(t => t.End <= clauseStart) is { } earlier && MoversOf(s, earlier) is { Referents.Count: > 0, Blocked: false } shared
            && earlier.Rule.Side == MoverSide.Before)
            return shared;
        // "同社を離れてアマゾンに移った水野彩花氏": verbs chained in one relative clause share the name it describes.
        if (Chained(s, trigger) is { } next && RelativeHead(s, next) is { } chained) return chained;
        if (s.InsertAt(trigger.Start) is { Kind: InsertKind.Quote }) return MoverPhrase.None;
        var anyBefore = s.Referents.Any(r => r.End <= trigger.Start && r.IsPersonLike && s.InsertAt(r.Start) is null);
        return new MoverPhrase([], !anyBefore, anyBefore, null);
    }

    /// <summary>"加わったのは、A氏（OpenAI）、B氏（Nvidia）の2人": the people a cleft lists right after the verb.</summary>
    private MoverPhrase? Cleft(SentenceReading s, TriggerHit trigger)
    {
        if (Lexicon.CleftAfter?.Match(EntityRecogniser.After(s.Text, trigger.End)) is not { Success: true } cleft) return null;
        var k = FirstFrom(s.Referents, trigger.End);
        if (k >= s.Referents.Count || s.Referents[k].Kind != ReferentKind.Person
            || !string.IsNullOrWhiteSpace(s.Text[(trigger.End + cleft.Length)..s.Referents[k].Start]))
            return null;
        return new MoverPhrase(Group(s, s.Referents, k, backwards: false), false, false, null);
    }

    /// <summary>"田中氏の退社", "ホルム氏の採用": a name that owns the move noun.</summary>
    private MoverPhrase? Possessor(SentenceReading s, TriggerHit trigger)
    {
        var k = LastBefore(s.Referents, trigger.Start);
        while (k >= 0 && (s.Referents[k].IsOrganisationLike || s.InsertAt(s.Referents[k].Start) != s.InsertAt(trigger.Start))) k--;
        if (k < 0 || !s.Referents[k].IsPersonLike || !Lexicon.PossessorGap!.IsMatch(s.Text[s.Referents[k].End..trigger.Start])) return null;
        return new MoverPhrase(Group(s, s.Referents, k, backwards: true), false, false, null);
    }

    /// <summary>The move phrase a connective form leads on to: "離れて…移った".</summary>
    private TriggerHit? Chained(SentenceReading s, TriggerHit trigger)
    {
        var next = s.Triggers.FirstOrDefault(t => t.Start >= trigger.End && s.ClauseAt(t.Start) == s.ClauseAt(trigger.Start));
        if (next is null) return null;
        // The connective closes the first verb; whatever the second governs may follow it ("てアマゾンに").
        return Lexicon.VerbChain!.IsMatch(s.Text[trigger.End..next.Start]) ? next : null;
    }

    /// <summary>The nearest name before the verb, in its sentence, that a particle marks as subject (or object).</summary>
    private MoverPhrase Marked(SentenceReading s, TriggerHit trigger, Regex marker, bool organisations)
    {
        var referents = s.Referents;
        var insert = s.InsertAt(trigger.Start);
        // "一方で…": a clause that breaks with the one before has a subject of its own.
        var (clauseStart, _) = s.ClauseAt(trigger.Start);
        for (var k = LastBefore(referents, trigger.Start); k >= 0; k--)
        {
            var r = referents[k];
            if (r.Start < clauseStart) break;
            if (s.InsertAt(r.Start) != insert) continue;
            // "多くの研究者が": a group of people is found with its particle, and is the subject it marks.
            if (r.Kind == ReferentKind.Group && !organisations && marker == Lexicon.SubjectMarkerAfter) return new MoverPhrase([r], false, true, null);
            if (!marker.IsMatch(EntityRecogniser.After(s.Text, r.End))) continue;
            if (organisations) return r.IsOrganisationLike ? new MoverPhrase([r], false, false, null) : MoverPhrase.None;
            if (r.Kind == ReferentKind.Group || r.IsOrganisationLike) return new MoverPhrase([r], false, true, null);
            return new MoverPhrase(Group(s, referents, k, backwards: true), false, false, null);
        }
        return new MoverPhrase([], false, false, null);
    }

    private MoverPhrase? RelativeHead(SentenceReading s, TriggerHit trigger)
    {
        var k = FirstFrom(s.Referents, trigger.End);
        if (k >= s.Referents.Count) return null;
        var head = s.Referents[k];
        if (!head.IsPersonLike || !s.SameLevel(head.Start, trigger.Start) || !Lexicon.RelativeHeadGap!.IsMatch(s.Text[trigger.End..head.Start])) return null;
        return new MoverPhrase(Group(s, s.Referents, k, backwards: false), false, false, null);
    }

    protected override (Slot Slot, Referent? Person) SlotOf(SentenceReading s, Referent org, Referent? described)
    {
        var before = EntityRecogniser.Before(s.Text, org.Start);
        var after = EntityRecogniser.After(s.Text, org.End);
        // "ザイツェフ氏（OpenAI）、桜井氏（元メタ、直近はMistral AI）": an aside after a name says where that person works or worked.
        if (s.InsertAt(org.Start) is { Kind: InsertKind.Aside } aside && PersonBeforeAside(s, aside) is { } affiliated)
            return (Lexicon.FormerBefore.IsMatch(before) ? Slot.Former : Slot.Role, affiliated);
        if (Lexicon.OfferNounAfter?.IsMatch(after) == true) return (Slot.Offer, null);
        if (Lexicon.StintAfter?.IsMatch(after) == true) return (Slot.From, null);
        if (Lexicon.UnitAfter?.IsMatch(after) == true) return (Slot.Object, null);
        // "Google DeepMindの森田拓海さん": the organisation a name is "of" is where the person works.
        if (FollowingPerson(s, org) is { } owned && Lexicon.PossessorGap!.IsMatch(s.Text[org.End..owned.Start]) && s.Text[org.End..owned.Start].Length <= 2)
            return (Lexicon.FormerBefore.IsMatch(before) ? Slot.Former : Slot.Role, owned);
        if (Lexicon.FormerBefore.IsMatch(before) || Lexicon.FormerAfter?.IsMatch(after) == true) return (Slot.Former, FollowingPerson(s, org));
        if (Lexicon.RoleAfter?.IsMatch(after) == true) return (Slot.Role, FollowingPerson(s, org));
        return Lexicon.SlotAfter?.Match(after) is { Success: true } particle ? (Lexicon.SlotOfWord(particle.Groups["w"].Value), null) : (Slot.None, null);
    }

    /// <summary>The person named (with an honorific, a spelling in brackets) right before an aside.</summary>
    private Referent? PersonBeforeAside(SentenceReading s, Insert aside)
    {
        var person = s.People.LastOrDefault(p => p.End <= aside.Start && s.InsertAt(p.Start) is null);
        if (person is null) return null;
        var gap = Outside(s, person.End, aside.Start).Trim();
        var honorific = Lexicon.PersonCueAfter.Match(gap);
        return gap.Length == (honorific.Success ? honorific.Length : 0) ? person : null;
    }

    /// <summary>"OpenAI退社", "メタ入社", "Metaの入社手続き": an organisation glued to a move noun is what the move leaves or joins.</summary>
    protected override bool GovernedDirectly(SentenceReading s, Referent org, TriggerHit trigger) =>
        org.End <= trigger.Start && trigger.Start - org.End <= 1 && s.Text[org.End..trigger.Start] is "" or "社" or "の";

    protected override Slot UnmarkedSlot(SentenceReading s, Referent org, TriggerHit trigger) =>
        GovernedDirectly(s, org, trigger) ? Slot.Object : Slot.None;

    /// <summary>"OpenAIの研究者、田中氏", "元メタの佐藤氏": the person a role phrase introduces follows it.</summary>
    private static Referent? FollowingPerson(SentenceReading s, Referent org)
    {
        // "グーグルの技術者2人に加え、メタは…氏を採用": a leading aside's organisation describes nobody outside it.
        var aside = s.InsertAt(org.Start) is { Kind: InsertKind.Source } source ? source : null;
        return s.People.FirstOrDefault(p => p.Start >= org.End && p.Start - org.End <= 30 && (aside is null || aside.Contains(p.Start)));
    }
}
