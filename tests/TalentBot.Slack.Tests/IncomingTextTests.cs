using TalentBot.Slack.Requests;

namespace TalentBot.Slack.Tests;

/// <summary>Text as Slack sends it, turned back into what the user typed.</summary>
public sealed class IncomingTextTests
{
    [Theory]
    [InlineData("<@U0TALENTBOT> who joined OpenAI?", "who joined OpenAI?")]
    [InlineData("<@U0TALENTBOT|talentbot> who joined OpenAI?", "who joined OpenAI?")]
    [InlineData("hey <@U0TALENTBOT>, who left Meta?", "hey , who left Meta?")]
    [InlineData("did <@U0ALICE|alice> leave Meta?", "did @alice leave Meta?")]
    [InlineData("did <@U0ALICE> leave?", "did  leave?")]
    [InlineData("news in <#C0NEWS|news> about Meta", "news in #news about Meta")]
    [InlineData("<!here> who left Meta", "who left Meta")]
    [InlineData("<!subteam^S0TEAM|@ml> who left Meta", "who left Meta")]
    [InlineData("what does <https://example.com/a?b=1&amp;c=2|this story> say?", "what does this story say?")]
    [InlineData("what does <https://example.com/a?b=1&amp;c=2> say?", "what does https://example.com/a?b=1&c=2 say?")]
    [InlineData("AT&amp;T &lt;Labs&gt; 3 &gt; 2", "AT&T <Labs> 3 > 2")]
    [InlineData("&amp;lt; stays", "&lt; stays")]
    [InlineData("  メタを辞めたのは誰？  ", "メタを辞めたのは誰？")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void SlackMarkup_BecomesPlainText(string? text, string expected)
    {
        IncomingText.Plain(text, botUserId: "U0TALENTBOT").ShouldBe(expected);
    }
}
