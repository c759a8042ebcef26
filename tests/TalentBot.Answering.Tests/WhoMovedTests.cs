using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

public sealed class WhoMovedTests
{
    private readonly QuestionAnswerer _answerer = new(Corpus.KnowledgeBase(), Corpus.Clock);

    [Theory]
    [InlineData("who left Meta?", Language.English, "Who left Meta", "left")]
    [InlineData("qui a quitté Meta ?", Language.French, "Qui a quitté Meta", "a quitté")]
    [InlineData("chi ha lasciato Meta?", Language.Italian, "Chi ha lasciato Meta", "ha lasciato")]
    [InlineData("Metaを辞めたのは誰？", Language.Japanese, "Metaを辞めた人", "退社")]
    public void Answer_NaturalWhoLeftQuestion_RepliesInItsLanguage(string question, Language language, string title, string kindLabel)
    {
        var reply = _answerer.Answer(question);

        reply.Intent.ShouldBe(ReplyIntent.WhoLeft);
        reply.Outcome.ShouldBe(ReplyOutcome.Answered);
        reply.Language.ShouldBe(language);
        reply.Title.ShouldBe(title);
        reply.Text.ShouldContain($"Chaya Nayak — {kindLabel}: Meta → Google");
    }

    [Theory]
    [InlineData("who joined OpenAI", Language.English, "Who joined OpenAI", "joined")]
    [InlineData("qui a rejoint OpenAI", Language.French, "Qui a rejoint OpenAI", "a rejoint")]
    [InlineData("chi è entrato in OpenAI", Language.Italian, "Chi è entrato in OpenAI", "è entrato")]
    [InlineData("OpenAIに入社したのは誰", Language.Japanese, "OpenAIに入社した人", "入社")]
    public void Answer_NaturalWhoJoinedQuestion_RepliesInItsLanguage(string question, Language language, string title, string kindLabel)
    {
        var reply = _answerer.Answer(question);

        reply.Intent.ShouldBe(ReplyIntent.WhoJoined);
        reply.Language.ShouldBe(language);
        reply.Title.ShouldBe(title);
        reply.Text.ShouldContain($"Dana Lee — {kindLabel}: DeepMind → OpenAI");
    }

    [Theory]
    [InlineData("/who-left Facebook")]
    [InlineData("/who-left メタ")]
    [InlineData("/who-left Métà")]
    [InlineData("/who-left meta platforms")]
    public void Answer_WhoLeftByAliasAccentOrScript_ResolvesToMeta(string command)
    {
        var reply = _answerer.Answer(command);

        reply.Title.ShouldBe("Who left Meta");
        reply.Moves.Select(m => m.Move.Id).ShouldContain("m-nayak-google");
    }

    [Fact]
    public void Answer_WhoLeftWithTypo_ResolvesToNearestName()
    {
        _answerer.Answer("/who-left Gogle").Title.ShouldBe("Who left Google");
    }

    [Fact]
    public void Answer_WhoLeftParent_IncludesMovesFromItsParts()
    {
        var reply = _answerer.Answer("/who-left Google");

        reply.Moves.Select(m => m.Move.Id).ShouldBe(["m-rae", "m-lee"]);
    }

    [Fact]
    public void Answer_WhoJoinedParent_IncludesArrivalsAtItsPartsAndLeftForMoves()
    {
        var reply = _answerer.Answer("/who-joined Meta");

        // Pang "left Apple for Meta Superintelligence Labs": a departure that names its destination is an arrival.
        reply.Moves.Select(m => m.Move.Id).ShouldBe(["m-pang", "m-zhao", "m-rae"], ignoreOrder: true);
    }

    [Fact]
    public void Answer_WhoLeftOrganisation_IncludesJoinedElsewhereFromIt()
    {
        _answerer.Answer("/who-left OpenAI").Moves.Select(m => m.Move.Id).ShouldContain("m-zhao");
    }

    [Fact]
    public void Answer_MoreMovesThanAPage_ShowsPageAndSaysWhereItSits()
    {
        var reply = _answerer.Answer("/who-left OpenAI");

        reply.Total.ShouldBe(Corpus.OpenAiLeavers + 1);
        reply.Moves.Count.ShouldBe(QuestionAnswerer.PageSize);
        reply.Notes.ShouldContain(n => n.Kind == ReplyNoteKind.MoreNotShown);
        reply.Text.ShouldContain("Moves 1–10 of 13");
    }

    [Fact]
    public void Answer_MoreMovesThanAPageInFrench_SaysWhereThePageSitsInFrench()
    {
        _answerer.Answer("/who-left OpenAI", Language.French).Text.ShouldContain("Mouvements 1 à 10 sur 13");
    }

    [Fact]
    public void Answer_WhoLeftWithHeadCount_ShowsCountWithItsCitation()
    {
        var reply = _answerer.Answer("/who-left OpenAI");

        var count = reply.Counts.ShouldHaveSingleItem();
        count.Count.Bound.ShouldBe(CountBound.MoreThan);
        var number = count.CitationNumbers.ShouldHaveSingleItem();
        reply.Citations[number - 1].Citation.ShouldBe(Corpus.CountEn);
        reply.Text.ShouldContain($"more than 20 people from OpenAI went to Meta [{number}]");
    }

    [Fact]
    public void Answer_WhoJoinedDestinationOfHeadCount_ShowsCount()
    {
        _answerer.Answer("/who-joined Meta").Counts.ShouldHaveSingleItem();
    }

    [Fact]
    public void Answer_WhoLeftOrganisationOnlyArrivedAt_DoesNotShowCountsIntoIt()
    {
        _answerer.Answer("/who-left Meta").Counts.ShouldBeEmpty();
    }

    [Fact]
    public void Answer_ResolvedOrganisationWithoutMoves_SaysNothingFound()
    {
        var reply = _answerer.Answer("/who-left NVIDIA");

        reply.Outcome.ShouldBe(ReplyOutcome.NothingFound);
        reply.IsPrivate.ShouldBeTrue();
        reply.Text.ShouldBe("The sources have nothing on who left NVIDIA.");
    }

    [Theory]
    [InlineData(Language.French, "Les sources ne disent rien sur qui a quitté NVIDIA.")]
    [InlineData(Language.Italian, "Le fonti non dicono nulla su chi ha lasciato NVIDIA.")]
    [InlineData(Language.Japanese, "NVIDIAを辞めた人について、資料には何もありません。")]
    public void Answer_NothingFoundWithLocaleFallback_SaysSoInThatLanguage(Language language, string expected)
    {
        _answerer.Answer("/who-left NVIDIA", language).Title.ShouldBe(expected);
    }

    [Fact]
    public void Answer_MoveLine_ShowsKindRouteDateAmountMarkersAndProvenance()
    {
        var reply = _answerer.Answer("/who-joined Meta");

        reply.Text.ShouldContain(
            "Ruoming Pang — left: Apple → Meta Superintelligence Labs, 2025-07, more than $200 million [1][2] (2 sources, first seen 2025-08-01)");
    }

    [Fact]
    public void Answer_Sources_ListTitleOutletLinkOrNoLinkAndVerbatimQuoteLinkedToTheSentence()
    {
        var text = _answerer.Answer("/who-joined Meta").Text;

        text.ShouldContain("Apple's top AI executive leaves for Meta · Bloomberg — https://example.com/a1\n    [1] “");
        text.ShouldContain("\n        https://example.com/a1#:~:text=Ruoming%20Pang%2C%20who%20led%20Apple%27s%20");
        text.ShouldContain("アップルのAI幹部、メタへ · 日経 — no link\n    [2] “メタはアップルからパン・ルオミン氏を引き抜き、報酬は2億ドルを超えるという。”");
    }

    [Fact]
    public void Answer_SeveralCitationsOfOneArticle_ListItsTitleOnce()
    {
        var text = _answerer.Answer("/who-left Meta").Text;
        var sources = text[text.IndexOf("Sources:", StringComparison.Ordinal)..];

        foreach (var title in _answerer.Answer("/who-left Meta").Citations.Select(c => c.Citation.Title).Distinct())
            sources.Split(title).Length.ShouldBe(2, title);
    }

    [Fact]
    public void Answer_SameSentenceCitedTwice_GetsOneNumber()
    {
        var reply = _answerer.Answer("/moves Jane Roe");

        reply.Moves.Select(m => m.CitationNumbers.ShouldHaveSingleItem()).Distinct().ShouldHaveSingleItem().ShouldBe(1);
        reply.Citations.ShouldHaveSingleItem();
    }
}
