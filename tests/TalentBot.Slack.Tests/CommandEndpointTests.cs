using TalentBot.Testing;
using System.Net.Http.Headers;
using System.Text;
using TalentBot.Slack.Http;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace TalentBot.Slack.Tests;

/// <summary>
/// <c>POST /slack/commands</c> over real HTTP with real signatures: answers in the response itself, and everything a
/// hostile or broken client might send, each answered with the right status and never a 500.
/// </summary>
public sealed class CommandEndpointTests : IAsyncLifetime
{
    private SlackHost _host = null!;

    public async Task InitializeAsync() => _host = await SlackHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task WhoLeft_IsAnsweredInTheResponse_InChannel_WithCitationsAndButtons()
    {
        var result = await _host.CommandAsync("/who-left", "meta");

        result.Status.ShouldBe(200);
        result.ContentType.ShouldBe("application/json");
        result.ResponseType.ShouldBe("in_channel");
        ((string)result.Json["text"]!).ShouldBe("Who left Meta");
        var blocks = result.Json["blocks"]!.AsArray();
        ((string)blocks[0]!["type"]!).ShouldBe("header");
        ((string)blocks[0]!["text"]!["text"]!).ShouldBe("Who left Meta");
        result.BlockText.ShouldContain("Avi Verma");
        result.BlockText.ShouldContain("“Avi Verma ha completato il processo di onboarding in Meta, ma non ha mai iniziato.”");
        result.Buttons.Select(b => (string)b["action_id"]!).ShouldContain("talentbot-sources");
        result.Buttons.Select(b => (string)b["action_id"]!).ShouldContain("talentbot-subscribe");
    }

    [Fact]
    public async Task EveryQuoteShown_IsVerbatimFromAnArticle()
    {
        var result = await _host.CommandAsync("/who-left", "meta");

        var quotes = result.Json["blocks"]!.AsArray()
            .Where(b => (string)b!["type"]! == "context")
            .Select(b => (string)b!["elements"]![0]!["text"]!)
            .Where(t => t.Contains('“'))
            .Select(t => t[(t.IndexOf('“') + 1)..t.LastIndexOf('”')])
            .ToList();
        quotes.ShouldNotBeEmpty();
        foreach (var quote in quotes) FoundingStore.ArticleTexts.ShouldContain(text => text.Contains(quote));
    }

    [Fact]
    public async Task QuestionInJapanese_IsAnsweredInJapanese()
    {
        var result = await _host.CommandAsync("/who-left", "メタ");

        ((string)result.Json["text"]!).ShouldBe("Metaを辞めた人");
    }

    [Fact]
    public async Task CommandSpelledWithUnderscores_IsRecognised()
    {
        var result = await _host.CommandAsync("/who_left", "meta");

        result.ResponseType.ShouldBe("in_channel");
        ((string)result.Json["text"]!).ShouldBe("Who left Meta");
    }

    [Fact]
    public async Task NothingFound_IsEphemeral()
    {
        var result = await _host.CommandAsync("/who-left", "nvidia");

        result.Status.ShouldBe(200);
        result.IsEphemeral.ShouldBeTrue();
        result.Buttons.ShouldBeEmpty();
    }

    [Fact]
    public async Task UnknownOrganisation_IsEphemeral_WithDidYouMeanButtons()
    {
        var result = await _host.CommandAsync("/who-left", "Metaa");

        result.IsEphemeral.ShouldBeTrue();
        var again = result.Buttons[0];
        ((string)again["text"]!["text"]!).ShouldBe("Meta");
        ((string)again["action_id"]!).ShouldBe("talentbot-again-0");
        ((string)again["value"]!).ShouldBe("en|/who-left Meta");
        result.Buttons.Select(b => (string)b["action_id"]!).ShouldBeUnique();
    }

    [Fact]
    public async Task MissingArgument_IsEphemeral_WithAnExample()
    {
        var result = await _host.CommandAsync("/who-joined", "");

        result.IsEphemeral.ShouldBeTrue();
        result.BlockText.ShouldContain("/who-joined OpenAI");
    }

    [Fact]
    public async Task UnknownCommand_Is200AndAPoliteEphemeralMessage()
    {
        // Slack shows a 4xx to the user as a bare "failed with http_client_error"; a 200 lets us say what went wrong.
        var result = await _host.CommandAsync("/launch-rockets", "now");

        result.Status.ShouldBe(200);
        result.IsEphemeral.ShouldBeTrue();
        result.BlockText.ShouldContain("I don't know the command /launch-rockets");
        _host.Logs.All.ShouldContain("unknown command /launch-rockets");
    }

    [Fact]
    public async Task SlacksPublishedRequest_PassesVerification_AndItsUnknownCommandIsAnsweredPrivately()
    {
        await using var host = await SlackHost.StartAsync(now: Signing.PublishedTime);
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackEndpoints.CommandsPath)
        {
            Content = new StringContent(Signing.PublishedBody, Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        request.Headers.Add("X-Slack-Signature", Signing.PublishedSignature);
        request.Headers.Add("X-Slack-Request-Timestamp", Signing.PublishedTimestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));

        var result = await host.SendAsync(request);

        result.Status.ShouldBe(200);
        result.IsEphemeral.ShouldBeTrue();
        result.BlockText.ShouldContain("/webhook-collect");
    }

    [Fact]
    public async Task SameTriggerTwice_IsAnsweredOnce()
    {
        var trigger = Payloads.NewTrigger();

        var first = await _host.CommandAsync("/who-left", "meta", trigger: trigger);
        var second = await _host.CommandAsync("/who-left", "meta", trigger: trigger);

        first.ResponseType.ShouldBe("in_channel");
        second.Status.ShouldBe(200);
        second.Body.ShouldBeEmpty();
    }

    [Fact]
    public async Task BadSignature_Is401()
    {
        var result = await _host.PostAsync(SlackEndpoints.CommandsPath, Body(), tamperSignature: s => s[..^1] + (s[^1] == '0' ? '1' : '0'));

        result.Status.ShouldBe(401);
        result.Body.ShouldBe("invalid request signature");
    }

    [Fact]
    public async Task SignatureFromAnotherSecret_Is401()
    {
        var timestamp = Signing.Timestamp(_host.Time.GetUtcNow());
        var other = new RequestSignature("another-workspace-secret").Sign(timestamp, Encoding.UTF8.GetBytes(Body()));

        var result = await _host.PostAsync(SlackEndpoints.CommandsPath, Body(), timestamp: timestamp, tamperSignature: _ => other);

        result.Status.ShouldBe(401);
    }

    [Fact]
    public async Task MissingSignatureHeaders_Is401()
    {
        var result = await _host.PostAsync(SlackEndpoints.CommandsPath, Body(), sign: false);

        result.Status.ShouldBe(401);
    }

    [Fact]
    public async Task BodyChangedAfterSigning_Is401()
    {
        var result = await _host.PostAsync(SlackEndpoints.CommandsPath, Body(), sentBody: Body().Replace("meta", "openai", StringComparison.Ordinal));

        result.Status.ShouldBe(401);
    }

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public async Task TimestampSixMinutesAway_Is401EvenWhenSigned(int minutes)
    {
        var timestamp = Signing.Timestamp(_host.Time.GetUtcNow().AddMinutes(minutes));

        var result = await _host.PostAsync(SlackEndpoints.CommandsPath, Body(), timestamp: timestamp);

        result.Status.ShouldBe(401);
    }

    [Fact]
    public async Task RequestReplayedAfterFiveMinutes_Is401()
    {
        var timestamp = Signing.Timestamp(_host.Time.GetUtcNow());
        (await _host.PostAsync(SlackEndpoints.CommandsPath, Body(), timestamp: timestamp)).Status.ShouldBe(200);

        _host.Time.Advance(TimeSpan.FromSeconds(301));
        var replay = await _host.PostAsync(SlackEndpoints.CommandsPath, Body(), timestamp: timestamp);

        replay.Status.ShouldBe(401);
    }

    [Fact]
    public async Task OversizedBody_Is413()
    {
        var huge = Body() + "&padding=" + new string('x', 300 * 1024);

        var result = await _host.PostAsync(SlackEndpoints.CommandsPath, huge);

        result.Status.ShouldBe(413);
    }

    [Fact]
    public async Task OversizedBodyWithoutLength_Is413()
    {
        var huge = Encoding.UTF8.GetBytes(Body() + "&padding=" + new string('x', 300 * 1024));
        using var request = new HttpRequestMessage(HttpMethod.Post, SlackEndpoints.CommandsPath)
        {
            Content = new StreamContent(new UnseekableStream(huge)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add("X-Slack-Signature", "v0=" + new string('0', 64));
        request.Headers.Add("X-Slack-Request-Timestamp", Signing.Timestamp(_host.Time.GetUtcNow()));

        var result = await _host.SendAsync(request);

        result.Status.ShouldBe(413);
    }

    [Theory]
    [InlineData("command=%2Fwho-left&text=meta%ZZ&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")]
    [InlineData("command=%2Fwho-left&text=%FF%FE&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")]
    [InlineData("command=%2Fwho-left&command=%2Fask&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")]
    [InlineData("=meta&command=%2Fwho-left&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")]
    public async Task MalformedFormBody_Is400(string body)
    {
        var result = await _host.PostAsync(SlackEndpoints.CommandsPath, body);

        result.Status.ShouldBe(400);
    }

    [Theory]
    [InlineData("text=meta&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")]
    [InlineData("command=who-left&text=meta&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")]
    [InlineData("command=%2Fwho-left&text=meta&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx")]
    [InlineData("command=%2Fwho-left&text=meta&user_id=U1&channel_id=C1")]
    [InlineData("command=%2Fwho-left&text=meta&user_id=U1&channel_id=C1&response_url=javascript%3Aalert(1)")]
    [InlineData("")]
    public async Task FormWithoutWhatACommandCarries_Is400(string body)
    {
        var result = await _host.PostAsync(SlackEndpoints.CommandsPath, body);

        result.Status.ShouldBe(400);
    }

    [Fact]
    public async Task SslCheck_IsAnEmpty200()
    {
        var result = await _host.PostAsync(SlackEndpoints.CommandsPath, "ssl_check=1&token=x");

        result.Status.ShouldBe(200);
        result.Body.ShouldBeEmpty();
    }

    [Fact]
    public async Task BrokenAnswerer_IsAPoliteEphemeralMessage_NeverA500OrAStackTrace()
    {
        await using var host = await SlackHost.StartAsync(answers: new BrokenAnswers());

        var result = await host.CommandAsync("/who-left", "meta");

        result.Status.ShouldBe(200);
        result.IsEphemeral.ShouldBeTrue();
        result.BlockText.ShouldContain("Sorry, something went wrong on my side");
        result.Body.ShouldNotContain("InvalidOperationException");
        result.Body.ShouldNotContain(" at ");
        host.Logs.All.ShouldContain("the answerer is broken");
    }

    [Theory]
    [InlineData("/subscribe", "meta")]
    [InlineData("/unsubscribe", "meta")]
    [InlineData("/subscriptions", "")]
    [InlineData("/digest", "09:00 Europe/Paris")]
    public async Task SubscriptionCommands_WithoutAlerts_SayPolitelyTheyAreNotEnabled(string command, string text)
    {
        var result = await _host.CommandAsync(command, text);

        result.Status.ShouldBe(200);
        result.IsEphemeral.ShouldBeTrue();
        result.BlockText.ShouldContain("Alerts are not enabled in this workspace yet");
    }

    [Fact]
    public async Task SubscriptionCommand_WithAlerts_ReachesThemWithTheChannelAndWhatWasTyped()
    {
        var alerts = new RecordingChannelCommands();
        await using var host = await SlackHost.StartAsync(services: s => s.AddSingleton<IChannelCommands>(alerts));

        var result = await host.CommandAsync("/subscribe", "Jason Wei");

        result.ResponseType.ShouldBe("in_channel");
        result.BlockText.ShouldBe("Subscribed: Jason Wei");
        alerts.Commands.ShouldHaveSingleItem().ShouldBe(new ChannelCommand(ChannelAction.Subscribe, DeliveryTarget.SlackChannel(Payloads.Channel),
            Payloads.User, Core.Language.English, Subject: "Jason Wei"));
    }

    [Theory]
    [InlineData("/subscribe", "meta +inferred")]
    [InlineData("/unsubscribe", "inferred")]
    public async Task SubscriptionCommand_WithTheInferredWord_ReachesThemAsTyped_PlusIncluded(string command, string text)
    {
        var alerts = new RecordingChannelCommands();
        await using var host = await SlackHost.StartAsync(services: s => s.AddSingleton<IChannelCommands>(alerts));

        await host.CommandAsync(command, text);

        // The feature reads the word out of the text, as it does for every platform that sends free text.
        alerts.Commands.ShouldHaveSingleItem().Subject.ShouldBe(text);
    }

    private static string Body() => Payloads.Command("/who-left", "meta", "https://hooks.slack.com/commands/T0/1/x");

    /// <summary>A body whose length is not known in advance, so it goes chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
