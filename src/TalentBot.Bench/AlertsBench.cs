using System.CommandLine;
using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using LiteDB;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentBot.Alerts;
using TalentBot.Alerts.Delivery;
using TalentBot.Commands;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Knowledge;
using TalentBot.Extraction;
using TalentBot.Knowledge;

namespace TalentBot.Bench;

/// <summary>
/// <c>talentbot-bench alerts [--articles 20000] [--subscriptions 100] [--sent 1000000]</c>: what alerts cost. Ingests the same
/// synthetic corpus into a store without subscriptions and one with them (one per organisation, the rest per person),
/// so the difference is the cost of matching and of making the outbox durable; then sends the whole outbox to a JSON
/// webhook on loopback and times it. Last, an outbox holding <c>--sent</c> sent deliveries: how long
/// <c>talentbot deliveries</c> and one dispatcher pass take in it, before and after pruning.
/// </summary>
internal static class AlertsBenchCommand
{
    public static Command Create(CliContext context)
    {
        var articles = new Option<int>("--articles") { Description = "Articles ingested into each store.", DefaultValueFactory = _ => 20_000 };
        var subscriptions = new Option<int>("--subscriptions") { Description = "Subscriptions in the second store.", DefaultValueFactory = _ => 100 };
        var sent = new Option<int>("--sent") { Description = "Sent deliveries in the outbox of the last measurement (0 skips it).", DefaultValueFactory = _ => 1_000_000 };
        var command = new Command("alerts", "Benchmark the cost of alerts on ingest, delivery throughput to a loopback webhook, and a large outbox.")
        {
            articles, subscriptions, sent,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var count = result.GetValue(articles);
            var subscribers = result.GetValue(subscriptions);
            var history = result.GetValue(sent);
            if (count < 100 || subscribers < 1 || history < 0)
            {
                context.Error.WriteLine("--articles must be at least 100, --subscriptions at least 1 and --sent not negative.");
                return Task.FromResult(ExitCodes.BadInput);
            }
            return RunAsync(context, count, subscribers, history, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, int count, int subscribers, int history, CancellationToken cancellationToken)
    {
        var root = Path.Combine(Path.GetTempPath(), "talentbot-bench-alerts-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        try
        {
            var corpus = new SyntheticCorpus();
            var registry = corpus.Registry();
            var sources = corpus.Articles(count).Select(a => new ArticleSource(a.Text, a.Title, a.Language, Id: a.Id)).ToList();
            // A first ingest warms the JIT, so neither timed run pays for it.
            using (var warm = KnowledgeStore.Open(Path.Combine(root, "warm.db"), registry))
                Ingest(warm, registry, sources.Take(500).ToList(), cancellationToken);

            // Runs without alerts before and after the run with them, so drift (caches, the disk) falls on both sides.
            var before = IngestInto(Path.Combine(root, "before.db"), registry, sources, cancellationToken);
            await using var webhook = await AcceptingWebhook.StartAsync().ConfigureAwait(false);
            using var subscribed = KnowledgeStore.Open(Path.Combine(root, "subscribed.db"), registry);
            Subscribe(subscribed, registry, webhook.Url, subscribers);
            var with = Ingest(subscribed, registry, sources, cancellationToken);
            var after = IngestInto(Path.Combine(root, "after.db"), registry, sources, cancellationToken);
            var without = (before + after) / 2;
            var enqueued = subscribed.Alerts.WaitingCounts().Values.Sum();

            var (sent, elapsed) = await DeliverAllAsync(subscribed, registry, cancellationToken).ConfigureAwait(false);

            context.Output.WriteLine();
            context.Output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {count:N0} synthetic articles");
            context.Output.WriteLine("| subscriptions | ingest without / with alerts | alerts enqueued | delivered to a loopback webhook |");
            context.Output.WriteLine("|---|---|---|---|");
            context.Output.WriteLine($"| {subscribers} | {count / without.TotalSeconds:N0} / {count / with.TotalSeconds:N0} articles/s | {enqueued:N0} | {sent:N0} in {elapsed.TotalSeconds:N1} s ({sent / elapsed.TotalSeconds:N0}/s, {webhook.Received:N0} received) |");

            if (history > 0)
            {
                var rows = await LargeOutbox.MeasureAsync(context.Output, Path.Combine(root, "outbox.db"), registry, sources, webhook.Url, subscribers, history, cancellationToken)
                                            .ConfigureAwait(false);
                context.Output.WriteLine();
                context.Output.WriteLine($"| outbox ({history:N0} sent deliveries) | `deliveries` (all / one subscription) | one dispatcher pass |");
                context.Output.WriteLine("|---|---|---|");
                foreach (var row in rows) context.Output.WriteLine(row);
            }
            return ExitCodes.Ok;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static TimeSpan IngestInto(string path, EntityRegistry registry, IReadOnlyList<ArticleSource> sources, CancellationToken cancellationToken)
    {
        using var store = KnowledgeStore.Open(path, registry);
        return Ingest(store, registry, sources, cancellationToken);
    }

    private static TimeSpan Ingest(KnowledgeStore store, EntityRegistry registry, IReadOnlyList<ArticleSource> sources, CancellationToken cancellationToken)
    {
        var ingestion = new ArticleIngestion(store, new RuleBasedExtractor(registry), TimeProvider.System);
        var clock = Stopwatch.StartNew();
        ingestion.IngestMany(sources, cancellationToken: cancellationToken);
        return clock.Elapsed;
    }

    /// <summary>One subscription per organisation, then one per person, until there are <paramref name="count"/>.</summary>
    private static void Subscribe(KnowledgeStore store, EntityRegistry registry, Uri webhook, int count)
    {
        var organisations = registry.Entities.Where(e => e.Kind == EntityKind.Organisation).Select(e => e.ToRef()).ToList();
        var target = DeliveryTarget.Webhook(webhook, DeliveryFormat.Json);
        for (var i = 0; i < count; i++)
        {
            var filter = i < organisations.Count
                ? new MoveFilter([organisations[i]], [], new HashSet<MoveKind>())
                : new MoveFilter([], [EntityRef.Unregistered($"Person {i}")], new HashSet<MoveKind>());
            store.Alerts.Subscribe(new NewSubscription(target, filter, Alerts: true, Digest: null, Language.English, "bench"), TimeProvider.System.GetUtcNow());
        }
    }

    private static async Task<(int Sent, TimeSpan Elapsed)> DeliverAllAsync(KnowledgeStore store, EntityRegistry registry, CancellationToken cancellationToken)
    {
        await using var provider = AlertServices(store, registry);
        var dispatcher = provider.GetRequiredService<DeliveryDispatcher>();
        var clock = Stopwatch.StartNew();
        var report = await dispatcher.DeliverDueAsync(cancellationToken).ConfigureAwait(false);
        return (report.Sent, clock.Elapsed);
    }

    private static ServiceProvider AlertServices(KnowledgeStore store, EntityRegistry registry) =>
        new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IAlertStore>(store.Alerts)
            .AddSingleton<IKnowledgeBase>(store)
            .AddSingleton(registry)
            .AddTalentBotAlerts()
            .BuildServiceProvider();

    /// <summary>
    /// An outbox that has been sending for months: <c>--sent</c> sent deliveries spread over the
    /// <see cref="History"/> before now, across the subscriptions. Times what <c>talentbot deliveries</c> reads and
    /// one dispatcher pass that sends a batch of new alerts, then prunes what is older than
    /// <c>Alerts:SentRetention</c> (two thirds, by default) and times both again.
    /// </summary>
    private static class LargeOutbox
    {
        private static readonly TimeSpan History = TimeSpan.FromDays(90);
        private const int SeedBatch = 10_000;
        private const int Repeats = 5;

        public static async Task<IReadOnlyList<string>> MeasureAsync(
            TextWriter output, string path, EntityRegistry registry, IReadOnlyList<ArticleSource> sources, Uri webhook,
            int subscribers, int history, CancellationToken cancellationToken)
        {
            var slice = Math.Min(200, sources.Count / 3);
            List<string> subscriptionIds;
            List<string> moveIds;
            using (var store = KnowledgeStore.Open(path, registry))
            {
                Subscribe(store, registry, webhook, subscribers);
                Ingest(store, registry, sources.Take(slice).ToList(), cancellationToken);
                await DeliverAllAsync(store, registry, cancellationToken).ConfigureAwait(false);
                subscriptionIds = store.Alerts.Subscriptions().Select(s => s.Id).ToList();
                moveIds = store.Alerts.Deliveries(null, 1_000).SelectMany(d => d.MoveIds).Distinct().ToList();
            }
            if (moveIds.Count == 0) throw new InvalidOperationException("The first articles enqueued no alerts; nothing to base the outbox on.");

            output.WriteLine($"Seeding {history:N0} sent deliveries …");
            var seeding = Stopwatch.StartNew();
            Seed(path, history, subscriptionIds, moveIds, TimeProvider.System.GetUtcNow().UtcDateTime);
            output.WriteLine($"  seeded in {seeding.Elapsed.TotalSeconds:N0} s");

            var opening = Stopwatch.StartNew();
            using var large = KnowledgeStore.Open(path, registry);
            output.WriteLine($"  first open (builds any new index) {opening.Elapsed.TotalSeconds:N1} s");
            await using var services = AlertServices(large, registry);
            var dispatcher = services.GetRequiredService<DeliveryDispatcher>();
            var one = large.Alerts.FindSubscription(subscriptionIds[0]);
            var rows = new List<string>
            {
                await RowAsync("as seeded", large, dispatcher, one, sources.Skip(slice).Take(slice).ToList(), registry, cancellationToken).ConfigureAwait(false),
            };
            // Said now as well as in the table: pruning a large backlog can take a long while.
            output.WriteLine("  " + rows[0]);
            output.WriteLine(Prune(dispatcher));
            rows.Add(await RowAsync("after pruning", large, dispatcher, one, sources.Skip(2 * slice).Take(slice).ToList(), registry, cancellationToken)
                .ConfigureAwait(false));
            return rows;
        }

        /// <summary>Prunes as <c>serve</c> does, a batch per turn, until a batch comes back short.</summary>
        private static string Prune(DeliveryDispatcher dispatcher)
        {
            var total = 0;
            var batches = 0;
            var slowest = TimeSpan.Zero;
            var clock = Stopwatch.StartNew();
            while (true)
            {
                var batch = Stopwatch.StartNew();
                var pruned = dispatcher.PruneSent();
                slowest = batch.Elapsed > slowest ? batch.Elapsed : slowest;
                total += pruned;
                batches++;
                if (pruned < DeliveryDispatcher.PruneBatchSize) break;
            }
            return $"  pruned {total:N0} sent deliveries older than the retention in {clock.Elapsed.TotalSeconds:N1} s: " +
                   $"{batches:N0} batches of up to {DeliveryDispatcher.PruneBatchSize}, the slowest {slowest.TotalMilliseconds:N0} ms";
        }

        private static async Task<string> RowAsync(
            string label, KnowledgeStore store, DeliveryDispatcher dispatcher, Subscription? one, IReadOnlyList<ArticleSource> fresh,
            EntityRegistry registry, CancellationToken cancellationToken)
        {
            var all = Median(() => SubscriptionsCommands.DeliveriesListing(store.Alerts, null));
            var single = Median(() => SubscriptionsCommands.DeliveriesListing(store.Alerts, one));
            Ingest(store, registry, fresh, cancellationToken);
            var clock = Stopwatch.StartNew();
            var report = await dispatcher.DeliverDueAsync(cancellationToken).ConfigureAwait(false);
            var pass = clock.Elapsed;
            return $"| {label} | {all.TotalMilliseconds:N1} ms / {single.TotalMilliseconds:N1} ms | {pass.TotalMilliseconds:N0} ms for {report.Sent:N0} new alerts |";
        }

        /// <summary>The middle of a few timings, after one untimed run that warms the JIT and the page cache.</summary>
        private static TimeSpan Median(Func<object> work)
        {
            work();
            var times = new List<TimeSpan>();
            for (var i = 0; i < Repeats; i++)
            {
                var clock = Stopwatch.StartNew();
                work();
                times.Add(clock.Elapsed);
            }
            return times.Order().ElementAt(Repeats / 2);
        }

        /// <summary>
        /// Writes the sent deliveries straight into the file: through the dispatcher a million would take hours. The
        /// documents have the outbox's stored shape (a drift from it fails the listing loudly), with ids hashed as the
        /// outbox hashes them, so they land all over its id index as real ones do.
        /// </summary>
        private static void Seed(string path, int count, IReadOnlyList<string> subscriptionIds, IReadOnlyList<string> moveIds, DateTime now)
        {
            using var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct });
            var deliveries = db.GetCollection("deliveries");
            var step = History.Ticks / count;
            for (var start = 0; start < count; start += SeedBatch)
            {
                db.BeginTrans();
                for (var i = start; i < Math.Min(count, start + SeedBatch); i++)
                {
                    var sentAt = new DateTime(now.Ticks - History.Ticks + i * step, DateTimeKind.Utc);
                    var created = sentAt.AddSeconds(-1);
                    var id = "a" + Convert.ToHexStringLower(SHA256.HashData(BitConverter.GetBytes(i)).AsSpan(0, 10));
                    deliveries.Insert(new BsonDocument
                    {
                        ["_id"] = id,
                        ["SubscriptionId"] = subscriptionIds[i % subscriptionIds.Count],
                        ["Kind"] = nameof(DeliveryKind.Alert),
                        ["MoveIds"] = new BsonArray { moveIds[i % moveIds.Count] },
                        ["Created"] = created,
                        ["Order"] = 0,
                        ["Status"] = nameof(DeliveryStatus.Sent),
                        ["Attempts"] = 1,
                        ["NextAttempt"] = created,
                        ["SentAt"] = sentAt,
                    });
                }
                db.Commit();
            }
        }
    }

    /// <summary>A webhook on loopback that accepts everything, so the time measured is TalentBot's.</summary>
    private sealed class AcceptingWebhook : IAsyncDisposable
    {
        private readonly WebApplication _app;
        private int _received;

        private AcceptingWebhook(WebApplication app) => _app = app;

        public Uri Url { get; private set; } = null!;

        public int Received => Volatile.Read(ref _received);

        public static async Task<AcceptingWebhook> StartAsync()
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
            var app = builder.Build();
            var webhook = new AcceptingWebhook(app);
            app.Run(async http =>
            {
                await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted).ConfigureAwait(false);
                Interlocked.Increment(ref webhook._received);
                http.Response.StatusCode = StatusCodes.Status204NoContent;
            });
            await app.StartAsync().ConfigureAwait(false);
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            webhook.Url = new Uri(address.TrimEnd('/') + "/hook");
            return webhook;
        }

        public ValueTask DisposeAsync() => _app.DisposeAsync();
    }
}
