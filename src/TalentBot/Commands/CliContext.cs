using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentBot.Hosting;

namespace TalentBot.Commands;

/// <summary>What every command shares: where it writes, the global <c>--db</c> option, and how it builds its host.</summary>
internal sealed class CliContext(TextWriter output, TextWriter error, IEnumerable<KeyValuePair<string, string?>>? settings)
{
    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    public Option<string?> Database { get; } = new("--db")
    {
        Description = $"The knowledge base file (default: ${StorePaths.DatabaseVariable}, then Store:Path in appsettings.json).",
        Recursive = true,
    };

    public IHost BuildHost() => TalentBotHost.Build(settings);

    /// <summary>Builds the host, opens the store <paramref name="db"/> names and runs <paramref name="work"/> on both.</summary>
    public async Task<int> WithStoreAsync(string? db, Func<IHost, StoreSession, Task<int>> work, CancellationToken cancellationToken)
    {
        using var host = BuildHost();
        var (session, error) = StoreSession.Open(host, db, Error, cancellationToken);
        if (session is null)
        {
            Error.WriteLine(error);
            return ExitCodes.Unavailable;
        }
        using (session) return await work(host, session).ConfigureAwait(false);
    }
}

/// <summary>Exit codes, after BSD sysexits where one fits.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    /// <summary>The request or one of its inputs was wrong; the message says which.</summary>
    public const int BadInput = 1;
    /// <summary>The store or corpus could not be opened.</summary>
    public const int Unavailable = 69;
    /// <summary>A setting is missing or wrong; the message names it.</summary>
    public const int BadSettings = 78;
    /// <summary>A bug: reported in one line, details in the log.</summary>
    public const int Internal = 70;
}
