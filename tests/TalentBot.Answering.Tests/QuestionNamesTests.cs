using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

/// <summary>Which capitalised words of a free question are names: dates are not, hyphens join, the first word may be.</summary>
public sealed class QuestionNamesTests
{
    private static readonly Citation MoreauFr = Corpus.Cite("n1", "Départ", null, null, Language.French, "Lina Moreau a quitté OpenAI en mars.");
    private static readonly Citation PaulMoreauFr = Corpus.Cite("n2", "Autre départ", null, null, Language.French, "Paul Moreau a quitté OpenAI en avril.");
    private static readonly Citation LeroyFr = Corpus.Cite("n3", "Départ", null, null, Language.French, "Jean-Baptiste Leroy a quitté OpenAI.");
    private static readonly Citation JeanFr = Corpus.Cite("n4", "Départ", null, null, Language.French, "Jean Dupont a quitté OpenAI.");
    private static readonly Citation HaddadEn = Corpus.Cite("n5", "Exit", null, null, Language.English, "Samir Al-Haddad left Meta after two years.");
    private static readonly Citation NadiaEn = Corpus.Cite("n6", "Exit", null, null, Language.English, "Nadia Haddad left Meta after a year.");
    private static readonly Citation ZentrovaFr = Corpus.Cite("n7", "Recrutement", null, null, Language.French, "Zentrova a recruté trois chercheurs de Meta.");
    private static readonly EntityRef Zentrova = EntityRef.Unregistered("Zentrova");

    private readonly FakeKnowledgeBase _knowledge = Corpus.KnowledgeBase();
    private readonly QuestionAnswerer _answerer;

    public QuestionNamesTests()
    {
        foreach (var citation in new[] { MoreauFr, PaulMoreauFr, LeroyFr, JeanFr }) _knowledge.Sentences.Add((citation, ["openai"]));
        foreach (var citation in new[] { HaddadEn, NadiaEn }) _knowledge.Sentences.Add((citation, ["meta"]));
        _knowledge.Sentences.Add((ZentrovaFr, [Zentrova.Id, "meta"]));
        _knowledge.ArticleEntities.Add((EntityKind.Organisation, Zentrova));
        _answerer = new QuestionAnswerer(_knowledge, Corpus.Clock);
    }

    [Theory]
    [InlineData("Why did researchers leave Meta in July?")]
    [InlineData("Why did researchers leave Meta on Monday?")]
    [InlineData("Pourquoi des chercheurs ont-ils quitté Meta en Juillet ?")]
    [InlineData("Pourquoi des chercheurs ont-ils quitté Meta Lundi ?")]
    [InlineData("Perché i ricercatori hanno lasciato Meta a Luglio?")]
    [InlineData("Perché i ricercatori hanno lasciato Meta Venerdì?")]
    public void Answer_MonthOrWeekdayInTheQuestion_IsNotAPersonEveryQuoteMustName(string question)
    {
        var reply = _answerer.Answer(question);

        reply.Intent.ShouldBe(ReplyIntent.Ask);
        reply.Outcome.ShouldBe(ReplyOutcome.Answered);
        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(Corpus.NayakFr);
    }

    [Theory]
    [InlineData("Dana Lee left DeepMind, why?")]
    [InlineData("Dana Lee a-t-elle quitté DeepMind ?")]
    [InlineData("Dana Lee ha lasciato DeepMind?")]
    public void Answer_QuestionOpeningWithAFullName_KeepsTheFirstName(string question)
    {
        var reply = _answerer.Answer(question);

        reply.Moves.Select(m => m.Move.Id).ShouldBe(["m-lee"]);
    }

    [Theory]
    [InlineData("Lina Moreau left OpenAI, why?")]
    [InlineData("Lina Moreau a-t-elle quitté OpenAI ?")]
    [InlineData("Lina Moreau ha lasciato OpenAI?")]
    public void Answer_QuestionOpeningWithAnUnknownFullName_WantsThatPersonNotTheSurnameAlone(string question)
    {
        var reply = _answerer.Answer(question);

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldBe([MoreauFr]);
    }

    /// <summary>Chat users seldom capitalise: a run of lower-case words that articles name as someone is that person.</summary>
    [Theory]
    [InlineData("did dana lee leave deepmind?")]
    [InlineData("dana lee a-t-elle quitté deepmind ?")]
    [InlineData("perché dana lee ha lasciato deepmind?")]
    public void Answer_FullNameInLowerCase_IsThePersonArticlesName(string question)
    {
        var reply = _answerer.Answer(question);

        reply.Moves.Select(m => m.Move.Id).ShouldBe(["m-lee"]);
    }

    [Fact]
    public void Answer_LowerCaseNameWithAnApostrophe_IsOneName()
    {
        var ohara = EntityRef.Unregistered("Siobhan O'Hara");
        var exit = Corpus.Cite("n11", "Exit", null, null, Language.English, "Siobhan O'Hara left Meta for a startup in Dublin.");
        _knowledge.Sentences.Add((exit, ["meta", ohara.Id]));
        _knowledge.ArticleEntities.Add((EntityKind.Person, ohara));

        var reply = _answerer.Answer("where did siobhan o'hara go after meta");

        _knowledge.LastEvidenceQuery.ShouldNotBeNull().EntityIds.ShouldContain(ohara.Id);
        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(exit);
    }

    [Theory]
    [InlineData("Zentrova recruited researchers, why?")]
    [InlineData("Zentrova a-t-elle recruté des chercheurs ?")]
    [InlineData("Zentrova ha reclutato ricercatori?")]
    public void Answer_FirstWordArticlesName_IsTheEntityAsked(string question)
    {
        var reply = _answerer.Answer(question);

        _knowledge.LastEvidenceQuery.ShouldNotBeNull().EntityIds.ShouldContain(Zentrova.Id);
        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(ZentrovaFr);
    }

    [Theory]
    [InlineData("Explain why researchers left Meta.")]
    [InlineData("Expliquez pourquoi des chercheurs ont quitté Meta.")]
    [InlineData("Spiegami perché i ricercatori hanno lasciato Meta.")]
    public void Answer_FirstWordNoArticleNames_IsNotAName(string question)
    {
        var reply = _answerer.Answer(question);

        reply.Outcome.ShouldBe(ReplyOutcome.Answered);
        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(Corpus.NayakFr);
    }

    [Theory]
    [InlineData("Why did Jean-Baptiste Leroy leave OpenAI?")]
    [InlineData("Pourquoi Jean-Baptiste Leroy a-t-il quitté OpenAI ?")]
    [InlineData("Perché Jean-Baptiste Leroy ha lasciato OpenAI?")]
    public void Answer_HyphenatedGivenName_IsOneName(string question)
    {
        var reply = _answerer.Answer(question);

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldBe([LeroyFr]);
    }

    [Fact]
    public void Answer_LowerCaseSuffixAfterAHyphen_IsNotPartOfTheName()
    {
        var ruiz = Corpus.Cite("n8", "Exit", null, null, Language.English, "Ana Ruiz, who works in New York, left OpenAI last week.");
        _knowledge.Sentences.Add((ruiz, ["openai"]));

        var reply = _answerer.Answer("Which New York-based engineer left OpenAI?");

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldContain(ruiz);
    }

    [Fact]
    public void Answer_LowerCaseSecondPartOfAGivenName_IsPartOfTheName()
    {
        var park = Corpus.Cite("n9", "Exit", null, null, Language.English, "Park Joon-young left OpenAI for NVIDIA.");
        var other = Corpus.Cite("n10", "Exit", null, null, Language.English, "Park Joon left OpenAI in May.");
        _knowledge.Sentences.Add((park, ["openai"]));
        _knowledge.Sentences.Add((other, ["openai"]));

        var reply = _answerer.Answer("Why did Park Joon-young leave OpenAI?");

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldBe([park]);
    }

    [Theory]
    [InlineData("Why did Samir Al-Haddad leave Meta?")]
    [InlineData("Pourquoi Samir Al-Haddad a-t-il quitté Meta ?")]
    [InlineData("Perché Samir Al-Haddad ha lasciato Meta?")]
    public void Answer_HyphenatedSurnameWithAParticle_IsOneName(string question)
    {
        var reply = _answerer.Answer(question);

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation).ShouldBe([HaddadEn]);
    }
}
