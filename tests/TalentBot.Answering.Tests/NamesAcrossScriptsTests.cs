using TalentBot.Answering.Tests.Support;
using TalentBot.Core;

namespace TalentBot.Answering.Tests;

/// <summary>
/// People the registry does not hold, asked about in one script and written in the other by the articles: a
/// Japanese article writes Maria Rossi as マリア・ロッシ, an English one writes エレナ・ヴァルガ as Elena Varga.
/// </summary>
public sealed class NamesAcrossScriptsTests
{
    private static readonly EntityRef RossiKatakana = EntityRef.Unregistered("マリア・ロッシ");
    private static readonly EntityRef VargaLatin = EntityRef.Unregistered("Elena Varga");

    private static readonly Citation RossiJa = Corpus.Cite("x1", "研究者の移籍", null, null, Language.Japanese,
        "マリア・ロッシ氏は先月OpenAIを退社し、メタに入社した。");
    private static readonly Citation VargaEn = Corpus.Cite("x2", "A researcher moves", null, null, Language.English,
        "Elena Varga left Meta for OpenAI last month.");
    private static readonly Citation BergerFr = Corpus.Cite("x3", "Un départ", null, null, Language.French,
        "Niko Berger a quitté Meta pour rejoindre Anthropic.");

    [Theory]
    [InlineData("Why did Maria Rossi leave OpenAI?")]
    [InlineData("Pourquoi Maria Rossi a-t-elle quitté OpenAI ?")]
    [InlineData("Perché Maria Rossi ha lasciato OpenAI?")]
    public void Answer_LatinNameOfAPersonArticlesWriteInKatakana_FindsTheJapaneseSentence(string question)
    {
        var (knowledge, answerer) = World(withArticleEntities: true);

        var reply = answerer.Answer(question);

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(RossiJa);
        knowledge.LastEvidenceQuery.ShouldNotBeNull().EntityIds.ShouldContain(RossiKatakana.Id);
    }

    [Theory]
    [InlineData("Why did Maria Rossi leave OpenAI?")]
    [InlineData("Pourquoi Maria Rossi a-t-elle quitté OpenAI ?")]
    [InlineData("Perché Maria Rossi ha lasciato OpenAI?")]
    public void Answer_LatinNameNoArticleEntityHolds_StillAcceptsTheKatakanaSentence(string question)
    {
        var (_, answerer) = World(withArticleEntities: false);

        var reply = answerer.Answer(question);

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(RossiJa);
    }

    [Fact]
    public void Answer_KatakanaNameOfAPersonArticlesWriteInLatinLetters_FindsTheEnglishSentence()
    {
        var (knowledge, answerer) = World(withArticleEntities: true);

        var reply = answerer.Answer("エレナ・ヴァルガがメタを辞めた理由は？");

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(VargaEn);
        knowledge.LastEvidenceQuery.ShouldNotBeNull().EntityIds.ShouldContain(VargaLatin.Id);
    }

    [Fact]
    public void Answer_KatakanaNameNoArticleEntityHolds_StillAcceptsTheLatinSentence()
    {
        var (_, answerer) = World(withArticleEntities: false);

        var reply = answerer.Answer("ニコ・ベルガーがメタを辞めた理由は？");

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldBe([BergerFr]);
    }

    [Theory]
    [InlineData("Why did Mario Rossi leave OpenAI?")]
    [InlineData("Perché Mario Rossi ha lasciato OpenAI?")]
    public void Answer_AnotherNameThatSoundsClose_IsNotTakenForThePerson(string question)
    {
        var (_, answerer) = World(withArticleEntities: true);

        var reply = answerer.Answer(question);

        reply.Citations.Select(c => c.Citation).ShouldNotContain(RossiJa);
    }

    private static readonly EntityRef YamadaKanji = EntityRef.Unregistered("山田剛");

    // The lexicon has no word for a threat made by telling one's boss: only the name ties this sentence to the question.
    private static readonly Citation YamadaJa = Corpus.Cite("x4", "研究者の待遇", null, null, Language.Japanese,
        "同僚の山田剛さんは、条件が改善されなければグーグルに移ると上司に伝えた。");

    [Theory]
    [InlineData("Quelle entreprise 山田剛 a-t-il menacé de rejoindre ?")]
    [InlineData("Which company did 山田剛 threaten to join?")]
    [InlineData("山田剛氏はどの会社に移ると脅したのか？")]
    public void Answer_KanjiNameArticlesKnow_IsTheSubjectEvenWhenNoSentenceSaysTheConcept(string question)
    {
        var (knowledge, answerer) = World(withArticleEntities: true);

        var reply = answerer.Answer(question);

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldBe([YamadaJa]);
        knowledge.LastEvidenceQuery.ShouldNotBeNull().EntityIds.ShouldContain(YamadaKanji.Id);
    }

    [Fact]
    public void Answer_KanjiWordArticlesDoNotKnowAsAName_IsOnlyASearchWord()
    {
        var (knowledge, answerer) = World(withArticleEntities: true);

        answerer.Answer("Quelle entreprise 田中誠 a-t-il menacé de rejoindre ?");

        knowledge.LastEvidenceQuery.ShouldNotBeNull().EntityIds.ShouldNotContain(YamadaKanji.Id);
    }

    [Fact]
    public void Answer_KatakanaNameWithADoubleHyphen_FindsTheHyphenatedLatinName()
    {
        var (knowledge, answerer) = World(withArticleEntities: true);
        var costa = EntityRef.Unregistered("Isabel Costa-Nakamura");
        var declined = Corpus.Cite("x5", "An offer declined", null, null, Language.English,
            "Isabel Costa-Nakamura turned down an offer from OpenAI in April.");
        knowledge.Sentences.Add((declined, [costa.Id, "openai"]));
        knowledge.ArticleEntities.Add((EntityKind.Person, costa));

        var reply = answerer.Answer("イザベル・コスタ＝ナカムラ氏はOpenAIのオファーを受けたのか？");

        knowledge.LastEvidenceQuery.ShouldNotBeNull().EntityIds.ShouldContain(costa.Id);
        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(declined);
    }

    private static (FakeKnowledgeBase Knowledge, QuestionAnswerer Answerer) World(bool withArticleEntities)
    {
        var knowledge = Corpus.KnowledgeBase();
        knowledge.Sentences.Add((RossiJa, [RossiKatakana.Id, "openai", "meta"]));
        knowledge.Sentences.Add((VargaEn, [VargaLatin.Id, "meta", "openai"]));
        knowledge.Sentences.Add((BergerFr, ["meta", "anthropic"]));
        knowledge.Sentences.Add((YamadaJa, [YamadaKanji.Id, "google"]));
        if (withArticleEntities)
        {
            knowledge.ArticleEntities.Add((EntityKind.Person, YamadaKanji));
            knowledge.ArticleEntities.Add((EntityKind.Person, RossiKatakana));
            knowledge.ArticleEntities.Add((EntityKind.Person, VargaLatin));
        }
        return (knowledge, new QuestionAnswerer(knowledge, Corpus.Clock));
    }
}
