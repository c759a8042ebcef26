using TalentBot.Discord.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Discord.Tests;

/// <summary>Clicks on the buttons of a reply: Sources, More, did-you-mean, and what is not ours or no longer known.</summary>
public sealed class ButtonTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Sources_ShowsOnlyTheNumberedSourcesToTheClicker()
    {
        var reply = await _host.SendAsync(Payloads.Command("who-left", new Dictionary<string, string> { ["org"] = "meta" }));
        var sources = reply.Buttons.Single(b => (string)b["label"]! == "Sources");

        var result = await _host.SendAsync(Payloads.Button((string)sources["custom_id"]!));

        result.CallbackType.ShouldBe(4);
        result.IsEphemeral.ShouldBeTrue();
        var embeds = result.Data!["embeds"]!.AsArray();
        ((string)embeds[0]!["title"]!).ShouldBe("Sources");
        result.EmbedText.ShouldContain("[1] “");
        result.EmbedText.ShouldNotContain("Who left Meta");
    }

    [Fact]
    public async Task DidYouMean_AnswersTheSuggestedNameInTheChannel()
    {
        var result = await _host.SendAsync(Payloads.Button("dym|en|wl|Meta"));

        result.IsEphemeral.ShouldBeFalse();
        ((string)result.Data!["embeds"]![0]!["title"]!).ShouldBe("Who left Meta");
    }

    [Fact]
    public async Task APageButton_AnswersItsPageInTheRequestsLanguage()
    {
        var result = await _host.SendAsync(Payloads.Button("p|a|0|fr|wl|meta"));

        result.IsEphemeral.ShouldBeTrue();
        ((string)result.Data!["embeds"]![0]!["title"]!).ShouldBe("Qui a quitté Meta");
    }

    [Fact]
    public async Task PageBeyondTheLast_ShowsTheLastRatherThanFailing()
    {
        var result = await _host.SendAsync(Payloads.Button("p|s|7|en|wl|meta"));

        result.Status.ShouldBe(200);
        result.EmbedText.ShouldContain("[1]");
    }

    [Fact]
    public async Task ARememberedRequestNoLongerKnown_SaysSoPolitely()
    {
        var result = await _host.SendAsync(Payloads.Button("p|a|1|#|AAAAAAAAAAAAAAAA"));

        result.IsEphemeral.ShouldBeTrue();
        ((string)result.Data!["content"]!).ShouldContain("no longer available");
    }

    [Fact]
    public async Task More_FromTheAnswerOn_ReachesEveryMoveAndDisappearsOnTheLastPage()
    {
        // Quotes long enough that each page of ten moves takes several messages, so More goes through both.
        var many = new ManyDepartures(24, quoteLength: 1500);
        await using var host = await BotHost.StartAsync(answers: many.Answers);
        var shown = new List<string>();
        var clicked = new List<string>();

        var result = await host.SendAsync(Payloads.Command("who-left", new Dictionary<string, string> { ["org"] = "meta" }));
        while (true)
        {
            shown.Add(result.EmbedText);
            if (result.Buttons.FirstOrDefault(b => (string)b["label"]! == "More") is not { } more) break;
            clicked.Add((string)more["custom_id"]!);
            result = await host.SendAsync(Payloads.Button(clicked[^1]));
            result.IsEphemeral.ShouldBeTrue();
            clicked.Count.ShouldBeLessThan(30);
        }

        var text = string.Join("\n", shown);
        Enumerable.Range(1, many.Count).ShouldAllBe(i => text.Contains(ManyDepartures.Name(i)));
        text.ShouldContain("Moves 21–24 of 24");
        clicked.ShouldContain("p|a|1|en|wl|meta");
        clicked.ShouldContain("p|a|0|en:2|wl|meta");
        clicked.ShouldContain("p|a|0|en:3|wl|meta");
    }

    [Fact]
    public async Task APageButtonForALaterPageOfMoves_AnswersThatPage()
    {
        await using var host = await BotHost.StartAsync(answers: new ManyDepartures(24).Answers);

        var result = await host.SendAsync(Payloads.Button("p|a|0|fr:2|wl|meta"));

        ((string)result.Data!["embeds"]![0]!["title"]!).ShouldBe("Qui a quitté Meta");
        result.EmbedText.ShouldContain("Mouvements 11 à 20 sur 24");
        result.EmbedText.ShouldContain(ManyDepartures.Name(14));
        result.EmbedText.ShouldNotContain(ManyDepartures.Name(24));
    }

    [Fact]
    public async Task APageButtonPastTheLastPageOfMoves_SaysHowManyThereArePrivately()
    {
        await using var host = await BotHost.StartAsync(answers: new ManyDepartures(24).Answers);

        var result = await host.SendAsync(Payloads.Button("p|a|0|en:9|wl|meta"));

        result.IsEphemeral.ShouldBeTrue();
        result.EmbedText.ShouldContain("There is no page 9: this answer has 3 pages.");
        result.Buttons.ShouldNotContain(b => (string)b["label"]! == "More");
    }

    [Theory]
    [InlineData("")]
    [InlineData("launch-rockets")]
    [InlineData("p|a|0|en:1|wl|meta")]
    [InlineData("p|a|0|en:two|wl|meta")]
    [InlineData("p|a|0|en:-2|wl|meta")]
    [InlineData("p|x|0|en|wl|meta")]
    [InlineData("p|a|-1|en|wl|meta")]
    [InlineData("p|a|0|xx|wl|meta")]
    [InlineData("dym|en|zz|meta")]
    public async Task AButtonThatIsNotOurs_GetsAPoliteNote(string customId)
    {
        var result = await _host.SendAsync(Payloads.Button(customId));

        result.Status.ShouldBe(200);
        result.IsEphemeral.ShouldBeTrue();
        result.Data!["content"].ShouldNotBeNull();
    }
}
