using TalentBot.Core;
using TalentBot.Chat.Replies;
using TalentBot.Slack.Messages;

namespace TalentBot.Slack.Tests;

/// <summary>Buttons carry their question in their value, so a click needs no server state; what is read back is exactly what was written.</summary>
public sealed class ButtonActionsTests
{
    private static readonly AskedInput Asked = new("/who-left meta", Language.Japanese);

    [Fact]
    public void Sources_RoundTrips()
    {
        var button = ButtonActions.Page("Sources", ReplyView.Sources, 0, Asked)!;

        button.ActionId.ShouldBe(ButtonActions.SourcesId);
        ButtonActions.Decode(button.ActionId, button.Value).ShouldBe(new ShowPage(ReplyView.Sources, 0, Asked));
    }

    [Fact]
    public void More_RoundTrips_AndIsThePrimaryButton()
    {
        var button = ButtonActions.Page("More", ReplyView.Answer, 3, Asked)!;

        button.ActionId.ShouldBe(ButtonActions.MoreId);
        button.Style.ShouldBe("primary");
        ButtonActions.Decode(button.ActionId, button.Value).ShouldBe(new ShowPage(ReplyView.Answer, 3, Asked));
    }

    [Fact]
    public void MoreOfALaterPageOfMoves_RoundTrips_PageOneKeepingTheFormWrittenBeforePages()
    {
        var later = ButtonActions.Page("More", ReplyView.Answer, 0, Asked with { Page = 3 })!;
        var first = ButtonActions.Page("More", ReplyView.Answer, 1, Asked)!;

        later.Value.ShouldBe("a|0|ja:3|/who-left meta");
        ButtonActions.Decode(later.ActionId, later.Value).ShouldBe(new ShowPage(ReplyView.Answer, 0, Asked with { Page = 3 }));
        first.Value.ShouldBe("a|1|ja|/who-left meta");
    }

    [Fact]
    public void QuestionWithTheSeparatorInIt_RoundTrips()
    {
        var asked = new AskedInput("/ask who left Meta | OpenAI?", Language.English);
        var button = ButtonActions.Again("Meta", 2, asked)!;

        button.ActionId.ShouldBe("talentbot-again-2");
        ButtonActions.Decode(button.ActionId, button.Value).ShouldBe(new AskAgain(asked));
    }

    [Fact]
    public void Subscribe_RoundTrips()
    {
        var button = ButtonActions.Subscribe("Subscribe to alerts for Meta", "meta", Language.French)!;

        ButtonActions.Decode(button.ActionId, button.Value).ShouldBe(new SubscribeTo("meta", Language.French));
    }

    [Fact]
    public void QuestionTooLongForAValue_GetsNoButton()
    {
        var asked = new AskedInput("/ask " + new string('x', SlackLimits.ButtonValue), Language.English);

        ButtonActions.Page("Sources", ReplyView.Sources, 0, asked).ShouldBeNull();
    }

    [Fact]
    public void LongLabel_IsShortenedToSeventyFive()
    {
        var button = ButtonActions.Subscribe("Subscribe to alerts for " + new string('M', 100), "meta", Language.English)!;

        button.Text.Text.Length.ShouldBe(SlackLimits.ButtonText);
        button.Text.Text.ShouldEndWith("…");
    }

    [Theory]
    [InlineData(null, "a|0|en|/who-left meta")]
    [InlineData("talentbot-more", null)]
    [InlineData("talentbot-more", "")]
    [InlineData("talentbot-more", "a|-1|en|/who-left meta")]
    [InlineData("talentbot-more", "a|0|en|")]
    [InlineData("talentbot-more", "a|0|de|/who-left meta")]
    [InlineData("talentbot-more", "a|0|en:1|/who-left meta")]
    [InlineData("talentbot-more", "a|0|en:-2|/who-left meta")]
    [InlineData("talentbot-more", "a|0|en:two|/who-left meta")]
    [InlineData("talentbot-again-0", "en")]
    [InlineData("talentbot-subscribe", "meta")]
    [InlineData("another-app", "a|0|en|/who-left meta")]
    public void ValueNotWrittenByTalentBot_DecodesToNothing(string? actionId, string? value)
    {
        ButtonActions.Decode(actionId, value).ShouldBeNull();
    }
}
