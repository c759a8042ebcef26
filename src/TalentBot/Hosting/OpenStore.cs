using TalentBot.Commands;
using TalentBot.Knowledge;

namespace TalentBot.Hosting;

/// <summary>
/// The store a host works on: opened once, after the host is built (so settings are checked first), attached here,
/// and closed when the host is disposed. LiteDB's direct mode lets one process hold the file, so the host owns it
/// for its whole life; services that need the store take it from here when first resolved.
/// </summary>
internal sealed class OpenStore : IDisposable
{
    private StoreSession? _session;

    public bool IsOpen => _session is not null;

    public StoreSession Session => _session ?? throw new InvalidOperationException("The store is opened and attached before its services are used.");

    public KnowledgeStore Store => Session.Store;

    public void Attach(StoreSession session) => _session = session;

    public void Dispose() => _session?.Dispose();
}
