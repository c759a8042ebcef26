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

    [Fact]
    public void FindMoves_WhoLeftAndWhoJoined_PageAcrossEqualAndMissingDatesNewestFirst()
    {
        var people = SeedEqualAndMissingDates();
        var expected = new[] { 5, 3, 1, 0, 4, 2 }.Select(i => people[i].Id).ToList();

        foreach (var query in new[] { new MoveQuery(LeavingAny: Ids(Meta)), new MoveQuery(ArrivingAny: Ids(OpenAi)) })
        {
            var pages = Enumerable.Range(0, 4).Select(p => _fixture.Store.FindMoves(query with { Limit = 2, Offset = p * 2 })).ToList();

            pages.ShouldAllBe(p => p.Total == 6);
            pages.Select(p => p.Moves.Select(m => m.Person.Id).ToList()).ShouldBe([expected[..2], expected[2..4], expected[4..], []]);
        }
    }

    [Fact]
    public void FindMoves_WhoLeftOfSeveralOrganisations_PagesAsAScanOfEveryMoveDoes()
    {
        SeedEqualAndMissingDates();
        _fixture.Extractor
            .Move("Dan left Google", new EntityRef("dan", "Dan"), MoveKind.Left, Google, null, when: new PartialDate(2025, 7))
            .Move("Eve never started at Google", new EntityRef("eve", "Eve"), MoveKind.NeverStarted, Apple, Google)
            .Move("Fay left MSL", new EntityRef("fay", "Fay"), MoveKind.Left, Msl, Apple, when: new PartialDate(2026));
        _fixture.Ingest("Dan left Google.\nEve never started at Google.\nFay left MSL.");
        var leaving = new HashSet<string>([.. Registry.SelfAndParts(Meta.Id), Google.Id]);

        // Naming every kind sends the same question down the path that reads each candidate instead of slicing.
        var everyKind = Enum.GetValues<MoveKind>().ToHashSet();
        for (var offset = 0; offset <= 10; offset++)
        {
            var sliced = _fixture.Store.FindMoves(new MoveQuery(LeavingAny: leaving, Limit: 3, Offset: offset));
            var scanned = _fixture.Store.FindMoves(new MoveQuery(LeavingAny: leaving, Kinds: everyKind, Limit: 3, Offset: offset));

            sliced.Total.ShouldBe(9);
            sliced.Moves.Select(m => m.Id).ShouldBe(scanned.Moves.Select(m => m.Id).ToList(), $"offset {offset}");
            scanned.Total.ShouldBe(9);
        }
        _fixture.Store.FindMoves(new MoveQuery(LeavingAny: leaving, Limit: 3)).Moves.Select(m => m.Person.Id).ShouldBe(["fay", "p5", "dan"]);
    }

    [Fact]
    public void FindMoves_WhoLeft_MovesAddedAndDatedAfterTheListWasRead_TakeTheirPlace()
    {
        var people = SeedEqualAndMissingDates();
        _fixture.Store.FindMoves(new MoveQuery(LeavingAny: Ids(Meta))).Total.ShouldBe(6);
        var newcomer = new EntityRef("p6", "Person 6");
        _fixture.Extractor
            .Move("Person 6 left", newcomer, MoveKind.Left, Meta, OpenAi, when: new PartialDate(2025, 7, 15))
            .Move("Person 2 left in 2026", people[2], MoveKind.Left, Meta, OpenAi, when: new PartialDate(2026, 1));
        _fixture.Time.Advance(TimeSpan.FromMinutes(5));

        _fixture.Ingest("Person 6 left.\nPerson 2 left in 2026.");

        string[] expected = ["p2", "p5", "p6", "p3", "p1", "p0", "p4"];
        _fixture.Store.FindMoves(new MoveQuery(LeavingAny: Ids(Meta), Limit: 10)).Moves.Select(m => m.Person.Id).ShouldBe(expected);
        _fixture.Store.FindMoves(new MoveQuery(ArrivingAny: Ids(OpenAi), Limit: 10)).Moves.Select(m => m.Person.Id).ShouldBe(expected);
        _fixture.Reopen();
        _fixture.Store.FindMoves(new MoveQuery(LeavingAny: Ids(Meta), Limit: 3, Offset: 2)).Moves.Select(m => m.Person.Id).ShouldBe(expected[2..5]);
    }

    [Fact]
    public void FindMoves_WhoLeft_MoveBetweenTwoOfTheOrganisationsIsListedOnce()
    {
        _fixture.Extractor
            .Move("Alice never started", Alice, MoveKind.NeverStarted, Meta, Meta)
            .Move("Bob left MSL for Meta", Bob, MoveKind.Left, Msl, Meta);
        _fixture.Ingest("Alice never started.\nBob left MSL for Meta.");
        var meta = Registry.SelfAndParts(Meta.Id);

        foreach (var kinds in new[] { null, Enum.GetValues<MoveKind>().ToHashSet() })
        {
            var page = _fixture.Store.FindMoves(new MoveQuery(LeavingAny: meta, Kinds: kinds));
            page.Total.ShouldBe(2);
            page.Moves.Select(m => m.Person.Id).ShouldBe([Bob.Id, Alice.Id], ignoreOrder: true);
        }
        _fixture.Store.FindMoves(new MoveQuery(ArrivingAny: meta)).Moves.ShouldHaveSingleItem().Person.ShouldBe(Bob);
    }

    [Fact]
    public void FindMoves_SamePersonWithin_AddsOnlyThePagePeoplesMovesPastIt()
    {
        _fixture.Extractor
            .Move("Alice left for OpenAI", Alice, MoveKind.Left, Meta, OpenAi, when: new PartialDate(2025, 9))
            .Move("Bob left", Bob, MoveKind.Left, Meta, null, when: new PartialDate(2025, 8))
            .Move("Carol left", Carol, MoveKind.Left, Meta, null, when: new PartialDate(2025, 7))
            .Move("Alice left for Apple", Alice, MoveKind.Left, Meta, Apple, when: new PartialDate(2025, 6))
            .Move("Bob left again", Bob, MoveKind.Left, Meta, Google, when: new PartialDate(2024, 1));
        _fixture.Ingest("Alice left for OpenAI.\nBob left.\nCarol left.\nAlice left for Apple.\nBob left again.");
        string Page(int offset, int within) => string.Join(",", _fixture.Store
            .FindMoves(new MoveQuery(LeavingAny: Ids(Meta), Limit: 1, Offset: offset, SamePersonWithin: within)).Moves
            .Select(m => $"{m.Person.Name[..1]}{m.When!.Value.Month}"));

        Page(0, 3).ShouldBe("A9,A6");
        Page(0, 2).ShouldBe("A9");
        Page(1, 3).ShouldBe("B8,B1");
        Page(2, 10).ShouldBe("C7");
        _fixture.Store.FindMoves(new MoveQuery(PersonId: Bob.Id, Limit: 1, SamePersonWithin: 5)).Moves.Count.ShouldBe(2);
    }

    private static HashSet<string> Ids(params EntityRef[] organisations) => organisations.Select(o => o.Id).ToHashSet();

    /// <summary>
    /// Six people who left Meta for OpenAI: p0 and p1 in July 2025 and p2 undated in one batch (one first-seen time,
    /// so ingestion order breaks the tie), p3 in July and p4 undated five minutes later, p5 in August after five more.
    /// </summary>
    private EntityRef[] SeedEqualAndMissingDates()
    {
        var people = Enumerable.Range(0, 6).Select(i => new EntityRef($"p{i}", $"Person {i}")).ToArray();
        PartialDate?[] dates = [new PartialDate(2025, 7), new PartialDate(2025, 7), null, new PartialDate(2025, 7), null, new PartialDate(2025, 8)];
        for (var i = 0; i < people.Length; i++)
            _fixture.Extractor.Move($"Person {i} left Meta", people[i], MoveKind.Left, Meta, OpenAi, when: dates[i]);
        _fixture.Ingestion.IngestMany(Enumerable.Range(0, 3).Select(i => new ArticleSource($"Person {i} left Meta.")));
        _fixture.Time.Advance(TimeSpan.FromMinutes(5));
        _fixture.Ingestion.IngestMany(Enumerable.Range(3, 2).Select(i => new ArticleSource($"Person {i} left Meta.")));
        _fixture.Time.Advance(TimeSpan.FromMinutes(5));
        _fixture.Ingest("Person 5 left Meta.");
        return people;
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
