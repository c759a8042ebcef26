using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Discord;
using TalentBot.Discord.Commands;
using TalentBot.Discord.Rest;
using TalentBot.Hosting;

namespace TalentBot.Commands;

/// <summary>
/// <c>discord register [--guild ID]</c>: registers TalentBot's slash commands by bulk overwrite, so running it again
/// changes nothing. Needs the application id (<c>DISCORD_APPLICATION_ID</c> or <c>Discord:ApplicationId</c>) and the
/// bot token (<c>DISCORD_BOT_TOKEN</c>, from the environment or user secrets only).
/// </summary>
internal static class DiscordCommand
{
    public static Command Create(CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var guild = new Option<string?>("--guild")
        {
            Description = "Register in one server only, where commands appear at once (for trying it out). Default: globally.",
        };
        var register = new Command("register", "Register the slash commands with Discord (safe to repeat).") { guild };
        register.SetAction((result, cancellationToken) => RegisterAsync(context, settings, result.GetValue(guild), cancellationToken));
        return new Command("discord", "Set up the Discord bot.") { register };
    }

    private static async Task<int> RegisterAsync(
        CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings, string? guild, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory, Args = [] });
        builder.Configuration.AddTalentBotSources(settings);
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddDiscordRest();
        using var host = builder.Build();

        DiscordOptions options;
        try
        {
            options = host.Services.GetRequiredService<IOptions<DiscordOptions>>().Value;
        }
        catch (OptionsValidationException e)
        {
            foreach (var failure in e.Failures) context.Error.WriteLine(failure);
            return ExitCodes.BadSettings;
        }
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ApplicationId)) missing.Add($"{DiscordOptions.ApplicationIdVariable} (the application id, from the Developer Portal)");
        if (string.IsNullOrWhiteSpace(options.BotToken)) missing.Add($"{DiscordOptions.BotTokenVariable} (the bot token, in the environment or user secrets)");
        if (missing.Count > 0)
        {
            context.Error.WriteLine("Registering commands needs " + string.Join(" and ", missing) + ".");
            return ExitCodes.BadSettings;
        }
        if (guild is not null && (guild.Length == 0 || !guild.All(char.IsAsciiDigit)))
        {
            context.Error.WriteLine("--guild takes a server id: a number (Developer Mode, right-click the server, Copy Server ID).");
            return ExitCodes.BadInput;
        }

        try
        {
            await host.Services.GetRequiredService<DiscordRestClient>()
                      .OverwriteCommandsAsync(options.ApplicationId!, guild, CommandCatalogue.All, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordApiException e)
        {
            context.Error.WriteLine($"Discord refused the registration: {e.Message}" + (e.Status == System.Net.HttpStatusCode.Unauthorized
                ? $" Check {DiscordOptions.BotTokenVariable}."
                : ""));
            return ExitCodes.Unavailable;
        }
        catch (HttpRequestException e)
        {
            context.Error.WriteLine($"Could not reach Discord at {options.ApiBaseUrl}: {e.Message}");
            return ExitCodes.Unavailable;
        }

        var names = string.Join(", ", CommandCatalogue.All.Select(c => "/" + c.Name));
        context.Output.WriteLine(guild is null
            ? $"Registered {CommandCatalogue.All.Count} commands globally: {names}. New global commands can take a while to appear."
            : $"Registered {CommandCatalogue.All.Count} commands in server {guild}: {names}. They are available now.");
        return ExitCodes.Ok;
    }
}
