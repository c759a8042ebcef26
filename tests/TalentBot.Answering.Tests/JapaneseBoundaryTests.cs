using TalentBot.Answering.Tests.Support;
using TalentBot.Core;

namespace TalentBot.Answering.Tests;

/// <summary>
/// Japanese writes Latin names straight after kana and kanji, with no space: a name there still stands as a whole
/// word, since only a Latin letter or digit before it would make it part of another word.
/// </summary>
public sealed class JapaneseBoundaryTests
{
    private static readonly Citation LeeJa = Corpus.Cite("j1", "元研究者の転身", null, null, Language.Japanese,
        "研究者のDana Leeは2年前にOpenAIを辞めた。");

    private readonly QuestionAnswerer _answerer;

    public JapaneseBoundaryTests()
    {
        var knowledge = Corpus.KnowledgeBase();
        knowledge.Sentences.Add((LeeJa, []));
        _answerer = new QuestionAnswerer(knowledge, Corpus.Clock);
    }

    [Theory]
    [InlineData("Why did researchers leave OpenAI?")]
    [InlineData("Pourquoi les chercheurs ont-ils quitté OpenAI ?")]
    [InlineData("Perché i ricercatori hanno lasciato OpenAI?")]
    [InlineData("研究者がOpenAIを辞めた理由は？")]
    public void Answer_OrganisationWrittenRightAfterKana_IsFoundInTheSentence(string question)
    {
        var reply = _answerer.Answer(question);

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(LeeJa);
    }

    [Theory]
    [InlineData("Why did Dana Lee leave?")]
    [InlineData("Pourquoi Dana Lee est-elle partie ?")]
    [InlineData("Perché Dana Lee ha lasciato?")]
    [InlineData("Dana Leeが辞めた理由は？")]
    public void Answer_PersonOnlyArticlesNameWrittenRightAfterKanji_IsFoundInTheSentence(string question)
    {
        var reply = _answerer.Answer(question);

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(LeeJa);
    }

    [Fact]
    public void Answer_NameGluedToLatinLetters_IsStillNotAWord()
    {
        var knowledge = Corpus.KnowledgeBase();
        var glued = Corpus.Cite("j2", "記事", null, null, Language.Japanese, "XOpenAIを辞めた研究者がいる。");
        knowledge.Sentences.Add((glued, []));

        var reply = new QuestionAnswerer(knowledge, Corpus.Clock).Answer("研究者がOpenAIを辞めた理由は？");

        reply.Citations.Select(c => c.Citation).ShouldNotContain(glued);
    }
}
