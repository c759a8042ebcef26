using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Commands;
using TalentBot.Core;
using TalentBot.Hosting;
using TalentBot.Serving;

namespace TalentBot.Bench;

/// <summary>How hard one load run pushes: requests in flight, requests timed, and the warm-up before timing.</summary>
internal sealed record LoadShape(int Concurrency, int Requests, TimeSpan WarmUp);

/// <summary>One platform's side of a load run: the credentials made for it, its signed requests and how it judges a response.</summary>
internal interface IPlatformLoad : IDisposable
{
    /// <summary>The platform's configuration for the run (its key or secret, its mode).</summary>
    IReadOnlyDictionary<string, string?> Settings { get; }

    /// <summary>Fires signed requests at <paramref name="address"/> over <paramref name="organisations"/>; true when every timed one succeeded.</summary>
    Task<bool> LoadAsync(LoadShape shape, Uri address, IReadOnlyList<string> organisations, CliContext context, CancellationToken cancellationToken);
}

/// <summary>
/// What the platform load commands share: the <c>--db</c>, <c>--concurrency</c>, <c>--requests</c> and
/// <c>--warmup-seconds</c> options with their checks, and a real serve host on loopback (on the founding store in a
/// temporary folder unless <c>--db</c> names one, deleted after) that the platform's driver loads.
/// </summary>
internal static class LoadCommand
{
    /// <summary>The command <paramref name="name"/>: each run loads a fresh host with a fresh <see cref="IPlatformLoad"/>.</summary>
    public static Command Create(
        string name, string description, CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings,
        Func<IPlatformLoad> newLoad)
    {
        var db = LoopbackLoad.StoreOption();
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 200 };
        var requests = new Option<int>("--requests") { Description = "Requests timed (after the warm-up).", DefaultValueFactory = _ => 50_000 };
        var warmUp = new Option<int>("--warmup-seconds")
        {
            Description = "Seconds of load before timing starts, so the JIT has settled (tiered compilation and PGO).",
            DefaultValueFactory = _ => 10,
        };
        var command = new Command(name, description) { db, concurrency, requests, warmUp };
        command.SetAction((result, cancellationToken) =>
        {
            var shape = new LoadShape(result.GetValue(concurrency), result.GetValue(requests), TimeSpan.FromSeconds(result.GetValue(warmUp)));
            if (shape.Concurrency < 1 || shape.Requests < 100 || shape.WarmUp < TimeSpan.Zero)
            {
                context.Error.WriteLine("--concurrency must be at least 1, --requests at least 100 (for percentiles to mean anything) and --warmup-seconds not negative.");
                return Task.FromResult(ExitCodes.BadInput);
            }
            return RunAsync(context, name, settings ?? [], result.GetValue(db), shape, newLoad, cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, string name, IEnumerable<KeyValuePair<string, string?>> settings, string? db, LoadShape shape,
        Func<IPlatformLoad> newLoad, CancellationToken cancellationToken)
    {
        using var platform = newLoad();
        var folder = db is null ? Path.Combine(Path.GetTempPath(), $"talentbot-{name}-bench-" + Guid.NewGuid().ToString("N")[..8]) : null;
        var overrides = settings.Concat(platform.Settings).Concat(new Dictionary<string, string?>
        {
            // Per-request logs would measure the console, not the bot.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:TalentBot"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        try
        {
            await using var app = ServeHost.Build("http://127.0.0.1:0", StorePaths.WithDatabase(overrides, db ?? Path.Combine(folder!, "talentbot.db")));
            var (session, error) = app.Services.GetRequiredService<StoreProvider>().Open(context.Error, cancellationToken);
            if (session is null)
            {
                context.Error.WriteLine(error);
                return ExitCodes.Unavailable;
            }
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var organisations = session.Store.Registry.Entities.Where(e => e.Kind == EntityKind.Organisation).Select(e => e.Name).ToList();
            var succeeded = await platform.LoadAsync(shape, new Uri(app.Urls.First()), organisations, context, cancellationToken).ConfigureAwait(false);
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return succeeded ? ExitCodes.Ok : ExitCodes.Internal;
        }
        finally
        {
            if (folder is not null && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }
}
