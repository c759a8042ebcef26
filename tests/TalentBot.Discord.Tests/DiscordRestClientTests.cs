using System.Net;
using TalentBot.Discord.Commands;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Rest;
using TalentBot.Discord.Tests.Support;

namespace TalentBot.Discord.Tests;

/// <summary>
/// The REST client against a fake Discord on loopback that plays rate limits, 5xx and refusals; every wait runs on
/// the fake clock, so a 429 storm takes milliseconds.
/// </summary>
public sealed class DiscordRestClientTests : IAsyncLifetime
{
    private const string Channel = "1300000000000000001";
    private const string OtherChannel = "1300000000000000002";
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);
    private static readonly MessageData Hello = new() { Content = "hello @everyone" };

    private FakeDiscord _discord = null!;
    private RestHarness _rest = null!;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync();
        _rest = RestHarness.Create(_discord);
    }

    public async Task DisposeAsync()
    {
        await _rest.DisposeAsync();
        await _discord.DisposeAsync();
    }

    [Theory]
    [InlineData("../../users/@me/channels?x=")]
    [InlineData("1/../../gateway/bot#")]
    public async Task AnIdThatSpellsAPath_StaysInItsSegment(string channel)
    {
        await _rest.Client.CreateMessageAsync(channel, Hello, "alert-42", CancellationToken.None);

        var call = _discord.Calls.ShouldHaveSingleItem();
        call.Method.ShouldBe("POST");
        call.Path.ShouldStartWith("/channels/");
        call.Path.ShouldEndWith("/messages");
        call.Path.Count(c => c == '/').ShouldBe(3, "the id is one segment");
        call.Query.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("..")]
    [InlineData(".")]
    public async Task ADotSegment_IsRefusedBeforeAnyRequest(string channel)
    {
        await Should.ThrowAsync<ArgumentException>(() => _rest.Client.CreateMessageAsync(channel, Hello, null, CancellationToken.None));

        _discord.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task ChannelPost_CarriesTheBotTokenUserAgentAndNoMentions()
    {
        var created = await _rest.Client.CreateMessageAsync(Channel, Hello, "alert-42", CancellationToken.None);

        created.Id.ShouldBe("1600000000000000001");
        var call = _discord.Calls.ShouldHaveSingleItem();
        call.Path.ShouldBe($"/channels/{Channel}/messages");
        call.Header("Authorization").ShouldBe("Bot " + RestHarness.BotToken);
        call.Header("User-Agent")!.ShouldStartWith("DiscordBot (");
        call.Json!["allowed_mentions"]!.ToJsonString().ShouldBe("""{"parse":[]}""");
        ((string)call.Json!["nonce"]!).ShouldBe("alert-42");
        ((bool)call.Json!["enforce_nonce"]!).ShouldBeTrue();
    }

    [Theory]
    [InlineData("https://github.com/example/talentbot", null, "https://github.com/example/talentbot")]
    [InlineData(null, "1100000000000000001", "https://discord.com/oauth2/authorize?client_id=1100000000000000001")]
    public async Task UserAgent_IsDiscordsForm_NamingOnlyAUrlThatExists(string? configured, string? applicationId, string url)
    {
        await using var rest = RestHarness.Create(_discord, extra: new Dictionary<string, string?>
        {
            ["Discord:UserAgentUrl"] = configured,
            [DiscordOptions.ApplicationIdVariable] = applicationId,
        });

        await rest.Client.CreateMessageAsync(Channel, Hello, null, CancellationToken.None);

        var userAgent = _discord.Calls.ShouldHaveSingleItem().Header("User-Agent")!;
        var form = System.Text.RegularExpressions.Regex.Match(userAgent, @"^DiscordBot \((?<url>[^,\s()]+), (?<version>[^\s()]+)\)$");
        form.Success.ShouldBeTrue(userAgent);
        form.Groups["url"].Value.ShouldBe(url);
        form.Groups["version"].Value.ShouldBe(DiscordUserAgent.Version);
        DiscordUserAgent.Version.ShouldBe(typeof(DiscordOptions).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .Cast<System.Reflection.AssemblyInformationalVersionAttribute>().Single().InformationalVersion);
    }

    [Fact]
    public void UserAgent_WithNoUrlToName_InventsNone()
    {
        DiscordUserAgent.For(new DiscordOptions()).ShouldBe($"DiscordBot (TalentBot, {DiscordUserAgent.Version})");
        DiscordUserAgent.For(new DiscordOptions()).ShouldNotContain("github.com/talentbot");
    }

    [Fact]
    public async Task RateLimited_WaitsRetryAfterOnTheClockThenSends()
    {
        _discord.Script($"POST /channels/{Channel}", FakeResponse.RateLimited(2.5));

        var before = _rest.Time.Armed;
        var posting = _rest.Client.CreateMessageAsync(Channel, Hello, null, CancellationToken.None);
        await _discord.NextCallAsync(_ => true);
        await _rest.Time.TimerArmedAsync(before, Around(TimeSpan.FromSeconds(2.5)));
        // Short of the wait, the retry's timer cannot have fired: nothing else can have sent it.
        _rest.Time.Advance(TimeSpan.FromSeconds(2.4));

        _discord.Calls.Count.ShouldBe(1);
        _rest.Time.Advance(TimeSpan.FromSeconds(0.2));
        await posting.WaitAsync(TimeSpan.FromSeconds(5));
        _discord.Calls.Count.ShouldBe(2);
        _rest.Logs.All.ShouldContain("Rate limited on POST /channels/{channel_id}/messages");
    }

    [Fact]
    public async Task RetriedPost_KeepsItsNonce_SoDiscordDropsADuplicate()
    {
        _discord.Script($"POST /channels/{Channel}", FakeResponse.Error(502, 0, "Bad Gateway"));

        await _rest.AdvanceUntilAsync(_rest.Client.CreateMessageAsync(Channel, Hello, null, CancellationToken.None), Step);

        var nonces = _discord.Calls.Select(c => (string)c.Json!["nonce"]!).ToList();
        nonces.Count.ShouldBe(2);
        nonces.Distinct().ShouldHaveSingleItem().Length.ShouldBeLessThanOrEqualTo(25);
    }

    [Fact]
    public async Task ServerErrorsPastTheRetries_Throw_NothingIsDroppedSilently()
    {
        _discord.Script($"POST /channels/{Channel}", Enumerable.Repeat(FakeResponse.Error(500, 0, "Internal"), 10).ToArray());

        var failure = await Should.ThrowAsync<DiscordApiException>(
            _rest.AdvanceUntilAsync(_rest.Client.CreateMessageAsync(Channel, Hello, null, CancellationToken.None), Step));

        failure.Status.ShouldBe(HttpStatusCode.InternalServerError);
        failure.Route.ShouldBe("POST /channels/{channel_id}/messages");
        _discord.Calls.Count.ShouldBe(4);
    }

    [Fact]
    public async Task Refusal_ThrowsAtOnceWithDiscordsCode()
    {
        _discord.Script($"POST /channels/{Channel}", FakeResponse.Error(403, 50013, "Missing Permissions"));

        var failure = await Should.ThrowAsync<DiscordApiException>(_rest.Client.CreateMessageAsync(Channel, Hello, null, CancellationToken.None));

        failure.Code.ShouldBe(50013);
        failure.IsPermanent.ShouldBeTrue();
        failure.Message.ShouldContain("Missing Permissions");
        _discord.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task RateLimitTooLongToHold_ThrowsWithTheWait()
    {
        _discord.Script($"POST /channels/{Channel}", FakeResponse.RateLimited(120));

        var failure = await Should.ThrowAsync<DiscordApiException>(_rest.Client.CreateMessageAsync(Channel, Hello, null, CancellationToken.None));

        failure.Status.ShouldBe(HttpStatusCode.TooManyRequests);
        failure.RetryAfter.ShouldBe(TimeSpan.FromSeconds(120));
        _discord.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task EmptyBucket_HoldsTheNextCallToTheSameChannelOnly()
    {
        var exhausted = new Dictionary<string, string>
        {
            ["X-RateLimit-Limit"] = "5", ["X-RateLimit-Remaining"] = "0", ["X-RateLimit-Reset-After"] = "3.0", ["X-RateLimit-Bucket"] = "messages",
        };
        _discord.Script($"POST /channels/{Channel}", new FakeResponse(200, """{"id":"1"}""", exhausted));
        await _rest.Client.CreateMessageAsync(Channel, Hello, null, CancellationToken.None);
        var before = _rest.Time.Armed;

        var sameChannel = _rest.Client.CreateMessageAsync(Channel, Hello, null, CancellationToken.None);
        await _rest.Client.CreateMessageAsync(OtherChannel, Hello, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        // The held post is waiting for its bucket's reset, three seconds on the clock.
        await _rest.Time.TimerArmedAsync(before, Around(TimeSpan.FromSeconds(3)));

        _discord.Calls.Count(c => c.Path.Contains(Channel, StringComparison.Ordinal)).ShouldBe(1);
        _rest.Time.Advance(TimeSpan.FromSeconds(3));
        await sameChannel.WaitAsync(TimeSpan.FromSeconds(5));
        _discord.Calls.Count(c => c.Path.Contains(Channel, StringComparison.Ordinal)).ShouldBe(2);
    }

    [Fact]
    public async Task GlobalRateLimit_HoldsEveryRouteThatCountsGlobally()
    {
        _discord.Script($"POST /channels/{Channel}", FakeResponse.RateLimited(2, global: true));
        var before = _rest.Time.Armed;
        var first = _rest.Client.CreateMessageAsync(Channel, Hello, null, CancellationToken.None);
        await _discord.NextCallAsync(_ => true);
        // The global 429 is taken: the first post waits its two seconds.
        await _rest.Time.TimerArmedAsync(before, Around(TimeSpan.FromSeconds(2)));
        var held = _rest.Time.Armed;

        var other = _rest.Client.CreateMessageAsync(OtherChannel, Hello, null, CancellationToken.None);
        var edit = _rest.Client.EditOriginalResponseAsync("1100000000000000001", "tok", Hello, CancellationToken.None);
        await edit.WaitAsync(TimeSpan.FromSeconds(5));
        // The other channel's post waits out the global hold too, rather than going.
        await _rest.Time.TimerArmedAsync(held, d => d > TimeSpan.Zero && d <= TimeSpan.FromSeconds(2));

        _discord.Calls.Count(c => c.Path.Contains(OtherChannel, StringComparison.Ordinal)).ShouldBe(0);
        _rest.Time.Advance(TimeSpan.FromSeconds(2));
        await Task.WhenAll(first, other).WaitAsync(TimeSpan.FromSeconds(5));
        _discord.Calls.Count(c => c.Path.Contains(OtherChannel, StringComparison.Ordinal)).ShouldBe(1);
    }

    /// <summary>A wait of about <paramref name="expected"/>: what the code computed, give or take a clock tick.</summary>
    private static Func<TimeSpan, bool> Around(TimeSpan expected) =>
        due => (due - expected).Duration() <= TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task InteractionWebhooks_CarryNoBotToken()
    {
        await _rest.Client.EditOriginalResponseAsync("1100000000000000001", "interaction-token", Hello, CancellationToken.None);
        await _rest.Client.CreateFollowUpAsync("1100000000000000001", "interaction-token", Hello, CancellationToken.None);
        await _rest.Client.DeleteOriginalResponseAsync("1100000000000000001", "interaction-token", CancellationToken.None);

        _discord.Calls.Select(c => $"{c.Method} {c.Path}").ShouldBe([
            "PATCH /webhooks/1100000000000000001/interaction-token/messages/@original",
            "POST /webhooks/1100000000000000001/interaction-token",
            "DELETE /webhooks/1100000000000000001/interaction-token/messages/@original",
        ]);
        _discord.Calls.ShouldAllBe(c => c.Header("Authorization") == null);
    }

    [Fact]
    public async Task CallbackAlreadyAcknowledged_IsTakenAsDone()
    {
        _discord.Script("POST /interactions/", FakeResponse.Error(400, 40060, "Interaction has already been acknowledged."));

        await _rest.Client.CreateInteractionResponseAsync("1", "tok", InteractionCallback.Pong, CancellationToken.None);

        _discord.Calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task WithoutABotToken_BotRoutesFailBeforeSendingAnything()
    {
        await using var rest = RestHarness.Create(_discord, botToken: null);

        var failure = await Should.ThrowAsync<InvalidOperationException>(rest.Client.CreateMessageAsync(Channel, Hello, null, CancellationToken.None));

        failure.Message.ShouldContain("DISCORD_BOT_TOKEN");
        _discord.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task CommandRegistration_OverwritesGlobalOrGuildCommandsWithTheCatalogue()
    {
        await _rest.Client.OverwriteCommandsAsync("1100000000000000001", null, CommandCatalogue.All, CancellationToken.None);
        await _rest.Client.OverwriteCommandsAsync("1100000000000000001", "1200000000000000001", CommandCatalogue.All, CancellationToken.None);

        _discord.Calls.Select(c => $"{c.Method} {c.Path}").ShouldBe([
            "PUT /applications/1100000000000000001/commands",
            "PUT /applications/1100000000000000001/guilds/1200000000000000001/commands",
        ]);
        var commands = _discord.Calls[0].Json!.AsArray();
        commands.Select(c => (string)c!["name"]!).ShouldBe(
            ["who-left", "who-joined", "moves", "flows", "ask", "help", "subscribe", "unsubscribe", "subscriptions", "digest"]);
        _discord.Calls[0].Body.ShouldBe(_discord.Calls[1].Body);
    }

    [Fact]
    public async Task CommandRegistration_SubscribeAndUnsubscribeOfferTheInferredFlag_InEveryLanguage()
    {
        await _rest.Client.OverwriteCommandsAsync("1100000000000000001", null, CommandCatalogue.All, CancellationToken.None);

        var commands = _discord.Calls.ShouldHaveSingleItem().Json!.AsArray();
        foreach (var name in new[] { "subscribe", "unsubscribe" })
        {
            var options = commands.Single(c => (string)c!["name"]! == name)!["options"]!.AsArray();
            var inferred = options.Single(o => (string)o!["name"]! == "inferred")!.AsObject();
            ((int)inferred["type"]!).ShouldBe(5, "a boolean");
            ((bool)inferred["required"]!).ShouldBeFalse();
            inferred.ContainsKey("autocomplete").ShouldBeFalse("a boolean cannot autocomplete");
            inferred.ContainsKey("max_length").ShouldBeFalse();
            ((string)inferred["description"]!).ShouldContain("inferred from context");
            inferred["description_localizations"]!.AsObject().Select(p => p.Key).ShouldBe(["fr", "it", "ja"], ignoreOrder: true);
            options.Where(o => (string)o!["name"]! != "inferred").ShouldAllBe(o => (int)o!["type"]! == 3);
        }
        // Discord refuses a command or option description over 100 characters.
        commands.SelectMany(c => new[] { c!["description"] }.Concat(c!["description_localizations"]!.AsObject().Select(p => p.Value))
                    .Concat((c["options"]?.AsArray() ?? []).SelectMany(o => new[] { o!["description"] }
                        .Concat(o["description_localizations"]!.AsObject().Select(p => p.Value)))))
                .ShouldAllBe(d => ((string)d!).Length <= 100);
    }

    [Fact]
    public async Task TheBotTokenNeverReachesTheLogs()
    {
        _discord.Script($"POST /channels/{Channel}", FakeResponse.RateLimited(0.5), FakeResponse.Error(500, 0, "x"), FakeResponse.Error(401, 0, "401: Unauthorized"));

        await Should.ThrowAsync<DiscordApiException>(
            _rest.AdvanceUntilAsync(_rest.Client.CreateMessageAsync(Channel, Hello, null, CancellationToken.None), Step));

        _rest.Logs.All.ShouldNotBeEmpty();
        _rest.Logs.All.ShouldNotContain(RestHarness.BotToken);
    }
}
