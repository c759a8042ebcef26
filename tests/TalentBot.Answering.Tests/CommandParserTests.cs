using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

public sealed class CommandParserTests
{
    private readonly CommandParser _parser = new(new EntityResolver(Corpus.KnowledgeBase(), Corpus.Registry));

    [Theory]
    [InlineData("/who-left Meta", typeof(WhoLeftRequest))]
    [InlineData("/who_left Meta", typeof(WhoLeftRequest))]
    [InlineData("/WHO-JOINED OpenAI", typeof(WhoJoinedRequest))]
    [InlineData("/moves Chaya Nayak", typeof(MovesRequest))]
    [InlineData("/ask why did Meta freeze hiring?", typeof(AskRequest))]
    [InlineData("/help", typeof(HelpRequest))]
    [InlineData("why did Meta freeze hiring?", typeof(AskRequest))]
    public void Parse_Command_ReturnsTypedRequest(string input, Type expected)
    {
        var result = _parser.Parse(input);

        result.IsSuccess.ShouldBeTrue();
        result.Request.ShouldBeOfType(expected);
    }

    [Fact]
    public void Parse_CommandWithArgument_KeepsArgumentVerbatim()
    {
        var request = _parser.Parse("/moves   Chaya  Nayak ").Request.ShouldBeOfType<MovesRequest>();

        request.Person.ShouldBe("Chaya  Nayak");
        request.Language.ShouldBeNull();
    }

    [Theory]
    [InlineData("who left Meta?", Language.English)]
    [InlineData("Who has left Facebook", Language.English)]
    [InlineData("qui a quitté Meta ?", Language.French)]
    [InlineData("Qui est parti de Meta ?", Language.French)]
    [InlineData("chi ha lasciato Meta?", Language.Italian)]
    [InlineData("Metaを辞めたのは誰？", Language.Japanese)]
    [InlineData("メタを退社したのは誰ですか", Language.Japanese)]
    [InlineData("誰がメタを辞めたの？", Language.Japanese)]
    public void Parse_NaturalWhoLeftQuestion_ReturnsWhoLeftInItsLanguage(string input, Language language)
    {
        var request = _parser.Parse(input).Request.ShouldBeOfType<WhoLeftRequest>();

        request.Language.ShouldBe(language);
    }

    [Theory]
    [InlineData("who joined OpenAI", Language.English)]
    [InlineData("qui a rejoint OpenAI", Language.French)]
    [InlineData("chi è entrato in OpenAI", Language.Italian)]
    [InlineData("OpenAIに入社したのは誰", Language.Japanese)]
    [InlineData("オープンAIに移籍したのは誰？", Language.Japanese)]
    public void Parse_NaturalWhoJoinedQuestion_ReturnsWhoJoinedInItsLanguage(string input, Language language)
    {
        var request = _parser.Parse(input).Request.ShouldBeOfType<WhoJoinedRequest>();

        request.Language.ShouldBe(language);
    }

    [Theory]
    [InlineData("who left the board?")]
    [InlineData("qui a quitté Zorglub ?")]
    [InlineData("/ask who left the company recently?")]
    public void Parse_NaturalQuestionAboutUnknownOrganisation_StaysFreeQuestion(string input)
    {
        _parser.Parse(input).Request.ShouldBeOfType<AskRequest>();
    }

    [Fact]
    public void Parse_AskCommandWithStructuredQuestion_RecognisesIntent()
    {
        _parser.Parse("/ask who left Meta?").Request.ShouldBeOfType<WhoLeftRequest>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Parse_EmptyInput_FailsWithEmptyInput(string input)
    {
        var result = _parser.Parse(input);

        result.IsSuccess.ShouldBeFalse();
        result.Error.ShouldBe(ParseError.EmptyInput);
    }

    [Fact]
    public void Parse_UnknownCommand_FailsNamingTheCommand()
    {
        var result = _parser.Parse("/fire everyone");

        result.Error.ShouldBe(ParseError.UnknownCommand);
        result.Detail.ShouldBe("/fire");
    }

    [Theory]
    [InlineData("/who-left", ReplyIntent.WhoLeft)]
    [InlineData("/who-joined  ", ReplyIntent.WhoJoined)]
    [InlineData("/moves", ReplyIntent.MovesOf)]
    [InlineData("/ask", ReplyIntent.Ask)]
    public void Parse_CommandWithoutArgument_FailsWithMissingArgument(string input, ReplyIntent intent)
    {
        var result = _parser.Parse(input);

        result.Error.ShouldBe(ParseError.MissingArgument);
        result.Intent.ShouldBe(intent);
    }

    [Fact]
    public void Parse_TooLongInput_FailsWithTooLong()
    {
        _parser.Parse(new string('a', CommandParser.MaxInputLength + 1)).Error.ShouldBe(ParseError.TooLong);
    }
}
