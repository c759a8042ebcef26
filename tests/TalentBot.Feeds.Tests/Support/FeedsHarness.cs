using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using TalentBot.Core.Feeds;
using TalentBot.Feeds.Folders;
using TalentBot.Feeds.Reading;
using TalentBot.Feeds.Safety;

namespace TalentBot.Feeds.Tests.Support;

/// <summary>
/// The feeds services wired the way the host wires them (<c>AddTalentBotFeeds</c>), with an in-memory feed book, a
/// recording sink, scripted DNS, captured logs and a fake clock.
/// </summary>
public sealed class FeedsHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly ServiceProvider _provider;

    private FeedsHarness(IReadOnlyDictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs))
            .AddSingleton<IFeedBook>(Book)
            .AddSingleton<IArticleSink>(Sink)
            .AddSingleton<TimeProvider>(Time)
            .AddSingleton<IHostResolver>(Resolver);
        services.AddTalentBotFeeds(configuration);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public MemoryFeedBook Book { get; } = new();

    public RecordingSink Sink { get; } = new();

    public FakeResolver Resolver { get; } = new();

    public CapturedLogs Logs { get; } = new();

    public IServiceProvider Services => _provider;

    public FeedPoller Poller => _provider.GetRequiredService<FeedPoller>();

    public FeedsOptions Options => _provider.GetRequiredService<IOptions<FeedsOptions>>().Value;

    internal WatchedFolders Folders => _provider.GetRequiredService<WatchedFolders>();

    internal UrlGuard Guard => _provider.GetRequiredService<UrlGuard>();

    internal FeedReader Reader => new(Client(FeedsServiceCollectionExtensions.FeedClientName), Options, Time);

    internal FeedPollingService Service => _provider.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<FeedPollingService>().Single();

    /// <summary>Settings are <c>Feeds</c> keys without the section, e.g. <c>("AllowPrivateAddresses", "true")</c>.</summary>
    public static FeedsHarness Create(params (string Key, string Value)[] settings) =>
        new(settings.ToDictionary(s => $"{FeedsOptions.Section}:{s.Key}", s => (string?)s.Value));

    /// <summary>The usual case for feed tests: the server is on loopback, so entry links must be allowed to reach it.</summary>
    public static FeedsHarness AllowingLoopback(params (string Key, string Value)[] settings) =>
        Create([("AllowPrivateAddresses", "true"), .. settings]);

    public HttpClient Client(string name) => _provider.GetRequiredService<IHttpClientFactory>().CreateClient(name);

    public Feed AddFeed(Uri url) => Book.Add(url, Time.GetUtcNow());

    /// <summary>Moves the clock to when <paramref name="feedId"/> is due and polls.</summary>
    public Task<FeedPollReport> PollWhenDueAsync(string feedId)
    {
        var due = Book.Get(feedId).NextPoll - Time.GetUtcNow();
        if (due > TimeSpan.Zero) Time.Advance(due);
        return Poller.PollDueAsync();
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
