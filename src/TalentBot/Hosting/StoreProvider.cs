using Microsoft.Extensions.Options;
using TalentBot.Knowledge;

namespace TalentBot.Hosting;

/// <summary>
/// The store a host works on, opened by the host from <c>Store:Path</c> (which <c>TALENTBOT_DB</c> and <c>--db</c>
/// override) when first needed, and closed when the container is disposed. LiteDB's direct mode lets one process
/// hold the file, so the host keeps it for its whole life. A command opens it through <see cref="Open"/> to say
/// politely why it cannot be had (another process owns it, or it is damaged); a service that merely depends on the
/// store opens it on first resolution, and a store that cannot be opened then throws <see cref="StoreUnavailableException"/>.
/// </summary>
internal sealed class StoreProvider(IOptions<StoreOptions> storeOptions, IOptions<KnowledgeOptions> knowledgeOptions, TimeProvider time)
    : IDisposable
{
    private readonly Lock _gate = new();
    private StoreSession? _session;
    private bool _disposed;

    /// <summary>The store file, as a full path (relative settings are from the working directory).</summary>
    public string StorePath => Path.GetFullPath(storeOptions.Value.Path);

    /// <summary>Whether the store has been opened; asking does not open it.</summary>
    public bool IsOpen
    {
        get
        {
            lock (_gate) return _session is not null;
        }
    }

    /// <summary>The open store, opened now if it was not yet.</summary>
    /// <exception cref="StoreUnavailableException">The store cannot be opened; the message says why in one line.</exception>
    public StoreSession Session
    {
        get
        {
            var (session, problem) = Open(TextWriter.Null, CancellationToken.None);
            return session ?? throw new StoreUnavailableException(problem!);
        }
    }

    /// <summary>
    /// Opens the store once, building it from the corpus when there is none and saying so on <paramref name="status"/>;
    /// later calls return the same session. A failed opening is not remembered, so a caller waiting for another
    /// process to let go of the store may try again.
    /// </summary>
    public StoreOpening Open(TextWriter status, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(status);
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (_session is not null) return StoreOpening.Opened(_session);
            var opening = StoreSession.Open(StorePath, StorePaths.Knowledge(knowledgeOptions.Value.Path), time, status, cancellationToken);
            _session = opening.Session;
            return opening;
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _session?.Dispose();
            _session = null;
        }
    }
}

/// <summary>A service needed the store, and it could not be opened; the message is one line for the operator.</summary>
internal sealed class StoreUnavailableException(string message) : Exception(message);
