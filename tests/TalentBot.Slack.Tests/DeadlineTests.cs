using TalentBot.Testing;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>
/// Respond or acknowledge: an answer ready within the budget goes in the command's HTTP response; a slower one is
/// acknowledged at once (showing the command in the channel) and delivered through its <c>response_url</c> on the
/// fake Slack.
/// </summary>
public sealed class DeadlineTests : IAsyncLifetime
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private FakeSlack _slack = null!;

    public async Task InitializeAsync() => _slack = await FakeSlack.StartAsync();

    public async Task DisposeAsync() => await _slack.DisposeAsync();

    [Fact]
    public async Task SlowAnswer_IsAcknowledgedThenPostedToTheResponseUrl()
    {
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await SlackHost.StartAsync(_slack, answers);

        var response = await host.AdvanceUntilAsync(host.CommandAsync("/who-left", "meta", _slack), Step);
        answers.Release();
        var delivered = await _slack.NextCallAsync("/hooks/");

        response.Status.ShouldBe(200);
        response.Body.ShouldBe("""{"response_type":"in_channel"}""");
        delivered.Method.ShouldBe("POST");
        ((string)delivered.Json!["response_type"]!).ShouldBe("in_channel");
        ((string)delivered.Json!["text"]!).ShouldBe("Who left Meta");
        delivered.BlockText.ShouldContain("Avi Verma");
        delivered.Header("Authorization").ShouldBeNull();
    }

    [Fact]
    public async Task AnswerJustInsideTheBudget_IsInTheResponse()
    {
        SlackHost? host = null;
        var answers = new DelayedAnswers(FoundingStore.Answers, TimeSpan.FromMilliseconds(1500), () => host!.Time);
        host = await SlackHost.StartAsync(_slack, answers);
        await using var _ = host;

        var response = await host.AdvanceUntilAsync(host.CommandAsync("/who-left", "meta", _slack), Step);

        response.ResponseType.ShouldBe("in_channel");
        ((string)response.Json["text"]!).ShouldBe("Who left Meta");
        (await _slack.NoCallWithinAsync("/hooks/", TimeSpan.FromMilliseconds(300))).ShouldBeTrue();
    }

    [Fact]
    public async Task BudgetIsASetting()
    {
        SlackHost? host = null;
        var answers = new DelayedAnswers(FoundingStore.Answers, TimeSpan.FromMilliseconds(500), () => host!.Time);
        host = await SlackHost.StartAsync(_slack, answers, new Dictionary<string, string?> { ["Slack:AnswerBudgetMilliseconds"] = "200" });
        await using var _ = host;

        var response = await host.AdvanceUntilAsync(host.CommandAsync("/who-left", "meta", _slack), Step);
        var delivered = await host.AdvanceUntilAsync(_slack.NextCallAsync("/hooks/"), Step);

        response.Body.ShouldBe("""{"response_type":"in_channel"}""");
        ((string)delivered.Json!["text"]!).ShouldBe("Who left Meta");
    }

    [Fact]
    public async Task SlowNothingFound_IsDeliveredPrivately()
    {
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await SlackHost.StartAsync(_slack, answers);

        await host.AdvanceUntilAsync(host.CommandAsync("/who-left", "nvidia", _slack), Step);
        answers.Release();
        var delivered = await _slack.NextCallAsync("/hooks/");

        ((string)delivered.Json!["response_type"]!).ShouldBe("ephemeral");
    }

    [Fact]
    public async Task SlowAnswerThatFails_IsAPoliteEphemeralMessageAndALogEntry()
    {
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await SlackHost.StartAsync(_slack, answers);

        await host.AdvanceUntilAsync(host.CommandAsync("/who-left", "meta", _slack), Step);
        answers.Fail(new InvalidOperationException("the model fell over"));
        var delivered = await _slack.NextCallAsync("/hooks/");

        ((string)delivered.Json!["response_type"]!).ShouldBe("ephemeral");
        delivered.BlockText.ShouldContain("Sorry, something went wrong on my side");
        delivered.Body.ShouldNotContain("InvalidOperationException");
        host.Logs.All.ShouldContain("the model fell over");
    }

    [Fact]
    public async Task ResponseUrlThatFails_IsLogged_NotLost()
    {
        _slack.Script("/hooks/", new FakeResponse(404, "expired_url"));
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await SlackHost.StartAsync(_slack, answers);

        await host.AdvanceUntilAsync(host.CommandAsync("/who-left", "meta", _slack), Step);
        answers.Release();
        await _slack.NextCallAsync("/hooks/");
        await host.Logs.WaitForAsync(l => l.Text.Contains("expired_url", StringComparison.Ordinal));

        host.Logs.All.ShouldContain("Slack answered 404 to response_url: expired_url");
        host.Logs.All.ShouldNotContain("/hooks/");
    }
}
