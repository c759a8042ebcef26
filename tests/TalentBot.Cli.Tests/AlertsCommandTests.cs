using System.Diagnostics;
using System.Text.Json.Nodes;
using TalentBot.Testing;

namespace TalentBot.Cli.Tests;

/// <summary>
/// <c>subscribe</c>, <c>ingest</c>, <c>deliveries</c>, <c>digest</c> end to end, against a webhook on loopback:
/// the command line as an operator runs it, with articles written for these tests.
/// </summary>
public sealed class AlertsCommandTests : IAsyncLifetime
{
    private const string MetaNews = """
        Meta loses a researcher and gains another

        Hannah Okafor has left Meta to join Anthropic, according to people familiar with the matter.
        Separately, Tomas Lindqvist joined Meta from Google last week.
        Elsewhere, Rina Sato left Apple for Cohere.
        Marco Bellini turned down an offer from Meta.
        """;

    private const string FrenchNews = """
        Nouveau départ chez Meta

        Camille Fournier a quitté Meta pour rejoindre Mistral AI en octobre, selon plusieurs sources.
        Luc Perrin a quitté Apple pour rejoindre Cohere.
        """;

    private const string ItalianNews = """
        Meta assume un nuovo ricercatore

        Giulia Conti è passata da Google a Meta, secondo fonti vicine all'azienda.
        Paolo Ferri ha rifiutato un'offerta di Meta.
        """;

    private readonly TempFolder _temp = new();
    private WebhookReceiver _webhook = null!;

    public async Task InitializeAsync() => _webhook = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _webhook.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task SubscribedToMeta_IngestDeliversExactlyOneAlertPerNewMetaMove_AndNothingTheSecondTime()
    {
        (await Subscribe("--company", "meta")).ExitCode.ShouldBe(0);
        var folder = Articles();

        var first = await Cli.RunAsync(Cli.FastAlertRetries, "ingest", "--db", _temp.Database, folder);

        first.ExitCode.ShouldBe(0, first.Error);
        first.Output.ShouldContain("Delivered 4 alert(s)");
        var delivered = _webhook.Accepted.Select(r => Describe(r.Body!["moves"]![0]!)).Order().ToList();
        delivered.ShouldBe(new[]
        {
            "Camille Fournier left Meta → Mistral AI",
            "Giulia Conti joined Google → Meta",
            "Hannah Okafor left Meta → Anthropic",
            "Tomas Lindqvist joined Google → Meta",
        });
        _webhook.Requests.Count.ShouldBe(4, "one request per move: no retries were needed");
        foreach (var request in _webhook.Requests)
        {
            request.Body!["type"]!.GetValue<string>().ShouldBe("alert");
            request.Headers["Idempotency-Key"].ShouldBe(request.Body["id"]!.GetValue<string>());
            var citation = request.Body["moves"]![0]!["citations"]![0]!;
            (MetaNews + FrenchNews + ItalianNews).ShouldContain(citation["quote"]!.GetValue<string>());
        }

        var again = await Cli.RunAsync(Cli.FastAlertRetries, "ingest", "--db", _temp.Database, folder);

        again.ExitCode.ShouldBe(0, again.Error);
        again.Output.ShouldNotContain("Delivered");
        _webhook.Requests.Count.ShouldBe(4);
    }

    [Fact]
    public async Task TargetAnswering500Then200_GetsTheAlertOnce_UnderTheSameIdempotencyKey()
    {
        (await Subscribe("--person", "Hannah Okafor")).ExitCode.ShouldBe(0);
        _webhook.Enqueue(FakeReply.Raw(500, "down"));

        var ingest = await Cli.RunAsync(Cli.FastAlertRetries, "ingest", "--db", _temp.Database, _temp.File("meta.md", MetaNews));

        ingest.ExitCode.ShouldBe(0, ingest.Error);
        _webhook.Requests.Count.ShouldBe(2);
        _webhook.Accepted.Count.ShouldBe(1);
        _webhook.Requests.Select(r => r.Headers["Idempotency-Key"]).Distinct().Count().ShouldBe(1);
        var deliveries = await Cli.RunAsync("deliveries", "--db", _temp.Database);
        deliveries.Output.ShouldContain("(2 attempt(s))");
        deliveries.Output.ShouldContain("0 waiting");
        (ingest.Output + ingest.Error + deliveries.Output).ShouldNotContain("xoxsecrettoken");
    }

    [Fact]
    public async Task ProcessKilledBetweenEnqueueAndSend_DeliversAfterRestart()
    {
        (await Subscribe("--person", "Hannah Okafor")).ExitCode.ShouldBe(0);
        // The first attempt never gets an answer: the process is killed while it waits, after the alert was committed.
        _webhook.Enqueue(FakeReply.Raw(200, "ok").After(TimeSpan.FromMinutes(5)));
        var article = _temp.File("meta.md", MetaNews);

        using (var child = StartIngest(article))
        {
            (await _webhook.WaitForRequestsAsync(1, TimeSpan.FromSeconds(60))).ShouldBeTrue("the child never tried to deliver");
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        _webhook.Accepted.ShouldBeEmpty();

        var waiting = await Cli.RunAsync("deliveries", "--db", _temp.Database);
        waiting.Output.ShouldContain("1 waiting");

        var restart = await Cli.RunAsync(Cli.FastAlertRetries, "ingest", "--db", _temp.Database, article);

        restart.ExitCode.ShouldBe(0, restart.Error);
        restart.Output.ShouldContain("already in the knowledge base");
        restart.Output.ShouldContain("Delivered 1 alert(s)");
        _webhook.Accepted.Count.ShouldBe(1);
        _webhook.Requests.Select(r => r.Headers["Idempotency-Key"]).Distinct().Count().ShouldBe(1, "the retry after the crash is recognisable as the same delivery");
    }

    [Fact]
    public async Task TargetThatIsGone_IsPausedAndReported_ThenResumedAndDelivered()
    {
        (await Subscribe("--company", "meta")).ExitCode.ShouldBe(0);
        _webhook.Enqueue(FakeReply.Raw(404, "no such webhook"));

        var ingest = await Cli.RunAsync(Cli.FastAlertRetries, "ingest", "--db", _temp.Database, _temp.File("meta.md", MetaNews));

        ingest.Output.ShouldContain("1 target(s) paused");
        _webhook.Requests.Count.ShouldBe(1, "a paused target gets nothing more");
        var listed = await Cli.RunAsync("subscriptions", "--db", _temp.Database);
        listed.Output.ShouldContain("PAUSED");
        listed.Output.ShouldContain("HTTP 404");
        listed.Output.ShouldContain("2 waiting");
        var id = listed.Output.Split(' ', 2)[0];

        (await Cli.RunAsync("resume", "--db", _temp.Database, id)).ExitCode.ShouldBe(0);
        var next = await Cli.RunAsync(Cli.FastAlertRetries, "ingest", "--db", _temp.Database, _temp.File("meta.md", MetaNews));

        next.Output.ShouldContain("Delivered 2 alert(s)");
        _webhook.Accepted.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Digest_GroupsTheDaysMovesByOrganisation_WithCitations()
    {
        // A misspelt name is not guessed at: a subscription on a wrong guess would go unnoticed for as long as it lasts.
        var misspelt = await Subscribe("--company", "Metta");
        misspelt.ExitCode.ShouldBe(1);
        misspelt.Error.ShouldContain("Did you mean Meta?");
        var subscribed = await Subscribe("--company", "meta");
        subscribed.Output.ShouldContain("follows Meta;");
        var id = subscribed.Output.Split(':', 2)[0]["Subscribed ".Length..];
        await Cli.RunAsync("ingest", "--db", _temp.Database, Articles());

        var text = await Cli.RunAsync("digest", "--db", _temp.Database, "--since", "2h", "--subscription", id);
        var json = await Cli.RunAsync("digest", "--db", _temp.Database, "--since", "2h", "--subscription", id, "--json");

        text.ExitCode.ShouldBe(0, text.Error);
        text.Output.ShouldContain("Moves first reported since");
        text.Output.ShouldContain("Hannah Okafor");
        text.Output.ShouldNotContain("Rina Sato", Case.Sensitive, "her move is not about Meta");
        text.Output.ShouldContain("Camille Fournier a quitté Meta pour rejoindre Mistral AI");
        var document = JsonNode.Parse(json.Output)!;
        document["intent"]!.GetValue<string>().ShouldBe("digest");
        document["moves"]!.AsArray().ShouldAllBe(m => m!["group"] != null && m["citations"]!.AsArray().Count > 0);
    }

    [Theory]
    [InlineData(new[] { "--company", "meta" }, "exactly one target")]
    [InlineData(new[] { "--webhook", "http://127.0.0.1:1/x", "--slack-channel", "C1" }, "exactly one target")]
    [InlineData(new[] { "--webhook", "ftp://example.com/x" }, "absolute http(s) URL")]
    [InlineData(new[] { "--webhook", "http://127.0.0.1:1/x", "--digest", "every morning" }, "not a cron schedule")]
    [InlineData(new[] { "--webhook", "http://127.0.0.1:1/x", "--tz", "Mars/Olympus" }, "not a time zone")]
    [InlineData(new[] { "--webhook", "http://127.0.0.1:1/x", "--kind", "fired" }, "not a kind of move")]
    [InlineData(new[] { "--webhook", "http://127.0.0.1:1/x", "--format", "xml" }, "json, discord or slack")]
    [InlineData(new[] { "--slack-channel", "C1", "--format", "json" }, "webhooks only")]
    [InlineData(new[] { "--webhook", "http://127.0.0.1:1/x", "--no-alerts", "--no-digest" }, "would send nothing")]
    [InlineData(new[] { "--discord-channel", "../../users/@me/channels?x=" }, "--discord-channel takes a channel id")]
    [InlineData(new[] { "--discord-channel", "123" }, "17 to 20 digits")]
    [InlineData(new[] { "--slack-channel", "../../x" }, "--slack-channel takes a channel id")]
    [InlineData(new[] { "--slack-channel", "U0123ABC" }, "--slack-channel takes a channel id")]
    [InlineData(new[] { "--webhook", "http://127.0.0.1:1/x", "--company", "Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab Lab" }, "at most 100 characters")]
    public async Task Subscribe_BadInput_IsRefusedWithTheReason(string[] args, string reason)
    {
        var result = await Cli.RunAsync(["subscribe", "--db", _temp.Database, .. args]);

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain(reason);
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task Subscriptions_ListAndUnsubscribe()
    {
        var subscribed = await Subscribe("--company", "openai", "--person", "Jason Wei", "--digest", "30 8 * * 1-5", "--tz", "Europe/Paris", "--language", "fr");
        subscribed.Output.ShouldContain("follows OpenAI, Jason Wei");
        var id = subscribed.Output.Split(':', 2)[0]["Subscribed ".Length..];

        var listed = await Cli.RunAsync("subscriptions", "--db", _temp.Database);
        listed.Output.ShouldContain(id);
        listed.Output.ShouldContain("digest 30 8 * * 1-5 Europe/Paris");
        listed.Output.ShouldNotContain("xoxsecrettoken");

        (await Cli.RunAsync("unsubscribe", "--db", _temp.Database, id)).ExitCode.ShouldBe(0);
        (await Cli.RunAsync("subscriptions", "--db", _temp.Database)).Output.ShouldContain("No subscriptions");
        var unknown = await Cli.RunAsync("unsubscribe", "--db", _temp.Database, id);
        unknown.ExitCode.ShouldBe(1);
        unknown.Error.ShouldContain("no subscription");
    }

    [Fact]
    public async Task Subscribe_ToALabNoArticleNamesYet_WaitsForIt()
    {
        var result = await Subscribe("--company", "Quasar Reasoning Labs");

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("No article names 'Quasar Reasoning Labs' yet");
        var ingest = await Cli.RunAsync(Cli.FastAlertRetries, "ingest", "--db", _temp.Database,
            _temp.File("quasar.md", "Quasar hires\n\nNadia Haddad has left Google to join Quasar Reasoning Labs.\n"));
        ingest.Output.ShouldContain("Delivered 1 alert(s)");
    }

    private Task<CliResult> Subscribe(params string[] args) =>
        Cli.RunAsync(["subscribe", "--db", _temp.Database, "--webhook", _webhook.Url.AbsoluteUri, .. args]);

    private string Articles()
    {
        _temp.File("news/meta.md", MetaNews);
        _temp.File("news/fr.md", FrenchNews);
        _temp.File("news/it.md", ItalianNews);
        return Path.Combine(_temp.Path, "news");
    }

    private static string Describe(JsonNode move) =>
        $"{move["person"]} {move["kind"]} {move["from"]} → {move["to"]}";

    private Process StartIngest(string article)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "talentbot.dll"), "ingest", "--db", _temp.Database, article })
            start.ArgumentList.Add(arg);
        start.Environment["Knowledge__Path"] = Path.Combine(AppContext.BaseDirectory, "knowledge");
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
