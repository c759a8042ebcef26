using Microsoft.Extensions.Time.Testing;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Replies;
using TalentBot.Knowledge.Tests.Support;
using static TalentBot.Knowledge.Tests.Support.People;

namespace TalentBot.Knowledge.Tests;

/// <summary>
/// <c>/flows</c>'s numbers against the moves of a real store: arrivals and departures by the organisation at the other
/// end, Meta's parts included, moves inside Meta and moves that move no one left out, and the period.
/// </summary>
public sealed class FlowsTests : IDisposable
{
    private static readonly EntityRef Dan = EntityRef.Unregistered("Dan Moreau");
    private static readonly EntityRef Eve = EntityRef.Unregistered("Eve Tanaka");
    private static readonly EntityRef Frank = EntityRef.Unregistered("Frank Bianchi");

    private readonly StoreFixture _fixture = new();
    private readonly RecordingRenderer _renderer = new();

    public FlowsTests()
    {
        _fixture.Extractor
            .Move("Alice joined", Alice, MoveKind.Joined, OpenAi, Msl, when: new PartialDate(2025, 7))
            .Move("Bob left", Bob, MoveKind.Left, Meta, OpenAi, when: new PartialDate(2025, 8, 2))
            .Move("Carol joined", Carol, MoveKind.Joined, Apple, Meta, when: new PartialDate(2024, 3))
            .Move("Dan moved", Dan, MoveKind.Left, Msl, Meta, when: new PartialDate(2025, 9))
            .Move("Eve threatened", Eve, MoveKind.ThreatenedToLeave, Meta, Google, when: new PartialDate(2025, 9))
            .Move("Frank left", Frank, MoveKind.Left, Meta, null);
        _fixture.Ingest("Alice joined MSL from OpenAI.\nBob left Meta for OpenAI.", outlet: "Wire");
        _fixture.Ingest("Carol joined Meta from Apple.\nDan moved from MSL to Meta.\nEve threatened to leave Meta for Google.\nFrank left Meta.", outlet: "Daily");
    }

    public void Dispose() => _fixture.Dispose();

    private QuestionAnswerer Answerer => new(_fixture.Store, new FakeTimeProvider(_fixture.Time.GetUtcNow()), charts: _renderer);

    [Fact]
    public void CountsArrivalsAndDepartures_ByCounterpart_WithTheOrganisationsParts()
    {
        var reply = Answerer.Answer("/flows Meta");

        reply.Intent.ShouldBe(ReplyIntent.Flows);
        reply.Outcome.ShouldBe(ReplyOutcome.Answered);
        Bars(reply).ShouldBe(["OpenAI 1/1", "Apple 1/0", "not reported 0/1"]);
        reply.Flows!.Incoming.ShouldBe(2);
        reply.Flows.Outgoing.ShouldBe(2);
        reply.Total.ShouldBe(4);
        reply.Moves.Select(m => m.Move.Person.Name).ShouldNotContain(Dan.Name);
        reply.Moves.Select(m => m.Move.Person.Name).ShouldNotContain(Eve.Name);
    }

    [Fact]
    public void TheMovesBehindEachBar_AreUnderItsHeading_WithTheirCitations()
    {
        var reply = Answerer.Answer("/flows Meta");

        reply.Moves.Select(m => (m.Group, m.Move.Person.Name)).ShouldBe(
        [
            ("OpenAI: 1 came, 1 left", Bob.Name),
            ("OpenAI: 1 came, 1 left", Alice.Name),
            ("Apple: 1 came, 0 left", Carol.Name),
            ("not reported: 0 came, 1 left", Frank.Name),
        ]);
        reply.Moves.ShouldAllBe(m => m.CitationNumbers.Count > 0);
        reply.Citations.Select(c => c.Citation.Quote).ShouldContain("Bob left Meta for OpenAI.");
        reply.Text.ShouldContain("• OpenAI: 1 came, 1 left");
    }

    [Fact]
    public void Since_KeepsTheMovesOfThePeriod_AndSaysHowManyCouldNotBeDated()
    {
        var reply = Answerer.Answer("/flows Meta 2025-07");

        Bars(reply).ShouldBe(["OpenAI 1/1"]);
        reply.Title.ShouldBe("Who came to and left Meta (since 2025-07)");
        reply.Notes.ShouldContain(n => n.Text == "1 move with no known date is left out of the period.");
    }

    [Fact]
    public void Since_ReadsAYearAsTheWholeYear()
    {
        Bars(Answerer.Answer(new FlowsRequest("Meta", "2024-12"))).ShouldBe(["OpenAI 1/1"]);
        Bars(Answerer.Answer(new FlowsRequest("Meta", "2024"))).ShouldBe(["OpenAI 1/1", "Apple 1/0"]);
    }

    [Fact]
    public void APart_CountsOnlyItsOwnMoves_AndAMoveOutOfItIntoItsParentLeavesIt()
    {
        var reply = Answerer.Answer("/flows MSL");

        Bars(reply).ShouldBe(["Meta 0/1", "OpenAI 1/0"]);
    }

    [Fact]
    public void ThePicture_IsDrawnFromTheSameNumbers_AndItsAltTextStatesThem()
    {
        var reply = Answerer.Answer("/flows Meta");

        _renderer.Drawn.ShouldHaveSingleItem().ShouldBe(reply.Flows);
        reply.Picture!.Png.ShouldBe(RecordingRenderer.Png);
        reply.Picture.FileName.ShouldBe("flows-meta.png");
        reply.Picture.AltText.ShouldBe(
            "Bar chart of the people who came to and left Meta (every move reported), by organisation. " +
            "OpenAI: 1 came, 1 left; Apple: 1 came, 0 left; not reported: 0 came, 1 left. In all, 2 came and 2 left.");
    }

    [Theory]
    [InlineData(Language.French, "Arrivées et départs chez Meta", "OpenAI : arrivées 1, départs 1", "Au total : arrivées 2, départs 2.")]
    [InlineData(Language.Italian, "Arrivi e partenze in Meta", "OpenAI: arrivi 1, partenze 1", "In tutto: arrivi 2, partenze 2.")]
    [InlineData(Language.Japanese, "Metaの人材の出入り", "OpenAI：入1人、出1人", "合計で2人が入り、2人が去った。")]
    [InlineData(Language.English, "Who came to and left Meta", "OpenAI: 1 came, 1 left", "In all, 2 came and 2 left.")]
    public void EachLanguage_WordsTheTitleBarsAndAltText(Language language, string title, string bar, string totals)
    {
        var reply = Answerer.Answer(new FlowsRequest("Meta") { Language = language });

        reply.Title.ShouldStartWith(title);
        reply.Flows!.Title.ShouldBe(title);
        reply.Text.ShouldContain(bar);
        reply.Picture!.AltText.ShouldContain(bar);
        reply.Picture.AltText.ShouldEndWith(totals);
    }

    [Fact]
    public void WithoutAFontForItsNames_ThePictureIsLeftOut_AndTheReplySaysWhy()
    {
        _renderer.Draws = false;

        var reply = Answerer.Answer("/flows Meta");

        reply.Picture.ShouldBeNull();
        _renderer.Drawn.ShouldBeEmpty();
        reply.Notes.ShouldContain(n => n.Text.Contains("fonts-noto-cjk"));
        Bars(reply).ShouldBe(["OpenAI 1/1", "Apple 1/0", "not reported 0/1"]);
    }

    [Theory]
    [InlineData("/flows Meta 2025-13", Language.English, "'2025-13' is not a date I can read: write it as 2025, 2025-07 or 2025-07-15.")]
    [InlineData("/flows Meta 7/2025", Language.English, "'7/2025' is not a date I can read: write it as 2025, 2025-07 or 2025-07-15.")]
    [InlineData("/flows メタ 2025年7月", Language.Japanese, "「2025年7月」は日付として読めません。2025、2025-07、2025-07-15 のように書いてください。")]
    [InlineData("/flows Zorglub", Language.English, "I don't know an organisation called 'Zorglub'.")]
    [InlineData("/flows", Language.English, "Please name an organisation, for example: /flows Meta 2025-07")]
    public void BadInput_IsRefusedPolitely(string input, Language language, string message)
    {
        var reply = Answerer.Answer(input, language);

        reply.Outcome.ShouldBe(ReplyOutcome.InvalidRequest);
        reply.Title.ShouldBe(message);
        reply.Picture.ShouldBeNull();
    }

    [Fact]
    public void NoMoves_InThePeriod_IsNothingFound()
    {
        var reply = Answerer.Answer("/flows Meta 2026");

        reply.Outcome.ShouldBe(ReplyOutcome.NothingFound);
        reply.Title.ShouldBe("The sources report no one coming to or leaving Meta (since 2026).");
    }

    [Fact]
    public void Json_CarriesTheBarsAndTheAltText()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(ReplyJson.Serialize(Answerer.Answer("/flows Meta")))!;

        ((string)json["intent"]!).ShouldBe("flows");
        var flows = json["flows"]!;
        ((string)flows["organisation_id"]!).ShouldBe("meta");
        ((int)flows["incoming"]!).ShouldBe(2);
        ((int)flows["outgoing"]!).ShouldBe(2);
        flows["bars"]!.AsArray().Select(b => $"{(string)b!["counterpart"]!} {(int)b["incoming"]!}/{(int)b["outgoing"]!}")
            .ShouldBe(["OpenAI 1/1", "Apple 1/0", "not reported 0/1"]);
        ((string)flows["alt_text"]!).ShouldStartWith("Bar chart");
        json["moves"]!.AsArray().Count.ShouldBe(4);
    }

    private static List<string> Bars(Reply reply) =>
        reply.Flows?.Bars.Select(b => $"{b.Label} {b.Incoming}/{b.Outgoing}").ToList() ?? [];

    /// <summary>Keeps the charts it is asked to draw and returns fixed bytes; <see cref="Draws"/> plays a system without the font.</summary>
    private sealed class RecordingRenderer : IFlowChartRenderer
    {
        public static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G'];

        public List<FlowChart> Drawn { get; } = [];

        public bool Draws { get; set; } = true;

        public bool CanDraw(string text) => Draws;

        public byte[] RenderPng(FlowChart chart)
        {
            Drawn.Add(chart);
            return Png;
        }
    }
}
