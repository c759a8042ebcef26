using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;
using static TalentBot.Answering.Tests.Support.Corpus;

namespace TalentBot.Answering.Tests;

/// <summary>
/// Free questions answered from the facts first: each kind of question in each language gets one direct sentence in
/// the asker's language, with the markers of the citations it stands on, and no sentence the facts do not support.
/// </summary>
public sealed class FactAnswerTests
{
    private static readonly EntityRef KeYang = EntityRef.Unregistered("Ke Yang");
    private static readonly Citation WangEn = Cite("b1", "Meta names a chief AI officer", null, null, Language.English,
        "Meta named Alexandr Wang chief AI officer of its superintelligence lab on June 12.");
    private static readonly Citation ZhaoThreatFr = Cite("b2", "Zhao menace de partir", null, null, Language.French,
        "Shengjia Zhao a menacé de quitter Meta Superintelligence Labs pour revenir chez OpenAI.");
    private static readonly Citation LeeNeverJa = Cite("b3", "リー氏、入社せず", null, null, Language.Japanese,
        "ダナ・リー氏はアンソロピックと契約したが、一度も出社しなかった。");
    private static readonly Citation RaeDeclinedIt = Cite("b4", "Rae dice no a OpenAI", null, null, Language.Italian,
        "Jack Rae ha rifiutato l'offerta di OpenAI e resta in Meta.");
    private static readonly Citation YangEn = Cite("a1", "Apple's top AI executive leaves for Meta", null, null, Language.English,
        "Apple named Ke Yang to lead the foundation models team in his place.");

    private readonly QuestionAnswerer _answerer;

    public FactAnswerTests()
    {
        var knowledge = KnowledgeBase();
        knowledge.Moves.Add(Move("m-wang", Ref("alexandr-wang"), MoveKind.Appointed, null, Msl, new PartialDate(2025, 6, 12), null, WangEn));
        knowledge.Moves.Add(Move("m-zhao-threat", ShengjiaZhao, MoveKind.ThreatenedToLeave, Msl, OpenAI, new PartialDate(2025, 8), null, ZhaoThreatFr));
        knowledge.Moves.Add(Move("m-lee-never", DanaLee, MoveKind.NeverStarted, DeepMind, Anthropic, new PartialDate(2025, 3), null, LeeNeverJa));
        knowledge.Moves.Add(Move("m-wang-threat", Ref("alexandr-wang"), MoveKind.ThreatenedToLeave, null, Google, new PartialDate(2025, 10), null, WangEn));
        knowledge.Moves.Add(Move("m-rae-declined", JackRae, MoveKind.DeclinedOffer, Meta, OpenAI, null, null, RaeDeclinedIt));
        knowledge.Moves.Add(Move("m-yang", KeYang, MoveKind.Appointed, null, Apple, new PartialDate(2025, 7), null, YangEn));
        knowledge.ArticleEntities.Add((EntityKind.Person, KeYang));
        knowledge.Moves.Add(Move("m-roe-inferred", JaneRoe, MoveKind.Joined, Meta, Apple, new PartialDate(2025, 9), null, RoeEn)
            with { Confidence = MoveConfidence.InferredBy(InferenceReason.Coreference) });
        knowledge.Moves.Add(Move("m-yang-inferred", KeYang, MoveKind.Left, Google, null, new PartialDate(2024, 1), null, YangEn)
            with { Confidence = MoveConfidence.InferredBy(InferenceReason.Coreference) });
        _answerer = new QuestionAnswerer(knowledge, Corpus.Clock);
    }

    private static EntityRef Ref(string id) => Registry.Find(id)!.ToRef();

    private string Answer(string question)
    {
        var reply = _answerer.Answer(question);
        reply.Intent.ShouldBe(ReplyIntent.Ask);
        return reply.Answer.ShouldNotBeNull($"no direct answer to «{question}»:\n{reply.Text}");
    }

    [Fact]
    public void Where_English_StatesTheMoveWithItsDateAmountAndMarker()
    {
        var reply = _answerer.Answer("Where did Ruoming Pang go?");

        reply.Answer.ShouldBe("Ruoming Pang left Apple for Meta Superintelligence Labs, 2025-07 — more than $200 million [1][2]");
        reply.Citations[0].Citation.ShouldBe(PangEn);
        reply.Text.ShouldStartWith(reply.Title + "\n" + reply.Answer);
    }

    [Fact]
    public void When_French_AnswersInFrench()
    {
        Answer("Quand Ruoming Pang a-t-il quitté Apple ?").ShouldStartWith("Ruoming Pang a quitté Apple pour Meta Superintelligence Labs, 2025-07");
    }

    [Fact]
    public void HowMuch_Italian_GivesTheAmountTiedToThePerson()
    {
        Answer("Quanto ha ricevuto Ruoming Pang da Meta?").ShouldContain("more than $200 million");
    }

    [Fact]
    public void HowMany_Japanese_StatesTheCountWithItsBound()
    {
        var expected = Phrases.Format(Language.Japanese, Phrase.CountTo, Phrases.Bound(Language.Japanese, CountBound.MoreThan, 20), "OpenAI", "Meta");

        Answer("OpenAIからMetaに移ったのは何人ですか？").ShouldBe(expected + " [1]");
    }

    [Fact]
    public void HowMany_TheOtherWayRound_HasNoDirectAnswer()
    {
        // The count is OpenAI to Meta; a question about Meta losing people to OpenAI must not be answered with it.
        _answerer.Answer("How many people did Meta lose to OpenAI?").Answer.ShouldBeNull();
    }

    [Fact]
    public void YesNo_English_AnswersNoOnlyFromAMoveThatSaysSo()
    {
        Answer("Did Dana Lee join Anthropic?").ShouldBe("No: Dana Lee signed with Anthropic but never started, 2025-03 [1]");
    }

    [Fact]
    public void YesNo_French_AnswersYes()
    {
        Answer("Ruoming Pang a-t-il quitté Apple ?").ShouldStartWith("Oui : Ruoming Pang a quitté Apple pour Meta Superintelligence Labs");
    }

    [Fact]
    public void YesNo_NothingInTheFacts_GivesNoDirectAnswerRatherThanNo()
    {
        _answerer.Answer("Did Ruoming Pang leave Google?").Answer.ShouldBeNull();
    }

    [Fact]
    public void Replaced_English_FindsTheAppointmentReportedBesideTheDeparture()
    {
        Answer("Who replaced Ruoming Pang at Apple?").ShouldBe("Ke Yang was appointed at Apple, 2025-07 [1]");
    }

    [Theory]
    [InlineData("Who replaced Ruoming Pang at Apple, and which company did he come from?", "Ke Yang was appointed at Apple, 2025-07 [1]")]
    [InlineData("Qui a remplacé Ruoming Pang chez Apple, et d'où vient-il ?", "Ke Yang : nomination chez Apple, 2025-07 [1]")]
    public void Replaced_AskingAlsoWhereTheSuccessorCameFrom_StillNamesTheSuccessor(string question, string expected)
    {
        Answer(question).ShouldBe(expected);
    }

    [Fact]
    public void Replaced_OnlyAnInferredArrivalBesideTheDeparture_AnswersItMarked()
    {
        var knowledge = KnowledgeBase();
        knowledge.Moves.Add(Move("m-moss", EntityRef.Unregistered("Ada Moss"), MoveKind.Joined, Google, Meta, null, null, RoeEn)
            with { Confidence = MoveConfidence.InferredBy(InferenceReason.Coreference) });

        new QuestionAnswerer(knowledge, Clock).Answer("Who replaced Jane Roe at Meta?").Answer
            .ShouldBe("Ada Moss joined Meta from Google (inferred from context) [1]");
    }

    [Fact]
    public void DeclinedOffer_Italian_NamesTheOfferAndWhereThePersonStays()
    {
        Answer("Quale azienda ha rifiutato Jack Rae?").ShouldBe("Jack Rae ha rifiutato un'offerta di OpenAI e resta in Meta [1]");
    }

    [Fact]
    public void Threatened_Italian_ReadsFromAndTo()
    {
        Answer("Chi ha minacciato di lasciare Meta per OpenAI?")
            .ShouldBe("Shengjia Zhao ha minacciato di lasciare Meta Superintelligence Labs per OpenAI, 2025-08 [1]");
    }

    [Theory]
    [InlineData("Where did Alexandr Wang threaten to go?", "Alexandr Wang threatened to leave for Google, 2025-10 [1]")]
    [InlineData("Alexandr Wangはどこに移ると脅したのか？", "Alexandr WangはGoogleに移ると示唆した, 2025-10 [1]")]
    public void Threatened_WithoutTheOrganisationLeft_SaysOnlyWhereTo(string question, string expected)
    {
        Answer(question).ShouldBe(expected);
    }

    [Fact]
    public void Leads_Japanese_FindsTheAppointment()
    {
        Answer("Metaを率いているのは誰ですか？").ShouldStartWith("Alexandr WangはMeta Superintelligence Labsで就任, 2025-06-12");
    }

    [Theory]
    [InlineData("2025年7月にMetaに入社したのは誰ですか？")]
    [InlineData("Qui a rejoint Meta en juillet 2025 ?")]
    [InlineData("Who joined Meta in July 2025?")]
    [InlineData("Chi è entrato in Meta a luglio 2025?")]
    public void DateInTheQuestion_KeepsOnlyMovesOnThatDate(string question)
    {
        var answer = Answer(question);

        answer.ShouldContain("Ruoming Pang");
        answer.ShouldContain("Shengjia Zhao");
        answer.ShouldNotContain("Jack Rae");
        answer.ShouldNotContain("Alexandr Wang");
    }

    [Fact]
    public void FromAndTo_English_KeepsOnlyMovesBetweenTheTwo()
    {
        var answer = Answer("Who went from OpenAI to Meta?");

        answer.ShouldBe("Shengjia Zhao joined Meta Superintelligence Labs from OpenAI, 2025-07 [1]");
    }

    [Theory]
    [InlineData("Who left Meta for Google rather than DeepMind?")]
    [InlineData("Qui a quitté Meta pour Google plutôt que DeepMind ?")]
    [InlineData("Chi ha lasciato Meta per Google invece di DeepMind?")]
    [InlineData("DeepMindではなくGoogleに移ったのは誰ですか？")]
    public void RatherThan_RulesThatDestinationOut(string question)
    {
        var answer = Answer(question);

        answer.ShouldContain("Jane Roe");
        answer.ShouldContain("Google");
        answer.ShouldNotContain("DeepMind");
    }

    [Theory]
    [InlineData("Where did Max Schwarzer go after leaving Meta?")]
    [InlineData("マックス・シュワルツァー氏はMetaを離れてどこに移りましたか？")]
    public void SomeoneTheStoreDoesNotKnow_GetsNoOneElsesMoves(string question)
    {
        _answerer.Answer(question).Answer.ShouldBeNull();
    }

    [Fact]
    public void MonthAndYear_AMoveDatedOnlyByItsYearDoesNotAnswer()
    {
        var answer = Answer("Who left OpenAI in July 2024?");

        answer.ShouldBe("Researcher 7 left OpenAI for Startup 7, 2024-07 [1]");
    }

    [Theory]
    [InlineData("Qu'a proposé Shengjia Zhao à Meta ?")]
    [InlineData("What did Shengjia Zhao say about Meta?")]
    [InlineData("Cosa ha detto Shengjia Zhao di Meta?")]
    public void WhatQuestion_IsAnsweredByTheEvidence_NotByAYes(string question)
    {
        _answerer.Answer(question).Answer.ShouldBeNull();
    }

    [Theory]
    [InlineData("Who left Meta since July 2025?")]
    [InlineData("Qui a quitté Meta depuis juillet 2025 ?")]
    [InlineData("Chi ha lasciato Meta dal luglio 2025?")]
    [InlineData("2025年7月以降にMetaを辞めたのは誰ですか？")]
    public void Since_KeepsMovesFromThatDateOn(string question)
    {
        var answer = Answer(question);

        answer.ShouldContain("Chaya Nayak");
        answer.ShouldNotContain("Jane Roe");
    }

    [Theory]
    [InlineData("Metaを辞めてOpenAIに移ったのは誰ですか？")]
    [InlineData("誰がMSLを辞めてOpenAIに移ると脅したのか？")]
    [InlineData("Metaを辞めたのは誰で、報酬はいくら？")]
    public void WhoLeftQuestionThatSaysMore_IsAFreeQuestionThatKeepsWhatItSays(string question)
    {
        _answerer.Answer(question).Intent.ShouldBe(ReplyIntent.Ask);
    }

    [Fact]
    public void InferredMove_AnswersOnlyWhenNoStatedOneDoes_AndSaysSo()
    {
        // Jane Roe's stated moves answer where she went; the inferred one is neither stated nor listed.
        var stated = _answerer.Answer("Where did Jane Roe go?");
        stated.Answer.ShouldNotBeNull().ShouldNotContain("Apple");
        stated.Moves.ShouldAllBe(m => m.Move.Confidence.IsStated);

        Answer("Which company did Ke Yang leave?").ShouldBe("Ke Yang left Google, 2024-01 (inferred from context) [1]");
    }

    [Fact]
    public void FreeQuestionWithoutAFact_ListsOnlyStatedMoves()
    {
        var reply = _answerer.Answer("Why is Jane Roe in the news?");

        reply.Answer.ShouldBeNull();
        reply.Moves.ShouldNotBeEmpty();
        reply.Moves.ShouldAllBe(m => m.Move.Confidence.IsStated);
    }

    [Fact]
    public void Why_HasNoDirectAnswer_TheEvidenceAnswers()
    {
        _answerer.Answer("Why did Ruoming Pang leave Apple?").Answer.ShouldBeNull();
    }

    [Fact]
    public void SameQuestion_SameAnswer_EveryTime()
    {
        var answers = Enumerable.Range(0, 20).AsParallel().Select(_ => _answerer.Answer("Who went from OpenAI to Meta?").Text).Distinct().ToList();

        answers.ShouldHaveSingleItem();
    }

    [Theory]
    [InlineData("Which OpenAI researcher joined Meta?")]
    [InlineData("Qui est passé d'OpenAI à Meta ?")]
    public void AppointmentWithBothEnds_HasADirection(string question)
    {
        var knowledge = KnowledgeBase();
        knowledge.Moves.Add(Move("m-yang-appointed", KeYang, MoveKind.Appointed, Meta, OpenAI, null, null, YangEn));
        var answerer = new QuestionAnswerer(knowledge, Corpus.Clock);

        (answerer.Answer(question).Answer ?? "").ShouldNotContain("Ke Yang");
        (answerer.Answer("Who went from Meta to OpenAI?").Answer ?? "").ShouldContain("Ke Yang");
    }

    [Theory]
    [InlineData("Where did Ke Yang go after Google?")]
    [InlineData("Où est allé Ke Yang après Google ?")]
    [InlineData("Dove è andato Ke Yang dopo Google?")]
    public void WhereAfter_AMoveThatLeavesTheOriginUnsaid_AnswersWithItsDestination(string question)
    {
        var answerer = AnswererWith(Move("m-yang-open", KeYang, MoveKind.Appointed, null, Apple, null, null, YangEn));

        answerer.Answer(question).Answer.ShouldNotBeNull().ShouldContain("Apple");
    }

    [Fact]
    public void WhereAfter_AMoveFromAnotherOrigin_DoesNotAnswer()
    {
        var answerer = AnswererWith(Move("m-yang-meta", KeYang, MoveKind.Joined, Meta, Apple, null, null, YangEn));

        answerer.Answer("Where did Ke Yang go after Google?").Answer.ShouldBeNull();
    }

    [Fact]
    public void DidTheyLeave_AMoveThatLeavesTheOriginUnsaid_IsNoYes()
    {
        var answerer = AnswererWith(Move("m-yang-open", KeYang, MoveKind.Joined, null, Apple, null, null, YangEn));

        answerer.Answer("Did Ke Yang leave Google?").Answer.ShouldBeNull();
    }

    private static QuestionAnswerer AnswererWith(Move move)
    {
        var knowledge = KnowledgeBase();
        knowledge.Moves.Add(move);
        knowledge.ArticleEntities.Add((EntityKind.Person, KeYang));
        return new QuestionAnswerer(knowledge, Corpus.Clock);
    }
}
