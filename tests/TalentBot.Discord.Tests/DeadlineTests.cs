using TalentBot.Testing;
using TalentBot.Discord.Tests.Support;

namespace TalentBot.Discord.Tests;

/// <summary>
/// Respond or defer: an answer ready within the budget goes in the HTTP response; a slower one is acknowledged
/// with a deferral and written into the original response through the interaction webhook on the fake Discord.
/// </summary>
public sealed class DeadlineTests : IAsyncLifetime
{
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    private FakeDiscord _discord = null!;

    public async Task InitializeAsync() => _discord = await FakeDiscord.StartAsync();

    public async Task DisposeAsync() => await _discord.DisposeAsync();

    [Fact]
    public async Task SlowAnswer_IsDeferredThenWrittenIntoTheOriginalResponse()
    {
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await BotHost.StartAsync(_discord, answers);
        var command = Payloads.Command("who-left", Org("meta"));

        var response = await host.AdvanceUntilAsync(host.SendAsync(command), Step);
        answers.Release();
        var edit = await _discord.NextCallAsync(c => c.Method == "PATCH");

        response.CallbackType.ShouldBe(5);
        response.IsEphemeral.ShouldBeFalse();
        edit.Path.ShouldBe($"/webhooks/{Payloads.ApplicationId}/{(string)command["token"]!}/messages/@original");
        ((string)edit.Json!["embeds"]![0]!["title"]!).ShouldBe("Who left Meta");
        edit.Json!["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[]}""");
        edit.Header("Authorization").ShouldBeNull();
    }

    [Fact]
    public async Task AnswerJustInsideTheBudget_IsSentAtOnce()
    {
        BotHost? host = null;
        var answers = new DelayedAnswers(FoundingStore.Answers, TimeSpan.FromMilliseconds(1500), () => host!.Time);
        host = await BotHost.StartAsync(_discord, answers);
        await using var _ = host;

        var response = await host.AdvanceUntilAsync(host.SendAsync(Payloads.Command("who-left", Org("meta"))), Step);

        response.CallbackType.ShouldBe(4);
        ((string)response.Data!["embeds"]![0]!["title"]!).ShouldBe("Who left Meta");
    }

    [Fact]
    public async Task BudgetIsASetting()
    {
        BotHost? host = null;
        var answers = new DelayedAnswers(FoundingStore.Answers, TimeSpan.FromMilliseconds(500), () => host!.Time);
        host = await BotHost.StartAsync(_discord, answers, new Dictionary<string, string?> { ["Discord:AnswerBudgetMilliseconds"] = "200" });
        await using var _ = host;

        var response = await host.AdvanceUntilAsync(host.SendAsync(Payloads.Command("who-left", Org("meta"))), Step);

        var edit = await host.AdvanceUntilAsync(_discord.NextCallAsync(c => c.Method == "PATCH"), Step);

        response.CallbackType.ShouldBe(5);
        ((string)edit.Json!["embeds"]![0]!["title"]!).ShouldBe("Who left Meta");
    }

    [Fact]
    public async Task SlowNothingFound_ReplacesThePublicThinkingWithAPrivateFollowUp()
    {
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await BotHost.StartAsync(_discord, answers);
        var command = Payloads.Command("who-left", Org("nvidia"));
        var token = (string)command["token"]!;

        var response = await host.AdvanceUntilAsync(host.SendAsync(command), Step);
        answers.Release();
        var delete = await _discord.NextCallAsync(c => c.Method == "DELETE");
        var followUp = await _discord.NextCallAsync(c => c.Method == "POST" && c.Path.StartsWith("/webhooks/", StringComparison.Ordinal));

        response.CallbackType.ShouldBe(5);
        delete.Path.ShouldBe($"/webhooks/{Payloads.ApplicationId}/{token}/messages/@original");
        followUp.Path.ShouldBe($"/webhooks/{Payloads.ApplicationId}/{token}");
        ((int)followUp.Json!["flags"]!).ShouldBe(64);
        _discord.Calls.Where(c => c.Method == "PATCH").ShouldBeEmpty();
    }

    [Fact]
    public async Task ButtonDeferral_IsPrivateFromTheStart()
    {
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await BotHost.StartAsync(_discord, answers);

        var response = await host.AdvanceUntilAsync(host.SendAsync(Payloads.Button("p|s|0|en|wl|meta")), Step);
        answers.Release();
        var edit = await _discord.NextCallAsync(c => c.Method == "PATCH");

        response.CallbackType.ShouldBe(5);
        response.IsEphemeral.ShouldBeTrue();
        ((string)edit.Json!["embeds"]![0]!["title"]!).ShouldBe("Sources");
    }

    [Fact]
    public async Task Shutdown_WaitsForADeferredAnswerToBeDelivered()
    {
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await BotHost.StartAsync(_discord, answers);

        var response = await host.AdvanceUntilAsync(host.SendAsync(Payloads.Command("who-left", Org("meta"))), Step);
        var stopping = host.StopAsync();
        // The host has reached its wait for the follow-up that is still answering.
        await host.Logs.WaitForAsync(l => l.EventId == 4501);
        stopping.IsCompleted.ShouldBeFalse();
        answers.Release();
        var edit = await _discord.NextCallAsync(c => c.Method == "PATCH");
        await stopping.WaitAsync(TimeSpan.FromSeconds(10));

        response.CallbackType.ShouldBe(5);
        ((string)edit.Json!["embeds"]![0]!["title"]!).ShouldBe("Who left Meta");
    }

    [Fact]
    public async Task BrokenAnswerer_IsAPolitePrivateMessageAndALogEntry()
    {
        await using var host = await BotHost.StartAsync(_discord, new BrokenAnswers());

        var response = await host.SendAsync(Payloads.Command("who-left", Org("meta")));

        response.Status.ShouldBe(200);
        response.IsEphemeral.ShouldBeTrue();
        ((string)response.Data!["content"]!).ShouldContain("something went wrong");
        response.Body.ShouldNotContain("InvalidOperationException");
        response.Body.ShouldNotContain(" at ");
        host.Logs.All.ShouldContain("the answerer is broken");
    }

    [Fact]
    public async Task SlowAnswerThatFails_EndsInAPrivateApology()
    {
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await BotHost.StartAsync(_discord, answers);

        var response = await host.AdvanceUntilAsync(host.SendAsync(Payloads.Command("ask", new Dictionary<string, string> { ["question"] = "why?" })), Step);
        answers.Fail(new TimeoutException("the model did not answer"));
        var followUp = await _discord.NextCallAsync(c => c.Method == "POST" && c.Path.StartsWith("/webhooks/", StringComparison.Ordinal));

        response.CallbackType.ShouldBe(5);
        ((int)followUp.Json!["flags"]!).ShouldBe(64);
        ((string)followUp.Json!["content"]!).ShouldContain("something went wrong");
    }

    [Fact]
    public async Task RateLimitedEdit_IsRetriedAfterTheWaitDiscordGives()
    {
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await BotHost.StartAsync(_discord, answers);
        _discord.Script("PATCH /webhooks/", FakeResponse.RateLimited(1.5));

        var response = await host.AdvanceUntilAsync(host.SendAsync(Payloads.Command("who-left", Org("meta"))), Step);
        answers.Release();
        await _discord.NextCallAsync(c => c.Method == "PATCH");
        var second = _discord.NextCallAsync(c => c.Method == "PATCH");
        await host.AdvanceUntilAsync(second, Step);

        response.CallbackType.ShouldBe(5);
        _discord.Calls.Count(c => c.Method == "PATCH").ShouldBe(2);
    }

    [Fact]
    public async Task InteractionTokens_NeverReachTheLogs()
    {
        var answers = new HeldAnswers(FoundingStore.Answers);
        await using var host = await BotHost.StartAsync(_discord, answers);
        _discord.Script("PATCH /webhooks/", FakeResponse.Error(500, 0, "boom"), FakeResponse.Error(404, 10015, "Unknown Webhook"));
        var command = Payloads.Command("who-left", Org("meta"));

        await host.AdvanceUntilAsync(host.SendAsync(command), Step);
        answers.Release();
        await _discord.NextCallAsync(c => c.Method == "PATCH");
        await host.AdvanceUntilAsync(_discord.NextCallAsync(c => c.Method == "PATCH"), Step);
        await host.Logs.WaitForAsync(l => l.Text.Contains("Unknown Webhook", StringComparison.Ordinal));

        host.Logs.All.ShouldNotContain((string)command["token"]!);
        host.Logs.All.ShouldNotContain(host.Signer.PublicKeyHex);
    }

    private static Dictionary<string, string> Org(string name) => new() { ["org"] = name };
}
