using System.Collections.Frozen;
using TalentBot.Core;

namespace TalentBot.Answering;

/// <summary>
/// What a free question is about: the entities it names, the search terms (its own words plus their translations
/// and every alias of its entities), and, folded for matching sentences: each named entity's names including its
/// parts', the capitalised names nothing resolved ("Zorglub"), its concept words and its other keywords.
/// </summary>
internal sealed record QuestionAnalysis(
    IReadOnlyList<ResolvedEntity> Entities,
    IReadOnlyList<string> Terms,
    IReadOnlySet<Concept> Concepts,
    IReadOnlyList<IReadOnlyList<string>> EntityNames,
    IReadOnlyList<string> UnknownNames,
    IReadOnlyList<string> ConceptWords,
    IReadOnlyList<string> Keywords);

/// <summary>Splits a free question into entities and search terms. Thread-safe: holds only immutable state.</summary>
internal sealed class QuestionAnalyzer
{
    /// <summary>Caps the OR query the knowledge base runs; long term lists over common words are the slow case.</summary>
    public const int MaxTerms = 32;

    private const int MaxAliasesPerEntity = 4;
    private const int MaxArticleLookups = 3;
    private const int MaxLowerCaseLookups = 4;
    private const int LongestLowerCaseName = 3;
    private const int MinJapaneseKeywordLength = 2;

    private readonly EntityRegistry _registry;
    private readonly EntityResolver _resolver;

    /// <summary>Each registered entity's names, folded once: folding is the costly part of analysing a question.</summary>
    private readonly FrozenDictionary<string, string[]> _foldedNames;

    public QuestionAnalyzer(EntityRegistry registry, EntityResolver resolver)
    {
        _registry = registry;
        _resolver = resolver;
        _foldedNames = registry.Entities.ToFrozenDictionary(
            e => e.Id,
            e => e.AllNames.Select(TextFolding.Fold).ToArray(),
            StringComparer.Ordinal);
    }

    public QuestionAnalysis Analyze(string question)
    {
        var covered = new bool[question.Length];
        var entities = new List<ResolvedEntity>();
        foreach (var hit in _registry.FindAliases(question))
        {
            Array.Fill(covered, true, hit.Start, hit.Length);
            if (!entities.Any(e => e.Entity.Id == hit.Entity.Id)) entities.Add(_resolver.FromRegistry(hit.Entity));
        }

        var concepts = new HashSet<Concept>();
        var ownWords = new List<(string Text, string Folded)>();
        var unknownNames = new List<string>();
        var tokens = LatinTokens(question, covered);
        foreach (var token in tokens)
        {
            var folded = TextFolding.Fold(token.Text);
            var tokenConcepts = Lexicon.ConceptsOfWord(folded);
            if (tokenConcepts.Count > 0)
            {
                concepts.UnionWith(tokenConcepts);
                ownWords.Add((token.Text, folded));
            }
            else if (!StopWords.Contains(folded) && (folded.Length > 1 || folded.Any(char.IsDigit)))
            {
                ownWords.Add((token.Text, folded));
            }
        }
        var candidates = ProperNames(question, tokens).Concat(KatakanaNames(question, covered)).Concat(KanjiNames(question, covered))
                                                      .OrderBy(c => c.OnlyIfFound)
                                                      .Take(MaxArticleLookups);
        foreach (var (name, onlyIfFound) in candidates.Concat(LowerCaseNames(question, tokens).Take(MaxLowerCaseLookups)))
        {
            // "…a Zurigo?": a place is where something happened, not someone the sentences must name.
            if (PlaceNames.Contains(name)) continue;
            var found = _resolver.FindInArticles(name);
            if (found is null && !onlyIfFound) unknownNames.Add(name);
            else if (found is not null && !entities.Any(e => e.Entity.Id == found.Entity.Id)) entities.Add(found);
        }

        var foldedQuestion = TextFolding.Fold(question);
        concepts.UnionWith(Lexicon.ConceptsInJapanese(foldedQuestion));
        ownWords.AddRange(JapaneseKeywords(question, covered).Select(w => (w, TextFolding.Fold(w))));

        var conceptWords = concepts.SelectMany(Lexicon.ExpandFolded).Concat(ownWords.Select(w => w.Folded).Where(IsLexiconWord));
        var keywords = ownWords.Select(w => w.Folded).Where(w => !IsLexiconWord(w));
        return new QuestionAnalysis(entities, Terms(entities, ownWords, concepts), concepts, EntityNames(entities),
            unknownNames.Select(TextFolding.Fold).Where(n => n.Length > 0).ToList(),
            conceptWords.Distinct(StringComparer.Ordinal).ToList(), keywords.Distinct(StringComparer.Ordinal).ToList());
    }

    private IReadOnlyList<string> Terms(List<ResolvedEntity> entities, List<(string Text, string Folded)> ownWords, HashSet<Concept> concepts)
    {
        var terms = new List<string>(MaxTerms);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string term, string folded)
        {
            if (terms.Count < MaxTerms && seen.Add(folded)) terms.Add(term);
        }

        // The knowledge base may cut a long query short, so the asker's own words go first, then the entities'
        // names in other scripts, then translations.
        foreach (var (text, folded) in ownWords) Add(text, folded);
        foreach (var entity in entities)
        {
            var names = _registry.Find(entity.Entity.Id)?.AllNames.ToArray() ?? [entity.Entity.Name];
            var folded = _foldedNames.GetValueOrDefault(entity.Entity.Id) ?? [TextFolding.Fold(entity.Entity.Name)];
            for (var i = 0; i < Math.Min(names.Length, MaxAliasesPerEntity); i++) Add(names[i], folded[i]);
        }

        // Round-robin over the concepts so the cap trims every concept's rare forms rather than a whole concept.
        var ordered = concepts.Order().ToList();
        for (var i = 0; terms.Count < MaxTerms && ordered.Any(c => i < Lexicon.Expand(c).Count); i++)
        {
            foreach (var concept in ordered)
            {
                var words = Lexicon.Expand(concept);
                if (i < words.Count) Add(words[i], Lexicon.ExpandFolded(concept)[i]);
            }
        }
        return terms;
    }

    private List<IReadOnlyList<string>> EntityNames(List<ResolvedEntity> entities) =>
        entities.Select(entity => (IReadOnlyList<string>)entity.Ids
                    .SelectMany(id => _foldedNames.GetValueOrDefault(id) ?? [TextFolding.Fold(entity.Entity.Name)])
                    .Where(n => n.Length > 0)
                    .Distinct(StringComparer.Ordinal)
                    .ToList())
                .ToList();

    private static bool IsLexiconWord(string foldedWord) =>
        Lexicon.ConceptsOfWord(foldedWord).Count > 0 || Lexicon.ContainsJapaneseWord(foldedWord);

    private readonly record struct Token(int Start, int Length, string Text);

    /// <summary>Latin-script words outside registry aliases.</summary>
    private static List<Token> LatinTokens(string text, bool[] covered)
    {
        var tokens = new List<Token>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && !covered[i] && !Scripts.IsJapanese(text[i]) && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                tokens.Add(new Token(start, i - start, text[start..i]));
                start = -1;
            }
        }
        return tokens;
    }

    /// <summary>
    /// A capitalised run of words that may name someone the registry lacks; <see cref="OnlyIfFound"/> when it is only
    /// the question's first word, which grammar capitalises, so it counts only if articles name it.
    /// </summary>
    private readonly record struct NameCandidate(string Name, bool OnlyIfFound);

    /// <summary>
    /// Runs of capitalised words ("Chaya Nayak", "Jean-Baptiste Leroy"): words joined by a hyphen are one word, and
    /// month and weekday names are dates, not names. The question's first word is capitalised by grammar, so it is
    /// part of a name when it looks like a brand (OpenAI) or the next word carries the name on ("Lina Moreau a-t-elle
    /// quitté…"); on its own it is a name only if articles know it.
    /// </summary>
    private static IEnumerable<NameCandidate> ProperNames(string text, List<Token> tokens)
    {
        var words = Hyphenated(text, tokens);
        var firstLetter = FirstLetter(text);
        var runStart = -1;
        var runEnd = -1;
        var runWords = 0;
        var grammatical = false;
        for (var t = 0; t <= words.Count; t++)
        {
            var isFirst = t < words.Count && words[t].Start == firstLetter;
            var isName = t < words.Count && IsNameWord(words[t]);
            var continues = isName && runStart >= 0 && text.AsSpan(runEnd, words[t].Start - runEnd).IsWhiteSpace();
            if (continues)
            {
                runEnd = words[t].Start + words[t].Length;
                runWords++;
                continue;
            }
            if (runStart >= 0) yield return new NameCandidate(text[runStart..runEnd], OnlyIfFound: grammatical && runWords == 1);
            runStart = isName ? words[t].Start : -1;
            runEnd = isName ? words[t].Start + words[t].Length : -1;
            runWords = 1;
            grammatical = isFirst && !LooksLikeBrand(words[t]);
        }
    }

    /// <summary>
    /// Two or three lower-case words in a row that are neither stop, concept nor calendar words ("how much is amazon
    /// paying megan o'driscoll"): chat users seldom capitalise, so such a run is looked up as a name, and counts only
    /// if articles name it. Longest first; words joined by an apostrophe or a hyphen ("o'driscoll") are one word.
    /// </summary>
    private static IEnumerable<NameCandidate> LowerCaseNames(string text, List<Token> tokens)
    {
        var words = new List<Token>();
        foreach (var token in tokens)
        {
            if (words.Count > 0 && words[^1].Start + words[^1].Length + 1 == token.Start && text[token.Start - 1] is '\'' or '’' or '-')
                words[^1] = new Token(words[^1].Start, token.Start + token.Length - words[^1].Start, text[words[^1].Start..(token.Start + token.Length)]);
            else words.Add(token);
        }
        var runs = new List<List<Token>>();
        var run = new List<Token>();
        foreach (var word in words)
        {
            if (!char.IsLower(word.Text[0]) || !IsContentWord(word.Text))
            {
                run = [];
                continue;
            }
            if (run.Count > 0 && !text.AsSpan(run[^1].Start + run[^1].Length, word.Start - run[^1].Start - run[^1].Length).IsWhiteSpace()) run = [];
            if (run.Count == 0) runs.Add(run);
            run.Add(word);
        }
        for (var size = LongestLowerCaseName; size >= 2; size--)
        foreach (var found in runs)
        for (var first = 0; first + size <= found.Count; first++)
            yield return new NameCandidate(text[found[first].Start..(found[first + size - 1].Start + found[first + size - 1].Length)], OnlyIfFound: true);
    }

    private static bool IsContentWord(string word)
    {
        var folded = TextFolding.Fold(word);
        return folded.Length > 1 && !folded.Any(char.IsDigit) && MayBeName(folded);
    }

    /// <summary>A folded word that is neither a stop word, a concept's word nor a date's.</summary>
    private static bool MayBeName(string folded) =>
        !StopWords.Contains(folded) && Lexicon.ConceptsOfWord(folded).Count == 0 && !CalendarWords.Contains(folded);

    /// <summary>
    /// Tokens joined by a single hyphen as one word: "Jean-Baptiste", "Al-Dahle" ("Al" alone is a stop word), and
    /// "Joon-young", whose second part is lower case. A compound's suffix is not a name's ("New York-based",
    /// "Meta-backed"), and stays apart.
    /// </summary>
    private static List<Token> Hyphenated(string text, List<Token> tokens)
    {
        var words = new List<Token>(tokens.Count);
        foreach (var token in tokens)
        {
            if (words.Count > 0 && words[^1] is var last && token.Start == last.Start + last.Length + 1
                && text[token.Start - 1] is '-' or '‐' or '‑' && !CompoundSuffixes.Contains(token.Text))
            {
                words[^1] = new Token(last.Start, token.Start + token.Length - last.Start, text[last.Start..(token.Start + token.Length)]);
                continue;
            }
            words.Add(token);
        }
        return words;
    }

    /// <summary>English compounds that follow a place or a company in a question; names do not end so.</summary>
    private static readonly HashSet<string> CompoundSuffixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "born", "backed", "led", "owned", "funded", "run", "bred", "trained", "focused", "era",
    };

    private static bool IsNameWord(Token token) => char.IsUpper(token.Text[0]) && MayBeName(TextFolding.Fold(token.Text));

    private static bool LooksLikeBrand(Token token) => token.Text.Skip(1).Any(c => char.IsUpper(c) || char.IsDigit(c));

    /// <summary>
    /// Katakana words joined by a middle dot or a double hyphen (マリア・ロッシ, コスタ＝ナカムラ): how Japanese writes a
    /// foreign person's name, and so a name to look for in articles, in katakana or in Latin letters.
    /// </summary>
    private static IEnumerable<NameCandidate> KatakanaNames(string text, bool[] covered)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inName = i < text.Length && !covered[i] && (Scripts.IsKatakanaLetter(text[i]) || text[i] is '・' or '＝' or '゠' && start >= 0);
            if (inName && start < 0) start = i;
            else if (!inName && start >= 0)
            {
                var run = text[start..i].TrimEnd('・', '＝', '゠');
                if (run.AsSpan().IndexOfAny('・', '＝', '゠') >= 0) yield return new NameCandidate(run, OnlyIfFound: false);
                start = -1;
            }
        }
    }

    /// <summary>
    /// Kanji runs (吉田剛, 岡田誠氏 without its 氏): a Japanese name is written like any other kanji word, so a run counts as
    /// a name only if articles name someone so. Without it a name inside a question in another language was only a
    /// search word, and sentences about anyone else who moved filled the evidence.
    /// </summary>
    private static IEnumerable<NameCandidate> KanjiNames(string text, bool[] covered) =>
        ContentRuns(text, covered, IsKanji, trimTrailing: '氏').Select(run => new NameCandidate(run, OnlyIfFound: true));

    private static bool IsKanji(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    private static int FirstLetter(string text)
    {
        for (var i = 0; i < text.Length; i++)
            if (char.IsLetterOrDigit(text[i])) return i;
        return -1;
    }

    /// <summary>
    /// Kanji and katakana runs outside registry aliases: Japanese has no spaces, and hiragana is mostly particles
    /// and endings, so the runs between them are the content words. Runs the lexicon covers are left to it.
    /// </summary>
    private static IEnumerable<string> JapaneseKeywords(string text, bool[] covered) => ContentRuns(text, covered, IsKanjiOrKatakana, trimTrailing: null);

    /// <summary>
    /// Runs of <paramref name="inRun"/> characters outside registry aliases, less a trailing <paramref name="trimTrailing"/>
    /// (an honorific), that are long enough to mean something and that the lexicon does not already cover.
    /// </summary>
    private static IEnumerable<string> ContentRuns(string text, bool[] covered, Func<char, bool> inRun, char? trimTrailing)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inside = i < text.Length && !covered[i] && inRun(text[i]);
            if (inside && start < 0) start = i;
            else if (!inside && start >= 0)
            {
                var run = text[start..i];
                if (run.Length > MinJapaneseKeywordLength && run[^1] == trimTrailing) run = run[..^1];
                if (run.Length >= MinJapaneseKeywordLength && !Lexicon.ContainsJapaneseWord(TextFolding.Fold(run))) yield return run;
                start = -1;
            }
        }
    }

    private static bool IsKanjiOrKatakana(char c) => c is >= '\u30A0' and <= '\u30FF' || IsKanji(c);
}
