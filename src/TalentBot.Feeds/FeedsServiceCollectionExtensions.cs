using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Core.Feeds;
using TalentBot.Feeds.Folders;
using TalentBot.Feeds.Polling;
using TalentBot.Feeds.Reading;
using TalentBot.Feeds.Safety;
using TalentBot.Knowledge;

namespace TalentBot.Feeds;

public static class FeedsServiceCollectionExtensions
{
    /// <summary>The <see cref="HttpClient"/> for feed documents: the operator's URL is trusted, redirects are checked.</summary>
    public const string FeedClientName = "TalentBot.Feeds.Feed";

    /// <summary>The <see cref="HttpClient"/> for entry pages: every hop is checked.</summary>
    public const string PageClientName = "TalentBot.Feeds.Page";

    /// <summary>
    /// Binds and validates the <c>Feeds</c> section and registers the guarded feed and page clients, the
    /// <see cref="FeedDiscovery"/> that checks a new feed's URL, the <see cref="FeedPoller"/> and the background loop
    /// that polls feeds and watched folders. The host registers an <see cref="IFeedBook"/> and an
    /// <see cref="IArticleSink"/>; an <see cref="IHostResolver"/> or a <see cref="TimeProvider"/> registered before
    /// this call replaces the default.
    /// </summary>
    public static IServiceCollection AddTalentBotFeeds(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<FeedsOptions>().Bind(configuration.GetSection(FeedsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton(provider => new UrlGuard(OptionsOf(provider), provider.GetRequiredService<IHostResolver>()));
        AddGuardedClient(services, FeedClientName);
        AddGuardedClient(services, PageClientName);

        // The clients live as long as the process; the socket layer resolves and checks every new connection, and
        // recycles pooled ones (PooledConnectionLifetime), so the factory's handler rotation is not needed.
        services.TryAddSingleton(provider => new FeedReader(ClientOf(provider, FeedClientName), OptionsOf(provider), provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(provider => new FeedDiscovery(provider.GetRequiredService<FeedReader>()));
        services.TryAddSingleton(provider => new FeedPoller(
            provider.GetRequiredService<IFeedBook>(),
            provider.GetRequiredService<FeedReader>(),
            new EntryPages(new ArticleLoader(ClientOf(provider, PageClientName), LoaderOptionsOf(provider))),
            provider.GetRequiredService<IArticleSink>(),
            OptionsOf(provider),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<FeedPoller>>()));
        services.TryAddSingleton(provider => new WatchedFolders(
            OptionsOf(provider),
            new ArticleLoader(options: LoaderOptionsOf(provider)),
            provider.GetRequiredService<IArticleSink>(),
            provider.GetRequiredService<ILogger<WatchedFolders>>()));
        services.AddHostedService(provider => new FeedPollingService(
            provider.GetRequiredService<FeedPoller>(),
            provider.GetRequiredService<WatchedFolders>(),
            OptionsOf(provider),
            provider.GetRequiredService<TimeProvider>(),
            provider.GetRequiredService<ILogger<FeedPollingService>>()));
        return services;
    }

    /// <summary>
    /// Puts a client that fetches only URLs the operator typed (<c>ingest URL</c>) behind the feeds' guard: the URL
    /// itself is trusted as given, loopback included, and every redirect from it is checked like a feed's link
    /// (http or https, no internal address unless <see cref="FeedsOptions.AllowPrivateAddresses"/>, at most
    /// <see cref="FeedsOptions.MaxRedirects"/>). A refusal is thrown as a <see cref="FetchRefusedException"/>. Needs
    /// <see cref="AddTalentBotFeeds"/>.
    /// </summary>
    public static IHttpClientBuilder AddOperatorUrlGuard(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return Guarded(builder.AddHttpMessageHandler(() => new OperatorTrustHandler()));
    }

    private static void AddGuardedClient(IServiceCollection services, string name) =>
        Guarded(services.AddHttpClient(name, (provider, client) =>
            {
                var options = OptionsOf(provider);
                // Each fetch enforces FetchTimeout with its own token; this only stops a call outliving it.
                client.Timeout = options.FetchTimeout + TimeSpan.FromSeconds(1);
                client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
            }))
            // The factory's default logs print whole URLs, query strings included.
            .RemoveAllLoggers();

    private static IHttpClientBuilder Guarded(IHttpClientBuilder builder) =>
        builder.ConfigurePrimaryHttpMessageHandler(provider => GuardedConnections.CreateHandler(provider.GetRequiredService<UrlGuard>()))
               .AddHttpMessageHandler(provider => new RedirectGuardHandler(provider.GetRequiredService<UrlGuard>(), OptionsOf(provider)));

    private static FeedsOptions OptionsOf(IServiceProvider provider) => provider.GetRequiredService<IOptions<FeedsOptions>>().Value;

    private static HttpClient ClientOf(IServiceProvider provider, string name) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient(name);

    private static ArticleLoaderOptions LoaderOptionsOf(IServiceProvider provider)
    {
        var options = OptionsOf(provider);
        return new ArticleLoaderOptions { MaxBytes = options.MaxPageBytes, FetchTimeout = options.FetchTimeout };
    }
}
