using TalentBot.Commands;
using TalentBot.Knowledge;

namespace TalentBot.Serving;

/// <summary>
/// The store <c>serve</c> answers from: opened once, before the host starts, and closed when the host is disposed.
/// LiteDB's direct mode lets one process hold the file, so the host owns it for its whole life.
/// </summary>
internal sealed class ServeStore : IDisposable
{
    private StoreSession? _session;

    public bool IsOpen => _session is not null;

    public KnowledgeStore Store => _session?.Store ?? throw new InvalidOperationException("serve opens the store before the host starts.");

    public void Attach(StoreSession session) => _session = session;

    public void Dispose() => _session?.Dispose();
}
