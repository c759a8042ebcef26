using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

public sealed class ErrorReplyTests
{
    private readonly QuestionAnswerer _answerer = new(Corpus.KnowledgeBase(), Corpus.Clock);

    [Theory]
    [InlineData("", Language.English, "Please ask a question, for example: who left Meta?")]
    [InlineData("   ", Language.French, "Posez une question, par exemple : qui a quitté Meta ?")]
    [InlineData("\n", Language.Italian, "Fai una domanda, per esempio: chi ha lasciato Meta?")]
    [InlineData("　", Language.Japanese, "質問を入力してください。例：Metaを辞めたのは誰？")]
    public void Answer_EmptyInput_AsksPolitelyForAQuestion(string input, Language locale, string expected)
    {
        var reply = _answerer.Answer(input, locale);

        reply.Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        reply.IsPrivate.ShouldBeTrue();
        reply.Text.ShouldBe(expected);
    }

    [Fact]
    public void Answer_UnknownCommand_ListsTheCommands()
    {
        var reply = _answerer.Answer("/fire everyone");

        reply.Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        reply.Text.ShouldBe("I don't know the command /fire. Commands: /who-left, /who-joined, /moves, /flows, /ask, /help");
    }

    [Fact]
    public void Answer_CommandWithoutArgument_GivesAnExample()
    {
        var reply = _answerer.Answer("/who-left");

        reply.Intent.ShouldBe(ReplyIntent.WhoLeft);
        reply.Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        reply.Text.ShouldBe("Please name an organisation, for example: /who-left Meta");
    }

    [Fact]
    public void Answer_UnknownOrganisationNearKnownNames_SuggestsThemWithoutGuessing()
    {
        var reply = _answerer.Answer("/who-left Mta");

        reply.Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        reply.Title.ShouldBe("I don't know an organisation called 'Mta'.");
        reply.Suggestions.ShouldContain("Meta");
        reply.Moves.ShouldBeEmpty();
        reply.Notes.ShouldHaveSingleItem().Kind.ShouldBe(ReplyNoteKind.DidYouMean);
        reply.Text.ShouldContain("Did you mean Meta");
    }

    [Theory]
    [InlineData(Language.French, "Je ne connais pas d'organisation nommée « Mta ».", "Vouliez-vous dire Meta")]
    [InlineData(Language.Italian, "Non conosco un'organizzazione chiamata «Mta».", "Forse intendevi Meta")]
    [InlineData(Language.Japanese, "「Mta」という組織は知りません。", "もしかして：Meta")]
    public void Answer_UnknownOrganisationWithLocale_RefusesAndSuggestsInThatLanguage(Language language, string title, string didYouMean)
    {
        var reply = _answerer.Answer("/who-left Mta", language);

        reply.Title.ShouldBe(title);
        reply.Text.ShouldContain(didYouMean);
    }

    [Fact]
    public void Answer_UnknownOrganisationFarFromAnyName_RefusesWithoutSuggestions()
    {
        var reply = _answerer.Answer("/who-joined Zorglub Industries");

        reply.Title.ShouldBe("I don't know an organisation called 'Zorglub Industries'.");
        reply.Suggestions.ShouldBeEmpty();
        reply.Notes.ShouldBeEmpty();
    }

    [Fact]
    public void Answer_PartialName_SuggestsTheFullName()
    {
        _answerer.Answer("/who-left Deep").Suggestions.ShouldContain("DeepMind");
    }

    [Theory]
    [InlineData(Language.English, "TalentBot commands")]
    [InlineData(Language.French, "Commandes de TalentBot")]
    [InlineData(Language.Italian, "Comandi di TalentBot")]
    [InlineData(Language.Japanese, "TalentBotのコマンド")]
    public void Answer_Help_ListsCommandsInTheLocale(Language language, string title)
    {
        var reply = _answerer.Answer("/help", language);

        reply.Intent.ShouldBe(ReplyIntent.Help);
        reply.Outcome.ShouldBe(ReplyOutcome.Answered);
        reply.Title.ShouldBe(title);
        foreach (var command in CommandParser.Commands) reply.Text.ShouldContain(command);
        reply.Text.ShouldContain(Phrases.Get(language, Phrase.HelpSubscribe));
        Phrases.Get(language, Phrase.HelpSubscribe).ShouldStartWith("/subscribe");
        Phrases.Get(language, Phrase.HelpSubscribe).ShouldContain("[inferred]");
        Phrases.Get(language, Phrase.HelpSubscribe).ShouldContain("/unsubscribe inferred");
    }
}
