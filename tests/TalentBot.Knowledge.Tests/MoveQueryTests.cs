using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Knowledge.Tests.Support;
using static TalentBot.Knowledge.Tests.Support.People;

namespace TalentBot.Knowledge.Tests;

public sealed class MoveQueryTests : IDisposable
{
    private readonly StoreFixture _fixture = new();

    [Fact]
    public void FindMoves_MixedDates_NewestReportedDateFirstUnknownLast()
    {
        var people = Enumerable.Range(0, 4).Select(i => new EntityRef($"p{i}", $"Person {i}")).ToArray();
        _fixture.Extractor
            .Move("p0 left", people[0], MoveKind.Left, Meta, null, when: new PartialDate(2025, 6))
            .Move("p1 left", people[1], MoveKind.Left, Meta, null)
            .Move("p2 left", people[2], MoveKind.Left, Meta, null, when: new PartialDate(2025, 7, 20))
            .Move("p3 left", people[3], MoveKind.Left, Meta, null, when: new PartialDate(2024));
        foreach (var i in new[] { 0, 1, 2, 3 }) _fixture.Ingest($"p{i} left Meta.");

        var page = _fixture.Store.FindMoves(new MoveQuery(FromAny: new HashSet<string> { Meta.Id }));

        page.Moves.Select(m => m.Person.Id).ShouldBe(["p2", "p0", "p3", "p1"]);
    }

    [Fact]
    public void FindMoves_SameDate_MoreRecentlyFirstSeenFirst()
    {
        _fixture.Extractor
            .Move("Alice left", Alice, MoveKind.Left, Meta, null, when: new PartialDate(2025, 7))
            .Move("Bob left", Bob, MoveKind.Left, Meta, null, when: new PartialDate(2025, 7));
        _fixture.Ingest("Alice left Meta.");
        _fixture.Time.Advance(TimeSpan.FromMinutes(5));
        _fixture.Ingest("Bob left Meta.");

        _fixture.Reopen();

        _fixture.Store.FindMoves(new MoveQuery()).Moves.Select(m => m.Person.Id).ShouldBe([Bob.Id, Alice.Id]);
    }

    [Fact]
    public void FindMoves_Pages_AreConsecutiveSlicesWithTheTotal()
    {
        SeedDepartures(45);

        var pages = Enumerable.Range(0, 3)
            .Select(p => _fixture.Store.FindMoves(new MoveQuery(FromAny: new HashSet<string> { Meta.Id }, Limit: 20, Offset: p * 20)))
            .ToList();

        pages.Select(p => p.Total).ShouldBe([45, 45, 45]);
        pages.Select(p => p.Moves.Count).ShouldBe([20, 20, 5]);
        var all = pages.SelectMany(p => p.Moves).Select(m => m.When!.Value.Month!.Value * 100 + m.When.Value.Day!.Value).ToList();
        all.ShouldBe(all.OrderByDescending(d => d));
        all.Distinct().Count().ShouldBe(45);
    }

    [Fact]
    public void FindMoves_OffsetPastTheEnd_EmptyPageWithTotal()
    {
        SeedDepartures(3);

        var page = _fixture.Store.FindMoves(new MoveQuery(Offset: 10));

        page.Moves.ShouldBeEmpty();
        page.Total.ShouldBe(3);
    }

    [Fact]
    public void FindMoves_ParentWithParts_IncludesMovesFromThePartsTheCallerPasses()
    {
        _fixture.Extractor
            .Move("Alice left MSL", Alice, MoveKind.Left, Msl, OpenAi)
            .Move("Bob left Meta", Bob, MoveKind.Left, Meta, Apple)
            .Move("Carol left OpenAI", Carol, MoveKind.Left, OpenAi, Meta);
        _fixture.Ingest("Alice left MSL.\nBob left Meta.\nCarol left OpenAI.");

        var fromMeta = _fixture.Store.FindMoves(new MoveQuery(FromAny: Registry.SelfAndParts(Meta.Id)));
        var fromMetaOnly = _fixture.Store.FindMoves(new MoveQuery(FromAny: new HashSet<string> { Meta.Id }));
        var toMeta = _fixture.Store.FindMoves(new MoveQuery(ToAny: Registry.SelfAndParts(Meta.Id)));

        fromMeta.Moves.Select(m => m.Person.Id).ShouldBe([Alice.Id, Bob.Id], ignoreOrder: true);
        fromMetaOnly.Moves.Single().Person.ShouldBe(Bob);
        toMeta.Moves.Single().Person.ShouldBe(Carol);
    }

    [Fact]
    public void FindMoves_KindsPersonAndBothEnds_AllFiltersApply()
    {
        _fixture.Extractor
            .Move("Alice left", Alice, MoveKind.Left, Meta, OpenAi)
            .Move("Alice threatened", Alice, MoveKind.ThreatenedToLeave, Meta, Apple)
            .Move("Alice declined", Alice, MoveKind.DeclinedOffer, null, Meta)
            .Move("Bob left", Bob, MoveKind.Left, Meta, OpenAi);
        _fixture.Ingest("Alice left.\nAlice threatened.\nAlice declined.\nBob left.");
        var meta = new HashSet<string> { Meta.Id };

        _fixture.Store.FindMoves(new MoveQuery(FromAny: meta, Kinds: new HashSet<MoveKind> { MoveKind.Left })).Total.ShouldBe(2);
        _fixture.Store.FindMoves(new MoveQuery(FromAny: meta, Kinds: MoveKinds.Departures, PersonId: Alice.Id)).Total.ShouldBe(2);
        _fixture.Store.FindMoves(new MoveQuery(FromAny: meta, ToAny: new HashSet<string> { OpenAi.Id })).Total.ShouldBe(2);
        _fixture.Store.FindMoves(new MoveQuery(ToAny: meta, Kinds: MoveKinds.Arrivals)).Total.ShouldBe(0);
        _fixture.Store.FindMoves(new MoveQuery(PersonId: "nobody")).Total.ShouldBe(0);
    }

    [Fact]
    public void FindMoves_LeavingAndArriving_ReadEachKindAsWhoLeftAndWhoJoinedDo()
    {
        _fixture.Extractor
            .Move("Alice left", Alice, MoveKind.Left, Meta, OpenAi)
            .Move("Bob never started", Bob, MoveKind.NeverStarted, Apple, Meta)
            .Move("Carol declined", Carol, MoveKind.DeclinedOffer, Apple, Meta)
            .Move("Carol threatened", Carol, MoveKind.ThreatenedToLeave, Google, OpenAi);
        _fixture.Ingest("Alice left.\nBob never started.\nCarol declined.\nCarol threatened.");
        _fixture.Reopen();

        static HashSet<string> Ids(params EntityRef[] orgs) => orgs.Select(o => o.Id).ToHashSet();
        string Kinds(MoveQuery query) => string.Join(",", _fixture.Store.FindMoves(query).Moves.Select(m => $"{m.Person.Id}:{m.Kind.ToCode()}").Order());

        // A job never started is lost by the organisation that hired; the place one stayed at lost no one.
        Kinds(new MoveQuery(LeavingAny: Ids(Meta))).ShouldBe($"{Alice.Id}:left,{Bob.Id}:never_started");
        Kinds(new MoveQuery(LeavingAny: Ids(Apple))).ShouldBeEmpty();
        Kinds(new MoveQuery(LeavingAny: Ids(Google))).ShouldBe($"{Carol.Id}:threatened_to_leave");
        // Only moves that arrive count as joining: not an offer declined, a job never started or a threat.
        Kinds(new MoveQuery(ArrivingAny: Ids(OpenAi))).ShouldBe($"{Alice.Id}:left");
        Kinds(new MoveQuery(ArrivingAny: Ids(Meta))).ShouldBeEmpty();
        _fixture.Store.FindMoves(new MoveQuery(LeavingAny: Ids(Meta), Limit: 1)).Total.ShouldBe(2);
    }

    [Fact]
    public void FindMoves_DateFilledByLaterArticle_ReordersAndPersists()
    {
        _fixture.Extractor
            .Move("Alice left", Alice, MoveKind.Left, Meta, null)
            .Move("Alice departed in 2025", Alice, MoveKind.Left, Meta, null, when: new PartialDate(2025, 9))
            .Move("Bob left", Bob, MoveKind.Left, Meta, null, when: new PartialDate(2025, 8));
        _fixture.Ingest("Alice left.");
        _fixture.Ingest("Bob left.");
        _fixture.Store.FindMoves(new MoveQuery()).Moves[0].Person.ShouldBe(Bob);

        _fixture.Ingest("Alice departed in 2025, in September.");

        _fixture.Store.FindMoves(new MoveQuery()).Moves[0].Person.ShouldBe(Alice);
        _fixture.Reopen();
        _fixture.Store.FindMoves(new MoveQuery()).Moves[0].ShouldSatisfyAllConditions(
            m => m.Person.ShouldBe(Alice),
            m => m.When.ShouldBe(new PartialDate(2025, 9)),
            m => m.Citations.Count.ShouldBe(2));
    }

    private void SeedDepartures(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var person = new EntityRef($"p{i}", $"Person {i}");
            _fixture.Extractor.Move($"Person {i} left", person, MoveKind.Left, Meta, null,
                                    when: new PartialDate(2025, 1 + i / 28, 1 + i % 28));
        }
        _fixture.Ingestion.IngestMany(Enumerable.Range(0, count).Select(i => new ArticleSource($"Person {i} left Meta.")));
    }

    public void Dispose() => _fixture.Dispose();
}
