using TalentBot.Knowledge.Ownership;
using TalentBot.Knowledge.Tests.Support;

namespace TalentBot.Knowledge.Tests;

/// <summary>One process owns a store; a damaged store is said to be damaged and never written over.</summary>
public sealed class StoreOwnershipTests : IDisposable
{
    private readonly StoreFixture _fixture = new();

    [Fact]
    public void Open_StoreAlreadyOpen_IsRefusedAsInUse()
    {
        var error = Should.Throw<StoreInUseException>(() => KnowledgeStore.Open(_fixture.StorePath, People.Registry));

        error.StorePath.ShouldBe(Path.GetFullPath(_fixture.StorePath));
        _fixture.Ingest("Alpha researchers left.").Status.ShouldBe(IngestStatus.Added);
    }

    [Fact]
    public void Open_AfterTheOwnerClosed_Succeeds()
    {
        _fixture.Ingest("Alpha researchers left.");
        _fixture.Close();

        using var reopened = KnowledgeStore.Open(_fixture.StorePath, People.Registry);

        reopened.Stats().Articles.ShouldBe(1);
    }

    [Fact]
    public void Open_LockFileLeftBehind_DoesNotBlock()
    {
        _fixture.Close();
        // What a killed owner leaves: the lock file, with no process holding it.
        File.Exists(StoreLock.PathFor(_fixture.StorePath)).ShouldBeTrue();

        using var reopened = KnowledgeStore.Open(_fixture.StorePath, People.Registry);

        reopened.Stats().Articles.ShouldBe(0);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Open_NewStore_IsOwnerOnly()
    {
        _fixture.Ingest("Alpha researchers left.");

        File.GetUnixFileMode(_fixture.StorePath).ShouldBe(OwnerOnly.File);
        File.GetUnixFileMode(StoreFile.LogPathFor(_fixture.StorePath)).ShouldBe(OwnerOnly.File);
        File.GetUnixFileMode(StoreLock.PathFor(_fixture.StorePath)).ShouldBe(OwnerOnly.File);
        File.GetUnixFileMode(_fixture.IndexPath).ShouldBe(OwnerOnly.Directory);
    }

    [Theory]
    [InlineData(0, "empty")]
    [InlineData(4096, "cut short")]
    [InlineData(-1, "cut short")]
    public void Open_TruncatedStore_IsDamagedAndLeftAsItWas(int length, string problem)
    {
        for (var i = 0; i < 40; i++) _fixture.Ingest($"Researcher {i} left Alpha for Beta.");
        _fixture.Close();
        var whole = File.ReadAllBytes(_fixture.StorePath);
        var cut = whole[..(length >= 0 ? length : whole.Length / 8192 / 2 * 8192)];
        File.WriteAllBytes(_fixture.StorePath, cut);

        var error = Should.Throw<StoreDamagedException>(() => KnowledgeStore.Open(_fixture.StorePath, People.Registry));

        error.Problem.ShouldContain(problem);
        error.Message.ShouldContain(Path.GetFullPath(_fixture.StorePath));
        error.Message.ShouldContain("backup");
        File.ReadAllBytes(_fixture.StorePath).ShouldBe(cut);
        // The lock went with the failed open: nothing is left holding the store.
        StoreLock.TryAcquire(_fixture.StorePath).ShouldNotBeNull().Dispose();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(40)]
    public void Open_PagesThatDoNotRead_AreDamagedEachTimeAndLeftAsTheyWere(int offsetInPage)
    {
        for (var i = 0; i < 60; i++) _fixture.Ingest($"Researcher {i} left Alpha for Beta after {i} years at the lab.");
        _fixture.Close();
        var bytes = File.ReadAllBytes(_fixture.StorePath);
        // A flipped page id, page type or document header in every page past the header. LiteDB has no checksums:
        // a flip inside a document's text reads back as other text, and only what is not what it says is found.
        for (var page = 1; page < bytes.Length / 8192; page++) bytes[page * 8192 + offsetInPage] ^= 0x5A;
        File.WriteAllBytes(_fixture.StorePath, bytes);

        var first = Should.Throw<StoreDamagedException>(() => OpenAndCheck());
        var again = Should.Throw<StoreDamagedException>(() => OpenAndCheck());

        first.Message.ShouldContain("is damaged");
        again.Message.ShouldContain("is damaged");
        var after = File.ReadAllBytes(_fixture.StorePath);
        // The one byte LiteDB may write is its own damage mark in the header.
        after[DamageMark] = bytes[DamageMark];
        after.ShouldBe(bytes);
    }

    private const int DamageMark = 191;

    private void OpenAndCheck()
    {
        using var store = KnowledgeStore.Open(_fixture.StorePath, People.Registry);
        store.Check();
    }

    [Fact]
    public void Check_WholeStore_CountsWhatItRead()
    {
        _fixture.Ingest("Alpha researchers left.");
        _fixture.Ingest("Beta engineers joined.");

        var check = _fixture.Store.Check();

        check.Documents.ShouldBeGreaterThan(2);
        check.Collections.ShouldContain("articles");
    }

    public void Dispose() => _fixture.Dispose();
}
