using System.Diagnostics;
using TalentBot.Answering;
using TalentBot.Commands;
using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Extraction;
using TalentBot.Knowledge;

namespace TalentBot.Bench;

/// <summary>One benchmark run: per corpus size, build a store, ingest, then time answers.</summary>
internal sealed class BenchRunner(TextWriter output, string? folder, IngestionOptions ingestion)
{
    private static readonly string[] QuestionTemplates =
    [
        "Why are researchers leaving {0}?",
        "Pourquoi les chercheurs quittent-ils {0} ?",
        "Perché i ricercatori lasciano {0}?",
        "{0}の研究者はなぜ辞めるのか？",
        "Who did {0} hire with salaries over $10 million?",
        "GPU e stipendi: cosa offre {0}?",
    ];

    public int Run(IReadOnlyList<int> sizes, int queries, CancellationToken cancellationToken)
    {
        var root = folder ?? Path.Combine(Path.GetTempPath(), "talentbot-bench-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        var rows = new List<string>();
        try
        {
            foreach (var size in sizes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rows.Add(Measure(size, queries, Path.Combine(root, $"bench-{size}.db"), cancellationToken));
            }
        }
        finally
        {
            if (folder is null) Directory.Delete(root, recursive: true);
        }
        output.WriteLine();
        output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {ingestion.MaxBatchArticles} articles per transaction, {queries} questions of each kind per size");
        output.WriteLine("| articles | ingest articles/s | planted moves recovered | /who-left p50 / p99 | /who-left alloc/query | free question p50 / p99 | free question alloc/query | store / index size | peak working set |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows) output.WriteLine(row);
        return ExitCodes.Ok;
    }

    private string Measure(int size, int queries, string path, CancellationToken cancellationToken)
    {
        var corpus = new SyntheticCorpus();
        var registry = corpus.Registry();
        var articles = corpus.Articles(size).ToList();
        output.WriteLine($"{size:N0} articles: ingesting …");

        using var store = KnowledgeStore.Open(path, registry);
        var ingest = new ArticleIngestion(store, new RuleBasedExtractor(registry), TimeProvider.System, ingestion);
        var clock = Stopwatch.StartNew();
        ingest.IngestMany(articles.Select(a => new ArticleSource(a.Text, a.Title, a.Language, Id: a.Id)), cancellationToken: cancellationToken);
        clock.Stop();
        var throughput = size / clock.Elapsed.TotalSeconds;
        var recovered = Recovered(store, registry, articles);
        output.WriteLine($"  {throughput:N0} articles/s; {recovered:P1} of planted moves recovered");

        var answerer = new QuestionAnswerer(store);
        var random = new Random(7);
        var orgs = corpus.Organisations;
        var whoLeft = Time(queries, () => answerer.Answer("/who-left " + orgs[random.Next(orgs.Count)]));
        output.WriteLine($"  /who-left p50 {whoLeft.P50:F2} ms, p99 {whoLeft.P99:F2} ms");
        var free = Time(queries, () => answerer.Answer(string.Format(
            QuestionTemplates[random.Next(QuestionTemplates.Length)], orgs[random.Next(orgs.Count)])));
        output.WriteLine($"  free question p50 {free.P50:F2} ms, p99 {free.P99:F2} ms");

        var storeBytes = new FileInfo(path).Length;
        var indexBytes = DirectorySize(KnowledgeStore.IndexPathFor(path));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        return $"| {size:N0} | {throughput:N0} | {recovered:P1} | {whoLeft.P50:F2} / {whoLeft.P99:F2} ms | {Kib(whoLeft.AllocatedPerQuery)} " +
               $"| {free.P50:F2} / {free.P99:F2} ms | {Kib(free.AllocatedPerQuery)} | {Mib(storeBytes)} / {Mib(indexBytes)} | {Mib(peak)} |";
    }

    /// <summary>The share of planted moves the store holds with the planted person, kind and origin.</summary>
    private static double Recovered(KnowledgeStore store, EntityRegistry registry, IReadOnlyList<SyntheticArticle> articles)
    {
        var sample = articles.Where((_, i) => i % Math.Max(1, articles.Count / 500) == 0).SelectMany(a => a.Moves).ToList();
        var found = 0;
        foreach (var planted in sample)
        {
            var from = registry.Resolve(planted.From, EntityKind.Organisation)[0].Value.Id;
            var moves = store.FindMoves(new MoveQuery(FromAny: new HashSet<string> { from }, Kinds: new HashSet<MoveKind> { planted.Kind }, Limit: 10_000)).Moves;
            if (moves.Any(m => TextFolding.FoldCompact(m.Person.Name) == TextFolding.FoldCompact(planted.Person))) found++;
        }
        return sample.Count == 0 ? 0 : found / (double)sample.Count;
    }

    private static Timing Time(int count, Action action)
    {
        for (var i = 0; i < Math.Min(50, count); i++) action();
        var samples = new double[count];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            samples[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / count;
        Array.Sort(samples);
        return new Timing(Percentile(samples, 0.50), Percentile(samples, 0.99), allocated);
    }

    private static double Percentile(double[] sorted, double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];

    private static long DirectorySize(string path) =>
        Directory.Exists(path) ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    private static string Mib(long bytes) => $"{bytes / 1024.0 / 1024.0:N0} MiB";

    private static string Kib(long bytes) => $"{bytes / 1024.0:N0} KiB";

    private readonly record struct Timing(double P50, double P99, long AllocatedPerQuery);
}
