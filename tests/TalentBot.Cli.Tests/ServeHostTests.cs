using TalentBot.Hosting;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;
using TalentBot.Serving;

namespace TalentBot.Cli.Tests;

/// <summary>
/// The serve host as <c>talentbot serve</c> builds it, on loopback: health and readiness, the store opened once,
/// Discord enabled only by its settings, and signed interactions answered from the real store.
/// </summary>
public sealed class ServeHostTests : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
    private LoopbackServe? _serve;

    private string PublicKey => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_serve is not null) await _serve.DisposeAsync();
        _key.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task WithAPublicKey_ServesDiscordAndIsReady()
    {
        await StartAsync(new() { ["DISCORD_PUBLIC_KEY"] = PublicKey });

        var alive = await _serve!.Http.GetAsync("/healthz");
        var ready = await _serve!.Http.GetAsync("/readyz");
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        alive.StatusCode.ShouldBe(HttpStatusCode.OK);
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        ((string)report["status"]!).ShouldBe("Healthy");
        ((int)report["checks"]!["store"]!["data"]!["articles"]!).ShouldBe(5);
        ((string)report["checks"]!["platforms"]!["data"]!["discord"]!).ShouldBe("endpoint");
        ((string)report["checks"]!["discord"]!["status"]!).ShouldBe("Healthy");
    }

    [Fact]
    public async Task SignedPing_IsAnsweredWithPong()
    {
        await StartAsync(new() { ["DISCORD_PUBLIC_KEY"] = PublicKey });

        var response = await PostSignedAsync("""{"type":1,"id":"10000000000000000","application_id":"20000000000000000","token":"t","version":1}""");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("""{"type":1}""");
    }

    [Fact]
    public async Task SignedWhoLeft_IsAnsweredFromTheStoreServeOpened()
    {
        await StartAsync(new() { ["DISCORD_PUBLIC_KEY"] = PublicKey });

        var response = await PostSignedAsync("""
            {"type":2,"id":"100000000000000000","application_id":"200000000000000000","token":"tok","locale":"fr","channel_id":"300000000000000000","guild_id":"400000000000000000",
             "member":{"user":{"id":"500000000000000000"},"permissions":"0"},
             "data":{"id":"600000000000000000","name":"who-left","type":1,"options":[{"name":"org","type":3,"value":"meta"}]}}
            """);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        ((int)body["type"]!).ShouldBe(4);
        ((string)body["data"]!["embeds"]![0]!["title"]!).ShouldBe("Qui a quitté Meta");
    }

    [Fact]
    public async Task SignedAsk_WithAModelConfigured_IsAnsweredByTheModelWithVerifiedCitations()
    {
        await using var model = await TalentBot.Testing.FakeOpenAiServer.StartAsync();
        model.OnChat = request =>
        {
            if (request.ToolResults.Count == 0)
                return TalentBot.Testing.FakeReply.ToolCalls(("talentbot-who_left", """{"organisation":"Meta"}"""));
            var first = (int)JsonNode.Parse(request.ToolResults[0])!["evidence"]![0]!["n"]!;
            return TalentBot.Testing.FakeReply.Text($"Researchers are leaving Meta [{first}]. Meta will double salaries next year.");
        };
        await StartAsync(new()
        {
            ["DISCORD_PUBLIC_KEY"] = PublicKey,
            ["Llm:Endpoint"] = model.Endpoint.ToString(),
            ["Llm:Model"] = "scripted-model",
        });

        var response = await PostSignedAsync("""
            {"type":2,"id":"110000000000000000","application_id":"200000000000000000","token":"tok","locale":"en-US","channel_id":"300000000000000000","guild_id":"400000000000000000",
             "member":{"user":{"id":"500000000000000000"},"permissions":"0"},
             "data":{"id":"610000000000000000","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"Why are researchers leaving Meta?"}]}}
            """);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        ((int)body["type"]!).ShouldBe(4);
        var embeds = body["data"]!["embeds"]!.ToJsonString();
        // Model prose is escaped as any text is, so Discord shows "\[1\]" as the marker "[1]".
        ((string)body["data"]!["embeds"]![0]!["description"]!).ShouldStartWith(@"Researchers are leaving Meta \[1\].");
        embeds.ShouldNotContain("double salaries");
        embeds.ShouldContain("scripted-model");
    }

    [Fact]
    public async Task SignedSubscribe_ThenANewMetaMove_IsPostedToTheChannelWithANonce()
    {
        await using var discord = await TalentBot.Testing.WebhookReceiver.StartAsync();
        discord.Enqueue(TalentBot.Testing.FakeReply.Raw(200, """{"id":"9000000000000000000","channel_id":"300000000000000000"}"""));
        await StartAsync(new()
        {
            ["DISCORD_PUBLIC_KEY"] = PublicKey,
            ["DISCORD_BOT_TOKEN"] = "bot-token-for-the-fake",
            ["Discord:ApiBaseUrl"] = new Uri(discord.Url, "/api/v10").AbsoluteUri,
        });

        // 16 is Manage Channels, which subscribing a channel requires.
        var response = await PostSignedAsync("""
            {"type":2,"id":"120000000000000000","application_id":"200000000000000000","token":"tok","locale":"en-US","channel_id":"300000000000000000","guild_id":"400000000000000000",
             "member":{"user":{"id":"500000000000000000"},"permissions":"16"},
             "data":{"id":"620000000000000000","name":"subscribe","type":1,"options":[{"name":"org","type":3,"value":"meta"}]}}
            """);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        answer["data"]!.ToJsonString().ShouldContain("This channel now follows Meta");

        await _serve!.Services.GetRequiredService<TalentBot.Feeds.IArticleSink>().IngestAsync(
            [new TalentBot.Knowledge.ArticleSource("Meta hires\n\nOwen Farrell has left Google to join Meta, the company said.\n")], CancellationToken.None);

        (await discord.WaitForRequestsAsync(1, TimeSpan.FromSeconds(20))).ShouldBeTrue("serve never posted the alert");
        var post = discord.Requests.Single();
        post.Path.ShouldBe("/api/v10/channels/300000000000000000/messages");
        post.Body!["nonce"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        post.Body.ToJsonString().ShouldContain("Owen Farrell");
    }

    [Fact]
    public async Task SignedSubscribeWithTheInferredOption_StoresASubscriptionThatIncludesInferredMoves()
    {
        await StartAsync(new() { ["DISCORD_PUBLIC_KEY"] = PublicKey });

        var response = await PostSignedAsync("""
            {"type":2,"id":"130000000000000000","application_id":"200000000000000000","token":"tok","locale":"fr","channel_id":"300000000000000000","guild_id":"400000000000000000",
             "member":{"user":{"id":"500000000000000000"},"permissions":"16"},
             "data":{"id":"620000000000000000","name":"subscribe","type":1,"options":[{"name":"org","type":3,"value":"meta"},{"name":"inferred","type":5,"value":true}]}}
            """);
        var answer = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        ((string)answer["data"]!["embeds"]![0]!["description"]!).ShouldStartWith("Ce salon suit désormais Meta, mouvements déduits du contexte compris");
        var subscription = _serve!.Services.GetRequiredService<TalentBot.Core.Alerts.IAlertStore>().Subscriptions().ShouldHaveSingleItem();
        subscription.Target.ShouldBe(TalentBot.Core.Alerts.DeliveryTarget.DiscordChannel("300000000000000000"));
        subscription.IncludeInferred.ShouldBeTrue();
    }

    [Fact]
    public async Task UnsignedRequest_Is401()
    {
        await StartAsync(new() { ["DISCORD_PUBLIC_KEY"] = PublicKey });

        var response = await _serve!.Http.PostAsync("/discord/interactions", new StringContent("""{"type":1}"""));

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task WithoutDiscordSettings_ThereIsNoDiscordEndpointAndReadinessSaysWhy()
    {
        await StartAsync([]);

        var interactions = await _serve!.Http.PostAsync("/discord/interactions", new StringContent("{}"));
        var ready = await _serve!.Http.GetAsync("/readyz");
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;

        interactions.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        ((string)report["checks"]!["platforms"]!["data"]!["discord"]!).ShouldBe("off");
        ((string)report["checks"]!["platforms"]!["description"]!).ShouldContain("DISCORD_PUBLIC_KEY");
        ((string)report["checks"]!["store"]!["status"]!).ShouldBe("Healthy");
        (await _serve!.Http.GetAsync("/healthz")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GatewayNotYetConnected_IsReportedAsConnecting()
    {
        await StartAsync(new()
        {
            ["Discord:Mode"] = "Gateway",
            ["DISCORD_BOT_TOKEN"] = "token-for-a-closed-port",
            ["Discord:ApiBaseUrl"] = "http://127.0.0.1:9/api/v10",
        });

        var report = JsonNode.Parse(await (await _serve!.Http.GetAsync("/readyz")).Content.ReadAsStringAsync())!;

        ((string)report["checks"]!["discord"]!["data"]!["mode"]!).ShouldBe("gateway");
        ((string)report["checks"]!["discord"]!["status"]!).ShouldBe("Degraded");
        (await _serve!.Http.PostAsync("/discord/interactions", new StringContent("{}"))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task StartAsync(Dictionary<string, string?> settings) =>
        _serve = await LoopbackServe.StartAsync(_temp.Database, settings);

    private Task<HttpResponseMessage> PostSignedAsync(string json) => _serve!.PostDiscordAsync(_key, json);
}
