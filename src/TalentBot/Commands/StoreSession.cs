using LiteDB;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TalentBot.Extraction;
using TalentBot.Hosting;
using TalentBot.Knowledge;

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

    /// <summary>Opens the store, or returns a one-line reason it cannot be opened.</summary>
    public static (StoreSession? Session, string? Error) Open(IHost host, string? dbOption, TextWriter status, CancellationToken cancellationToken)
    {
        var storeOptions = host.Services.GetRequiredService<IOptions<StoreOptions>>().Value;
        var knowledgeOptions = host.Services.GetRequiredService<IOptions<KnowledgeOptions>>().Value;
        var path = StorePaths.Database(dbOption, Environment.GetEnvironmentVariable(StorePaths.DatabaseVariable), storeOptions.Path);
        var knowledge = StorePaths.Knowledge(knowledgeOptions.Path);
        if (!File.Exists(Path.Combine(knowledge, "registry.json")))
            return (null, $"No corpus at {knowledge}: it needs registry.json and articles.json (set Knowledge:Path).");

        var isNew = !File.Exists(path);
        if (isNew) status.WriteLine($"Building the knowledge base at {path} from {knowledge} …");
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var corpus = Corpus.Load(knowledge);
            var extractor = new RuleBasedExtractor(corpus.Registry);
            var opened = KnowledgeBootstrap.Open(path, corpus, extractor, host.Services.GetRequiredService<TimeProvider>(),
                cancellationToken: cancellationToken);
            if (opened.Seeded.Count > 0)
            {
                var added = opened.Seeded.Count(r => r.Status == IngestStatus.Added);
                var moves = opened.Seeded.Sum(r => r.NewMoves.Count);
                status.WriteLine($"Added {added} articles and {moves} moves.");
            }
            var session = new StoreSession(opened, extractor);
            host.Services.GetRequiredService<OpenStore>().Attach(session);
            return (session, null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or LiteException or InvalidDataException)
        {
            return (null, $"Could not open the knowledge base at {path}: {OneLine(e.Message)}");
        }
    }

    public void Dispose() => Opened.Store.Dispose();

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
