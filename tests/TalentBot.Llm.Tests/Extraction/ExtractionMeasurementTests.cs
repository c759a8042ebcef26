using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using TalentBot.Core;
using TalentBot.Core.Extraction;
using TalentBot.Llm.Extraction;
using TalentBot.Testing;
using Xunit.Abstractions;

namespace TalentBot.Llm.Tests.Extraction;

/// <summary>
/// Precision and recall of the rules alone and of the rules with a scripted model, over <see cref="HeldOutData"/>,
/// scored as the extraction gold tests score: a move matches when person, kind, origin and destination agree, and
/// each article's moves are compared as sets. The scripted model answers through the real connector over HTTP with
/// a mix of right proposals, hallucinated quotes, unknown names, invented kinds and a rumour passed off as a move,
/// so the numbers show what verification keeps, what it rejects, and what it cannot catch.
/// </summary>
public sealed class ExtractionMeasurementTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    [Fact]
    public async Task Measure_RulesAloneAndWithScriptedModel_ModelAddsRecallAndVerificationRejectsWhatItMust()
    {
        var articles = JsonSerializer.Deserialize<List<HeldOutArticle>>(HeldOutData.Json, Options)!;
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = request => Reply(articles.Single(a => a.Text == ExtractionWorld.ArticleOf(request)));
        var model = ExtractionWorld.Extractor(server);

        var rules = new Score(0, 0, 0);
        var combined = new Score(0, 0, 0);
        var modelOnlyWrong = new List<string>();
        var differences = new StringBuilder();
        foreach (var article in articles)
        {
            var text = article.ToArticleText();
            var facts = ExtractionWorld.Rules.Extract(text);
            var enriched = await model.EnrichAsync(text, facts, ExtractionWorld.Cancel);
            var gold = article.Moves.Select(m => m.Key).ToHashSet();
            var byRules = facts.Moves.Select(KeyOf).ToHashSet();
            var byBoth = enriched.Moves.Select(KeyOf).ToHashSet();

            rules += Score.Of(byRules, gold);
            combined += Score.Of(byBoth, gold);
            modelOnlyWrong.AddRange(enriched.Moves.Where(m => m.FoundBy == ClaimFinder.Model).Select(KeyOf).Where(k => !gold.Contains(k)));
            foreach (var key in byBoth.Except(byRules)) differences.AppendLine($"  {article.Id}: model added {key}{(gold.Contains(key) ? "" : "  (wrong)")}");
            foreach (var key in gold.Except(byBoth)) differences.AppendLine($"  {article.Id}: still missed {key}");
        }

        var summary = model.Summary;
        var expected = articles.SelectMany(a => a.Model).GroupBy(p => p.Expect).ToDictionary(g => g.Key, g => g.Count());
        var report = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Held-out articles: {articles.Count} ({string.Join(", ", articles.GroupBy(a => a.Language).Select(g => $"{g.Count()} {g.Key}"))}), {rules.Gold} moves")
            .AppendLine(CultureInfo.InvariantCulture, $"  rules alone       precision {rules.Precision:0.00}  recall {rules.Recall:0.00}  (tp {rules.TruePositives}, predicted {rules.Predicted})")
            .AppendLine(CultureInfo.InvariantCulture, $"  rules + model     precision {combined.Precision:0.00}  recall {combined.Recall:0.00}  (tp {combined.TruePositives}, predicted {combined.Predicted})")
            .AppendLine(CultureInfo.InvariantCulture, $"  model proposals   {summary.Proposed}: {summary.Accepted} accepted ({summary.ModelOnly} not found by the rules), " +
                                                      $"rejected {string.Join(", ", summary.Rejected.Select(r => $"{r.Key} {r.Value}"))}")
            .Append(differences)
            .ToString();
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(Path.GetTempPath(), "extraction-eval-model.txt"), report);

        summary.Failures.Values.ShouldAllBe(n => n == 0, report);
        summary.Proposed.ShouldBe(articles.Sum(a => a.Model.Count), report);
        summary.Accepted.ShouldBe(expected["accepted"], report);
        summary.Rejected[ProposalRejection.NotVerbatim].ShouldBe(expected["not_verbatim"], report);
        summary.Rejected[ProposalRejection.UnknownName].ShouldBe(expected["unknown_name"], report);
        summary.Rejected[ProposalRejection.BadKind].ShouldBe(expected["bad_kind"], report);
        summary.Rejected[ProposalRejection.Malformed].ShouldBe(expected["malformed"], report);
        summary.Rejected[ProposalRejection.AddressesModel].ShouldBe(expected["addresses_model"], report);
        // Verification checks that the claim is anchored in the text, not that it is true: a rumour quoted
        // verbatim passes. That is the one wrong move the script lets through.
        modelOnlyWrong.ShouldBe(["~paolo-ferrante|left|meta|"], report);
        combined.Recall.ShouldBeGreaterThan(rules.Recall, report);
        combined.Precision.ShouldBeGreaterThanOrEqualTo(rules.Precision, report);
    }

    private static string KeyOf(MoveClaim m) => Move.KeyOf(m.Person, m.Kind, m.From, m.To);

    private static FakeReply Reply(HeldOutArticle article)
    {
        var json = new JsonObject { ["moves"] = new JsonArray(article.Model.Select(p => p.Proposal.DeepClone()).ToArray()) }.ToJsonString();
        return FakeReply.Text(article.Fenced ? $"Here are the moves I found:\n```json\n{json}\n```" : json);
    }

    private sealed record Score(int TruePositives, int Predicted, int Gold)
    {
        public double Precision => Predicted == 0 ? 1 : TruePositives / (double)Predicted;
        public double Recall => Gold == 0 ? 1 : TruePositives / (double)Gold;

        public static Score Of(HashSet<string> predicted, HashSet<string> gold) => new(predicted.Intersect(gold).Count(), predicted.Count, gold.Count);

        public static Score operator +(Score a, Score b) =>
            new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold);
    }

    private sealed record HeldOutArticle(string Id, string Language, string Published, string Text, List<GoldMove> Moves, List<ScriptedProposal> Model, bool Fenced)
    {
        public ArticleText ToArticleText()
        {
            LanguageCodes.TryParse(Language, out var language).ShouldBeTrue();
            PartialDate.TryParse(Published, out var published).ShouldBeTrue();
            return new ArticleText(Text, language, published);
        }
    }

    private sealed record GoldMove(string Person, string Kind, string? From, string? To)
    {
        public string Key => string.Join('|', IdOf(Person), Kind, IdOf(From), IdOf(To));

        private static string? IdOf(string? name) =>
            name is null ? null : ExtractionWorld.Registry.Find(name)?.Id ?? EntityRef.Unregistered(name).Id;
    }

    private sealed record ScriptedProposal(JsonObject Proposal, string Expect);
}
