using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Fr;
using Lucene.Net.Analysis.It;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using TalentBot.Core;

namespace TalentBot.Knowledge.Search;

/// <summary>The evidence index's fields and the analyser of each language field.</summary>
internal static class EvidenceFields
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Stored: the sentence's id in the store, the only thing a hit needs to become a citation.</summary>
    public const string SentenceId = "sid";

    /// <summary>Not stored, one term per entity the sentence mentions.</summary>
    public const string Entity = "ent";

    public static readonly IReadOnlyDictionary<Language, string> TextField = new Dictionary<Language, string>
    {
        [Language.English] = "en",
        [Language.French] = "fr",
        [Language.Italian] = "it",
        [Language.Japanese] = "ja",
    };

    public static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(
        new StandardAnalyzer(Version),
        new Dictionary<string, Analyzer>
        {
            [TextField[Language.English]] = new EnglishAnalyzer(Version),
            [TextField[Language.French]] = new FrenchAnalyzer(Version),
            [TextField[Language.Italian]] = new ItalianAnalyzer(Version),
            [TextField[Language.Japanese]] = new JapaneseBigramAnalyzer(Version),
        });
}
