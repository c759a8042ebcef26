using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>A person or organisation named in a sentence (offsets within the sentence).</summary>
internal sealed record FoundEntity(EntityRef Ref, EntityKind Kind, int Start, int Length, string Surface)
{
    public int End => Start + Length;
}

/// <summary>What a sentence names: people and organisations, and the pronouns that stand for them.</summary>
internal sealed record SentenceEntities(
    IReadOnlyList<FoundEntity> Entities,
    IReadOnlyList<(int Start, int Length)> Pronouns,
    IReadOnlyList<(int Start, int Length)> CompanyAnaphors);

/// <summary>
/// The people an article has named so far, by surname, so that a later "Reyes" or "ナイト氏" is the same person as
/// the "Alex Reyes" or "イーサン・ナイト" before it. One per article; not shared.
/// </summary>
internal sealed class PersonDirectory
{
    private readonly Dictionary<string, EntityRef> _bySurname = new(StringComparer.Ordinal);

    public void Add(EntityRef person, string surface)
    {
        var parts = surface.Split([' ', '・', '･', '＝', '='], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2) _bySurname[TextFolding.Fold(parts[^1])] = person;
    }

    public EntityRef? FindBySurname(string token) => _bySurname.GetValueOrDefault(TextFolding.Fold(token));
}

/// <summary>
/// Finds the people and organisations of one sentence. Registry names come first. An unknown capitalised name is a
/// person only where something says so (a title, a role, 氏, or the subject or object slot of a move), and an
/// unknown organisation only in an organisation slot ("joined X", "Xに入社"): capitalised words alone prove nothing.
/// </summary>
internal static partial class EntityFinder
{
    private const string LatinLetter = @"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F";
    private const string LatinUpper = @"A-Z\u00C0-\u00D6\u00D8-\u00DE";
    private const string Katakana = @"\u30A1-\u30FA\u30FC";
    private const int SubjectReach = 80;
    private const int ObjectReach = 60;

    [GeneratedRegex(@"(?<![" + LatinLetter + @"\d])(?:[" + LatinUpper + @"]\.(?=\s)|(?:al-|el-)?[" + LatinUpper + "][" + LatinLetter + @"]*(?:[-'’][" + LatinLetter + "]+)*)")]
    private static partial Regex LatinToken();

    [GeneratedRegex(@"^(?:\s+(?:de|del|della|der|den|di|da|dos|das|du|van|von|bin|ibn|le|la|ter|y|al|el)){1,2}\s+$")]
    private static partial Regex ParticleGap();

    [GeneratedRegex("[" + Katakana + "]{2,}(?:[・･＝=][" + Katakana + "]+)+")]
    private static partial Regex KatakanaFullName();

    [GeneratedRegex("(?<![" + Katakana + "・])[" + Katakana + "]{2,}(?![" + Katakana + "・])")]
    private static partial Regex KatakanaWord();

    [GeneratedRegex(@"(?<![\u4E00-\u9FFF々])[\u4E00-\u9FFF々]{2,4}(?=氏|さん)")]
    private static partial Regex KanjiNameWithHonorific();

    [GeneratedRegex("(?:ラボ|ラボラトリーズ|テクノロジーズ|ロボティクス|システムズ|ホールディングス|ネットワークス|インダストリーズ)$")]
    private static partial Regex KatakanaOrganisationWord();

    [GeneratedRegex("^(?:チーム|プロジェクト|ラボ|スタートアップ|グループ|ユニット|オフィス|ポジション|ポスト|ライバル|ベンチャー|オファー|メンバー)$")]
    private static partial Regex KatakanaCommonNoun();

    public static SentenceEntities Find(
        string sentence, IEnumerable<AliasHit> hits, IReadOnlyList<TriggerHit> triggers, Lexicon lexicon, PersonDirectory people)
    {
        var found = new List<FoundEntity>();
        foreach (var hit in hits)
        {
            var entity = new FoundEntity(hit.Entity.ToRef(), hit.Entity.Kind, hit.Start, hit.Length, sentence.Substring(hit.Start, hit.Length));
            found.Add(entity);
            if (entity.Kind == EntityKind.Person) people.Add(entity.Ref, entity.Surface);
        }
        if (lexicon.Language == Language.Japanese) FindJapaneseNames(sentence, lexicon, people, found);
        FindLatinNames(sentence, triggers, lexicon, people, found);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));

        var pronouns = Spans(lexicon.Pronoun, sentence, found);
        var anaphors = Spans(lexicon.CompanyAnaphor, sentence, found);
        return new SentenceEntities(found, pronouns, anaphors);
    }

    private static void FindJapaneseNames(string sentence, Lexicon lexicon, PersonDirectory people, List<FoundEntity> found)
    {
        foreach (Match m in KatakanaFullName().Matches(sentence))
        {
            // "メタ・スーパーインテリジェンス・ラボ": dotted katakana glued to an organisation's name is more of that name.
            var gluedToOrganisation = (m.Index > 0 && sentence[m.Index - 1] is '・' or '･')
                                      || found.Any(f => f.Kind == EntityKind.Organisation && f.End == m.Index);
            if (!gluedToOrganisation && !KatakanaOrganisationWord().IsMatch(m.Value))
                AddPerson(found, people, EntityRef.Unregistered(m.Value), m.Index, m.Length, m.Value);
        }

        foreach (Match m in KanjiNameWithHonorific().Matches(sentence))
        {
            if (m.Value.StartsWith('同')) continue;
            AddPerson(found, people, people.FindBySurname(m.Value) ?? EntityRef.Unregistered(m.Value), m.Index, m.Length, m.Value);
        }

        foreach (Match m in KatakanaWord().Matches(sentence))
        {
            if (Overlaps(found, m.Index, m.Length) || KatakanaCommonNoun().IsMatch(m.Value)) continue;
            var after = sentence[(m.Index + m.Length)..];
            if (lexicon.PersonCueAfter.IsMatch(after))
                AddPerson(found, people, people.FindBySurname(m.Value) ?? EntityRef.Unregistered(m.Value), m.Index, m.Length, m.Value);
            else if (lexicon.UnknownOrgCueAfter?.IsMatch(after) == true && !lexicon.IsProduct(m.Value, sentence[..m.Index], after))
                found.Add(new FoundEntity(EntityRef.Unregistered(m.Value), EntityKind.Organisation, m.Index, m.Length, m.Value));
        }
    }

    private static void FindLatinNames(
        string sentence, IReadOnlyList<TriggerHit> triggers, Lexicon lexicon, PersonDirectory directory, List<FoundEntity> found)
    {
        var candidates = LatinCandidates(sentence, found, lexicon);
        var decided = new FoundEntity?[candidates.Count];
        for (var i = 0; i < candidates.Count; i++)
            decided[i] = Classify(sentence, candidates, i, triggers, lexicon, directory, found);

        // A name listed with a person ("Ana Ruiz, Li Wei and Tom Hale left") is one of the people moving.
        var knownPeople = found.Where(f => f.Kind == EntityKind.Person).ToList();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < candidates.Count; i++)
            {
                if (decided[i] is not null || candidates[i].Words < 2) continue;
                var c = candidates[i];
                var people = knownPeople.Concat(decided.Where(d => d?.Kind == EntityKind.Person).Select(d => d!));
                var coordinated = people.Any(p =>
                    (p.End <= c.Start && lexicon.Coordination.IsMatch(sentence[p.End..c.Start]))
                    || (p.Start >= c.End && lexicon.Coordination.IsMatch(sentence[c.End..p.Start])));
                if (!coordinated) continue;
                decided[i] = PersonAt(c, sentence, directory);
                changed = true;
            }
        }
        foreach (var entity in decided)
        {
            if (entity is null) continue;
            found.Add(entity);
            if (entity.Kind == EntityKind.Person) directory.Add(entity.Ref, entity.Surface);
        }
    }

    private static FoundEntity? Classify(
        string sentence, List<Candidate> candidates, int index, IReadOnlyList<TriggerHit> triggers, Lexicon lexicon,
        PersonDirectory people, List<FoundEntity> known)
    {
        var c = candidates[index];
        var before = sentence[..c.Start];
        var after = sentence[c.End..];
        if (lexicon.PersonTitleBefore.IsMatch(before)) return PersonAt(c, sentence, people);
        // "joined Elon Musk's xAI": the name in the organisation's slot is its owner's.
        if (Owners.IsOwner(sentence, c.Start, c.End, known)) return c.Words >= 2 ? PersonAt(c, sentence, people) : null;
        if (c.Words == 1 && people.FindBySurname(c.Text) is { } bySurname)
            return new FoundEntity(bySurname, EntityKind.Person, c.Start, c.Length, c.Text);
        if (lexicon.PersonCueAfter.IsMatch(after) && (c.Words >= 2 || lexicon.VerbFinal)) return PersonAt(c, sentence, people);
        if (c.Words >= 2 && lexicon.PersonRoleBefore.IsMatch(before)) return PersonAt(c, sentence, people);
        if (lexicon.IsProduct(c.Text, before, after)) return null;
        if (c.Words <= 3 && (lexicon.UnknownOrgCueBefore.IsMatch(before) || lexicon.UnknownOrgCueAfter?.IsMatch(after) == true
                             || lexicon.DescribedOrgCueBefore?.IsMatch(before) == true))
            return Organisation(c);
        if (c.Words >= 2 && InMoverSlot(candidates, index, triggers, lexicon, known)) return PersonAt(c, sentence, people);
        if (c.Words <= 2 && IsHiringSubject(sentence, c, triggers)) return Organisation(c);
        return null;
    }

    /// <summary>The subject right before a move ("Ana Ruiz, 34, left") or the object right after a hiring verb.</summary>
    private static bool InMoverSlot(
        List<Candidate> candidates, int index, IReadOnlyList<TriggerHit> triggers, Lexicon lexicon, List<FoundEntity> known)
    {
        var c = candidates[index];
        foreach (var t in triggers)
        {
            var subjectSlot = (t.Rule.Side == MoverSide.Before || lexicon.VerbFinal)
                              && t.Start >= c.End && t.Start - c.End <= SubjectReach
                              && !PersonBetween(candidates, known, c.End, t.Start);
            var objectSlot = t.Rule.Side == MoverSide.After && !lexicon.VerbFinal
                             && t.End <= c.Start && c.Start - t.End <= ObjectReach
                             && !PersonBetween(candidates, known, t.End, c.Start);
            if (subjectSlot || objectSlot) return true;
        }
        return false;
    }

    private static bool PersonBetween(List<Candidate> candidates, List<FoundEntity> known, int start, int end) =>
        candidates.Any(o => o.Words >= 2 && o.Start >= start && o.End <= end)
        || known.Any(k => k.Kind == EntityKind.Person && k.Start >= start && k.End <= end);

    private static bool IsHiringSubject(string sentence, Candidate c, IReadOnlyList<TriggerHit> triggers) =>
        triggers.Any(t => t.Rule.Side == MoverSide.After && t.Kind == MoveKind.Joined && t.Start >= c.End
                          && string.IsNullOrWhiteSpace(sentence[c.End..t.Start]));

    private static FoundEntity PersonAt(Candidate c, string sentence, PersonDirectory people)
    {
        var person = c.Words == 1 ? people.FindBySurname(c.Text) ?? EntityRef.Unregistered(c.Text) : EntityRef.Unregistered(c.Text);
        return new FoundEntity(person, EntityKind.Person, c.Start, c.Length, sentence.Substring(c.Start, c.Length));
    }

    private static FoundEntity Organisation(Candidate c) =>
        new(EntityRef.Unregistered(c.Text), EntityKind.Organisation, c.Start, c.Length, c.Text);

    private static void AddPerson(List<FoundEntity> found, PersonDirectory people, EntityRef person, int start, int length, string surface)
    {
        if (Overlaps(found, start, length)) return;
        found.Add(new FoundEntity(person, EntityKind.Person, start, length, surface));
        people.Add(person, surface);
    }

    /// <summary>Runs of capitalised words not already claimed by the registry, split at words that are not names.</summary>
    private static List<Candidate> LatinCandidates(string sentence, List<FoundEntity> claimed, Lexicon lexicon)
    {
        var candidates = new List<Candidate>();
        int start = -1, end = -1, words = 0;
        void Flush()
        {
            if (words > 0) candidates.Add(new Candidate(start, end - start, words, sentence[start..end]));
            words = 0;
        }
        foreach (Match m in LatinToken().Matches(sentence))
        {
            var token = m.Value;
            // An elided article ("L'ingénieur", "D'après") is no name; "D'Amico" is.
            if (token.Length > 2 && token[0] is 'L' or 'D' && token[1] is '\'' or '’' && !char.IsUpper(token[2]))
            {
                Flush();
                continue;
            }
            var possessive = token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal);
            var length = possessive ? token.Length - 2 : token.Length;
            var word = sentence.Substring(m.Index, length);
            var isName = (length > 1 && !NameWords.IsStopWord(word) && !IsAcronym(word) && !Overlaps(claimed, m.Index, length))
                         || (length == 2 && word[1] == '.');
            if (!isName)
            {
                Flush();
                continue;
            }
            var joins = words > 0 && words < 4
                        && (IsSpace(sentence[end..m.Index]) || ParticleGap().IsMatch(sentence[end..m.Index]));
            if (!joins)
            {
                Flush();
                start = m.Index;
            }
            end = m.Index + length;
            words++;
            if (possessive) Flush(); // a possessive ends the name: "Ana Ruiz's team".
        }
        Flush();
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            // "M. Dupont" is a title and a surname, where "J. Smith" is an initial and a surname.
            if (c.Words >= 2 && c.Text.Length > 3 && c.Text[1] == '.' && lexicon.PersonTitleBefore.IsMatch(c.Text[..3]))
                candidates[i] = new Candidate(c.Start + 3, c.Length - 3, c.Words - 1, c.Text[3..]);
        }
        candidates.RemoveAll(c => c.Words == 1 && c.Length == 2 && c.Text[1] == '.');
        // A capitalised word right next to a registered organisation is more of its name: "Google Cloud".
        candidates.RemoveAll(c => claimed.Any(o => o.Kind == EntityKind.Organisation
                                                   && (c.Start - o.End is 1 && sentence[o.End] == ' ' || o.Start - c.End is 1 && sentence[c.End] == ' ')));
        return candidates;
    }

    private static bool IsSpace(string gap) => gap.Length is > 0 and <= 2 && gap.All(c => c is ' ' or '\u00A0');

    /// <summary>Short all-capital words are titles or acronyms (CEO, AI, VP), not names.</summary>
    private static bool IsAcronym(string word) => word.Length <= 4 && word.All(char.IsUpper);

    private static bool Overlaps(List<FoundEntity> found, int start, int length) =>
        found.Any(f => start < f.End && f.Start < start + length);

    private static List<(int Start, int Length)> Spans(Regex pattern, string sentence, List<FoundEntity> found)
    {
        var spans = new List<(int, int)>();
        for (var m = pattern.Match(sentence); m.Success; m = m.NextMatch())
        {
            if (!Overlaps(found, m.Index, m.Length)) spans.Add((m.Index, m.Length));
        }
        return spans;
    }

    private sealed record Candidate(int Start, int Length, int Words, string Text)
    {
        public int End => Start + Length;
    }
}
