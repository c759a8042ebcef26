using TalentBot.Discord.Tests.Support;

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

    [Theory]
    [InlineData("")]
    [InlineData("launch-rockets")]
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
