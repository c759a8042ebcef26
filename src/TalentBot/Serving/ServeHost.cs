using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Hosting;
using TalentBot.Administration;
using TalentBot.Alerts;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Core.Replies;
using TalentBot.Discord;
using TalentBot.Hosting;
using TalentBot.Knowledge;
using TalentBot.Slack;

namespace TalentBot.Serving;

/// <summary>
/// The long-running host behind <c>serve</c>: ASP.NET Core on Kestrel, with the CLI's settings and shared services,
/// <c>/healthz</c> and <c>/readyz</c>, answers from the store the host opens, and each chat platform its settings
/// enable (none configured, none mapped).
/// </summary>
internal static class ServeHost
{
    public const string DefaultUrls = "http://localhost:8080";
    public const string LivenessPath = "/healthz";
    public const string ReadinessPath = "/readyz";

    public static WebApplication Build(string? urls, IEnumerable<KeyValuePair<string, string?>>? overrides)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        // appsettings.json keeps the one-shot commands quiet; a server should say what it is doing. First in line,
        // so any setting (Logging__LogLevel__TalentBot=Warning) still overrides it.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:TalentBot"] = nameof(LogLevel.Information),
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = nameof(LogLevel.Information),
            },
        });
        builder.Configuration.AddTalentBotSources(overrides);
        builder.WebHost.UseUrls(urls ?? builder.Configuration[WebHostDefaults.ServerUrlsKey] ?? DefaultUrls);

        // Unnamed, the console logger ignores formatter options; "json" in Logging:Console:FormatterName still wins.
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.FormatterName ??= ConsoleFormatterNames.Simple);
        builder.Services.Configure<SimpleConsoleFormatterOptions>(options =>
        {
            options.SingleLine = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";
        });

        var services = builder.Services;
        services.AddTalentBot(builder.Configuration);
        // On SIGTERM every service drains at once (chat interactions, forwarded CLI commands, delivery attempts),
        // within one Serve:ShutdownTimeout rather than one each.
        services.AddOptions<HostOptions>().Configure<IOptions<ServeOptions>>((host, serve) =>
        {
            host.ShutdownTimeout = serve.Value.ShutdownTimeout;
            host.ServicesStopConcurrently = true;
        });
        // The CLI's commands on this store come through here while serve owns it.
        services.AddHostedService<AdminEndpoint>();
        services.AddHostedService<MoveListWarmUp>();
        services.TryAddSingleton(provider => new QuestionAnswerer(provider.GetRequiredService<KnowledgeStore>(), provider.GetRequiredService<TimeProvider>(),
            charts: provider.GetRequiredService<IFlowChartRenderer>()));
        // Model-backed when the Llm section names an endpoint, offline otherwise; embeds missing sentences in the background.
        services.AddModelAnswering();
        // Alerts and digests go out continuously: the outbox is sent as soon as an ingest fills it, digests on schedule.
        services.AddAlertsService();
        services.AddHealthChecks()
                .AddCheck<StoreHealthCheck>("store", tags: [DiscordServices.ReadinessTag])
                .AddCheck<PlatformsHealthCheck>("platforms", tags: [DiscordServices.ReadinessTag]);

        var discord = DiscordOptions.IsConfigured(builder.Configuration);
        if (discord) services.AddDiscordBot(builder.Configuration);
        var slack = SlackOptions.IsConfigured(builder.Configuration);
        if (slack) services.AddSlackBot(builder.Configuration);

        var app = builder.Build();
        app.MapHealthChecks(LivenessPath, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthJson.WriteAsync });
        app.MapHealthChecks(ReadinessPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(DiscordServices.ReadinessTag),
            ResponseWriter = HealthJson.WriteAsync,
        });
        // Source pages exist to be linked to, which needs the address people reach serve at.
        if (SourcePagesServed(app)) app.MapSourcePages();
        if (discord) app.MapDiscordInteractions();
        if (slack) app.MapSlackEndpoints();
        return app;
    }

    /// <summary>Whether <c>/sources/</c> is served: when <c>Serve:PublicUrl</c> is set (and valid, which startup checks).</summary>
    private static bool SourcePagesServed(WebApplication app) =>
        !string.IsNullOrWhiteSpace(app.Configuration[ServeOptions.Section + ":" + nameof(ServeOptions.PublicUrl)]);

    /// <summary>Every settings problem at once, each naming its setting; empty when the host may start.</summary>
    public static IReadOnlyList<string> SettingsProblems(WebApplication app)
    {
        try
        {
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException e)
        {
            return e.Failures.ToList();
        }
        catch (AggregateException e) when (e.InnerExceptions.All(i => i is OptionsValidationException))
        {
            return e.InnerExceptions.SelectMany(i => ((OptionsValidationException)i).Failures).ToList();
        }
    }

    /// <summary>One line saying what is served, for the console.</summary>
    public static string Describe(WebApplication app)
    {
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        var platforms = new List<string>();
        if (DiscordOptions.IsConfigured(configuration))
            platforms.Add(DiscordOptions.ModeOf(configuration) == DiscordMode.Gateway
                ? "Discord over the Gateway"
                : $"Discord interactions at {Discord.Interactions.InteractionEndpoint.Path}");
        if (SlackOptions.IsConfigured(configuration))
            platforms.Add(SlackOptions.ModeOf(configuration) == SlackMode.SocketMode
                ? "Slack over Socket Mode"
                : $"Slack at {Slack.Http.SlackEndpoints.CommandsPath}, {Slack.Http.SlackEndpoints.EventsPath} and {Slack.Http.SlackEndpoints.InteractivityPath}");
        var served = platforms.Count == 0 ? "no chat platform configured" : string.Join("; ", platforms);
        var sources = SourcePagesServed(app) ? $"; source pages at /{Answering.Links.CitationLinks.SourcesPath}/" : "";
        return $"TalentBot is serving on {string.Join(", ", app.Urls)}: {served}{sources}; health at {LivenessPath} and {ReadinessPath}.";
    }
}
