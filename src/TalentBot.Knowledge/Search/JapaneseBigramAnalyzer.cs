using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace TalentBot.Knowledge.Search;

/// <summary>
/// Japanese as overlapping character bigrams. No morphological analyser (Kuromoji) is served here; bigrams find
/// words without a dictionary, at the price of some false matches. Width folding first, so full-width "ＯｐｅｎＡＩ"
/// and half-width katakana meet their usual forms.
/// </summary>
internal sealed class JapaneseBigramAnalyzer(LuceneVersion version) : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(version, reader);
        TokenStream result = new CJKWidthFilter(source);
        result = new LowerCaseFilter(version, result);
        result = new CJKBigramFilter(result);
        return new TokenStreamComponents(source, result);
    }
}
