using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TalentBot.Hosting;

/// <summary>
/// The Generic Host the one-shot commands run in: configuration from <c>appsettings.json</c> beside the program,
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
        builder.Configuration.AddTalentBotSources(overrides);

        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddTalentBot(builder.Configuration);
        return builder.Build();
    }
}
