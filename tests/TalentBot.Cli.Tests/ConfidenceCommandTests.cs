using System.Text.Json;
using TalentBot.Core;
using TalentBot.Extraction;
using TalentBot.Knowledge;
using TalentBot.Testing;

namespace TalentBot.Cli.Tests;

/// <summary>
/// A move inferred from context, seen from the command line: <c>subscribe --include-inferred</c>, the listing, which
/// subscription is sent it, and <c>ask</c> in text and JSON. The rules state every move they find, so the inferred
/// one is ingested here with an extractor that marks it, into the store the commands use.
/// </summary>
public sealed class ConfidenceCommandTests : IAsyncLifetime
{
    private const string MetaNews = """
        Meta loses a researcher

        Hannah Okafor has left Meta to join Anthropic, according to people familiar with the matter.
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
    public async Task SubscribeIncludeInferred_IsListed_AndOnlyThatSubscriptionIsSentAnInferredMove()
    {
        var statedOnly = await Subscribe("--company", "meta");
        var withInferred = await Subscribe("--company", "meta", "--include-inferred");
        statedOnly.Output.ShouldContain("follows Meta; stated moves only; alerts on;");
        withInferred.Output.ShouldContain("follows Meta; stated and inferred moves; alerts on;");
        var listed = await Cli.RunAsync("subscriptions", "--db", _temp.Database);
        listed.Output.ShouldContain($"{IdOf(statedOnly)}  ");
        listed.Output.Split('\n').Single(l => l.StartsWith(IdOf(statedOnly), StringComparison.Ordinal)).ShouldContain("stated moves only");
        listed.Output.Split('\n').Single(l => l.StartsWith(IdOf(withInferred), StringComparison.Ordinal)).ShouldContain("stated and inferred moves");

        IngestInferred(MetaNews, InferenceReason.Coreference);
        // The article is known now; ingesting it again sends what the outbox holds.
        var sent = await Cli.RunAsync(Cli.FastAlertRetries, "ingest", "--db", _temp.Database, _temp.File("meta.md", MetaNews));

        sent.Output.ShouldContain("Delivered 1 alert(s)");
        var body = _webhook.Accepted.ShouldHaveSingleItem().Body!;
        ((string?)body["subscription"]).ShouldBe(IdOf(withInferred));
        var move = body["moves"]!.AsArray().ShouldHaveSingleItem()!;
        ((string?)move["person"]).ShouldBe("Hannah Okafor");
        ((string?)move["confidence"]).ShouldBe("inferred");
        move["confidence_reasons"]!.AsArray().Select(r => (string?)r).ShouldBe(["coreference"]);
    }

    [Fact]
    public async Task Ask_InferredMove_IsMarkedInTextAndJson_AndOnlyInferredMovesAreMarked()
    {
        (await Cli.RunAsync("ask", "--db", _temp.Database, "/help")).ExitCode.ShouldBe(0);
        IngestInferred(MetaNews, InferenceReason.NeighbouringSentence, InferenceReason.GuessedRole);

        var text = await Cli.RunAsync("ask", "--db", _temp.Database, "/who-left meta");
        var json = await Cli.RunAsync("ask", "--json", "--db", _temp.Database, "/who-left meta");

        text.ExitCode.ShouldBe(0, text.Error);
        text.Output.Split('\n').Single(l => l.Contains("Hannah Okafor", StringComparison.Ordinal) && l.Contains('→'))
            .ShouldEndWith(" · inferred from context");
        using var document = JsonDocument.Parse(json.Output);
        var moves = document.RootElement.GetProperty("moves").EnumerateArray().ToList();
        moves.Count.ShouldBeGreaterThan(1);
        var hannah = moves.Single(m => m.GetProperty("person").GetString() == "Hannah Okafor");
        hannah.GetProperty("confidence").GetString().ShouldBe("inferred");
        hannah.GetProperty("confidence_reasons").EnumerateArray().Select(r => r.GetString()).ShouldBe(["neighbouring_sentence", "guessed_role"]);
        // The corpus's own moves are stated or inferred as the real extractor read them: reasons exactly when inferred,
        // and the text marks as many lines as the JSON has inferred moves.
        moves.ShouldAllBe(m => (m.GetProperty("confidence").GetString() == "inferred") == (m.GetProperty("confidence_reasons").GetArrayLength() > 0));
        moves.ShouldContain(m => m.GetProperty("confidence").GetString() == "stated");
        text.Output.Split('\n').Count(l => l.Contains('→') && l.EndsWith(" · inferred from context", StringComparison.Ordinal))
            .ShouldBe(moves.Count(m => m.GetProperty("confidence").GetString() == "inferred"));
    }

    /// <summary>Ingests <paramref name="text"/> into the commands' store as a reading that inferred its moves would.</summary>
    private void IngestInferred(string text, params InferenceReason[] reasons)
    {
        var corpus = Corpus.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        var extractor = new InferringExtractor(new RuleBasedExtractor(corpus.Registry));
        extractor.Infer(text, reasons);
        using var store = KnowledgeStore.Open(_temp.Database, corpus.Registry);
        var report = new ArticleIngestion(store, extractor, TimeProvider.System).Ingest(new ArticleSource(text));
        report.Status.ShouldBe(IngestStatus.Added);
        report.NewInferred.ShouldBe(1);
    }

    private Task<CliResult> Subscribe(params string[] args) =>
        Cli.RunAsync(["subscribe", "--db", _temp.Database, "--webhook", _webhook.Url.AbsoluteUri, .. args]);

    private static string IdOf(CliResult subscribed) => subscribed.Output.Split(':', 2)[0]["Subscribed ".Length..];
}
