using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Knowledge.Tests.Support;
using static TalentBot.Knowledge.Tests.Support.People;

namespace TalentBot.Knowledge.Tests;

public sealed class EvidenceSearchTests : IDisposable
{
    private readonly StoreFixture _fixture = new();

    public EvidenceSearchTests()
    {
        _fixture.Extractor.Mention("OpenAI", OpenAi, EntityKind.Organisation).Mention("Meta", Meta, EntityKind.Organisation);
        _fixture.Ingest("The researchers left OpenAI in June.\nThe weather was fine.", outlet: "Wired", title: "English story");
        _fixture.Ingest("Trois chercheurs ont quitté Meta pour rejoindre une start-up.", language: Language.French, title: "Histoire");
        _fixture.Ingest("Il ricercatore ha lasciato Meta dopo tre settimane.", language: Language.Italian, title: "Storia");
        _fixture.Ingest("メタの研究者が退社し、オープンAIに移籍した。", language: Language.Japanese, title: "記事");
    }

    [Fact]
    public void SearchEvidence_EnglishInflection_MatchesByStem()
    {
        var hits = Search("researcher");

        hits.Single().Citation.ShouldSatisfyAllConditions(
            c => c.Quote.ShouldBe("The researchers left OpenAI in June."),
            c => c.Title.ShouldBe("English story"),
            c => c.Outlet.ShouldBe("Wired"),
            c => c.Language.ShouldBe(Language.English),
            c => c.SentenceIndex.ShouldBe(0));
    }

    [Fact]
    public void SearchEvidence_FrenchParticiple_MatchesWithAndWithoutAccent()
    {
        Search("quitté").Single().Citation.Language.ShouldBe(Language.French);
        Search("chercheur").Single().Citation.Title.ShouldBe("Histoire");
    }

    [Fact]
    public void SearchEvidence_ItalianTerm_FindsItalianSentence()
    {
        Search("lasciato").Single().Citation.Quote.ShouldBe("Il ricercatore ha lasciato Meta dopo tre settimane.");
    }

    [Fact]
    public void SearchEvidence_JapaneseWord_MatchesItsBigramsInOrder()
    {
        Search("研究者").Single().Citation.Language.ShouldBe(Language.Japanese);
        Search("退社").Single().Citation.Title.ShouldBe("記事");
        Search("者研").ShouldBeEmpty();
    }

    [Fact]
    public void SearchEvidence_LatinNameRightAfterKana_IsAWordOfTheJapaneseSentence()
    {
        _fixture.Ingest("研究者は2年前にOpenAIを辞めた。", language: Language.Japanese, title: "転身");

        Search("OpenAI").Select(h => h.Citation.Quote).ShouldContain("研究者は2年前にOpenAIを辞めた。");
    }

    [Fact]
    public void SearchEvidence_EntityFewSentencesAreAbout_FindsThemWithoutAWordOfTheQuery()
    {
        _fixture.Extractor.Mention("she started", Alice, EntityKind.Person);
        _fixture.Ingest("Last week she started at a start-up.", title: "Pronoun story");

        var hits = _fixture.Store.SearchEvidence(new EvidenceQuery(["departure"], [Alice.Id], 8));

        hits.Single().Citation.Quote.ShouldBe("Last week she started at a start-up.");
        hits.Single().EntityIds.ShouldBe([Alice.Id]);
    }

    [Fact]
    public void SearchEvidence_EntityManySentencesAreAbout_OnlyRanksWhatTheWordsFind()
    {
        _fixture.Extractor.Mention("the lab", Google, EntityKind.Organisation);
        var lines = Enumerable.Range(0, EvidenceQueryBuilderLimit + 1).Select(i => $"Item {i} about the lab.");
        _fixture.Ingest(string.Join('\n', lines), title: "Lab story");

        _fixture.Store.SearchEvidence(new EvidenceQuery(["departure"], [Google.Id], 8)).ShouldBeEmpty();
        _fixture.Store.SearchEvidence(new EvidenceQuery(["item"], [Google.Id], 8)).ShouldNotBeEmpty();
    }

    private const int EvidenceQueryBuilderLimit = TalentBot.Knowledge.Search.EvidenceQueryBuilder.RareEntitySentences;

    [Fact]
    public void SearchEvidence_TermsInFourLanguages_FindsEachLanguage()
    {
        var hits = Search("left", "quitté", "lasciato", "退社");

        hits.Select(h => h.Citation.Language).ShouldBe([Language.English, Language.French, Language.Italian, Language.Japanese], ignoreOrder: true);
    }

    [Fact]
    public void SearchEvidence_OnlyStopWords_FindsNothing()
    {
        Search("the", "le", "il", "and").ShouldBeEmpty();
    }

    [Fact]
    public void SearchEvidence_EntityNamed_RanksItsSentencesFirst()
    {
        var withoutEntity = _fixture.Store.SearchEvidence(new EvidenceQuery(["lasciato", "quitté", "left"], [], 8));
        var withEntity = _fixture.Store.SearchEvidence(new EvidenceQuery(["lasciato", "quitté", "left"], [OpenAi.Id], 8));

        withoutEntity.Count.ShouldBe(3);
        withEntity[0].Citation.Quote.ShouldBe("The researchers left OpenAI in June.");
        withEntity[0].Score.ShouldBeGreaterThan(withoutEntity.Single(e => e.Citation.Language == Language.English).Score);
    }

    [Fact]
    public void SearchEvidence_SameSentenceInTwoArticles_ReturnedOnce()
    {
        _fixture.Ingest("Repost.\nThe researchers left OpenAI in June.", outlet: "Aggregator");

        Search("researcher").Count.ShouldBe(1);
    }

    /// <summary>
    /// Reposts among the best hits give way to the next distinct sentences in rank order, however many reads of
    /// articles that takes, and no more than the limit are returned.
    /// </summary>
    [Fact]
    public void SearchEvidence_RepostsAmongTheBestHits_AreMadeUpFromTheNextDistinctOnes()
    {
        foreach (var outlet in new[] { "Wire", "Aggregator", "Mirror" })
            _fixture.Ingest($"Report from {outlet}.\nZorbatron left Quux.", outlet: outlet);
        _fixture.Ingest("Intro.\nZorbatron left Quux for a rival lab.");
        _fixture.Ingest("Intro two.\nZorbatron left Quux for a rival lab after a long and public dispute.");

        var hits = _fixture.Store.SearchEvidence(new EvidenceQuery(["zorbatron"], [], Limit: 2));

        hits.Select(h => h.Citation.Quote).ShouldBe(["Zorbatron left Quux.", "Zorbatron left Quux for a rival lab."]);
    }

    [Fact]
    public void SearchEvidence_JustIngested_IsSearchableAtOnce()
    {
        _fixture.Ingest("Zygomorphic talent fled Apple.");

        Search("zygomorphic").Single().Citation.Quote.ShouldBe("Zygomorphic talent fled Apple.");
    }

    [Fact]
    public void SearchEvidence_ManyTerms_ClauseCountIsCapped()
    {
        var terms = Enumerable.Range(0, 500).Select(i => $"word{i}").Append("researcher").ToArray();

        Should.NotThrow(() => Search(terms));
    }

    [Fact]
    public void SearchEvidence_Limit_ReturnsAtMostLimit()
    {
        _fixture.Store.SearchEvidence(new EvidenceQuery(["left", "quitté", "lasciato", "退社"], [], 2)).Count.ShouldBe(2);
    }

    private IReadOnlyList<Evidence> Search(params string[] terms) => _fixture.Store.SearchEvidence(new EvidenceQuery(terms, []));

    public void Dispose() => _fixture.Dispose();
}
