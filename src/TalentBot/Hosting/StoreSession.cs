using LiteDB;
using TalentBot.Extraction;
using TalentBot.Knowledge;
using TalentBot.Knowledge.Ownership;

namespace TalentBot.Hosting;

/// <summary>
/// An open store and the rules that extract from its articles: the store file built from the corpus first when it
/// does not exist yet. <see cref="StoreProvider"/> opens it for the host and owns it.
/// </summary>
internal sealed class StoreSession : IDisposable
{
    private StoreSession(BootstrappedStore opened, RuleBasedExtractor extractor)
    {
        Opened = opened;
        Extractor = extractor;
    }

    public BootstrappedStore Opened { get; }

    public KnowledgeStore Store => Opened.Store;

    public RuleBasedExtractor Extractor { get; }

    /// <summary>
    /// Opens the store at <paramref name="path"/>, building it from the corpus in <paramref name="knowledge"/> when
    /// there is none; or says that another process owns it; or gives a one-line reason it cannot be opened.
    /// </summary>
    public static StoreOpening Open(string path, string knowledge, TimeProvider time, TextWriter status, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path.Combine(knowledge, "registry.json")))
            return StoreOpening.Failed($"No corpus at {knowledge}: it needs registry.json and articles.json (set Knowledge:Path).");

        var isNew = !File.Exists(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var corpus = Corpus.Load(knowledge);
            var extractor = new RuleBasedExtractor(corpus.Registry);
            var store = KnowledgeStore.Open(path, corpus.Registry);
            try
            {
                if (isNew) status.WriteLine($"Building the knowledge base at {path} from {knowledge} …");
                var opened = KnowledgeBootstrap.Seed(store, corpus, extractor, time, cancellationToken: cancellationToken);
                if (opened.Seeded.Count > 0)
                {
                    var added = opened.Seeded.Count(r => r.Status == IngestStatus.Added);
                    var moves = opened.Seeded.Sum(r => r.NewMoves.Count);
                    status.WriteLine($"Added {added} articles and {moves} moves.");
                }
                return StoreOpening.Opened(new StoreSession(opened, extractor));
            }
            catch
            {
                store.Dispose();
                throw;
            }
        }
        catch (StoreInUseException)
        {
            return StoreOpening.InUse(path);
        }
        catch (StoreDamagedException e)
        {
            return StoreOpening.Failed(e.Message);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException or InvalidDataException)
        {
            return StoreOpening.Failed($"Could not open the knowledge base at {path}: {OneLine(e.Message)}");
        }
    }

    /// <summary>
    /// Says so when the search index was rebuilt, at open or at a search that found it damaged. Called once the work
    /// is done rather than at open, because the index opens in the background and most commands never wait for it.
    /// </summary>
    public void SayIfIndexRebuilt(TextWriter status)
    {
        if (Store.IndexRecovery.Rebuilt)
            status.WriteLine($"The search index at {KnowledgeStore.IndexPathFor(Store.Path)} was damaged or did not match the store; it was rebuilt from the store.");
    }

    public void Dispose() => Opened.Store.Dispose();

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

/// <summary>What opening a store came to: a session, another process owning it, or why it could not be opened.</summary>
internal sealed record StoreOpening(StoreSession? Session, string? OwnedPath, string? Error)
{
    public static StoreOpening Opened(StoreSession session) => new(session, null, null);

    public static StoreOpening InUse(string path) => new(null, path, null);

    public static StoreOpening Failed(string error) => new(null, null, error);

    /// <summary>The session, or one line saying why there is none, for callers that do not hand commands to an owner.</summary>
    public void Deconstruct(out StoreSession? session, out string? error)
    {
        session = Session;
        error = Error ?? (OwnedPath is { } path ? $"The knowledge base at {path} is open in another TalentBot process." : null);
    }
}
