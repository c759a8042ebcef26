using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentBot.Extraction;
using TalentBot.Hosting;
using TalentBot.Knowledge;
using TalentBot.Knowledge.Ownership;

namespace TalentBot.Commands;

/// <summary>
/// An open store for one command: the path chosen from <c>--db</c>, <c>TALENTBOT_DB</c> or settings, built from
/// the corpus first when it does not exist yet, and attached to the host's <see cref="OpenStore"/> so the host's
/// services work on it.
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

    /// <summary>The store file <c>--db</c>, <c>TALENTBOT_DB</c> or the settings name, as a full path.</summary>
    public static string PathFor(IHost host, string? dbOption) => StorePaths.Database(
        dbOption, Environment.GetEnvironmentVariable(StorePaths.DatabaseVariable),
        host.Services.GetRequiredService<IOptions<StoreOptions>>().Value.Path);

    /// <summary>
    /// Opens the store, building it from the corpus when there is none; or says that another process owns it; or
    /// gives a one-line reason it cannot be opened.
    /// </summary>
    public static StoreOpening Open(IHost host, string? dbOption, TextWriter status, CancellationToken cancellationToken)
    {
        var knowledgeOptions = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        var path = PathFor(host, dbOption);
        var knowledge = StorePaths.Knowledge(knowledgeOptions.Path);
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
                var opened = KnowledgeBootstrap.Seed(store, corpus, extractor, host.Services.GetRequiredService<TimeProvider>(),
                    cancellationToken: cancellationToken);
                if (opened.Seeded.Count > 0)
                {
                    var added = opened.Seeded.Count(r => r.Status == IngestStatus.Added);
                    var moves = opened.Seeded.Sum(r => r.NewMoves.Count);
                    status.WriteLine($"Added {added} articles and {moves} moves.");
                }
                var session = new StoreSession(opened, extractor);
                host.Services.GetRequiredService<OpenStore>().Attach(session);
                return StoreOpening.Opened(session);
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
