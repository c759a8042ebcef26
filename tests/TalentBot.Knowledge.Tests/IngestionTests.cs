using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Knowledge.Tests.Support;
using static TalentBot.Knowledge.Tests.Support.People;

namespace TalentBot.Knowledge.Tests;

public sealed class IngestionTests : IDisposable
{
    private readonly StoreFixture _fixture = new();

    public IngestionTests()
    {
        _fixture.Extractor
            .Move("Alice left Meta for OpenAI", Alice, MoveKind.Left, Meta, OpenAi)
            .Move("Alice quit Meta, said to join OpenAI", Alice, MoveKind.Left, Meta, OpenAi, when: new PartialDate(2025, 7))
            .Move("Alice left Meta for Apple", Alice, MoveKind.Left, Meta, Apple)
            .Count("more than 20 left OpenAI", OpenAi, Meta, 20, CountBound.MoreThan);
    }

    [Fact]
    public void Ingest_SameContentTwice_SecondIsAlreadyKnownAndAddsNothing()
    {
        var first = _fixture.Ingest("Alice left Meta for OpenAI.\nIt was a surprise.");
        var before = _fixture.Store.Stats();

        var second = _fixture.Ingest("Alice left Meta for OpenAI.\nIt was a surprise.");

        first.Status.ShouldBe(IngestStatus.Added);
        first.NewMoves.Count.ShouldBe(1);
        second.Status.ShouldBe(IngestStatus.AlreadyKnown);
        second.ArticleId.ShouldBe(first.ArticleId);
        second.NewMoves.ShouldBeEmpty();
        _fixture.Store.Stats().ShouldBe(before);
    }

    [Fact]
    public void IngestMany_ArticleWithLoneSurrogate_IsRepairedAndTheBatchGoesIn()
    {
        var damaged = "Alice left Meta for OpenAI. A cut emoji: " + '\uD83D' + " ends here.";

        var reports = _fixture.Ingestion.IngestMany(
        [
            new ArticleSource(damaged, Language: Language.English),
            new ArticleSource("Alice left Meta for Apple.", Language: Language.English),
        ]);

        reports.Select(r => r.Status).ShouldBe([IngestStatus.Added, IngestStatus.Added]);
        var quote = reports[0].NewMoves.ShouldHaveSingleItem().Citations.ShouldHaveSingleItem().Quote;
        quote.ShouldNotContain('\uD83D');
        _fixture.Ingest(damaged).Status.ShouldBe(IngestStatus.AlreadyKnown);
    }

    [Fact]
    public void Ingest_SameContentWithDifferentWhitespace_IsAlreadyKnown()
    {
        _fixture.Ingest("Alice left Meta for OpenAI.\nIt was a surprise.");

        var again = _fixture.Ingest("  Alice left   Meta for OpenAI.\r\n\tIt was a surprise.  \n");

        again.Status.ShouldBe(IngestStatus.AlreadyKnown);
        _fixture.Store.Stats().Articles.ShouldBe(1);
    }

    [Fact]
    public void IngestMany_SameContentTwiceInOneBatch_SecondIsAlreadyKnown()
    {
        var reports = _fixture.Ingestion.IngestMany([new ArticleSource("Alice left Meta for OpenAI."), new ArticleSource("Alice left Meta for OpenAI. ")]);

        reports.Select(r => r.Status).ShouldBe([IngestStatus.Added, IngestStatus.AlreadyKnown]);
        _fixture.Store.Stats().Articles.ShouldBe(1);
    }

    [Fact]
    public void Ingest_SameMoveFromTwoArticles_OneMoveWithBothCitations()
    {
        var first = _fixture.Ingest("Alice left Meta for OpenAI.", outlet: "Wired");
        var firstSeen = _fixture.Store.FindMoves(new MoveQuery()).Moves.Single().FirstSeen;
        _fixture.Time.Advance(TimeSpan.FromHours(3));

        var second = _fixture.Ingest("Reports say Alice quit Meta, said to join OpenAI in July.", outlet: "Le Monde");

        second.NewMoves.ShouldBeEmpty();
        second.CorroboratedMoves.Single().Id.ShouldBe(first.NewMoves.Single().Id);
        var move = _fixture.Store.FindMoves(new MoveQuery()).Moves.Single();
        move.Citations.Select(c => c.ArticleId).ShouldBe([first.ArticleId, second.ArticleId]);
        move.FirstSeen.ShouldBe(firstSeen);
        move.When.ShouldBe(new PartialDate(2025, 7));
        move.IndependentSources.ShouldBe(2);
        _fixture.Store.Stats().Moves.ShouldBe(1);
    }

    [Fact]
    public void Ingest_SameMoveFromTwoArticlesOfOneOutlet_CountsOneIndependentSource()
    {
        _fixture.Ingest("Alice left Meta for OpenAI.", outlet: "Wired");
        _fixture.Ingest("Translated: Alice left Meta for OpenAI.", outlet: "wired");

        var move = _fixture.Store.FindMoves(new MoveQuery()).Moves.Single();

        move.Citations.Count.ShouldBe(2);
        move.IndependentSources.ShouldBe(1);
    }

    [Fact]
    public void Ingest_ConflictingClaims_KeptAsSeparateMoves()
    {
        _fixture.Ingest("Alice left Meta for OpenAI.", outlet: "Wired");
        _fixture.Ingest("Alice left Meta for Apple.", outlet: "Bloomberg");

        var page = _fixture.Store.FindMoves(new MoveQuery(PersonId: Alice.Id));

        page.Total.ShouldBe(2);
        page.Moves.Select(m => m.To!.Id).ShouldBe([OpenAi.Id, Apple.Id], ignoreOrder: true);
        page.Moves.ShouldAllBe(m => m.Citations.Count == 1);
    }

    [Fact]
    public void Ingest_MoveStatedOverTwoSentences_CitesBothVerbatimStatementFirst()
    {
        _fixture.Extractor.Move("Bob resigned", Bob, MoveKind.Left, Google, null, neighbours: 1);

        _fixture.Ingest("Bob resigned on Friday.\n  He had led Google's search team.  ");

        var move = _fixture.Store.FindMoves(new MoveQuery(PersonId: Bob.Id)).Moves.Single();
        move.Citations.Select(c => c.Quote).ShouldBe(["Bob resigned on Friday.", "  He had led Google's search team.  "]);
        move.Citations.Select(c => c.SentenceIndex).ShouldBe([0, 1]);
    }

    [Fact]
    public void Ingest_QuotesWithEdgeSpacesAndEmptySentences_SurviveReopenVerbatim()
    {
        _fixture.Extractor
            .Move("Carol joined", Carol, MoveKind.Joined, null, Apple)
            .Move("Headline", Bob, MoveKind.Appointed, null, Google, neighbours: 1);
        _fixture.Ingest("Headline\n\n   Carol joined Apple.   \n ");

        _fixture.Reopen();

        _fixture.Store.FindMoves(new MoveQuery(PersonId: Carol.Id)).Moves.Single().Citations.Single().Quote.ShouldBe("   Carol joined Apple.   ");
        _fixture.Store.FindMoves(new MoveQuery(PersonId: Bob.Id)).Moves.Single().Citations.Select(c => c.Quote).ShouldBe(["Headline", ""]);
        _fixture.Store.SearchEvidence(new EvidenceQuery(["Carol"], [], 5)).Single().Citation.Quote.ShouldBe("   Carol joined Apple.   ");
        _fixture.Store.Stats().Sentences.ShouldBe(4);
    }

    [Fact]
    public void Ingest_MetadataGiven_CitationCarriesIt()
    {
        _fixture.Ingest("Alice left Meta for OpenAI.", outlet: "Wired", title: "The exodus", language: Language.English,
                        published: new PartialDate(2025, 8, 2), url: "https://example.com/a");

        var citation = _fixture.Store.FindMoves(new MoveQuery()).Moves.Single().Citations.Single();

        citation.ShouldBe(new Citation(citation.ArticleId, "The exodus", "https://example.com/a", "Wired", Language.English, 0,
                                       "Alice left Meta for OpenAI.", new PartialDate(2025, 8, 2)));
    }

    [Fact]
    public void Ingest_NoTitleOrLanguage_TakesFirstLineAndDetectsLanguage()
    {
        var report = _fixture.Ingestion.Ingest(new ArticleSource("\n  Carol a quitté Google  \nElle a rejoint une start-up avec les autres."));

        var hit = _fixture.Store.SearchEvidence(new EvidenceQuery(["start-up"], [], 1)).Single();

        report.Status.ShouldBe(IngestStatus.Added);
        hit.Citation.Title.ShouldBe("Carol a quitté Google");
        hit.Citation.Language.ShouldBe(Language.French);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Ingest_TitleAsLongAsTheArticle_IsCutToTwoHundredCharactersWithoutSplittingACharacter(bool givenByTheSource)
    {
        // A one-line Markdown page makes its whole text the title; each stored sentence carries it.
        var line = new string('a', 199) + "😀" + string.Concat(Enumerable.Repeat(" Carol a quitté Google.", 2_000));
        var source = givenByTheSource ? new ArticleSource("Elle a rejoint une start-up avec les autres.", Title: line) : new ArticleSource(line);

        _fixture.Ingestion.Ingest(source).Status.ShouldBe(IngestStatus.Added);

        var title = _fixture.Store.SearchEvidence(new EvidenceQuery(givenByTheSource ? ["start-up"] : ["Google"], [], 1)).Single().Citation.Title;
        title.ShouldBe(new string('a', 199));
    }

    [Fact]
    public void Ingest_EmptyText_IsRejectedWithReason()
    {
        var report = _fixture.Ingest("  \n ");

        report.Status.ShouldBe(IngestStatus.Rejected);
        report.Reason.ShouldBe("the article has no text");
        _fixture.Store.Stats().Articles.ShouldBe(0);
    }

    [Fact]
    public void Ingest_IdAlreadyUsedByOtherText_IsRejected()
    {
        _fixture.Ingestion.Ingest(new ArticleSource("First text.", Id: "a1"));

        var report = _fixture.Ingestion.Ingest(new ArticleSource("Other text.", Id: "a1"));

        report.Status.ShouldBe(IngestStatus.Rejected);
        report.Reason!.ShouldContain("a1");
    }

    [Fact]
    public void Ingest_ExtractorThrows_RejectsThatArticleOnly()
    {
        using var fixture = new StoreFixture();
        var ingestion = new ArticleIngestion(fixture.Store, new ThrowingExtractor("poison"), fixture.Time);

        var reports = ingestion.IngestMany([new ArticleSource("poison pill"), new ArticleSource("fine")]);

        reports.Select(r => r.Status).ShouldBe([IngestStatus.Rejected, IngestStatus.Added]);
    }

    [Fact]
    public void IngestMany_MoreThanOneBatch_ReportsProgressPerCommittedBatch()
    {
        using var fixture = new StoreFixture(new IngestionOptions { MaxBatchArticles = 4 });
        var progress = new List<int>();
        var sources = Enumerable.Range(0, 10).Select(i => new ArticleSource($"Article number {i}."));

        var reports = fixture.Ingestion.IngestMany(sources, new SynchronousProgress(progress));

        reports.Count.ShouldBe(10);
        progress.ShouldBe([4, 8, 10]);
        fixture.Store.Stats().Articles.ShouldBe(10);
    }

    [Fact]
    public void IngestMany_Cancelled_KeepsCommittedBatches()
    {
        using var fixture = new StoreFixture(new IngestionOptions { MaxBatchArticles = 2 });
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress([], _ => cancellation.Cancel());

        Should.Throw<OperationCanceledException>(() => fixture.Ingestion.IngestMany(
            Enumerable.Range(0, 10).Select(i => new ArticleSource($"Article {i}.")), progress, cancellation.Token));

        fixture.Store.Stats().Articles.ShouldBe(2);
    }

    [Fact]
    public void Ingest_Mentions_CountedPerEntityAndFoundByFoldedName()
    {
        _fixture.Ingest("Alice left Meta for OpenAI.");
        var unknown = EntityRef.Unregistered("Zoë  Müller");
        _fixture.Extractor.Mention("Zoë", unknown, EntityKind.Person);
        _fixture.Ingest("Zoë Müller joined too.");

        _fixture.Reopen();

        _fixture.Store.FindEntities(EntityKind.Person, "zoe muller").ShouldBe([unknown]);
        _fixture.Store.FindEntities(EntityKind.Organisation, "OPENAI").ShouldBe([OpenAi]);
        _fixture.Store.FindEntities(EntityKind.Person, "OpenAI").ShouldBeEmpty();
        _fixture.Store.Stats().ShouldBe(new KnowledgeStats(Articles: 2, Sentences: 2, Moves: 1, Counts: 0, People: 2, Organisations: 2));
    }

    [Fact]
    public void FindCounts_OrganisationAsOriginOrDestination_ReturnsCountWithCitations()
    {
        _fixture.Ingest("Then more than 20 left OpenAI for Meta.", outlet: "FT");
        _fixture.Ingest("Reportedly more than 20 left OpenAI this year.", outlet: "Wired");

        var fromOpenAi = _fixture.Store.FindCounts(new HashSet<string> { OpenAi.Id });
        var toMeta = _fixture.Store.FindCounts(Registry.SelfAndParts(Meta.Id));

        fromOpenAi.Single().ShouldSatisfyAllConditions(
            c => c.Count.ShouldBe(20),
            c => c.Bound.ShouldBe(CountBound.MoreThan),
            c => c.To.ShouldBe(Meta),
            c => c.Citations.Count.ShouldBe(2));
        toMeta.Single().Id.ShouldBe(fromOpenAi.Single().Id);
        _fixture.Store.FindCounts(new HashSet<string> { Apple.Id }).ShouldBeEmpty();
    }

    [Fact]
    public void Open_NewerSchemaVersion_Throws()
    {
        _fixture.Close();
        using (var db = new LiteDB.LiteDatabase(_fixture.StorePath)) db.UserVersion = KnowledgeStore.SchemaVersion + 1;

        Should.Throw<InvalidDataException>(() => KnowledgeStore.Open(_fixture.StorePath, Registry));
    }

    public void Dispose() => _fixture.Dispose();

    private sealed class ThrowingExtractor(string poison) : Core.Extraction.IFactExtractor
    {
        private readonly FakeExtractor _inner = new();

        public Core.Extraction.ArticleFacts Extract(Core.Extraction.ArticleText article) =>
            article.Text.Contains(poison, StringComparison.Ordinal) ? throw new InvalidOperationException("bad input") : _inner.Extract(article);
    }
}

/// <summary>Reports on the calling thread, unlike <see cref="Progress{T}"/>, so a test can assert right after.</summary>
public sealed class SynchronousProgress(List<int> values, Action<int>? onReport = null) : IProgress<int>
{
    public void Report(int value)
    {
        values.Add(value);
        onReport?.Invoke(value);
    }
}
