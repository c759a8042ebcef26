using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Knowledge.Tests.Support;
using static TalentBot.Knowledge.Tests.Support.People;

namespace TalentBot.Knowledge.Tests;

/// <summary>
/// Opening reads no move: the timeline reads an organisation's or a person's moves the first time a query names them.
/// These tests hold a reopened store, which starts with nothing in memory, to the answers of the store that wrote it,
/// and a store whose lists were loaded before a write to the answers of one that loads them after.
/// </summary>
public sealed class ReopenedStoreTests : IDisposable
{
    private static readonly EntityRef[] Organisations = [Meta, Msl, OpenAi, Apple, Google];
    private static readonly MoveKind[] Kinds = [MoveKind.Left, MoveKind.Joined, MoveKind.NeverStarted, MoveKind.DeclinedOffer, MoveKind.ThreatenedToLeave];

    private readonly StoreFixture _fixture = new();

    [Fact]
    public void FindMoves_AfterReopen_SamePagesOrderAndTotalsAsTheStoreThatWroteThem()
    {
        SeedManyMoves();
        var queries = Queries().ToList();
        var written = queries.Select(Answer).ToList();

        _fixture.Reopen();

        // Asked in reverse, so lists load in another order than they did in the writing store.
        var reopened = Enumerable.Reverse(queries).Select(Answer).Reverse().ToList();
        reopened.ShouldBe(written);
        written.ShouldContain(a => a.Contains("total 0", StringComparison.Ordinal));
        written.Count(a => !a.Contains("total 0", StringComparison.Ordinal)).ShouldBeGreaterThan(queries.Count / 2);
    }

    [Fact]
    public void FindMoves_SameDateAndSameBatch_NewerInsertedFirstAfterReopen()
    {
        var people = Enumerable.Range(0, 4).Select(i => new EntityRef($"tie{i}", $"Tie {i}")).ToArray();
        foreach (var (person, i) in people.Select((p, i) => (p, i)))
            _fixture.Extractor.Move($"Tie {i} left", person, MoveKind.Left, Meta, null, when: new PartialDate(2025, 3));
        // One batch: one first-seen instant, so only the order of insertion tells them apart.
        _fixture.Ingestion.IngestMany(people.Select((_, i) => new ArticleSource($"Tie {i} left Meta.")));
        var meta = new HashSet<string> { Meta.Id };

        _fixture.Reopen();

        _fixture.Store.FindMoves(new MoveQuery(LeavingAny: meta, Limit: 2, Offset: 1)).ShouldSatisfyAllConditions(
            page => page.Moves.Select(m => m.Person.Id).ShouldBe(["tie2", "tie1"]),
            page => page.Total.ShouldBe(4));
    }

    [Fact]
    public void LoadMoveLists_AsServeDoesAtStart_ThenAWrite_AnswersAsAStoreThatReadsOnDemand()
    {
        SeedManyMoves();
        var queries = Queries().ToList();
        _fixture.Reopen();
        _fixture.Store.LoadMoveLists(CancellationToken.None);
        var loaded = queries.Select(Answer).ToList();

        _fixture.Extractor.Move("Bob joined Meta", Bob, MoveKind.Joined, Apple, Meta);
        _fixture.Ingest("Bob joined Meta.");
        var afterWrite = queries.Select(Answer).ToList();
        _fixture.Reopen();

        afterWrite.ShouldNotBe(loaded);
        queries.Select(Answer).ToList().ShouldBe(afterWrite);
    }

    [Fact]
    public void FindMoves_WritesAfterListsWereRead_AppearOnceInEveryList()
    {
        SeedManyMoves();
        var queries = Queries().ToList();
        // Loads Meta's lists (both ends), Alice's and Person 4's; leaves Apple's and Bob's on disk.
        _fixture.Store.FindMoves(new MoveQuery(LeavingAny: new HashSet<string> { Meta.Id }));
        _fixture.Store.FindMoves(new MoveQuery(PersonId: Alice.Id));
        _fixture.Store.FindMoves(new MoveQuery(PersonId: "p4"));

        // Two known moves (Alice's to Google and Person 4's threat, both undated so far) get dates; Bob's is new.
        _fixture.Extractor
            .Move("Alice went to Google", Alice, MoveKind.Left, Meta, Google, when: new PartialDate(2026, 1))
            .Move("Bob joined Meta", Bob, MoveKind.Joined, Apple, Meta)
            .Move("Person 4 threatened", new EntityRef("p4", "Person 4"), MoveKind.ThreatenedToLeave, Google, Meta, when: new PartialDate(2027, 2));
        _fixture.Ingest("Alice went to Google.\nBob joined Meta.\nPerson 4 threatened.");
        var live = queries.Select(Answer).ToList();

        _fixture.Reopen();

        queries.Select(Answer).ToList().ShouldBe(live);
        _fixture.Store.FindMoves(new MoveQuery(LeavingAny: new HashSet<string> { Meta.Id }, Limit: 1)).Moves.Single()
            .ShouldSatisfyAllConditions(m => m.Person.ShouldBe(Alice), m => m.When.ShouldBe(new PartialDate(2026, 1)));
        _fixture.Store.FindMoves(new MoveQuery(ToAny: new HashSet<string> { Meta.Id }, Limit: 1)).Moves.Single()
            .ShouldSatisfyAllConditions(m => m.Person.Id.ShouldBe("p4"), m => m.When.ShouldBe(new PartialDate(2027, 2)));
        _fixture.Store.FindMoves(new MoveQuery(PersonId: Bob.Id, Kinds: new HashSet<MoveKind> { MoveKind.Joined })).Total.ShouldBe(1);
    }

    [Fact]
    public void FindMoves_NoFilterAfterFilteredQueries_CountsEachMoveOnce()
    {
        SeedManyMoves();
        var total = _fixture.Store.FindMoves(new MoveQuery(Limit: 0)).Total;
        _fixture.Reopen();
        _fixture.Store.FindMoves(new MoveQuery(FromAny: new HashSet<string> { Meta.Id }));
        _fixture.Store.FindMoves(new MoveQuery(PersonId: Bob.Id));

        _fixture.Store.FindMoves(new MoveQuery(Limit: 1000)).ShouldSatisfyAllConditions(
            page => page.Total.ShouldBe(total),
            page => page.Moves.Select(m => m.Id).Distinct().Count().ShouldBe(total));
        total.ShouldBe(_fixture.Store.Stats().Moves);
    }

    /// <summary>
    /// Moves between every pair of organisations, in all kinds, by twenty people and Alice and Bob, over three
    /// batches with the clock moved on between them; dates known, partly known and unknown, and many ties.
    /// </summary>
    private void SeedManyMoves()
    {
        var lines = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            var person = i % 10 == 0 ? Alice : i % 10 == 5 ? Bob : new EntityRef($"p{i % 20}", $"Person {i % 20}");
            var from = Organisations[i % 5];
            var to = i % 7 == 0 ? null : Organisations[(i / 5 + i + 1) % 5];
            PartialDate? when = (i % 4) switch { 0 => null, 1 => new PartialDate(2025), 2 => new PartialDate(2025, 1 + i % 3), _ => new PartialDate(2025, 1 + i % 3, 1 + i % 2) };
            _fixture.Extractor.Move($"line {i};", person, Kinds[i % Kinds.Length], from, to, when: when);
            lines.Add($"line {i}; happened.");
        }
        foreach (var batch in lines.Chunk(20))
        {
            _fixture.Ingestion.IngestMany(batch.Select(line => new ArticleSource(line)));
            _fixture.Time.Advance(TimeSpan.FromMinutes(1));
        }
    }

    private static IEnumerable<MoveQuery> Queries()
    {
        foreach (var organisation in Organisations)
        {
            var one = new HashSet<string> { organisation.Id };
            var withParts = Registry.SelfAndParts(organisation.Id);
            foreach (var offset in new[] { 0, 3, 10 })
            {
                yield return new MoveQuery(LeavingAny: withParts, Limit: 4, Offset: offset);
                yield return new MoveQuery(ArrivingAny: one, Limit: 4, Offset: offset);
            }
            yield return new MoveQuery(FromAny: one, Kinds: MoveKinds.Departures);
            yield return new MoveQuery(ToAny: withParts, Limit: 100);
        }
        foreach (var person in new[] { Alice.Id, Bob.Id, "p3", "nobody" })
            yield return new MoveQuery(PersonId: person, Limit: 3, Offset: 1);
        yield return new MoveQuery(Limit: 7, Offset: 20);
    }

    /// <summary>A page as text: its moves in order with their dates and citations, and the total.</summary>
    private string Answer(MoveQuery query)
    {
        var page = _fixture.Store.FindMoves(query);
        return string.Join(" | ", page.Moves.Select(m =>
                   $"{m.Id} {m.When} {m.FirstSeen:O} [{string.Join(",", m.Citations.Select(c => $"{c.ArticleId}#{c.SentenceIndex} {c.Title}: {c.Quote}"))}]"))
               + $" | total {page.Total}";
    }

    public void Dispose() => _fixture.Dispose();
}
