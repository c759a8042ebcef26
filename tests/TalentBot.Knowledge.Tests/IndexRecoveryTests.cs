using TalentBot.Core.Knowledge;
using TalentBot.Knowledge.Tests.Support;

namespace TalentBot.Knowledge.Tests;

public sealed class IndexRecoveryTests : IDisposable
{
    private readonly StoreFixture _fixture = new();

    [Fact]
    public void Open_FileThatIsNotAStore_ThrowsInvalidDataNamingIt()
    {
        _fixture.Close();
        File.WriteAllText(_fixture.StorePath, new string('x', 20_000));

        var error = Should.Throw<InvalidDataException>(() => KnowledgeStore.Open(_fixture.StorePath, People.Registry));

        error.Message.ShouldContain("not a TalentBot knowledge base");
        File.ReadAllText(_fixture.StorePath).ShouldBe(new string('x', 20_000));
    }

    [Fact]
    public void Open_IndexFolderDeleted_RebuildsFromStore()
    {
        _fixture.Ingest("Alpha researchers left.");
        _fixture.Ingest("Beta engineers joined.");
        _fixture.Close();
        Directory.Delete(_fixture.IndexPath, recursive: true);

        _fixture.Reopen();

        _fixture.Store.IndexRecovery.ArticlesReplayed.ShouldBe(2);
        Search("alpha").Single().Citation.Quote.ShouldBe("Alpha researchers left.");
        Search("beta").Single().Citation.Quote.ShouldBe("Beta engineers joined.");
    }

    [Fact]
    public void Open_WriteWhileTheIndexIsStillReplaying_WaitsForIt_SoNothingIsReplayedOrIndexedTwice()
    {
        _fixture.Ingest("Alpha researchers left.");
        _fixture.Ingest("Beta engineers joined.");
        _fixture.Close();
        Directory.Delete(_fixture.IndexPath, recursive: true);

        // The index opens in the background; this write comes at once, while it may still be replaying.
        _fixture.Reopen();
        _fixture.Ingest("Gamma scientists moved.");

        _fixture.Store.IndexRecovery.ArticlesReplayed.ShouldBe(2);
        Search("alpha").Count.ShouldBe(1);
        Search("gamma").Single().Citation.Quote.ShouldBe("Gamma scientists moved.");
    }

    [Fact]
    public void Open_IndexCommitOlderThanStore_ReplaysOnlyNewerArticles()
    {
        _fixture.Ingest("Alpha researchers left.");
        _fixture.Close();
        var stale = CopyIndex("stale");
        _fixture.Reopen();
        _fixture.Ingest("Beta engineers joined.");
        _fixture.Ingest("Gamma scientists moved.");
        _fixture.Close();
        Directory.Delete(_fixture.IndexPath, recursive: true);
        CopyFolder(stale, _fixture.IndexPath);

        _fixture.Reopen();

        _fixture.Store.IndexRecovery.ShouldBe(new IndexRecovery(ArticlesReplayed: 2, Rebuilt: false));
        Search("alpha").Count.ShouldBe(1);
        Search("beta").Count.ShouldBe(1);
        Search("gamma").Count.ShouldBe(1);
    }

    [Fact]
    public void Open_IndexUpToDate_ReplaysNothing()
    {
        _fixture.Ingest("Alpha researchers left.");

        _fixture.Reopen();

        _fixture.Store.IndexRecovery.ShouldBe(new IndexRecovery(0, false));
        Search("alpha").Count.ShouldBe(1);
    }

    [Fact]
    public void Open_IndexFilesCorrupt_RebuildsFromStore()
    {
        _fixture.Ingest("Alpha researchers left.");
        _fixture.Close();
        foreach (var file in Directory.GetFiles(_fixture.IndexPath, "segments_*"))
            File.WriteAllBytes(file, [1, 2, 3, 4, 5, 6, 7, 8]);

        _fixture.Reopen();

        _fixture.Store.IndexRecovery.Rebuilt.ShouldBeTrue();
        Search("alpha").Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("segments_*", "flip")]
    [InlineData("segments_*", "half")]
    [InlineData("*.cfs", "half")]
    [InlineData("*", "half")]
    public void Open_IndexFilesDamaged_RebuildsFromStore(string pattern, string damage)
    {
        for (var i = 0; i < 30; i++) _fixture.Ingest($"Alpha researcher {i} left for the beta lab.");
        _fixture.Close();
        var files = Directory.GetFiles(_fixture.IndexPath, pattern).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)).ToList();
        files.ShouldNotBeEmpty();
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            if (damage == "half") bytes = bytes[..(bytes.Length / 2)];
            else bytes[bytes.Length / 2] ^= 0x5A;
            File.WriteAllBytes(file, bytes);
        }

        _fixture.Reopen();
        var found = _fixture.Store.SearchEvidence(new EvidenceQuery(["alpha"], [], Limit: 50));

        found.Count.ShouldBe(30);
        _fixture.Store.IndexRecovery.Rebuilt.ShouldBeTrue();
    }

    [Fact]
    public void Search_IndexByteChangedAnywhere_NeverFailsAndRebuildsWhatItMeets()
    {
        for (var i = 0; i < 30; i++) _fixture.Ingest($"Alpha researcher {i} left for the beta lab.");
        _fixture.Close();
        var pristine = CopyIndex("pristine");
        var compound = Path.GetFileName(Directory.GetFiles(pristine, "*.cfs").OrderByDescending(f => new FileInfo(f).Length).First());
        var rebuiltBySearch = 0;

        for (var twentieth = 1; twentieth < 20; twentieth++)
        {
            Directory.Delete(_fixture.IndexPath, recursive: true);
            CopyFolder(pristine, _fixture.IndexPath);
            var file = Path.Combine(_fixture.IndexPath, compound);
            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length * twentieth / 20] ^= 0xFF;
            File.WriteAllBytes(file, bytes);
            _fixture.Reopen();
            var rebuiltAtOpen = _fixture.Store.IndexRecovery.Rebuilt;

            var found = _fixture.Store.SearchEvidence(new EvidenceQuery(["alpha"], [], Limit: 50));

            // A flip in a term's bytes can lose that one sentence without any reader noticing; nothing fails.
            found.Count.ShouldBeGreaterThanOrEqualTo(29);
            if (!rebuiltAtOpen && _fixture.Store.IndexRecovery.Rebuilt) rebuiltBySearch++;
            _fixture.Close();
        }

        rebuiltBySearch.ShouldBeGreaterThan(0);
        _fixture.Reopen();
    }

    [Fact]
    public void Check_IndexByteChangedThatNoSearchMeets_RebuildsFromStore()
    {
        for (var i = 0; i < 30; i++) _fixture.Ingest($"Alpha researcher {i} left for the beta lab.");
        _fixture.Close();
        foreach (var file in Directory.GetFiles(_fixture.IndexPath, "*.cfs"))
        {
            var bytes = File.ReadAllBytes(file);
            bytes[bytes.Length / 2] ^= 0x5A;
            File.WriteAllBytes(file, bytes);
        }
        _fixture.Reopen();

        var check = _fixture.Store.Check();

        check.IndexRebuilt.ShouldBeTrue();
        _fixture.Store.IndexRecovery.Rebuilt.ShouldBeTrue();
        _fixture.Store.SearchEvidence(new EvidenceQuery(["alpha"], [], Limit: 50)).Count.ShouldBe(30);
        _fixture.Store.Check().IndexRebuilt.ShouldBeFalse();
    }

    [Fact]
    public void Open_IndexBelongsToALargerStore_RebuildsFromStore()
    {
        _fixture.Ingest("Alpha researchers left.");
        _fixture.Ingest("Beta engineers joined.");
        _fixture.Close();
        var bigger = CopyIndex("bigger");
        File.Delete(_fixture.StorePath);
        File.Delete(Path.Combine(Path.GetDirectoryName(_fixture.StorePath)!, "store-log.db"));
        Directory.Delete(_fixture.IndexPath, recursive: true);
        _fixture.Reopen();
        _fixture.Ingest("Gamma scientists moved.");
        _fixture.Close();
        Directory.Delete(_fixture.IndexPath, recursive: true);
        CopyFolder(bigger, _fixture.IndexPath);

        _fixture.Reopen();

        _fixture.Store.IndexRecovery.Rebuilt.ShouldBeTrue();
        Search("alpha").ShouldBeEmpty();
        Search("gamma").Count.ShouldBe(1);
    }

    [Fact]
    public void Open_StoreWrittenThenReopened_KeepsEverythingCommitted()
    {
        var report = _fixture.Ingestion.IngestMany(Enumerable.Range(0, 300).Select(i => new ArticleSource($"Article {i} about talent.")));

        _fixture.Reopen();

        report.ShouldAllBe(r => r.Status == IngestStatus.Added);
        _fixture.Store.Stats().Articles.ShouldBe(300);
        _fixture.Ingestion.IngestMany(Enumerable.Range(0, 300).Select(i => new ArticleSource($"Article {i} about talent.")))
                .ShouldAllBe(r => r.Status == IngestStatus.AlreadyKnown);
    }

    [Fact]
    public void Open_IndexLeftByAKilledProcess_ReplaysWhatItHadNotCommittedAndIngestResumes()
    {
        // The index folder of a live store is what a killed process leaves: a stale write.lock and no commit for
        // the batches ingested since the last one (the store commits every batch, the index every few thousand
        // articles). The store's own files are taken after a clean close: LiteDB 5 writes its log on a background
        // thread, so a copy taken while it is open races that writer.
        _fixture.Ingest("Alpha researchers left.");
        _fixture.Ingest("Beta engineers joined.");
        var killedIndex = CopyIndex("killed");
        _fixture.Close();
        Directory.Delete(_fixture.IndexPath, recursive: true);
        CopyFolder(killedIndex, _fixture.IndexPath);

        _fixture.Reopen();

        _fixture.Store.IndexRecovery.ShouldBe(new IndexRecovery(ArticlesReplayed: 2, Rebuilt: false));
        Search("beta").Count.ShouldBe(1);
        _fixture.Ingestion.IngestMany([new ArticleSource("Alpha researchers left."), new ArticleSource("Gamma scientists moved.")])
                .Select(r => r.Status).ShouldBe([IngestStatus.AlreadyKnown, IngestStatus.Added]);
        Search("gamma").Count.ShouldBe(1);
    }

    private IReadOnlyList<Evidence> Search(string term) => _fixture.Store.SearchEvidence(new EvidenceQuery([term], []));

    private string CopyIndex(string name)
    {
        var target = _fixture.StorePath + "." + name;
        CopyFolder(_fixture.IndexPath, target);
        return target;
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source)) File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
    }

    public void Dispose() => _fixture.Dispose();
}
