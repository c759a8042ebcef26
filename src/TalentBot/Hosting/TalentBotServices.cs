using TalentBot.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using TalentBot.Alerts;
using TalentBot.Answering.Links;
using TalentBot.Charts;
using TalentBot.Core.Knowledge;
using TalentBot.Core.Replies;
using TalentBot.Discord;
using TalentBot.Feeds;
using TalentBot.Ingesting;
using TalentBot.Knowledge;
using TalentBot.Llm;
using TalentBot.Slack;

namespace TalentBot.Hosting;

/// <summary>
/// What every host shares, the one-shot CLI host and the long-running <c>serve</c> host alike: configuration
/// sources, validated options and the outgoing HTTP clients.
/// </summary>
internal static class TalentBotServices
{
    /// <summary>
    /// Adds user secrets, then <c>TALENTBOT_DB</c> as <c>Store:Path</c>, then the caller's overrides (tests, and the
    /// CLI's <c>--db</c>), on top of the host's defaults.
    /// </summary>
    public static void AddTalentBotSources(this IConfigurationBuilder configuration, IEnumerable<KeyValuePair<string, string?>>? overrides)
    {
        configuration.AddUserSecrets(typeof(TalentBotServices).Assembly, optional: true);
        if (StorePaths.FromEnvironment() is { } database) configuration.AddInMemoryCollection([new(StoreOptions.PathKey, database)]);
        if (overrides is not null) configuration.AddInMemoryCollection(overrides);
    }

    public static IServiceCollection AddTalentBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        // Serve:PublicUrl gives every command's citations their source-page links, not only serve's.
        services.AddOptions<ServeOptions>().BindConfiguration(ServeOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(provider => new CitationLinks(provider.GetRequiredService<IOptions<ServeOptions>>().Value.PublicUri));

        services.AddTalentBotModel();
        // Alerts go to webhooks of every format from any command; to channels when the platform's bot token is set.
        services.AddTalentBotAlerts();
        services.AddDiscordDelivery(configuration);
        services.AddSlackDelivery(configuration);

        // The host opens the store when it is first needed (a command opens it first, to say why it cannot); what
        // works on it is resolved from it.
        services.AddSingleton<StoreProvider>();
        services.TryAddSingleton(provider => provider.GetRequiredService<StoreProvider>().Session.Store);
        services.TryAddSingleton<IKnowledgeBase>(provider => provider.GetRequiredService<KnowledgeStore>());
        services.TryAddSingleton(provider => provider.GetRequiredService<KnowledgeStore>().Registry);
        services.TryAddSingleton(provider => provider.GetRequiredService<KnowledgeStore>().Alerts);
        services.TryAddSingleton(provider => provider.GetRequiredService<KnowledgeStore>().Feeds);
        // ingest, the administration socket (which runs ingest for the CLI) and feeds all go through one pipeline.
        services.TryAddSingleton<IngestPipeline>();
        services.TryAddSingleton<IArticleSink>(provider => provider.GetRequiredService<IngestPipeline>());
        // Feeds and watched folders: serve polls them in the background; feeds add polls a new one at once.
        services.AddTalentBotFeeds(configuration);
        services.AddSingleton(TimeProvider.System);
        // The flows picture: the system's CJK font is looked up once, when a picture is first drawn.
        services.TryAddSingleton<IFlowChartRenderer>(_ => new FlowChartRenderer(ChartFont.FromSystem()));
        services.AddHttpClient(ArticleLoader.HttpClientName, (provider, client) =>
        {
            client.Timeout = TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<IngestOptions>>().Value.DownloadTimeoutSeconds);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("TalentBot/1.0 (+https://github.com/talentbot)");
        }).AddOperatorUrlGuard();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<IngestOptions>>().Value;
            return new ArticleLoader(provider.GetRequiredService<IHttpClientFactory>(), new ArticleLoaderOptions
            {
                MaxBytes = options.MaxFileBytes,
                FetchTimeout = TimeSpan.FromSeconds(options.DownloadTimeoutSeconds),
            });
        });
        return services;
    }
}
