using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

public sealed class AskTests
{
    private readonly FakeKnowledgeBase _knowledge = Corpus.KnowledgeBase();
    private readonly QuestionAnswerer _answerer;

    public AskTests() => _answerer = new QuestionAnswerer(_knowledge, Corpus.Clock);

    [Fact]
    public void Answer_FrenchQuestion_FindsJapaneseSentenceThroughLexiconAndAliases()
    {
        var reply = _answerer.Answer("Pourquoi Meta a-t-elle gelé les embauches ?");

        reply.Intent.ShouldBe(ReplyIntent.Ask);
        reply.Outcome.ShouldBe(ReplyOutcome.Answered);
        reply.Language.ShouldBe(Language.French);
        reply.Title.ShouldBe("Voici ce que disent les sources sur Meta :");
        reply.Citations[reply.Evidence.ShouldHaveSingleItem() - 1].Citation.ShouldBe(Corpus.FreezeJa);
        reply.Text.ShouldContain("« メタはAI部門における研究者の採用を凍結した。 » [1]");
    }

    [Theory]
    [InlineData("Pourquoi Meta a-t-elle gelé les embauches à Londres ?")]
    [InlineData("Perché Meta ha congelato le assunzioni a Londra?")]
    [InlineData("Why did Meta freeze hiring in Zurich?")]
    public void Answer_QuestionNamingAPlace_DoesNotRequireTheSentenceToNameIt(string question)
    {
        var reply = _answerer.Answer(question);

        reply.Outcome.ShouldBe(ReplyOutcome.Answered);
        reply.Citations.Select(c => c.Citation).ShouldContain(Corpus.FreezeJa);
    }

    [Fact]
    public void Answer_FreeQuestion_ExpandsKeywordsAndAliasesAcrossLanguages()
    {
        _answerer.Answer("Pourquoi Meta a-t-elle gelé les embauches ?");

        var query = _knowledge.LastEvidenceQuery.ShouldNotBeNull();
        query.Terms.ShouldContain("メタ");
        query.Terms.ShouldContain("Facebook");
        query.Terms.ShouldContain("gelé");
        query.Terms.ShouldContain("凍結");
        query.Terms.ShouldContain("freeze");
        query.Terms.ShouldContain("congelato");
        query.EntityIds.ShouldBe(["meta", "msl"], ignoreOrder: true);
    }

    [Fact]
    public void Answer_FreeQuestion_DropsStopWordsAndCapsTerms()
    {
        _answerer.Answer("Why did the researchers who were hired and recruited and poached leave Meta for more pay and bigger offers?");

        var query = _knowledge.LastEvidenceQuery.ShouldNotBeNull();
        query.Terms.Count.ShouldBeLessThanOrEqualTo(32);
        query.Terms.ShouldNotContain("the");
        query.Terms.ShouldNotContain("who");
        query.Terms.ShouldContain("researchers");
    }

    [Fact]
    public void Answer_QuestionNamingPersonWithMoves_IncludesTheirMoves()
    {
        var reply = _answerer.Answer("Combien Meta a-t-elle payé Ruoming Pang ?");

        reply.Language.ShouldBe(Language.French);
        reply.Moves.ShouldHaveSingleItem().Move.Id.ShouldBe("m-pang");
        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldBe([Corpus.PangEn, Corpus.PangJa], ignoreOrder: true);
        reply.Text.ShouldContain("Mouvements connus :");
    }

    [Fact]
    public void Answer_ItalianWhyQuestion_RanksSentencesNamingThePersonFirstAndFlagsDisagreement()
    {
        var reply = _answerer.Answer("Perché Chaya Nayak ha lasciato Meta?");

        reply.Language.ShouldBe(Language.Italian);
        reply.Evidence.Take(2).Select(n => reply.Citations[n - 1].Citation)
             .ShouldBe([Corpus.NayakIt, Corpus.NayakFr], ignoreOrder: true);
        reply.HasDisagreement.ShouldBeTrue();
        reply.Text.ShouldContain("Le fonti non concordano su dove sia andato Chaya Nayak");
    }

    [Fact]
    public void Answer_JapaneseQuestion_RepliesInJapaneseWithEvidence()
    {
        var reply = _answerer.Answer("メタが研究者の採用を凍結した理由は？");

        reply.Language.ShouldBe(Language.Japanese);
        reply.Title.ShouldBe("Metaについて、資料によると：");
        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(Corpus.FreezeJa);
    }

    [Fact]
    public void Answer_EnglishQuestionAboutPay_FindsJapaneseSentenceByKatakanaAlias()
    {
        var reply = _answerer.Answer("What was Ruoming Pang's pay package?");

        reply.Language.ShouldBe(Language.English);
        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(Corpus.PangJa);
    }

    [Fact]
    public void Answer_QuestionAboutOrganisationLeaving_IncludesItsDepartures()
    {
        var reply = _answerer.Answer("Did anyone leave DeepMind recently?");

        reply.Moves.Select(m => m.Move.Id).ShouldBe(["m-rae", "m-lee"]);
    }

    [Theory]
    [InlineData("who left Foobar?", Language.English, "I found nothing about that in the sources.")]
    [InlineData("Pourquoi Zorglub a-t-il quitté Meta ?", Language.French, "Je n'ai rien trouvé à ce sujet dans les sources.")]
    [InlineData("Perché Zorglub ha lasciato Apple?", Language.Italian, "Non ho trovato nulla al riguardo nelle fonti.")]
    [InlineData("エヌビディアの研究者の報酬は？", Language.Japanese, "その件について、資料には何も見つかりませんでした。")]
    public void Answer_NothingRelevant_SaysSoInTheAskersLanguageWithoutNames(string question, Language language, string expected)
    {
        var reply = _answerer.Answer(question);

        reply.Outcome.ShouldBe(ReplyOutcome.NothingFound);
        reply.Language.ShouldBe(language);
        reply.Title.ShouldBe(expected);
        reply.Moves.ShouldBeEmpty();
        reply.Citations.ShouldBeEmpty();
        reply.Text.ShouldNotContain("Chaya");
    }

    [Fact]
    public void Answer_QuestionOfOnlyStopWords_SaysNothingFound()
    {
        _answerer.Answer("who is it?").Outcome.ShouldBe(ReplyOutcome.NothingFound);
    }

    [Fact]
    public void Answer_TypedAskRequestThatIsStructured_AnswersTheStructuredIntent()
    {
        var reply = _answerer.Answer(new AskRequest("qui a quitté Meta ?"));

        reply.Intent.ShouldBe(ReplyIntent.WhoLeft);
        reply.Language.ShouldBe(Language.French);
    }
}

public sealed class EvidenceLinkTests
{
    [Fact]
    public void Answer_ReferenceListUrlMatchesTheQuestion_IsNotShownAsEvidence()
    {
        var knowledge = Corpus.KnowledgeBase();
        var link = new Citation("ref", "Sources", null, null, Language.Italian, 40,
            "2. https://www.example.com/story/researchers-leave-meta-for-openai/");
        knowledge.Sentences.Add((link, ["meta", "openai"]));

        var reply = new QuestionAnswerer(knowledge, Corpus.Clock).Answer("Why are researchers leaving Meta?");

        reply.Citations.Select(c => c.Citation.ArticleId).ShouldNotContain("ref");
    }
}

public sealed class ReferenceEvidenceRankingTests
{
    [Theory]
    [InlineData("Why did Chaya Nayak leave?", "She left in August.", Language.English)]
    [InlineData("Pourquoi Chaya Nayak est-elle partie ?", "La chercheuse est partie en août.", Language.French)]
    [InlineData("Perché Chaya Nayak ha lasciato?", "La ricercatrice ha lasciato ad agosto.", Language.Italian)]
    [InlineData("チャヤ・ナヤクが辞めた理由は？", "同氏は8月に辞めた。", Language.Japanese)]
    public void Answer_SentenceAboutThePersonOnlyByReference_IsKeptThroughItsEntityIds(string question, string quote, Language language)
    {
        var knowledge = Corpus.KnowledgeBase();
        var reference = Corpus.Cite("r1", "Story", null, null, language, quote);
        knowledge.Sentences.Add((reference, ["chaya-nayak", "meta"]));

        var reply = new QuestionAnswerer(knowledge, Corpus.Clock).Answer(question);

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(reference);
    }

    [Fact]
    public void Answer_SentenceAboutSomeoneElseByReference_IsNotKept()
    {
        var knowledge = Corpus.KnowledgeBase();
        var other = Corpus.Cite("r2", "Story", null, null, Language.English, "She left Meta in August.");
        knowledge.Sentences.Add((other, ["~someone-else", "meta"]));

        var reply = new QuestionAnswerer(knowledge, Corpus.Clock).Answer("Why did Chaya Nayak leave?");

        reply.Citations.Select(c => c.Citation).ShouldNotContain(other);
    }
}
