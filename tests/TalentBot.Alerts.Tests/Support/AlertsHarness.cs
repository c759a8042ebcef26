using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TalentBot.Alerts.Delivery;
using TalentBot.Alerts.Digests;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Knowledge;
using TalentBot.Extraction;
using TalentBot.Knowledge;

namespace TalentBot.Alerts.Tests.Support;

/// <summary>
/// A real store in a temp folder with the test registry, the rule-based extractor (whose moves a test may mark
/// inferred), a fake clock, and the alerts services wired as the host wires them (<c>AddTalentBotAlerts</c>) with a
/// seeded jitter and captured logs.
/// </summary>
public sealed class AlertsHarness : IDisposable
{
    /// <summary>A Monday in January: Paris is on UTC+1, Tokyo on UTC+9.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 1, 12, 6, 0, 0, TimeSpan.Zero);

    public const int Seed = 20260112;

    private readonly string _folder;
    private readonly Action<AlertsOptions>? _configure;
    private readonly IReadOnlyList<IDeliverySender> _extraSenders;
    private readonly Random _jitter;
    private ServiceProvider _services;

    public AlertsHarness(Action<AlertsOptions>? configure = null, DateTimeOffset? start = null, params IDeliverySender[] extraSenders)
        : this(new Random(Seed), configure, start, extraSenders)
    {
    }

    /// <param name="jitter">The retry jitter's random source: a fixed one makes each backoff a known time.</param>
    public AlertsHarness(Random jitter, Action<AlertsOptions>? configure, DateTimeOffset? start, IDeliverySender[] extraSenders)
    {
        _jitter = jitter;
        _folder = Path.Combine(Path.GetTempPath(), "talentbot-alerts-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _configure = configure;
        _extraSenders = extraSenders;
        Time = new FakeTimeProvider(start ?? DefaultStart);
        Store = KnowledgeStore.Open(StorePath, World.Registry);
        Ingestion = new ArticleIngestion(Store, Extractor, Time);
        _services = Build();
    }

    public FakeTimeProvider Time { get; }

    public InferringExtractor Extractor { get; } = new(new RuleBasedExtractor(World.Registry));

    public CapturedLogs Logs { get; } = new();

    public KnowledgeStore Store { get; private set; }

    public ArticleIngestion Ingestion { get; private set; }

    public string StorePath => Path.Combine(_folder, "alerts.db");

    public IAlertStore Alerts => Store.Alerts;

    public DeliveryDispatcher Dispatcher => _services.GetRequiredService<DeliveryDispatcher>();

    public DigestScheduler Digests => _services.GetRequiredService<DigestScheduler>();

    public ChannelSubscriptions Channels => _services.GetRequiredService<ChannelSubscriptions>();

    public NotificationReplies Replies => _services.GetRequiredService<NotificationReplies>();

    public AlertsOptions Options => _services.GetRequiredService<IOptions<AlertsOptions>>().Value;

    public DateTimeOffset Now => Time.GetUtcNow();

    /// <summary>Registers what the host would, for this store; shared with the hosted-service tests.</summary>
    public static void AddAlerts(IServiceCollection services, KnowledgeStore store, TimeProvider time, CapturedLogs logs,
                                 Action<AlertsOptions>? configure, IEnumerable<IDeliverySender> extraSenders, Random? jitter = null)
    {
        services.TryAddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        services.AddSingleton(store);
        services.AddSingleton<IKnowledgeBase>(store);
        services.AddSingleton(store.Alerts);
        services.AddSingleton(store.Registry);
        services.AddSingleton(time);
        services.AddSingleton(jitter ?? new Random(Seed));
        foreach (var sender in extraSenders) services.AddSingleton(sender);
        services.AddTalentBotAlerts();
        if (configure is not null) services.Configure(configure);
    }

    public IngestReport Ingest(string text, Language language = Language.English, string? url = null, string? outlet = null, string? title = null) =>
        Ingestion.Ingest(new ArticleSource(text, title, language, url, outlet));

    public Subscription Subscribe(MoveFilter filter, DeliveryTarget target, bool alerts = true, DigestSchedule? digest = null,
                                  Language language = Language.English, string? createdBy = "tester", bool includeInferred = false) =>
        Alerts.Subscribe(new NewSubscription(target, filter, alerts, digest, language, createdBy) { IncludeInferred = includeInferred }, Now);

    public IReadOnlyList<Core.Alerts.Delivery> DeliveriesOf(Subscription subscription) => Alerts.Deliveries(subscription.Id, 1000);

    public Core.Alerts.Delivery Delivery(string id) => Alerts.Deliveries(null, 10_000).Single(d => d.Id == id);

    public Move MoveOf(IngestReport report) => report.NewMoves.ShouldHaveSingleItem();

    /// <summary>
    /// Runs <paramref name="work"/> (a dispatcher waiting on the fake clock) to its end, moving the clock to the
    /// outbox's next due time whenever nothing is due now, and never while an attempt is in flight (a due delivery
    /// is waiting with its time passed, so the clock stays put until its outcome is written).
    /// </summary>
    public async Task<T> DriveAsync<T>(Task<T> work)
    {
        var watch = Stopwatch.StartNew();
        while (!work.IsCompleted)
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(15)) throw new TimeoutException("The dispatcher did not finish.");
            if (Alerts.NextDue() is { } next && next > Now) Time.SetUtcNow(next);
            await Task.WhenAny(work, Task.Delay(2));
        }
        return await work;
    }

    /// <summary>Closes the store and opens its file again, with fresh services over it.</summary>
    public void Reopen()
    {
        _services.Dispose();
        Store.Dispose();
        Store = KnowledgeStore.Open(StorePath, World.Registry);
        Ingestion = new ArticleIngestion(Store, Extractor, Time);
        _services = Build();
    }

    public void Dispose()
    {
        _services.Dispose();
        Store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a failed test; the OS cleans the temp folder.
        }
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        AddAlerts(services, Store, Time, Logs, _configure, _extraSenders, _jitter);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}

/// <summary>Filters and targets in a line.</summary>
public static class Filters
{
    public static MoveFilter Organisations(params EntityRef[] organisations) => new(organisations, [], new HashSet<MoveKind>());

    public static MoveFilter People(params EntityRef[] people) => new([], people, new HashSet<MoveKind>());

    public static MoveFilter WithKinds(this MoveFilter filter, params MoveKind[] kinds) => filter with { Kinds = kinds.ToHashSet() };

    public static DeliveryTarget Hook(this WebhookServer server, string path) => DeliveryTarget.Webhook(server.Url(path), DeliveryFormat.Json);

    /// <summary>A webhook nobody listens on; for tests that never send.</summary>
    public static DeliveryTarget NowhereHook(string path = "hook") => DeliveryTarget.Webhook(new Uri("http://127.0.0.1:9/" + path), DeliveryFormat.Json);
}
