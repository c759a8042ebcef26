using System.CommandLine;
using System.Diagnostics;
using System.Net;
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
/// <c>bench alerts [--articles 20000] [--subscriptions 100]</c>: what alerts cost. Ingests the same synthetic corpus
/// into a store without subscriptions and one with them (one per organisation, the rest per person), so the
/// difference is the cost of matching and of making the outbox durable; then sends the whole outbox to a JSON
/// webhook on loopback and times it.
/// </summary>
internal static class AlertsBenchCommand
{
    public static Command Create(CliContext context)
    {
        var articles = new Option<int>("--articles") { Description = "Articles ingested into each store.", DefaultValueFactory = _ => 20_000 };
        var subscriptions = new Option<int>("--subscriptions") { Description = "Subscriptions in the second store.", DefaultValueFactory = _ => 100 };
        var command = new Command("alerts", "Benchmark the cost of alerts on ingest, and delivery throughput to a loopback webhook.") { articles, subscriptions };
        command.SetAction((result, cancellationToken) =>
        {
            var count = result.GetValue(articles);
            var subscribers = result.GetValue(subscriptions);
            if (count < 100 || subscribers < 1)
            {
                context.Error.WriteLine("--articles must be at least 100 and --subscriptions at least 1.");
                return Task.FromResult(ExitCodes.BadInput);
            }
            return RunAsync(context, count, subscribers, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, int count, int subscribers, CancellationToken cancellationToken)
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
            store.Alerts.Subscribe(new NewSubscription(target, filter, Alerts: true, Digest: null, Language.English, "bench"), DateTimeOffset.UtcNow);
        }
    }

    private static async Task<(int Sent, TimeSpan Elapsed)> DeliverAllAsync(KnowledgeStore store, EntityRegistry registry, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
            .AddSingleton(TimeProvider.System)
            .AddSingleton<IAlertStore>(store.Alerts)
            .AddSingleton<IKnowledgeBase>(store)
            .AddSingleton(registry)
            .AddTalentBotAlerts();
        await using var provider = services.BuildServiceProvider();
        var dispatcher = provider.GetRequiredService<DeliveryDispatcher>();
        var clock = Stopwatch.StartNew();
        var report = await dispatcher.DeliverDueAsync(cancellationToken).ConfigureAwait(false);
        return (report.Sent, clock.Elapsed);
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
