using LiteDB;

namespace TalentBot.Knowledge.Storage;

/// <summary>
/// Serialises the store's writes: each runs in one LiteDB transaction under one lock, and none starts after the
/// store is closed. LiteDB's commit returns once the pages are queued for its log, not written; a write that must
/// survive a kill the moment it returns (an outbox entry about to be sent) asks for <c>durable</c>, which waits for
/// the log to reach the disk by checkpointing it. What derives from a write (in-memory indexes) is brought up to
/// date in <c>committed</c>, still under the lock, so it never sees a write that was rolled back and never sees two
/// writes out of order.
/// </summary>
internal sealed class StoreWriter(LiteDatabase db)
{
    private readonly Lock _lock = new();
    private bool _closed;

    public T Write<T>(Func<T> work, Func<T, bool>? durable = null, Action<T>? committed = null)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            if (!db.BeginTrans()) throw new InvalidOperationException("A store transaction is already open on this thread.");
            T result;
            try
            {
                result = work();
                db.Commit();
            }
            catch
            {
                db.Rollback();
                throw;
            }
            if (durable?.Invoke(result) == true) db.Checkpoint();
            committed?.Invoke(result);
            return result;
        }
    }

    /// <summary>Runs <paramref name="work"/> with no write in progress and none starting until it returns.</summary>
    public void Exclusive(Action work)
    {
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            work();
        }
    }

    /// <summary>Runs <paramref name="close"/> once no write is in progress; later writes throw.</summary>
    public void Close(Action close)
    {
        lock (_lock)
        {
            if (_closed) return;
            _closed = true;
            close();
        }
    }
}
