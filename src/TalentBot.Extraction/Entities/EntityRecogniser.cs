using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>
/// Finds the people and organisations of a whole article. Registry names come first. A name-shaped run is a person
/// where something says so (a title, a role, an honorific, an appositive, speech, or the subject or object of a
/// move) and an organisation where its name or its slot says so ("Fernwood Labs", "joined Fernwood"); what one
/// sentence proves holds in every other, so "Reyes" is the "Alex Reyes" named before and "Fernwood" the "Fernwood
/// Labs". Places and products are neither. Then the phrases that refer back (pronouns, "the researcher", "the
/// company") and unnamed groups. One pass per stage over the article; stateless.
/// </summary>
internal static partial class EntityRecogniser
{
    /// <summary>How far a name may stand before a move's verb and still be its subject, or after it and be its object.</summary>
    private const int SubjectReach = 80;
    private const int ObjectReach = 60;

    [GeneratedRegex(@"^(?:'s|’s)\s*")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"\s+(?:de|d['’]|di)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GenitiveBefore();

    [GeneratedRegex(@"^\s*[(（]\s*(?:ex-|ex\s+|former\s+|formerly\s+|ancien(?:ne)?\s+|già\s+)?")]
    private static partial Regex AffiliationAfter();

    public static List<Referent>[] Recognise(
        IReadOnlyList<Core.Extraction.SentenceSpan> sentences, string text, EntityRegistry registry, Lexicon lexicon,
        IReadOnlyList<List<TriggerHit>> triggers, PersonBook book)
    {
        var found = RegistryNames(sentences, text, registry, lexicon, book);
        var candidates = new List<NameCandidate>[sentences.Count];
        var decided = new Referent?[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i].Text;
            // Where someone was born or studied is neither a person nor an employer, whatever else the sentence says of it.
            candidates[i] = NameCandidates.Find(Readable(sentence), found[i])
                                          .Where(c => !lexicon.IsPlaceOfOrigin(Before(sentence, c.Start), After(sentence, c.End)))
                                          .ToList();
            decided[i] = new Referent?[candidates[i].Count];
            for (var c = 0; c < candidates[i].Count; c++)
                decided[i][c] = ByOwnEvidence(sentences[i].Text, candidates[i][c], lexicon, book);
        }
        // What one sentence proved now holds in the others: the same name, a surname, an organisation's short name.
        for (var i = 0; i < sentences.Count; i++)
        {
            for (var c = 0; c < candidates[i].Count; c++)
                decided[i][c] ??= ByArticle(sentences[i].Text, candidates[i], c, found[i], triggers[i], lexicon, book);
            CoordinatedPeople(sentences[i].Text, candidates[i], decided[i], found[i], lexicon, book);
            found[i].AddRange(decided[i].OfType<Referent>());
            found[i].Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        MergeSpellings(sentences, found, book);
        for (var i = 0; i < sentences.Count; i++)
        {
            foreach (var person in found[i].Where(r => r.Kind == ReferentKind.Person)) NotePerson(sentences[i].Text, person, lexicon, book);
            found[i] = WithReferringPhrases(sentences[i].Text, found[i], lexicon, registry);
        }
        return found;
    }

    /// <summary>Sentences longer than this are lists or garbage: only their beginning is read for names.</summary>
    internal const int ReadableLength = 2_000;

    internal static string Readable(string sentence) => sentence.Length <= ReadableLength ? sentence : sentence[..ReadableLength];

    private static List<Referent>[] RegistryNames(IReadOnlyList<Core.Extraction.SentenceSpan> sentences, string text, EntityRegistry registry, Lexicon lexicon, PersonBook book)
    {
        var hits = registry.FindAliases(text);
        var found = new List<Referent>[sentences.Count];
        var h = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            var span = sentences[i];
            var end = span.Start + span.Text.Length;
            found[i] = [];
            while (h < hits.Count && hits[h].Start < span.Start) h++;
            for (var k = h; k < hits.Count && hits[k].Start < end; k++)
            {
                var hit = hits[k];
                if (hit.Start + hit.Length > end) continue;
                var start = hit.Start - span.Start;
                if (start >= ReadableLength) break;
                var kind = hit.Entity.Kind == EntityKind.Person ? ReferentKind.Person : ReferentKind.Organisation;
                // 「グーグル日本法人」, 「AWSジャパン」: an organisation's arm in a country is the organisation, not a name of its own.
                var length = hit.Length + (kind == ReferentKind.Organisation && lexicon.OrganisationArmAfter?.Match(span.Text, start + hit.Length) is { Success: true } arm ? arm.Length : 0);
                var surface = span.Text.Substring(start, length);
                found[i].Add(new Referent(kind, start, start + length, surface, hit.Entity.ToRef()));
                if (kind == ReferentKind.Person) book.Add(hit.Entity.ToRef(), surface);
            }
        }
        return found;
    }

    /// <summary>What the words right around a name prove about it.</summary>
    private static Referent? ByOwnEvidence(string sentence, NameCandidate c, Lexicon lexicon, PersonBook book)
    {
        var before = Before(sentence, c.Start);
        var after = After(sentence, c.End);
        if (c.HasOrganisationWord) return Organisation(c, book);
        if (lexicon.IsProduct(c.Text, before, after)) return null;
        // A surname alone ("Mr. Chen", "高橋氏", "ナイト氏") waits for the rest of the article, which may name the person in full.
        if (IsShortName(c)) return null;
        var person = c.Script switch
        {
            NameScript.KatakanaFullName or NameScript.Kanji => c.HasHonorific || c.Script == NameScript.Kanji || !lexicon.UnknownOrgCueAfter!.IsMatch(after),
            NameScript.Katakana => c.HasHonorific,
            _ => lexicon.PersonTitleBefore.IsMatch(before)
                 || (c.Words >= 2 && (lexicon.PersonRoleBefore.IsMatch(before) || lexicon.PersonCueAfter.IsMatch(after)
                                      || lexicon.NonMoverBefore.IsMatch(before) || lexicon.AppositiveAfterName?.IsMatch(after) == true
                                      || NameWords.IsGivenName(FirstWord(c.Text)))),
        };
        return person ? Person(c, sentence, book) : null;
    }

    private static bool IsShortName(NameCandidate c) =>
        c.Script switch
        {
            NameScript.Latin or NameScript.Katakana => c.Words == 1,
            NameScript.Kanji => c.Length <= 2 || NameWords.JapaneseSurnameLength(c.Text) == c.Length,
            _ => false,
        };

    private static string FirstWord(string name)
    {
        var space = name.IndexOf(' ');
        return space < 0 ? name : name[..space];
    }

    /// <summary>What the rest of the article, and the sentence's own moves, say about a name nothing around it settled.</summary>
    private static Referent? ByArticle(
        string sentence, List<NameCandidate> candidates, int index, List<Referent> known, List<TriggerHit> triggers, Lexicon lexicon, PersonBook book)
    {
        var c = candidates[index];
        var before = Before(sentence, c.Start);
        var after = After(sentence, c.End);
        if (book.Find(c.Text) is { } named) return new Referent(ReferentKind.Person, c.Start, c.End, c.Text, named.Entity);
        if (book.FindOrganisation(c.Text) is { } organisation) return new Referent(ReferentKind.Organisation, c.Start, c.End, c.Text, organisation);
        // A surname the article never gives in full is still a person when a title or an honorific says so.
        if (IsShortName(c) && (c.HasHonorific || lexicon.PersonTitleBefore.IsMatch(before))) return Person(c, sentence, book);
        if (lexicon.IsProduct(c.Text, before, after)) return null;
        // "joined Elon Musk's xAI": a name that owns an organisation is a person's, and moves nowhere.
        if (IsOwner(sentence, c, known)) return c.Words >= 2 ? Person(c, sentence, book) : null;
        var slot = lexicon.UnknownOrgCueBefore.Match(before);
        var inSlot = slot.Success && (c.Words == 1 || !slot.Groups["prep"].Success);
        if (c.Words <= 3 && (inSlot || lexicon.UnknownOrgCueAfter?.IsMatch(after) == true || lexicon.DescribedOrgCueBefore?.IsMatch(before) == true))
            return Organisation(c, book);
        if (c.Words >= 2 && InMoverSlot(candidates, index, known, triggers, lexicon)) return Person(c, sentence, book);
        // "Teodor Marinescu (OpenAI)": a name followed by an organisation in parentheses is a person and an affiliation.
        if (c.Words >= 2 && AffiliationAfter().Match(after) is { Success: true } affiliation
            && known.Any(k => k.IsOrganisationLike && k.Start >= c.End + affiliation.Index && k.Start <= c.End + affiliation.Index + affiliation.Length))
            return Person(c, sentence, book);
        if (c.Words <= 2 && IsHiringSubject(sentence, c, triggers)) return Organisation(c, book);
        return null;
    }

    /// <summary>
    /// "オリバー・ストラットン（Oliver Stratton）氏": a name followed by another spelling of it in parentheses is one person,
    /// known by the Latin spelling, which other articles in other languages share.
    /// </summary>
    private static void MergeSpellings(IReadOnlyList<Core.Extraction.SentenceSpan> sentences, List<Referent>[] found, PersonBook book)
    {
        var aliases = new Dictionary<string, EntityRef>(StringComparer.Ordinal);
        for (var i = 0; i < sentences.Count; i++)
        {
            var people = found[i].Where(r => r.Kind == ReferentKind.Person).ToList();
            for (var k = 0; k + 1 < people.Count; k++)
            {
                var (name, spelling) = (people[k], people[k + 1]);
                var gap = sentences[i].Text[name.End..spelling.Start].Trim();
                if (gap is not ("（" or "(") || spelling.End >= sentences[i].Text.Length || sentences[i].Text[spelling.End] is not ('）' or ')')) continue;
                var (alias, canonical) = IsLatin(spelling.Surface) ? (name.Entity!, spelling.Entity!) : (spelling.Entity!, name.Entity!);
                if (alias.Id == canonical.Id) continue;
                aliases[alias.Id] = canonical;
                book.Merge(alias, canonical);
            }
        }
        if (aliases.Count == 0) return;
        foreach (var referents in found)
        {
            for (var k = 0; k < referents.Count; k++)
            {
                if (referents[k].Entity is { } entity && aliases.TryGetValue(entity.Id, out var canonical))
                    referents[k] = referents[k] with { Entity = canonical };
            }
        }
    }

    private static bool IsLatin(string name) => name.Any(char.IsAsciiLetter) && !name.Any(Scripts.IsJapanese);

    /// <summary>A name listed with a person ("Ana Ruiz, Li Wei and Tom Hale left") is one of the people.</summary>
    private static void CoordinatedPeople(string sentence, List<NameCandidate> candidates, Referent?[] decided, List<Referent> known, Lexicon lexicon, PersonBook book)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (decided[i] is not null || candidates[i].Words < 2) continue;
                var c = candidates[i];
                var people = known.Where(k => k.Kind == ReferentKind.Person).Concat(decided.Where(d => d?.Kind == ReferentKind.Person).Select(d => d!));
                var coordinated = people.Any(p =>
                    (p.End <= c.Start && c.Start - p.End <= 12 && lexicon.Coordination.IsMatch(sentence[p.End..c.Start]))
                    || (p.Start >= c.End && p.Start - c.End <= 12 && lexicon.Coordination.IsMatch(sentence[c.End..p.Start])));
                if (!coordinated) continue;
                decided[i] = Person(c, sentence, book);
                changed = true;
            }
        }
    }

    private static bool IsOwner(string sentence, NameCandidate c, List<Referent> known)
    {
        var possessive = Possessive().Match(After(sentence, c.End));
        if (possessive.Success && known.Any(k => k.Kind == ReferentKind.Organisation && k.Start == c.End + possessive.Length)) return true;
        return GenitiveBefore().Match(Before(sentence, c.Start)) is { Success: true } genitive
               && known.Any(k => k.Kind == ReferentKind.Organisation && k.End == c.Start - (Before(sentence, c.Start).Length - genitive.Index));
    }

    /// <summary>The subject right before a move ("Ana Ruiz, 34, left") or the object right after a hiring verb.</summary>
    private static bool InMoverSlot(List<NameCandidate> candidates, int index, List<Referent> known, List<TriggerHit> triggers, Lexicon lexicon)
    {
        var c = candidates[index];
        foreach (var t in triggers)
        {
            var subjectSlot = (t.Rule.Side == MoverSide.Before || t.Rule.PassiveAgent || lexicon.VerbFinal)
                              && t.Start >= c.End && t.Start - c.End <= SubjectReach
                              && !PersonBetween(candidates, known, c.End, t.Start);
            var objectSlot = t.Rule.Side == MoverSide.After && !t.Rule.PassiveAgent && !lexicon.VerbFinal
                             && t.End <= c.Start && c.Start - t.End <= ObjectReach
                             && !PersonBetween(candidates, known, t.End, c.Start);
            if (subjectSlot || objectSlot) return true;
        }
        return false;
    }

    private static bool PersonBetween(List<NameCandidate> candidates, List<Referent> known, int start, int end) =>
        candidates.Any(o => o.Words >= 2 && o.Start >= start && o.End <= end)
        || known.Any(k => k.Start >= start && k.End <= end);

    private static bool IsHiringSubject(string sentence, NameCandidate c, List<TriggerHit> triggers) =>
        triggers.Any(t => t.Rule.Side == MoverSide.After && t.Kind == MoveKind.Joined && t.Start >= c.End
                          && string.IsNullOrWhiteSpace(sentence[c.End..t.Start]));

    private static Referent Person(NameCandidate c, string sentence, PersonBook book)
    {
        var entity = book.Find(c.Text)?.Entity ?? EntityRef.Unregistered(c.Text);
        book.Add(entity, c.Text);
        return new Referent(ReferentKind.Person, c.Start, c.End, sentence.Substring(c.Start, c.Length), entity);
    }

    private static Referent Organisation(NameCandidate c, PersonBook book)
    {
        var entity = book.FindOrganisation(c.Text) ?? EntityRef.Unregistered(c.Text);
        book.AddOrganisation(entity, c.Text);
        return new Referent(ReferentKind.Organisation, c.Start, c.End, c.Text, entity);
    }

    /// <summary>What the words around a person say of them: spokesperson or analyst, feminine or masculine.</summary>
    private static void NotePerson(string sentence, Referent person, Lexicon lexicon, PersonBook book)
    {
        var named = book.Get(person.Entity!) ?? book.Add(person.Entity!, person.Surface);
        var before = Before(sentence, person.Start);
        var after = After(sentence, person.End);
        if (lexicon.NonMoverBefore.IsMatch(before) || lexicon.NonMoverAfter.IsMatch(after)) named.SpeaksOnly = true;
        if (named.Gender != Gender.Unknown) return;
        var cue = lexicon.GenderBefore?.Match(before) is { Success: true } b ? b : lexicon.GenderAfter?.Match(after);
        if (cue is { Success: true }) named.Gender = cue.Groups["f"].Success ? Gender.Feminine : cue.Groups["m"].Success ? Gender.Masculine : Gender.Unknown;
    }

    /// <summary>Adds pronouns, descriptions ("the researcher"), company references and unnamed groups that overlap no name.</summary>
    private static List<Referent> WithReferringPhrases(string sentence, List<Referent> names, Lexicon lexicon, EntityRegistry registry)
    {
        var readable = Readable(sentence);
        var result = new List<Referent>(names);
        // « la société de Jean Dupont »: a company named by someone the registry knows as no one organisation's leader
        // is none it knows, so its "la société" is not the organisation named last.
        var unknownCompanies = new List<(int Start, int End)>();
        if (lexicon.CompanyEpithet is { } epithet)
        {
            for (var m = epithet.Match(readable); m.Success; m = m.NextMatch())
            {
                var name = m.Groups["name"];
                if ((registry.HeadquarteredAt(name.Value) ?? registry.LedBy(name.Value)) is not ({ } organisation, var length) || length != name.Length)
                {
                    // Its leader is named as the company's, not as anyone who moves.
                    if (result.RemoveAll(n => n.Kind == ReferentKind.Person && n.Start < name.Index + name.Length && n.End > name.Index) > 0)
                        unknownCompanies.Add((m.Index, m.Index + m.Length));
                    continue;
                }
                // The place or the leader may have been read as a name of its own ("Menlo Park", "Sam Altman"): the
                // epithet as a whole is the company.
                result.RemoveAll(r => r.Start >= m.Index && r.End <= m.Index + m.Length && r.Kind is ReferentKind.Organisation or ReferentKind.Person);
                if (Overlaps(result, m.Index, m.Index + m.Length)) continue;
                result.Add(new Referent(ReferentKind.Organisation, m.Index, m.Index + m.Length, m.Value, organisation.ToRef()));
            }
        }
        void AddAll(Regex pattern, Func<Match, Referent> make, Func<Match, bool>? skip = null)
        {
            for (var m = pattern.Match(readable); m.Success; m = m.NextMatch())
            {
                if (m.Length == 0 || Overlaps(result, m.Index, m.Index + m.Length) || skip?.Invoke(m) == true) continue;
                result.Add(make(m));
            }
        }
        foreach (var description in lexicon.Descriptions)
        {
            AddAll(description.Pattern, m => new Referent(ReferentKind.Description, m.Index, m.Index + m.Length, m.Value) { Gender = description.Gender });
            // "le chercheur Jason Lin", "la ricercatrice Anna Bianchi": a description right before a name is its title.
            result.RemoveAll(d => d.Kind == ReferentKind.Description
                                  && names.Any(n => n.Kind == ReferentKind.Person && n.Start >= d.End && string.IsNullOrWhiteSpace(readable[d.End..n.Start])));
        }
        AddAll(lexicon.CompanyReference, m => new Referent(ReferentKind.CompanyReference, m.Index, m.Index + m.Length, m.Value),
               m => unknownCompanies.Any(u => u.Start < m.Index + m.Length && u.End > m.Index));
        AddAll(lexicon.OwnCompanyReference, m => new Referent(ReferentKind.CompanyReference, m.Index, m.Index + m.Length, m.Value));
        foreach (var pronoun in lexicon.Pronouns)
            AddAll(pronoun.Pattern, m => new Referent(ReferentKind.Pronoun, m.Index, m.Index + m.Length, m.Value)
            {
                Gender = pronoun.Gender,
                Plural = pronoun.Plural,
                Possessive = pronoun.Possessive,
            });
        AddAll(lexicon.GenericSubject, m => new Referent(ReferentKind.Group, m.Index, m.Index + m.Length, m.Value) { Plural = true });
        result.Sort((a, b) => a.Start.CompareTo(b.Start));
        return result;
    }

    private static bool Overlaps(List<Referent> found, int start, int end) => found.Any(f => start < f.End && f.Start < end);

    /// <summary>The text before a position, as far back as any cue reaches: cues are anchored at its end.</summary>
    internal static string Before(string sentence, int position) => position <= 120 ? sentence[..position] : sentence[(position - 120)..position];

    /// <summary>The text after a position, as far as any cue reaches: cues are anchored at its start.</summary>
    internal static string After(string sentence, int position) =>
        sentence.Length - position <= 120 ? sentence[position..] : sentence.Substring(position, 120);
}
