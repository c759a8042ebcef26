using System.Globalization;
using TalentBot.Core;
using TalentBot.Core.Extraction;
using TalentBot.Extraction;

namespace TalentBot.Evaluation.Tests;

/// <summary>What must hold on every committed article whatever the scores: verbatim quotes and a deterministic, thread-safe extractor.</summary>
public sealed class ExtractorInvariantsTests
{
    private static readonly string[] Sets = ["development", "blind-en-ja", "blind-fr-it", "blind-heldout", "blind-heldout-2", "blind-heldout-3", "blind-heldout-4", "earlier-tuning", "earlier-heldout"];

    private static readonly RuleBasedExtractor Extractor = new(GoldSets.Registry);

    private static IReadOnlyList<ArticleText> Articles { get; } = Sets
        .SelectMany(set => GoldSetReader.Read(GoldSets.Folder(set)).Articles)
        .Select(article =>
        {
            var text = TextFolding.WellFormed(article.Source.Text);
            return new ArticleText(text, article.Source.Language ?? LanguageDetector.Detect(text).Language, article.Source.Published);
        })
        .ToList();

    [Fact]
    public void Extract_AnyArticle_QuotesSentencesAndMentionsVerbatim()
    {
        foreach (var article in Articles)
        {
            var facts = Extractor.Extract(article);
            foreach (var sentence in facts.Sentences)
                article.Text.Substring(sentence.Start, sentence.Text.Length).ShouldBe(sentence.Text);
            foreach (var mention in facts.Mentions)
                facts.Sentences[mention.SentenceIndex].Text.ShouldContain(mention.Surface);
            foreach (var move in facts.Moves)
                move.SentenceIndexes.ShouldAllBe(index => index >= 0 && index < facts.Sentences.Count);
        }
    }

    /// <summary>
    /// Feeds and pasted text come in every case: a headline in title case once read "Welcomes Back Researcher" as a
    /// name across its move phrase, and the grammar threw on it, losing the whole article.
    /// </summary>
    [Fact]
    public void Extract_AnyArticleInTitleOrUpperCase_ReadsWithoutThrowing()
    {
        var culture = CultureInfo.InvariantCulture.TextInfo;
        foreach (var article in Articles)
        foreach (var text in new[] { culture.ToTitleCase(article.Text), article.Text.ToUpperInvariant() })
            Should.NotThrow(() => Extractor.Extract(article with { Text = text }));
    }

    [Fact]
    public void Extract_SameArticlesInParallel_GivesIdenticalResults()
    {
        var sequential = Articles.Select(a => Render(Extractor.Extract(a))).ToList();

        var parallel = Enumerable.Range(0, 3).SelectMany(_ => Articles.Select((article, index) => (article, index)))
            .AsParallel().WithDegreeOfParallelism(4)
            .Select(pair => (pair.index, Rendered: Render(Extractor.Extract(pair.article))))
            .ToList();

        foreach (var (index, rendered) in parallel) rendered.ShouldBe(sequential[index]);
    }

    private static string Render(ArticleFacts facts) => string.Join('\n',
        facts.Moves.Select(m => $"{m.Person.Id}|{m.Kind}|{m.From?.Id}|{m.To?.Id}|{m.When}|{m.Amount}|{m.Confidence.Code}:{string.Join(",", m.Confidence.Reasons)}|{string.Join(',', m.SentenceIndexes)}")
            .Concat(facts.Counts.Select(c => c.ToString()))
            .Concat(facts.Mentions.Select(m => m.ToString())));
}
