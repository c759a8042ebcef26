using TalentBot.Core;

namespace LanguageMeasurement;

/// <summary>The detector as it was before the corpus measurement, kept to compare against.</summary>
/// <remarks>
/// Tells Japanese, French, Italian and English apart. No maintained detector is served here, and the four
/// languages are far apart: kana settles Japanese; for Latin text, function words and letter patterns that
/// are frequent in one of the three and rare in the others decide. Short questions are the hard case, so
/// a tie falls back to the caller's default. Stateless; safe to share.
/// </remarks>
public static class HandWrittenDetector
{
    private static readonly Dictionary<string, Language[]> FunctionWords = BuildFunctionWords();

    public static LanguageGuess Detect(string text, Language fallback = Language.English)
    {
        ArgumentNullException.ThrowIfNull(text);
        int kana = 0, han = 0, latin = 0;
        foreach (var c in text)
        {
            if (Scripts.IsKana(c)) kana++;
            else if (Scripts.IsHan(c)) han++;
            else if (char.IsAsciiLetter(c) || c is >= '\u00C0' and <= '\u024F') latin++;
        }
        // Japanese text mixes in Latin names (Meta, OpenAI): any real share of kana or kanji means Japanese.
        if (kana > 0 || han > 0)
        {
            var cjk = kana + han;
            if (cjk * 4 >= latin || kana >= 2) return new LanguageGuess(Language.Japanese, Math.Min(1.0, 0.6 + cjk / (double)(cjk + latin + 1)));
        }
        if (latin == 0) return new LanguageGuess(fallback, 0);

        var scores = new double[4];
        foreach (var token in Tokens(text))
        {
            if (FunctionWords.TryGetValue(token, out var languages))
            {
                foreach (var language in languages) scores[(int)language] += 1.0 / languages.Length;
            }
            ScorePatterns(token, scores);
        }
        var ranked = Enum.GetValues<Language>().Where(l => l != Language.Japanese)
                         .OrderByDescending(l => scores[(int)l]).ToArray();
        var best = scores[(int)ranked[0]];
        var second = scores[(int)ranked[1]];
        if (best <= 0 || best - second < 0.5) return new LanguageGuess(fallback, best <= 0 ? 0 : 0.3);
        return new LanguageGuess(ranked[0], Math.Min(1.0, (best - second) / (best + 1)));
    }

    private static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && (char.IsLetter(text[i]));
            if (isWord && start < 0) start = i;
            else if (!isWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    private static void ScorePatterns(string token, double[] scores)
    {
        if (token.EndsWith("zione", StringComparison.Ordinal) || token.EndsWith("zioni", StringComparison.Ordinal)
            || token.Contains("gli", StringComparison.Ordinal) || token.EndsWith("mente", StringComparison.Ordinal)
            || token.Contains("zz", StringComparison.Ordinal) || token.EndsWith("ità", StringComparison.Ordinal))
            scores[(int)Language.Italian] += 0.5;
        if (token.EndsWith("tion", StringComparison.Ordinal) && !token.EndsWith("ation", StringComparison.Ordinal))
            scores[(int)Language.French] += 0.25;
        if (token.EndsWith("eux", StringComparison.Ordinal) || token.EndsWith("ment", StringComparison.Ordinal)
            || token.Contains('ç') || token.Contains('œ') || token.Contains('ê') || token.Contains('û')
            || token.EndsWith("é", StringComparison.Ordinal) || token.EndsWith("ée", StringComparison.Ordinal)
            || token.EndsWith("és", StringComparison.Ordinal))
            scores[(int)Language.French] += 0.5;
        if (token.EndsWith("ing", StringComparison.Ordinal) || token.EndsWith("ed", StringComparison.Ordinal)
            || token.Contains("th", StringComparison.Ordinal) || token.Contains('w'))
            scores[(int)Language.English] += 0.5;
    }

    private static Dictionary<string, Language[]> BuildFunctionWords()
    {
        var map = new Dictionary<string, List<Language>>(StringComparer.Ordinal);
        void Add(Language language, string words)
        {
            foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!map.TryGetValue(word, out var list)) map[word] = list = [];
                if (!list.Contains(language)) list.Add(language);
            }
        }
        Add(Language.English, "the of and to in is are was were who what why how which when where did does do has have " +
                              "had from with for at by on this that these those it its be been an a or not they he she " +
                              "left joined leave leaving join quit hired poached about any anyone there than more");
        Add(Language.French, "le la les des du de et est sont qui quoi pourquoi comment quel quels quelle quand où " +
                             "une un dans pour chez au aux ont été il elle ils ce cette ces son sa ses pas ne avec sur " +
                             "par qu à a quitté rejoint départ départs parti partis");
        Add(Language.Italian, "il lo la gli le di del della dei delle che chi perché come quale quali quando dove è sono " +
                              "una un uno per con nel nella ai al alla ha hanno stato stata ed non si sul sulla dal dalla " +
                              "da e lasciato lasciata entrato entrata andato andati");
        return map.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }
}
