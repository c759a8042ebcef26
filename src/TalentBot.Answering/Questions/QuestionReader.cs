using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Answering.Questions;

/// <summary>
/// Reads a free question into a <see cref="QuestionFrame"/>: what it asks (by the question words of its language,
/// then of the others, since people mix them), the kinds of move it is about (the lexicon's concepts and each
/// language's phrases), the organisations it names with the part each plays, and a date. Deterministic and
/// linear in the question: phrase lookups only. A period named from today ("last month", 「今年」) is read against the
/// day the question is asked, in UTC: the asker's zone is unknown. Thread-safe: holds only immutable state and the clock.
/// </summary>
internal sealed class QuestionReader
{
    private const int MinYear = 1990;
    private const int MaxYear = 2100;

    /// <summary>How many words before an organisation "instead" may stand: « au lieu de rejoindre Apple ».</summary>
    private const int InsteadReach = 3;

    private readonly EntityRegistry _registry;
    private readonly TimeProvider _time;

    public QuestionReader(EntityRegistry registry, TimeProvider time)
    {
        _registry = registry;
        _time = time;
    }

    public QuestionFrame Read(string question, Language language, QuestionAnalysis analysis)
    {
        var folded = " " + WordsOnly(TextFolding.Fold(question)) + " ";
        var own = QuestionWords.For(language);
        var languages = QuestionWords.All.Where(w => w != own).Prepend(own).ToList();

        var kinds = KindsOf(analysis.Concepts);
        var phrased = languages.SelectMany(w => w.KindPhrases).Where(k => Contains(folded, k.Phrase)).Select(k => k.Kind).ToHashSet();
        // A phrase names the kind exactly ("never started"); the concepts' broader kinds only fill in when none does.
        if (phrased.Count > 0) kinds = phrased;

        var person = analysis.Entities.FirstOrDefault(e => e.Kind == EntityKind.Person);
        var asked = AskedIn(folded, languages, person is not null, kinds.Count > 0);
        var names = _registry.FindAliases(question);
        var organisations = Organisations(question, names, analysis);
        // Who leads, heads or replaced someone at X asks about arrivals at X, whatever word stands before it
        // ("OpenAIのパリ拠点", "research at Perplexity").
        var role = analysis.Concepts.Overlaps([Concept.Lead, Concept.Replace, Concept.Appoint]);
        if (role) organisations = organisations.Select(o => o.Role == EndRole.Any ? o with { Role = EndRole.To } : o).ToList();
        // "Who replaced X", and "who was named … after X left": the person named is the one followed, not the mover;
        // "…, and from which lab did he come?" asks where that successor came from, which their move says too.
        var successor = asked is (Asked.Person or Asked.Origin or Asked.Organisation) && person is not null
                        && (analysis.Concepts.Contains(Concept.Replace)
                            || (analysis.Concepts.Overlaps([Concept.Appoint, Concept.Lead]) && analysis.Concepts.Overlaps([Concept.Leave, Concept.Resign])));
        var unknownPerson = person is null
                            && (analysis.UnknownNames.Any(n => n.Contains(' ', StringComparison.Ordinal)) || HasJapaneseName(question));
        var (when, since) = DateOf(question, names, languages);
        return new QuestionFrame(asked, kinds, person, organisations, when, successor, unknownPerson, since);
    }

    /// <summary>
    /// The date the question names, and whether a period starts there. A name is not a date ("May Habib", an
    /// organisation called "Today …"), so registry names are blanked first; then a period named from today is read,
    /// and blanked in turn so that its words are not read again as an absolute date (« depuis sept mois » is not
    /// September). An absolute date wins, but takes its year from a calendar year named beside it ("in March last
    /// year", 「昨年12月」).
    /// </summary>
    private (PartialDate? When, bool Since) DateOf(string question, IReadOnlyList<AliasHit> names, List<QuestionWords> languages)
    {
        var unnamed = question.ToCharArray();
        foreach (var name in names) Array.Fill(unnamed, ' ', name.Start, name.Length);
        var padded = " " + WordsOnly(TextFolding.Fold(new string(unnamed))) + " ";
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var relative = RelativeDates.Find(padded, languages, today);
        var rest = relative?.Rest ?? padded;
        var absolute = DateIn(rest, languages);
        if (absolute is not { } when) return relative is null ? (null, false) : (relative.When, relative.Since);
        var since = IsSince(rest, languages);
        if (relative is { Since: false, When: { Month: null, Year: var year } } && when is { Year: null, Month: not null })
            return (Date(year, when.Month, when.Day), since);
        return (when, since);
    }

    private static Asked AskedIn(string folded, List<QuestionWords> languages, bool namesPerson, bool namesMove)
    {
        foreach (var words in languages)
        {
            var cue = words.Cues.Where(c => Contains(folded, c.Phrase)).Select(c => (Asked?)c.Asked).FirstOrDefault();
            if (cue is { } found) return found;
        }
        var trimmed = folded.Trim();
        if (languages.Any(w => w.IsYesNo(trimmed))) return Asked.YesNo;
        // "Riccardo Pellegatta ha lasciato Microsoft?": a named person and a move, and no question word, ask whether.
        return namesPerson && namesMove ? Asked.YesNo : Asked.Evidence;
    }

    /// <summary>The kinds of move the question's concepts point at; empty when it names none.</summary>
    private static HashSet<MoveKind> KindsOf(IReadOnlySet<Concept> concepts)
    {
        var kinds = new HashSet<MoveKind>();
        if (concepts.Contains(Concept.Return)) kinds.Add(MoveKind.Returned);
        if (concepts.Contains(Concept.Decline)) kinds.Add(MoveKind.DeclinedOffer);
        if (concepts.Contains(Concept.NeverStart)) kinds.Add(MoveKind.NeverStarted);
        if (concepts.Contains(Concept.Threaten)) kinds.Add(MoveKind.ThreatenedToLeave);
        if (concepts.Overlaps([Concept.Appoint, Concept.Replace, Concept.Lead])) kinds.UnionWith([MoveKind.Appointed, MoveKind.Joined]);
        // The specific kinds above are what the question is about: "who declined the offer to join" is not asking who joined.
        if (kinds.Count > 0) return kinds;
        if (concepts.Overlaps([Concept.Leave, Concept.Resign])) kinds.UnionWith([MoveKind.Left, MoveKind.Joined, MoveKind.Returned]);
        if (concepts.Overlaps([Concept.Join, Concept.Hire, Concept.Recruit, Concept.Poach]))
            kinds.UnionWith([MoveKind.Joined, MoveKind.Left, MoveKind.Returned, MoveKind.Appointed]);
        return kinds;
    }

    /// <summary>
    /// The organisations the analysis found, each with the part the word before it (or, in Japanese, the particle
    /// after it) gives it; an organisation found only in the articles, with no place in the question, plays any part.
    /// </summary>
    private static List<FramedOrganisation> Organisations(string question, IReadOnlyList<AliasHit> names, QuestionAnalysis analysis)
    {
        var roles = new Dictionary<string, EndRole>(StringComparer.Ordinal);
        foreach (var hit in names)
        {
            if (hit.Entity.Kind != EntityKind.Organisation || roles.ContainsKey(hit.Entity.Id)) continue;
            roles[hit.Entity.Id] = RoleAt(question, hit.Start, hit.Start + hit.Length);
        }
        // A move has one origin and one destination: when two organisations claim the same end ("revenue chez
        // Kyutai après dix-huit mois chez OpenAI"), the first keeps it and the others may be either.
        var claimed = new HashSet<EndRole>();
        return analysis.Entities.Where(e => e.Kind == EntityKind.Organisation)
                       .Select(e => roles.GetValueOrDefault(e.Entity.Id, EndRole.Any) is var role && (role == EndRole.Any || claimed.Add(role))
                           ? new FramedOrganisation(e, role)
                           : new FramedOrganisation(e, EndRole.Any))
                       .ToList();
    }

    private static EndRole RoleAt(string question, int start, int end)
    {
        var after = question[end..].TrimStart();
        foreach (var words in QuestionWords.All)
            foreach (var (particle, role) in words.Particles)
                if (after.StartsWith(particle, StringComparison.Ordinal)) return role;

        var before = TextFolding.Fold(question[..start]).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (before.Length == 0) return EndRole.Any;
        var word = before[^1];
        // "rather than Meta", « au lieu de rejoindre Apple »: the word that rules it out stands a few words back.
        var near = before.TakeLast(InsteadReach).ToList();
        if (QuestionWords.All.Any(w => near.Any(w.InsteadWords.Contains))) return EndRole.NotTo;
        foreach (var words in QuestionWords.All)
        {
            if (words.FromWords.Contains(word)) return EndRole.From;
            if (words.ToWords.Contains(word)) return EndRole.To;
        }
        return EndRole.Any;
    }

    /// <summary>A year, a month name or 3月, and a day beside the month: "on April 1, 2026", « en mars 2026 », 「2026年3月」.</summary>
    private static PartialDate? DateIn(string folded, List<QuestionWords> languages)
    {
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? year = null;
        int? month = null;
        int? day = null;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Length == 4 && int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= MinYear and <= MaxYear)
                year ??= y;
            var named = languages.SelectMany(w => w.Months).Where(m => m.Name == token).Select(m => (int?)m.Month).FirstOrDefault();
            if (named is null || month is not null) continue;
            month = named;
            day = DayBeside(tokens, i - 1) ?? DayBeside(tokens, i + 1);
        }
        var (jaYear, jaMonth, jaDay) = JapaneseDate(folded);
        year ??= jaYear;
        if (month is null && jaMonth is not null) (month, day) = (jaMonth, jaDay);
        return year is null && month is null ? null : Date(year, month, day);
    }

    /// <summary>The date, without its day when the day is not in that month ("February 30").</summary>
    private static PartialDate Date(int? year, int? month, int? day)
    {
        try
        {
            return new PartialDate(year, month, day);
        }
        catch (ArgumentException)
        {
            return new PartialDate(year, month);
        }
    }

    private static int? DayBeside(string[] tokens, int index) =>
        index >= 0 && index < tokens.Length && tokens[index].Length <= 2
        && int.TryParse(tokens[index], NumberStyles.None, CultureInfo.InvariantCulture, out var d) && d is >= 1 and <= 31
            ? d
            : null;

    /// <summary>「2026年3月1日」: the digits before 年, 月 and 日 in the folded question (folding narrows full-width digits).</summary>
    private static (int? Year, int? Month, int? Day) JapaneseDate(string narrow) =>
        (NumberBefore(narrow, '年', MinYear, MaxYear), NumberBefore(narrow, '月', 1, 12), NumberBefore(narrow, '日', 1, 31));

    private static int? NumberBefore(string text, char unit, int min, int max)
    {
        for (var at = text.IndexOf(unit); at > 0; at = text.IndexOf(unit, at + 1))
        {
            var start = at;
            while (start > 0 && char.IsAsciiDigit(text[start - 1])) start--;
            if (start < at && int.TryParse(text.AsSpan(start, at - start), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
                return n;
        }
        return null;
    }

    /// <summary>
    /// Whether a "since" word stands right before a month or year ("since January", « depuis mars 2026 », "dal
    /// 2025"), or, in Japanese, right after the date (「3月以降」).
    /// </summary>
    private static bool IsSince(string padded, List<QuestionWords> languages)
    {
        var tokens = padded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i + 1 < tokens.Length; i++)
        {
            var next = tokens[i + 1];
            var isDate = languages.Any(w => w.Months.Any(m => m.Name == next)) || (next.Length == 4 && next.All(char.IsAsciiDigit));
            if (isDate && languages.Any(w => w.SinceWords.Contains(tokens[i]))) return true;
        }
        foreach (var marker in (string[])["月以降", "年以降", "月以来", "年以来", "月から", "年から"])
            if (padded.Contains(marker, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Folding keeps "?" and "!" on the word before them ("2024?"): phrases and numbers are read without.</summary>
    private static string WordsOnly(string folded)
    {
        var chars = folded.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is '?' or '!' or '？' or '！' or ':' or ';' or '¿' or '¡') chars[i] = ' ';
        return new string(chars).Trim();
    }

    /// <summary>A Japanese personal name the registry did not find: katakana with a ・ (マックス・シュワルツァー), or a run before 氏 or さん.</summary>
    private static bool HasJapaneseName(string question)
    {
        for (var i = 1; i + 1 < question.Length; i++)
            if (question[i] == '・' && IsKatakana(question[i - 1]) && IsKatakana(question[i + 1])) return true;
        foreach (var honorific in (string[])["氏", "さん"])
            for (var at = question.IndexOf(honorific, StringComparison.Ordinal); at > 0; at = question.IndexOf(honorific, at + 1, StringComparison.Ordinal))
                if (IsKatakana(question[at - 1]) || question[at - 1] is >= '\u4E00' and <= '\u9FFF') return true;
        return false;
    }

    private static bool IsKatakana(char c) => c is >= '\u30A1' and <= '\u30FA' or 'ー';

    /// <summary>
    /// Whether <paramref name="padded"/> (folded, with a space at each end) holds the phrase as whole words, or
    /// starts with it when the phrase starts with ^ (French "où" folds to "ou", which is also "or"); Japanese anywhere.
    /// </summary>
    private static bool Contains(string padded, string phrase)
    {
        if (phrase.Length > 0 && Scripts.IsJapanese(phrase[0])) return padded.Contains(phrase, StringComparison.Ordinal);
        return phrase.StartsWith('^')
            ? padded.StartsWith(" " + phrase[1..] + " ", StringComparison.Ordinal)
            : padded.Contains(" " + phrase + " ", StringComparison.Ordinal);
    }
}
