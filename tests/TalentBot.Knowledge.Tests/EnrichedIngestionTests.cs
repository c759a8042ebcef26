using LiteDB;
using TalentBot.Core;
using TalentBot.Core.Extraction;
using TalentBot.Core.Knowledge;
using TalentBot.Knowledge.Tests.Support;
using static TalentBot.Knowledge.Tests.Support.People;

namespace TalentBot.Knowledge.Tests;

/// <summary>Ingestion with an enricher (a model's checked moves) after the extractor, and the provenance it leaves in the store.</summary>
public sealed class EnrichedIngestionTests : IDisposable
{
    private readonly StoreFixture _fixture = new(new IngestionOptions { MaxConcurrentEnrichments = 2, MaxEnrichedBatchArticles = 3 });
    private readonly ScriptedEnricher _enricher = new();

    public EnrichedIngestionTests()
    {
        _fixture.Extractor.Move("Alice left Meta for OpenAI", Alice, MoveKind.Left, Meta, OpenAi);
        _enricher.Move("Bob was seen at Apple", Bob, MoveKind.Joined, null, Apple)
                 .Move("Alice left Meta for OpenAI", Alice, MoveKind.Left, Meta, OpenAi);
    }

    public void Dispose() => _fixture.Dispose();

    private Task<IReadOnlyList<IngestReport>> IngestAsync(params string[] texts) =>
        _fixture.Ingestion.IngestManyAsync(texts.Select(t => new ArticleSource(t, Language: Language.English)), _enricher);

    [Fact]
    public async Task IngestManyAsync_ModelOnlyClaim_IsStoredMarkedAndSurvivesReopen()
    {
        var report = (await IngestAsync("Bob was seen at Apple on Monday.\nAlice left Meta for OpenAI.")).ShouldHaveSingleItem();

        report.NewMoves.Single(m => m.Person == Bob).FoundOnlyByModel.ShouldBeTrue();
        report.NewMoves.Single(m => m.Person == Alice).FoundOnlyByModel.ShouldBeFalse();
        _fixture.Reopen();
        var stored = _fixture.Store.FindMoves(new MoveQuery()).Moves;
        stored.Single(m => m.Person == Bob).FoundOnlyByModel.ShouldBeTrue();
        stored.Single(m => m.Person == Bob).Citations.ShouldHaveSingleItem().Quote.ShouldBe("Bob was seen at Apple on Monday.");
        stored.Single(m => m.Person == Alice).FoundOnlyByModel.ShouldBeFalse();
        _fixture.Store.FindEntities(EntityKind.Person, "Bob Rossi").ShouldBe([Bob]);
    }

    [Fact]
    public async Task IngestManyAsync_ArticleAlreadyStored_IsReportedKnownWithoutAskingTheModel()
    {
        await IngestAsync("Bob was seen at Apple on Monday.");
        var calls = _enricher.Calls;

        var report = (await IngestAsync("Bob was seen at Apple on Monday.")).ShouldHaveSingleItem();

        report.Status.ShouldBe(IngestStatus.AlreadyKnown);
        _enricher.Calls.ShouldBe(calls);
    }

    [Fact]
    public async Task IngestManyAsync_ModelOnlyMoveLaterFoundByRules_IsNoLongerModelOnly()
    {
        await IngestAsync("Bob was seen at Apple on Monday.");
        _fixture.Extractor.Move("Bob joined Apple", Bob, MoveKind.Joined, null, Apple);

        var report = (await IngestAsync("Bob joined Apple last week.")).ShouldHaveSingleItem();

        report.CorroboratedMoves.ShouldHaveSingleItem().FoundOnlyByModel.ShouldBeFalse();
        _fixture.Reopen();
        var move = _fixture.Store.FindMoves(new MoveQuery { PersonId = Bob.Id }).Moves.ShouldHaveSingleItem();
        move.FoundOnlyByModel.ShouldBeFalse();
        move.Citations.Count.ShouldBe(2);
    }

    [Fact]
    public async Task Open_StoreWrittenBeforeProvenance_ReadsEveryMoveAsFoundByTheRules()
    {
        await IngestAsync("Bob was seen at Apple on Monday.\nAlice left Meta for OpenAI.");
        _fixture.Close();
        using (var db = new LiteDatabase(new ConnectionString { Filename = _fixture.StorePath }))
        {
            var moves = db.GetCollection("moves");
            var documents = moves.FindAll().ToList();
            var citations = documents.SelectMany(d => d["Citations"].AsArray).Select(c => c.AsDocument).ToList();
            // Rules' citations carry no field at all, so a store from before provenance looks exactly like them.
            citations.Count(c => c.ContainsKey("FoundBy")).ShouldBe(1);
            foreach (var citation in citations) citation.Remove("FoundBy");
            moves.Update(documents);
        }

        _fixture.Reopen();

        _fixture.Store.FindMoves(new MoveQuery()).Moves.ShouldAllBe(m => !m.FoundOnlyByModel);
    }

    [Fact]
    public async Task IngestManyAsync_EnricherThrows_RejectsThatArticleWithTheReasonAndKeepsTheOthers()
    {
        _enricher.ThrowOn("broken enricher");

        var reports = await IngestAsync("Alice left Meta for OpenAI.", "A broken enricher line.", "Bob was seen at Apple.");

        reports.Select(r => r.Status).ShouldBe([IngestStatus.Added, IngestStatus.Rejected, IngestStatus.Added]);
        reports[1].Reason.ShouldNotBeNull().ShouldContain("the enricher failed");
        _fixture.Store.Stats().Articles.ShouldBe(2);
    }

    [Fact]
    public async Task IngestManyAsync_ManyArticles_EnrichesEachOnceWithinTheConcurrencyLimitAndReportsProgress()
    {
        var texts = Enumerable.Range(1, 7).Select(i => $"Article {i}: Alice left Meta for OpenAI.").ToList();
        texts.Insert(1, texts[0]);
        var progress = new List<int>();

        var reports = await _fixture.Ingestion.IngestManyAsync(
            texts.Select(t => new ArticleSource(t, Language: Language.English)), _enricher, new SynchronousProgress(progress.Add));

        reports.Count(r => r.Status == IngestStatus.Added).ShouldBe(7);
        reports[1].Status.ShouldBe(IngestStatus.AlreadyKnown);
        _enricher.Calls.ShouldBe(7, "the repeat in the same batch is not sent to the enricher");
        _enricher.MostAtOnce.ShouldBeLessThanOrEqualTo(2);
        _enricher.MostAtOnce.ShouldBeGreaterThan(1, "articles are enriched concurrently");
        progress.ShouldBe([3, 6, 8]);
    }

    [Fact]
    public async Task IngestManyAsync_Cancelled_StopsAndKeepsWhatWasCommitted()
    {
        using var cancellation = new CancellationTokenSource();
        _enricher.OnCall = count =>
        {
            if (count == 4) cancellation.Cancel();
        };
        var texts = Enumerable.Range(1, 9).Select(i => $"Article {i}: Alice left Meta for OpenAI.");

        await Should.ThrowAsync<OperationCanceledException>(() =>
            _fixture.Ingestion.IngestManyAsync(texts.Select(t => new ArticleSource(t, Language: Language.English)), _enricher,
                                               cancellationToken: cancellation.Token));

        _fixture.Store.Stats().Articles.ShouldBeLessThan(9);
    }

    /// <summary>Reports on the caller's thread, so the test sees every value in order.</summary>
    private sealed class SynchronousProgress(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }

    /// <summary>
    /// Adds a model-found claim for each scripted marker a line contains, after a short yield so concurrent calls
    /// overlap; counts calls and the most running at once.
    /// </summary>
    private sealed class ScriptedEnricher : IFactEnricher
    {
        private readonly List<(string Marker, EntityRef Person, MoveKind Kind, EntityRef? From, EntityRef? To)> _moves = [];
        private string? _throwOn;
        private int _calls;
        private int _running;
        private int _mostAtOnce;

        public int Calls => _calls;

        public int MostAtOnce => _mostAtOnce;

        public Action<int>? OnCall { get; set; }

        public ScriptedEnricher Move(string marker, EntityRef person, MoveKind kind, EntityRef? from, EntityRef? to)
        {
            _moves.Add((marker, person, kind, from, to));
            return this;
        }

        public void ThrowOn(string marker) => _throwOn = marker;

        public async Task<ArticleFacts> EnrichAsync(ArticleText article, ArticleFacts facts, CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            OnCall?.Invoke(call);
            var running = Interlocked.Increment(ref _running);
            InterlockedMax(ref _mostAtOnce, running);
            try
            {
                await Task.Delay(20, cancellationToken);
                if (_throwOn is { } marker && article.Text.Contains(marker, StringComparison.Ordinal))
                    throw new InvalidOperationException("scripted enricher bug");
                var claims = facts.Sentences
                    .SelectMany(s => _moves.Where(m => s.Text.Contains(m.Marker, StringComparison.Ordinal))
                                           .Select(m => new MoveClaim(m.Person, m.Kind, m.From, m.To, null, null, [s.Index], ClaimFinder.Model)))
                    .Where(c => !facts.Moves.Any(r => Core.Move.KeyOf(r.Person, r.Kind, r.From, r.To) == Core.Move.KeyOf(c.Person, c.Kind, c.From, c.To)))
                    .ToList();
                return facts with { Moves = [.. facts.Moves, .. claims] };
            }
            finally
            {
                Interlocked.Decrement(ref _running);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
                if (Interlocked.CompareExchange(ref target, value, seen) == seen) return;
        }
    }
}
