using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NSec.Cryptography;
using TalentBot.Bench;
using TalentBot.Slack.Http;
using TalentBot.Testing;

namespace TalentBot.Cli.Tests.Processes;

/// <summary>
/// <c>serve</c> and the CLI on one store, as real processes: the CLI's commands go through serve, chat and CLI see the
/// same subscriptions and moves, and killing either side mid-command loses and duplicates nothing.
/// </summary>
[Collection(ProcessTests.Name)]
public sealed partial class ServeAndCliTests : IAsyncLifetime
{
    private const string SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    private const string DiscordChannel = "1300000000000000077";

    private readonly TempFolder _temp = new();
    private readonly Key _discordKey = Key.Create(SignatureAlgorithm.Ed25519);
    private WebhookReceiver _hooks = null!;
    private HttpClient _http = null!;
    private int _triggers;

    public async Task InitializeAsync()
    {
        _hooks = await WebhookReceiver.StartAsync();
        _http = new HttpClient();
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _hooks.DisposeAsync();
        _discordKey.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task ServeRunning_CliAndChatWorkConcurrently_NothingIsLostAndServeAnswersEveryNewMove()
    {
        var articles = new SyntheticCorpus(seed: 5).Articles(200).ToList();
        var folder = Path.Combine(_temp.Path, "articles");
        foreach (var article in articles) _temp.File(Path.Combine("articles", article.Id + ".txt"), article.Text);
        using var serve = await StartServeAsync();

        var ingest = Run("ingest", "--db", _temp.Database, folder);
        var cliSubscribed = Enumerable.Range(1, 4).Select(i => Run("subscribe", "--db", _temp.Database, "--webhook", Hook(i), "--company", "Meta")).ToList();
        var slackSubscribed = new[] { "C1", "C2", "C3" }.Select(c => SlackAsync(serve, "/subscribe", "openai", c)).ToList();
        var discordSubscribed = DiscordAsync(serve, "subscribe", "anthropic");
        await Task.WhenAll([ingest, .. cliSubscribed, .. slackSubscribed, discordSubscribed]);

        (await ingest).ExitCode.ShouldBe(0, (await ingest).Error);
        (await ingest).Output.ShouldContain("Added 200 article(s)");
        var ids = new List<string>();
        foreach (var subscribed in cliSubscribed)
        {
            var result = await subscribed;
            result.ExitCode.ShouldBe(0, result.Error);
            ids.Add(SubscribedId().Match(result.Output).Groups[1].Value);
        }
        foreach (var subscribed in slackSubscribed) (await subscribed).ShouldContain("now follows OpenAI", customMessage: serve.Said());
        (await discordSubscribed).ShouldContain("now follows Anthropic");

        (await Run("unsubscribe", "--db", _temp.Database, ids[1])).ExitCode.ShouldBe(0);
        (await SlackAsync(serve, "/unsubscribe", "openai", "C2")).ShouldContain("no longer follows OpenAI");

        var expected = new[] { Display(1), Display(3), Display(4), "slack:C1", "slack:C3", "discord:" + DiscordChannel };
        var throughServe = await Run("subscriptions", "--db", _temp.Database);
        Targets(throughServe.Output).ShouldBe(expected, ignoreOrder: true);
        var planted = articles.Take(12).Select(a => a.Moves[0].Person).ToList();
        var answersFromServe = new List<string>();
        foreach (var person in planted) answersFromServe.Add(await MovesAsJsonAsync(person));
        (await SlackAsync(serve, "/moves", planted[0], "C1")).ShouldContain(planted[0]);

        // Every CLI command above went through serve: an ingest, four subscribes, an unsubscribe, a listing, 12 asks.
        CommandRunForTheCli().Count(serve.Said()).ShouldBe(1 + 4 + 1 + 1 + planted.Count);
        serve.Terminate();
        (await serve.WaitForExitAsync(TimeSpan.FromSeconds(60))).ExitCode.ShouldBe(0, serve.Said());

        var fromTheFile = await Run("subscriptions", "--db", _temp.Database);
        Targets(fromTheFile.Output).ShouldBe(expected, ignoreOrder: true);
        for (var i = 0; i < planted.Count; i++) (await MovesAsJsonAsync(planted[i])).ShouldBe(answersFromServe[i]);
        answersFromServe.Count(a => JsonNode.Parse(a)!["outcome"]!.GetValue<string>() == "answered").ShouldBeGreaterThan(planted.Count / 2);
        var check = await Run("store", "check", "--db", _temp.Database);
        check.ExitCode.ShouldBe(0, check.Error);
        check.Output.ShouldContain("reads cleanly");
    }

    [Fact]
    public async Task ServeKilledMidIngestThroughIt_CliSaysSoPlainly_AndARerunCompletesWithoutDuplicates()
    {
        var folder = WriteArticles(1500);
        using (var serve = await StartServeAsync())
        {
            using var ingest = TalentBotProcess.Start(null, "ingest", "--db", _temp.Database, folder);
            await serve.WaitForLineAsync(l => l.Contains("Running `ingest` for the CLI", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            await GrowsAsync(_temp.Database);
            serve.Kill();

            var cut = await ingest.WaitForExitAsync(TimeSpan.FromSeconds(60));
            cut.ExitCode.ShouldBe(69, cut.Error);
            cut.Error.ShouldContain("stopped before the command finished");
            cut.ShouldHaveNoStackTrace();
        }

        using (var restarted = await StartServeAsync())
        {
            var rerun = await Run("ingest", "--db", _temp.Database, folder);
            rerun.ExitCode.ShouldBe(0, rerun.Error);
            restarted.Terminate();
            (await restarted.WaitForExitAsync(TimeSpan.FromSeconds(60))).ExitCode.ShouldBe(0);
        }
        await ShouldHoldExactlyAsync(1500);
    }

    [Fact]
    public async Task CliKilledMidIngestThroughServe_ServeStopsItAndARerunCompletesWithoutDuplicates()
    {
        var folder = WriteArticles(1500);
        using var serve = await StartServeAsync();
        using (var ingest = TalentBotProcess.Start(null, "ingest", "--db", _temp.Database, folder))
        {
            await serve.WaitForLineAsync(l => l.Contains("Running `ingest` for the CLI", StringComparison.Ordinal), TimeSpan.FromSeconds(60));
            await GrowsAsync(_temp.Database);
            ingest.Kill();
            await ingest.WaitForExitAsync(TimeSpan.FromSeconds(30));
        }

        var rerun = await Run("ingest", "--db", _temp.Database, folder);

        rerun.ExitCode.ShouldBe(0, rerun.Error);
        serve.HasExited.ShouldBeFalse();
        serve.Terminate();
        (await serve.WaitForExitAsync(TimeSpan.FromSeconds(60))).ExitCode.ShouldBe(0);
        await ShouldHoldExactlyAsync(1500);
    }

    [Fact]
    public async Task Flows_ThroughServe_PrintsTheAnswerAndWritesThePictureWhereTheCliAsked()
    {
        using var serve = await StartServeAsync();
        var png = Path.Combine(_temp.Path, "flows", "meta.png");
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);

        var result = await Run("flows", "--db", _temp.Database, "meta", "--png", png);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldStartWith("Who came to and left Meta");
        (await serve.WaitForLineAsync(l => l.Contains("Running `flows` for the CLI", StringComparison.Ordinal), TimeSpan.FromSeconds(30))).ShouldNotBeNull();
        File.ReadAllBytes(png)[..4].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
    }

    [Fact]
    public async Task SecondServeOnTheSameStore_IsRefusedAndTheFirstKeepsServing()
    {
        using var first = await StartServeAsync();

        var second = await Run("serve", "--db", _temp.Database, "--urls", "http://127.0.0.1:0");

        second.ExitCode.ShouldBe(69);
        second.Error.ShouldContain("is open in another TalentBot process");
        (await Run("ask", "--db", _temp.Database, "/who-left meta")).ExitCode.ShouldBe(0);
        first.Terminate();
        (await first.WaitForExitAsync(TimeSpan.FromSeconds(60))).ExitCode.ShouldBe(0);
    }

    private string WriteArticles(int count)
    {
        foreach (var article in new SyntheticCorpus(seed: 13).Articles(count))
            _temp.File(Path.Combine("articles", article.Id + ".txt"), article.Text);
        return Path.Combine(_temp.Path, "articles");
    }

    /// <summary>
    /// Waits until the store file has grown past its size now: the ingest is committing. The child process gives no
    /// signal for it, so the file is watched; on a 2-core machine running other builds the first commit took over 30 s.
    /// </summary>
    private static async Task GrowsAsync(string path)
    {
        var start = new FileInfo(path).Length;
        for (var tries = 0; tries < 2400 && new FileInfo(path).Length <= start; tries++) await Task.Delay(50);
        new FileInfo(path).Length.ShouldBeGreaterThan(start, "the ingest never committed; the kill would prove nothing");
    }

    private async Task ShouldHoldExactlyAsync(int synthetic)
    {
        var corpus = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "knowledge", "articles")).Length;
        var again = await Run("ingest", "--db", _temp.Database, Path.Combine(_temp.Path, "articles"));
        again.Output.ShouldContain($"Added 0 article(s)");
        again.Output.ShouldContain($"{synthetic} already known");
        var check = await Run("store", "check", "--db", _temp.Database);
        check.ExitCode.ShouldBe(0, check.Error);
        using var store = Knowledge.KnowledgeStore.Open(_temp.Database, Knowledge.Corpus.Load(Path.Combine(AppContext.BaseDirectory, "knowledge")).Registry);
        store.Stats().Articles.ShouldBe(synthetic + corpus);
    }

    private async Task<TalentBotProcess> StartServeAsync()
    {
        var serve = TalentBotProcess.Start(new Dictionary<string, string>
        {
            ["SLACK_SIGNING_SECRET"] = SlackSecret,
            ["SLACK_BOT_TOKEN"] = "xoxb-process-test",
            ["Slack__ApiBaseUrl"] = new Uri(_hooks.Url, "/slack/api/").AbsoluteUri,
            ["DISCORD_PUBLIC_KEY"] = Convert.ToHexStringLower(_discordKey.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            ["Discord__ApiBaseUrl"] = new Uri(_hooks.Url, "/discord/api").AbsoluteUri,
        }, "serve", "--db", _temp.Database, "--urls", "http://127.0.0.1:0");
        var line = await serve.WaitForLineAsync(l => l.Contains("TalentBot is serving on", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
        serve.BaseAddress = new Uri(ServingUrl().Match(line).Value);
        return serve;
    }

    private Task<CliResult> Run(params string[] args) => TalentBotProcess.RunAsync(null, args);

    private async Task<string> MovesAsJsonAsync(string person)
    {
        var asked = await Run("ask", "--db", _temp.Database, "--json", "/moves " + person);
        asked.ExitCode.ShouldBe(0, asked.Error);
        return asked.Output;
    }

    private async Task<string> SlackAsync(TalentBotProcess serve, string command, string text, string channel)
    {
        var form = $"command={Uri.EscapeDataString(command)}&text={Uri.EscapeDataString(text)}&user_id=U1&channel_id={channel}&team_id=T1" +
                   $"&response_url={Uri.EscapeDataString(new Uri(_hooks.Url, "/slack/response/" + channel + command).AbsoluteUri)}&trigger_id=1.2.{Interlocked.Increment(ref _triggers)}";
        var body = Encoding.UTF8.GetBytes(form);
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(serve.BaseAddress!, SlackEndpoints.CommandsPath)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        request.Headers.Add(RequestSignature.SignatureHeader, new RequestSignature(SlackSecret).Sign(timestamp, body));
        request.Headers.Add(RequestSignature.TimestampHeader, timestamp);
        var before = _hooks.Requests.Count;
        using var response = await _http.SendAsync(request);
        var reply = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(reply);
        return await AnswerAsync(reply, "/slack/response/" + channel + command, before);
    }

    /// <summary>
    /// The chat answer: the acknowledgement's own text, or, when serve acknowledged first because the store was busy
    /// (as it is during a forwarded ingest), what it then posted to the follow-up address ending in <paramref name="followUpPath"/>
    /// after the <paramref name="before"/> requests the receiver had when the command was sent.
    /// </summary>
    private async Task<string> AnswerAsync(string acknowledgement, string followUpPath, int before)
    {
        if (acknowledgement.Contains("follows", StringComparison.Ordinal)) return acknowledgement;
        var followUp = await _hooks.WaitForRequestAsync(r => r.Path.EndsWith(followUpPath, StringComparison.Ordinal), before, TimeSpan.FromSeconds(30));
        return followUp is null ? acknowledgement : followUp.Body?.ToJsonString() ?? "";
    }

    private async Task<string> DiscordAsync(TalentBotProcess serve, string command, string organisation)
    {
        var interaction = new JsonObject
        {
            ["id"] = "1600000000000000001",
            ["application_id"] = "1100000000000000001",
            ["type"] = 2,
            ["data"] = new JsonObject
            {
                ["id"] = "1400000000000000001",
                ["name"] = command,
                ["type"] = 1,
                ["options"] = new JsonArray(new JsonObject { ["name"] = "org", ["type"] = 3, ["value"] = organisation }),
            },
            ["channel_id"] = DiscordChannel,
            ["guild_id"] = "1200000000000000001",
            ["member"] = new JsonObject
            {
                ["user"] = new JsonObject { ["id"] = "1500000000000000001", ["username"] = "operator" },
                ["permissions"] = "16",
            },
            ["token"] = "interaction-token",
            ["version"] = 1,
            ["locale"] = "en-US",
        };
        var body = Encoding.UTF8.GetBytes(interaction.ToJsonString());
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = SignatureAlgorithm.Ed25519.Sign(_discordKey, [.. Encoding.UTF8.GetBytes(timestamp), .. body]);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(serve.BaseAddress!, "/discord/interactions")) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        var before = _hooks.Requests.Count;
        using var response = await _http.SendAsync(request);
        var reply = await response.Content.ReadAsStringAsync();
        response.IsSuccessStatusCode.ShouldBeTrue(reply);
        return await AnswerAsync(reply, "/interaction-token/messages/@original", before);
    }

    private string Hook(int i) => new Uri(_hooks.Url, $"/hook{i}/secret-{i}").AbsoluteUri;

    private string Display(int i) => $"{_hooks.Url.Scheme}://{_hooks.Url.Authority}/hook{i}…";

    /// <summary>The target column of each line <c>subscriptions</c> prints.</summary>
    private static IReadOnlyList<string> Targets(string listing) =>
        listing.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
               .Select(line => line.Split("  ")[1].Split(' ')[0]).ToList();

    [GeneratedRegex(@"Subscribed (\S+):")]
    private static partial Regex SubscribedId();

    [GeneratedRegex(@"Running `[a-z]+` for the CLI")]
    private static partial Regex CommandRunForTheCli();

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex ServingUrl();
}

/// <summary>Tests that start real TalentBot processes: one at a time, so two cores are not shared six ways.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessTests
{
    public const string Name = "real processes";
}
