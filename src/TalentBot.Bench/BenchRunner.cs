using System.Diagnostics;
using TalentBot.Answering;
using TalentBot.Commands;
using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Extraction;
using TalentBot.Knowledge;

namespace TalentBot.Bench;

/// <summary>
/// One benchmark run: per corpus size, build a store, ingest, then time answers. With <paramref name="reuse"/>, a
/// store an earlier run left in <paramref name="folder"/> is timed as it is, which saves the minutes of a 100k ingest
/// when only the answers changed.
/// </summary>
internal sealed class BenchRunner(TextWriter output, TextWriter error, string? folder, IngestionOptions ingestion, bool reuse = false)
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
                if (Measure(size, queries, Path.Combine(root, $"bench-{size}.db"), cancellationToken) is not { } row) return ExitCodes.BadInput;
                rows.Add(row);
            }
        }
        finally
        {
            if (folder is null) Directory.Delete(root, recursive: true);
        }
        output.WriteLine();
        output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {ingestion.MaxBatchArticles} articles per transaction, {queries} questions of each kind per size");
        output.WriteLine("| articles | ingest articles/s | planted moves recovered | /who-left p50 / p99 | /who-left alloc/query | free question p50 / p99 | free question alloc/query | /who-left page 1 p50 / p99 | page 10 p50 / p99 | store / index size | peak working set | cold one-shot ask |");
        output.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var row in rows) output.WriteLine(row);
        return ExitCodes.Ok;
    }

    /// <summary>The size's row of the table, or null when the store to reuse is not this size's.</summary>
    private string? Measure(int size, int queries, string path, CancellationToken cancellationToken)
    {
        var corpus = new SyntheticCorpus();
        var registry = corpus.Registry();
        var articles = corpus.Articles(size).ToList();
        var reusing = reuse && File.Exists(path);
        output.WriteLine(reusing ? $"{size:N0} articles: reusing {path}" : $"{size:N0} articles: ingesting …");

        using var store = KnowledgeStore.Open(path, registry);
        string ingest;
        if (reusing)
        {
            // A store cut short by a stopped run, or built by another --articles, would time another corpus.
            if (store.Stats().Articles is var held && held != size)
            {
                error.WriteLine($"{path} holds {held:N0} articles, not {size:N0}: delete it, or run without --reuse, to build it again.");
                return null;
            }
            ingest = "reused";
        }
        else
        {
            var pipeline = new ArticleIngestion(store, new RuleBasedExtractor(registry), TimeProvider.System, ingestion);
            var clock = Stopwatch.StartNew();
            pipeline.IngestMany(articles.Select(a => new ArticleSource(a.Text, a.Title, a.Language, Id: a.Id)), cancellationToken: cancellationToken);
            clock.Stop();
            ingest = $"{size / clock.Elapsed.TotalSeconds:N0}";
        }
        var recovered = Recovered(store, registry, articles);
        output.WriteLine(reusing
            ? $"  {recovered:P1} of planted moves recovered"
            : $"  {ingest} articles/s; {recovered:P1} of planted moves recovered");

        // As serve does at start: the timings below are a running server's; a one-shot command's is the cold ask.
        store.LoadMoveLists(cancellationToken);
        var answerer = new QuestionAnswerer(store, TimeProvider.System);
        var random = new Random(7);
        var orgs = corpus.Organisations;
        var whoLeft = Time(queries, () => answerer.Answer("/who-left " + orgs[random.Next(orgs.Count)]));
        output.WriteLine($"  /who-left p50 {whoLeft.P50:F2} ms, p99 {whoLeft.P99:F2} ms");
        // Before the free questions, whose garbage slows every later query until a full collection, and with its own
        // random organisations, so the free questions asked stay the same as without it.
        var paged = new Random(11);
        var (pageOne, pageTen, tenShown) = TimeFirstAndTenthPage(answerer,
            Enumerable.Range(0, queries).Select(_ => orgs[paged.Next(orgs.Count)]).ToArray());
        output.WriteLine($"  /who-left page 1 p50 {pageOne.P50:F2} ms, p99 {pageOne.P99:F2} ms, {Kib(pageOne.AllocatedPerQuery)}; " +
                         $"page 10 p50 {pageTen.P50:F2} ms, p99 {pageTen.P99:F2} ms, {Kib(pageTen.AllocatedPerQuery)} ({tenShown:P0} of them held moves)");
        var free = Time(queries, () => answerer.Answer(string.Format(
            QuestionTemplates[random.Next(QuestionTemplates.Length)], orgs[random.Next(orgs.Count)])));
        output.WriteLine($"  free question p50 {free.P50:F2} ms, p99 {free.P99:F2} ms");

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        // Closed (the using then does nothing): the file is measured as a restarted process finds it, and a one-shot
        // ask needs the file, which an open store holds exclusively.
        store.Dispose();
        var storeBytes = new FileInfo(path).Length;
        var indexBytes = DirectorySize(KnowledgeStore.IndexPathFor(path));
        var (coldAsk, slowestAsk) = ColdAsk.Measure(path, orgs, registry);
        output.WriteLine($"  cold one-shot ask {coldAsk.TotalSeconds:F2} s (slowest {slowestAsk.TotalSeconds:F2} s); store {Mib(storeBytes)} + index {Mib(indexBytes)}");
        return $"| {size:N0} | {ingest} | {recovered:P1} | {whoLeft.P50:F2} / {whoLeft.P99:F2} ms | {Kib(whoLeft.AllocatedPerQuery)} " +
               $"| {free.P50:F2} / {free.P99:F2} ms | {Kib(free.AllocatedPerQuery)} | {pageOne.P50:F2} / {pageOne.P99:F2} ms " +
               $"| {pageTen.P50:F2} / {pageTen.P99:F2} ms | {Mib(storeBytes)} / {Mib(indexBytes)} | {Mib(peak)} " +
               $"| {coldAsk.TotalSeconds:F2} s (slowest {slowestAsk.TotalSeconds:F2} s) |";
    }

    /// <summary>
    /// Times page 1 and page 10 of <c>/who-left</c> for each organisation, one right after the other, so that a
    /// machine busier at one moment than another weighs on both alike; and the share of page 10s that held moves.
    /// </summary>
    private static (Timing First, Timing Tenth, double TenthShown) TimeFirstAndTenthPage(QuestionAnswerer answerer, IReadOnlyList<string> organisations)
    {
        int[] pages = [1, 10];
        foreach (var organisation in organisations.Take(50))
            foreach (var page in pages) answerer.Answer("/who-left " + organisation, page: page);
        var samples = pages.Select(_ => new double[organisations.Count]).ToArray();
        var allocated = new long[pages.Length];
        var tenthShown = 0;
        for (var i = 0; i < organisations.Count; i++)
        {
            for (var p = 0; p < pages.Length; p++)
            {
                var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                var start = Stopwatch.GetTimestamp();
                var reply = answerer.Answer("/who-left " + organisations[i], page: pages[p]);
                samples[p][i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                allocated[p] += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                if (pages[p] == 10 && reply.Moves.Count > 0) tenthShown++;
            }
        }
        var timings = pages.Select((_, p) =>
        {
            Array.Sort(samples[p]);
            return new Timing(Percentile(samples[p], 0.50), Percentile(samples[p], 0.99), allocated[p] / organisations.Count);
        }).ToArray();
        return (timings[0], timings[1], tenthShown / (double)organisations.Count);
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
