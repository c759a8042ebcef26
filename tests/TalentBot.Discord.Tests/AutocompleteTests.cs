using TalentBot.Discord.Tests.Support;

namespace TalentBot.Discord.Tests;

/// <summary>Autocomplete for organisation and person options, from the registry in any script.</summary>
public sealed class AutocompleteTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TypedPrefix_OffersNamesThatBeginWithItFirst()
    {
        var choices = await ChoicesAsync("who-left", "org", "me");

        choices[0].Value.ShouldBe("Meta");
        choices.Select(c => c.Value).ShouldContain("Meta Superintelligence Labs");
        choices.Select(c => c.Value).ShouldContain("Meta AI");
    }

    [Fact]
    public async Task JapaneseAlias_CompletesToTheCanonicalName()
    {
        var choices = await ChoicesAsync("who-joined", "org", "メタ");

        choices[0].ShouldBe(("Meta (メタ)", "Meta"));
    }

    [Fact]
    public async Task PersonByFamilyName_IsOfferedAfterPrefixMatches()
    {
        var choices = await ChoicesAsync("moves", "person", "zhao");

        choices.Select(c => c.Value).ShouldContain("Shengjia Zhao");
    }

    [Fact]
    public async Task ContainedText_IsOfferedToo()
    {
        var choices = await ChoicesAsync("who-left", "org", "intelligence");

        choices.Select(c => c.Value).ShouldContain("Meta Superintelligence Labs");
        choices.Select(c => c.Value).ShouldContain("Safe Superintelligence");
    }

    [Fact]
    public async Task NothingTyped_OffersAtMostTwentyFive()
    {
        var choices = await ChoicesAsync("moves", "person", "");

        choices.Count.ShouldBe(25);
        choices.Select(c => c.Value).ShouldBeUnique();
    }

    [Fact]
    public async Task OrganisationsAreNotOfferedForAPerson()
    {
        var choices = await ChoicesAsync("moves", "person", "meta");

        choices.ShouldBeEmpty();
    }

    [Fact]
    public async Task UnknownOption_GetsNoChoicesRatherThanAnError()
    {
        var result = await _host.SendAsync(Payloads.Autocomplete("ask", "question", "wh"));

        result.Status.ShouldBe(200);
        result.CallbackType.ShouldBe(8);
        result.Data!["choices"]!.AsArray().ShouldBeEmpty();
    }

    private async Task<List<(string Name, string Value)>> ChoicesAsync(string command, string option, string typed)
    {
        var result = await _host.SendAsync(Payloads.Autocomplete(command, option, typed));
        result.Status.ShouldBe(200);
        result.CallbackType.ShouldBe(8);
        return result.Data!["choices"]!.AsArray().Select(c => ((string)c!["name"]!, (string)c["value"]!)).ToList();
    }
}
