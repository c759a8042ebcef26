using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Spectre.Console;
using TalentBot.Administration;
using TalentBot.Hosting;

namespace TalentBot.Commands;

/// <summary>
/// The store's owner running a command for the CLI: its host (which holds the open store), the directory the command
/// was typed in, and the caller's terminal when a progress bar may be drawn on it.
/// </summary>
internal sealed record StoreOwner(IHost Host, string WorkingDirectory, IAnsiConsole? Terminal);

/// <summary>
/// What every command shares: where it writes, the command line, the global <c>--db</c> option, how it builds its
/// host, and how it reaches the store — opening it, or, when another process owns it, handing the whole command to
/// that owner (a running <c>serve</c>) and relaying its output.
/// </summary>
internal sealed class CliContext(
    TextWriter output, TextWriter error, IEnumerable<KeyValuePair<string, string?>>? settings,
    IReadOnlyList<string> arguments, StoreOwner? owner = null)
{
    /// <summary>Between tries at a store another one-shot command holds.</summary>
    private static readonly TimeSpan OwnerPoll = TimeSpan.FromMilliseconds(250);

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Set when this command runs inside the store's owner on behalf of a CLI.</summary>
    public StoreOwner? Owner { get; } = owner;

    /// <summary>Where relative paths on the command line are from: the caller's directory, also when forwarded.</summary>
    public string WorkingDirectory => Owner?.WorkingDirectory ?? Environment.CurrentDirectory;

    /// <summary>The console a progress bar may be drawn on; null when output goes to a file, a pipe or a test.</summary>
    public IAnsiConsole? Terminal => Owner is not null ? Owner.Terminal
        : !Console.IsOutputRedirected && ReferenceEquals(Output, Console.Out) ? AnsiConsole.Console : null;

    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"The knowledge base file (default: ${StorePaths.DatabaseVariable}, then Store:Path in appsettings.json).",
        Recursive = true,
    };

    public string ResolvePath(string path) => Path.GetFullPath(path, WorkingDirectory);

    /// <summary>The host a command runs in, its store at <paramref name="db"/> (<c>--db</c>) when one is given.</summary>
    public IHost BuildHost(string? db = null) => TalentBotHost.Build(StorePaths.WithDatabase(settings, db));

    /// <summary>
    /// Runs <paramref name="work"/> on the store <paramref name="db"/> names. Inside the owner, on its open store.
    /// Otherwise the host opens it here; if another process owns it, a <c>serve</c> listening on the store's
    /// administration socket runs this whole command instead, and a one-shot command holding it is waited for
    /// (<c>Store:OwnerWaitSeconds</c>). The host closes the store when the command is done.
    /// </summary>
    public async Task<int> WithStoreAsync(string? db, Func<IHost, StoreSession, Task<int>> work, CancellationToken cancellationToken)
    {
        if (Owner is { } running)
            return await work(running.Host, running.Host.Services.GetRequiredService<StoreProvider>().Session).ConfigureAwait(false);

        using var host = BuildHost(db);
        var store = host.Services.GetRequiredService<StoreProvider>();
        var time = host.Services.GetRequiredService<TimeProvider>();
        var wait = TimeSpan.FromSeconds(host.Services.GetRequiredService<IOptions<StoreOptions>>().Value.OwnerWaitSeconds);
        var deadline = time.GetUtcNow() + wait;
        var waiting = false;
        while (true)
        {
            var opening = store.Open(Error, cancellationToken);
            if (opening.Session is { } session)
            {
                var exitCode = await work(host, session).ConfigureAwait(false);
                session.SayIfIndexRebuilt(Error);
                return exitCode;
            }
            if (opening.OwnedPath is not { } path)
            {
                Error.WriteLine(opening.Error);
                return ExitCodes.Unavailable;
            }

            var command = new ForwardedCommand(arguments, WorkingDirectory, Terminal is null ? null : Console.WindowWidth);
            if (await AdminClient.TryRunAsync(StorePaths.AdminSocket(path), command, Output, Error, cancellationToken).ConfigureAwait(false) is { } exit)
                return exit;
            if (time.GetUtcNow() >= deadline)
            {
                Error.WriteLine($"The knowledge base at {path} is in use by another TalentBot command" +
                                (waiting ? $" and was not free within {wait.TotalSeconds:0} s" : "") +
                                "; run this again when it has finished.");
                return ExitCodes.Unavailable;
            }
            if (!waiting) Error.WriteLine($"The knowledge base at {path} is in use by another TalentBot command; waiting up to {wait.TotalSeconds:0} s for it …");
            waiting = true;
            await Task.Delay(OwnerPoll, time, cancellationToken).ConfigureAwait(false);
        }
    }
}

/// <summary>Exit codes, after BSD sysexits where one fits.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The request or one of its inputs was wrong; the message says which.</summary>
    public const int BadInput = 1;
    /// <summary>The store or corpus could not be opened, is damaged, or its owner stopped mid-command.</summary>
    public const int Unavailable = 69;
    /// <summary>A bug: reported in one line, details in the log.</summary>
    public const int Internal = 70;
    /// <summary>A setting is missing or wrong; the message names it.</summary>
    public const int BadSettings = 78;
}
