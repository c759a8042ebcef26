using Microsoft.Extensions.Time.Testing;

namespace TalentBot.Knowledge.Tests.Support;

/// <summary>A store in a temp folder with a fake extractor and a fake clock; reopen it to prove persistence.</summary>
public sealed class StoreFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public StoreFixture(IngestionOptions? options = null)
    {
        Options = options;
        Store = KnowledgeStore.Open(_folder.StorePath, People.Registry);
        Ingestion = new ArticleIngestion(Store, Extractor, Time, Options);
    }

    public FakeExtractor Extractor { get; } = new();

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2025, 8, 1, 9, 0, 0, TimeSpan.Zero));

    public IngestionOptions? Options { get; }

    public KnowledgeStore Store { get; private set; }

    public ArticleIngestion Ingestion { get; private set; }

    public string StorePath => _folder.StorePath;

    public string IndexPath => KnowledgeStore.IndexPathFor(_folder.StorePath);

    public IngestReport Ingest(string text, string? outlet = null, string? title = null, Core.Language language = Core.Language.English,
                               Core.PartialDate? published = null, string? url = null) =>
        Ingestion.Ingest(new ArticleSource(text, title, language, url, outlet, published));

    public void Close() => Store.Dispose();

    public void Reopen()
    {
        Store.Dispose();
        Store = KnowledgeStore.Open(_folder.StorePath, People.Registry);
        Ingestion = new ArticleIngestion(Store, Extractor, Time, Options);
    }

    public void Dispose()
    {
        Store.Dispose();
        _folder.Dispose();
    }
}
