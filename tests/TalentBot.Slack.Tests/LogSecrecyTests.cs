using TalentBot.Testing;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>What the logs never hold: the signing secret, a token, a signature, a response_url, or what a user typed.</summary>
public sealed class LogSecrecyTests
{
    [Fact]
    public async Task AfterCommandsMentionsAndClicks_TheLogsHoldNoSecretAndNoUserText()
    {
        await using var slack = await FakeSlack.StartAsync();
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await SlackHost.StartAsync(slack, answers);
        var responseUrl = slack.ResponseUrl();
        var typed = "Confidential question about Zorblax Labs";

        var command = host.PostAsync("/slack/commands", Payloads.Command("/ask", typed, responseUrl));
        await host.AdvanceUntilAsync(command, TimeSpan.FromMilliseconds(100));
        await host.EventAsync(Payloads.Mention($"<@{Payloads.BotUser}> {typed}"));
        await host.ClickAsync(Payloads.ClickPayload("talentbot-sources", "s|0|en|/ask " + typed, slack.ResponseUrl("act")));
        await host.PostAsync("/slack/commands", "command=%2Fask", tamperSignature: _ => "v0=" + new string('a', 64));
        answers.Release();
        await host.FollowUpsDoneAsync();

        var logs = host.Logs.All;
        logs.ShouldNotContain(Signing.PublishedSecret);
        logs.ShouldNotContain(SlackHost.BotToken);
        logs.ShouldNotContain("v0=");
        logs.ShouldNotContain("/hooks/");
        logs.ShouldNotContain("Zorblax");
        logs.ShouldContain("acknowledged first");
        logs.ShouldContain("Slack request to /slack/commands refused with 401");
    }
}
