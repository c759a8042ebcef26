using System.Diagnostics.Metrics;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using TalentBot.Core;
using TalentBot.Core.Replies;
using TalentBot.Extraction;
using TalentBot.Knowledge;
using TalentBot.Llm;
using TalentBot.Llm.Answering;
using TalentBot.Testing;

namespace TalentBot.Cli.Tests;

/// <summary>
/// What the model path does with the founding corpus when the model is imperfect: a scripted model, seeded, that
/// calls the store's tools and then answers with a mix of well-cited sentences, claims with no marker, markers that
/// point at nothing, and occasional failures. Every reply must still cite only evidence that exists; the tally is
/// written to <c>model-path-evaluation.txt</c> in the temp folder for the README and the closing note.
/// </summary>
public sealed partial class ModelPathEvaluationTests : IDisposable
{
    private static readonly string[] Questions =
    [
        "Why are researchers leaving Meta?",
        "Who left Meta Superintelligence Labs and where did they go?",
        "How much did Meta offer AI researchers?",
        "What did Zuckerberg say about the talent war?",
        "Pourquoi les chercheurs quittent-ils Meta ?",
        "Quanto ha offerto Meta ai ricercatori?",
        "なぜ研究者はメタを辞めるのですか？",
        "Who joined OpenAI from Meta?",
        "What happened to Apple's AI team?",
        "Did anyone return to OpenAI?",
        "Was money the reason people left?",
        "Who threatened to leave Meta?",
        "Quelles équipes Meta a-t-il réorganisées ?",
        "Chi ha lasciato il team di Zuckerberg?",
        "アップルのAIチームから誰が移籍しましたか？",
        "What is the TBD Lab?",
    ];

    /// <summary>The start of the note on an answer the model wrote (a fallback's note says why it was not used).</summary>
    private static readonly string ModelWrotePrefix = Answering.Phrases.Get(Language.English, Answering.Phrase.ModelWrote).Split('{')[0];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ScriptedModelOverTheCorpus_EveryKeptClaimCitesEvidenceThatExists()
    {
        var corpus = Corpus.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        using var store = KnowledgeBootstrap.Open(_temp.Database, corpus, new RuleBasedExtractor(corpus.Registry), TimeProvider.System).Store;
        await using var server = await FakeOpenAiServer.StartAsync();
        var random = new Random(20261123);
        server.OnChat = request => ImperfectModel(request, random);
        using var meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
        var meterFactory = meters.GetRequiredService<IMeterFactory>();
        var tally = new Tally(meterFactory);
        using var listener = tally.Listen();
        var model = ConnectTo(server);
        var answers = new ModelAnswerService(new Answering.QuestionAnswerer(store, new FakeTimeProvider(Notifications.Now)), store.Registry, model, TimeProvider.System,
            NullLogger<ModelAnswerService>.Instance, meterFactory);

        foreach (var question in Questions)
        {
            var reply = await answers.AnswerAsync(question, Language.English, CancellationToken.None);
            if (reply.Answer is not { } answer) continue;
            var markers = Marker().Matches(answer).Select(m => int.Parse(m.Groups[1].Value)).ToHashSet();
            // A model's answer keeps only the sources it cites; a fallback's direct answer from the facts cites
            // some of the evidence listed under it.
            if (reply.Notes.Any(n => n.Text.StartsWith(ModelWrotePrefix, StringComparison.Ordinal)))
                markers.ShouldBe(Enumerable.Range(1, reply.Citations.Count).ToHashSet(), ignoreOrder: true);
            else
                markers.ShouldAllBe(m => m >= 1 && m <= reply.Citations.Count);
            foreach (var citation in reply.Citations)
                corpus.Articles.ShouldContain(a => a.Text.Contains(citation.Citation.Quote, StringComparison.Ordinal));
            answer.ShouldNotContain("clearly the main reason");
        }

        tally.Total.ShouldBe(Questions.Length);
        var report = new StringBuilder()
            .AppendLine($"questions: {Questions.Length}")
            .AppendLine($"kept whole: {tally.Outcomes.GetValueOrDefault("whole")}")
            .AppendLine($"kept, trimmed: {tally.Outcomes.GetValueOrDefault("trimmed")}")
            .AppendLine($"fell back: {tally.Outcomes.GetValueOrDefault("fallback")} ({string.Join(", ", tally.Reasons.Select(r => $"{r.Key} {r.Value}"))})")
            .AppendLine($"sentences dropped: {tally.Dropped}")
            .ToString();
        await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "model-path-evaluation.txt"), report);
    }

    /// <summary>
    /// Looks things up, then writes one sentence per quote it got. Roughly one sentence in six is made up (no
    /// marker), one in ten cites a number it was never given, one answer in eight fails outright.
    /// </summary>
    private static FakeReply ImperfectModel(RecordedRequest request, Random random)
    {
        var question = request.Messages.Where(m => (string?)m["role"] == "user").Select(RecordedRequest.ContentText).First();
        if (request.ToolResults.Count == 0)
        {
            var roll = random.NextDouble();
            if (roll < 0.04) return FakeReply.Error(503);
            if (roll < 0.08) return FakeReply.Raw(200, "{\"choices\": \"not a list\"}");
            if (roll < 0.12) return FakeReply.Text("Researchers leave for many reasons.");
            return FakeReply.ToolCalls(("talentbot-search_evidence", new JsonObject { ["query"] = question }.ToJsonString()));
        }
        var evidence = request.ToolResults.Where(r => r.StartsWith('{'))
            .SelectMany(r => JsonNode.Parse(r)!["evidence"]!.AsArray())
            .Select(e => ((int)e!["n"]!, (string)e["quote"]!)).Take(4).ToList();
        var text = new StringBuilder();
        foreach (var (n, quote) in evidence)
        {
            var marker = random.NextDouble() < 0.1 ? 90 + n : n;
            text.Append($"One source reports: {quote.TrimEnd('.', '。')} [{marker}]. ");
            if (random.NextDouble() < 0.17) text.Append("This is clearly the main reason everyone is leaving. ");
        }
        return FakeReply.Text(text.Length == 0 ? "I could not find anything." : text.ToString());
    }

    private static ModelConnection ConnectTo(FakeOpenAiServer server) => new(
        new LlmOptions { Endpoint = server.Endpoint, Model = "scripted", MaxRetries = 0 },
        new HttpClient());

    [GeneratedRegex(@"\[(\d+)\]")]
    private static partial Regex Marker();

    /// <summary>Reads the model path's own counters, as an operator's metrics pipeline would.</summary>
    private sealed class Tally(IMeterFactory scope)
    {
        public Dictionary<string, int> Outcomes { get; } = [];
        public Dictionary<string, int> Reasons { get; } = [];
        public long Dropped { get; private set; }
        public int Total => Outcomes.Values.Sum();

        public MeterListener Listen()
        {
            var listener = new MeterListener
            {
                InstrumentPublished = (instrument, l) =>
                {
                    if (instrument.Meter.Name == ModelAnswerService.MeterName && instrument.Meter.Scope == scope) l.EnableMeasurementEvents(instrument);
                },
            };
            listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                if (instrument.Name == "talentbot.llm.sentences.dropped") { Dropped += value; return; }
                foreach (var tag in tags)
                {
                    var key = tag.Value?.ToString() ?? "";
                    var counts = tag.Key == "outcome" ? Outcomes : Reasons;
                    counts[key] = counts.GetValueOrDefault(key) + (int)value;
                }
            });
            listener.Start();
            return listener;
        }
    }
}
