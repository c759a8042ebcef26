using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Knowledge;

namespace TalentBot.Hosting;

/// <summary>
/// The Generic Host every command runs in: configuration from <c>appsettings.json</c> beside the program,
/// environment variables and user secrets; validated options; logs on standard error, so standard output
/// carries only the answer (and stays parseable with <c>--json</c>).
/// </summary>
internal static class TalentBotHost
{
    public static IHost Build(IEnumerable<KeyValuePair<string, string?>>? overrides = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Configuration.AddUserSecrets(typeof(TalentBotHost).Assembly, optional: true);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddOptions<StoreOptions>().BindConfiguration(StoreOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<KnowledgeOptions>().BindConfiguration(KnowledgeOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<IngestOptions>().BindConfiguration(IngestOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();

        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHttpClient(ArticleLoader.HttpClientName, (services, client) =>
        {
            client.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<IngestOptions>>().Value.DownloadTimeoutSeconds);
            client.DefaultRequestHeaders.UserAgent.ParseAdd("TalentBot/1.0 (+https://github.com/talentbot)");
        });
        builder.Services.AddSingleton(services =>
        {
            var options = services.GetRequiredService<IOptions<IngestOptions>>().Value;
            return new ArticleLoader(services.GetRequiredService<IHttpClientFactory>(), new ArticleLoaderOptions
            {
                MaxBytes = options.MaxFileBytes,
                FetchTimeout = TimeSpan.FromSeconds(options.DownloadTimeoutSeconds),
            });
        });
        return builder.Build();
    }
}
