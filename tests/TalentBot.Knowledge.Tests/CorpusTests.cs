using Microsoft.Extensions.Time.Testing;
using TalentBot.Core;
using TalentBot.Knowledge.Tests.Support;

namespace TalentBot.Knowledge.Tests;

public sealed class CorpusTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public CorpusTests()
    {
        _folder.Write("knowledge/registry.json", """
            {
              "organisations": [ { "id": "meta", "name": "Meta", "aliases": ["メタ"] },
                                 { "id": "msl", "name": "Meta Superintelligence Labs", "parent": "meta" } ],
              "people": [ { "id": "zhao", "name": "Shengjia Zhao" } ]
            }
            """);
        _folder.Write("knowledge/articles.json", """
            {
              "//": "test corpus",
              "articles": [
                { "id": "000_a", "file": "articles/000_a.txt", "title": "メタの人材", "language": "ja",
                  "outlet": "TWiT", "url": null, "published": "2025-08" },
                { "id": "001_b", "file": "articles/001_b.txt", "title": "Zhao leaves", "language": "en",
                  "outlet": "Wired", "url": "https://example.com/b", "published": "2025-07-16" },
                { "id": "002_c", "file": "articles/missing.txt", "title": "Gone", "language": "en" }
              ]
            }
            """);
        _folder.Write("knowledge/articles/000_a.txt", "メタの研究者が退社した。");
        _folder.Write("knowledge/articles/001_b.txt", "Shengjia Zhao left OpenAI.");
    }

    private string Knowledge => _folder.File("knowledge");

    [Fact]
    public void Load_KnowledgeFolder_ReadsRegistryAndManifestMetadata()
    {
        var corpus = Corpus.Load(Knowledge);

        corpus.Registry.SelfAndParts("meta").ShouldBe(["meta", "msl"], ignoreOrder: true);
        corpus.Articles.Count.ShouldBe(2);
        corpus.Articles[0].ShouldBe(new ArticleSource("メタの研究者が退社した。", "メタの人材", Language.Japanese, null, "TWiT", new PartialDate(2025, 8), "000_a"));
        corpus.Articles[1].ShouldSatisfyAllConditions(
            a => a.Url.ShouldBe("https://example.com/b"),
            a => a.Published.ShouldBe(new PartialDate(2025, 7, 16)),
            a => a.Id.ShouldBe("001_b"));
    }

    [Fact]
    public void Load_ManifestWithoutMetadata_TheFilesOwnFrontMatterStands()
    {
        _folder.Write("front/registry.json", """{ "organisations": [], "people": [] }""");
        _folder.Write("front/articles.json", """{ "articles": [ { "id": "md", "file": "a.md", "outlet": "Wired" } ] }""");
        _folder.Write("front/a.md", "---\ntitle: Zhao leaves\nurl: https://example.com/zhao\noutlet: TWiT\ndate: 2025-07-16\n---\nShengjia Zhao left OpenAI.");

        var article = Corpus.Load(_folder.File("front")).Articles.Single();

        article.ShouldBe(new ArticleSource("Shengjia Zhao left OpenAI.", "Zhao leaves", Language.English, "https://example.com/zhao", "Wired", new PartialDate(2025, 7, 16), "md"));
    }

    [Fact]
    public void Load_ArticleFileMissing_ListedAsProblemOthersLoad()
    {
        var corpus = Corpus.Load(Knowledge);

        corpus.Problems.ShouldBe(["002_c: no such file or folder"]);
    }

    [Fact]
    public void Load_NoRegistry_Throws()
    {
        File.Delete(_folder.File("knowledge/registry.json"));

        Should.Throw<FileNotFoundException>(() => Corpus.Load(Knowledge));
    }

    [Fact]
    public void Open_EmptyStore_SeedsCorpusOnceThenReuses()
    {
        var storePath = _folder.File("data/store.db");

        using (var first = KnowledgeBootstrap.Open(storePath, Corpus.Load(Knowledge), new FakeExtractor(), Clock()).Store)
            first.Stats().Articles.ShouldBe(2);
        var second = KnowledgeBootstrap.Open(storePath, Corpus.Load(Knowledge), new FakeExtractor(), Clock());
        using var store = second.Store;

        second.Seeded.ShouldBeEmpty();
        store.Stats().Articles.ShouldBe(2);
        store.Registry.Find("zhao").ShouldNotBeNull();
        store.SearchEvidence(new Core.Knowledge.EvidenceQuery(["退社"], [])).Single().Citation.ShouldSatisfyAllConditions(
            c => c.ArticleId.ShouldBe("000_a"),
            c => c.Outlet.ShouldBe("TWiT"),
            c => c.Title.ShouldBe("メタの人材"));
    }

    public void Dispose() => _folder.Dispose();

    private static FakeTimeProvider Clock() => new(new DateTimeOffset(2025, 9, 1, 0, 0, 0, TimeSpan.Zero));
}
