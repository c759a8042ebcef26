using TalentBot.Hosting;
using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentBot.Serving;

namespace TalentBot.Commands;

/// <summary>
/// <c>serve [--urls URL] [--db PATH]</c>: the chat platforms the settings enable, and health endpoints, until
/// stopped. Settings are checked first, every problem named; then the host opens the store (built from the corpus if new).
/// </summary>
internal static class ServeCommand
{
    public static Command Create(CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var urls = new Option<string?>("--urls")
        {
            Description = $"Where to listen, e.g. http://0.0.0.0:8080 (default: ASPNETCORE_URLS, then {ServeHost.DefaultUrls}).",
        };
        var command = new Command("serve", "Answer on the configured chat platforms (Discord, Slack) until stopped, through the model when one is configured.") { urls };
        command.SetAction((result, cancellationToken) =>
            RunAsync(context, settings, result.GetValue(context.Database), result.GetValue(urls), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings, string? db, string? urls, CancellationToken cancellationToken)
    {
        await using var app = ServeHost.Build(urls, StorePaths.WithDatabase(settings, db));
        var problems = ServeHost.SettingsProblems(app);
        if (problems.Count > 0)
        {
            context.Error.WriteLine("TalentBot cannot start with these settings:");
            foreach (var problem in problems) context.Error.WriteLine("  - " + problem);
            return ExitCodes.BadSettings;
        }

        // Opened before anything starts, so a store that cannot be had is said in one line rather than by a service.
        var (session, error) = app.Services.GetRequiredService<StoreProvider>().Open(context.Error, cancellationToken);
        if (session is null)
        {
            context.Error.WriteLine(error);
            return ExitCodes.Unavailable;
        }
        session.SayIfIndexRebuilt(context.Error);

        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IOException e)
        {
            context.Error.WriteLine($"Could not listen on {urls ?? ServeHost.DefaultUrls}: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Unavailable;
        }
        context.Error.WriteLine(ServeHost.Describe(app));
        await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
