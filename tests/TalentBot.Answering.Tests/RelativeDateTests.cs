using Microsoft.Extensions.Time.Testing;
using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using static TalentBot.Answering.Tests.Support.Corpus;

namespace TalentBot.Answering.Tests;

/// <summary>
/// Periods named from the day a question is asked ("last month", « depuis 3 mois », 「今年」), read against the
/// answerer's clock and filtering the stored moves as an absolute date does. The clock stands on 2026-01-05, so
/// "last month" and "last year" cross a year boundary.
/// </summary>
public sealed class RelativeDateTests
{
    private static readonly DateTimeOffset AskedOn = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private static readonly EntityRegistry Names = new(
    [
        new RegisteredEntity("meta", EntityKind.Organisation, "Meta", ["メタ"], null),
        new RegisteredEntity("today-capital", EntityKind.Organisation, "Today Capital", [], null),
        new RegisteredEntity("may-habib", EntityKind.Person, "May Habib", [], null),
    ]);

    private static readonly EntityRef Meta = Names.Find("meta")!.ToRef();

    /// <summary>Meta's leavers, newest first: each period below keeps a different run of them.</summary>
    private static readonly (string Name, PartialDate When)[] Leavers =
    [
        ("Ada Byrne", new PartialDate(2026, 1, 4)),
        ("Ben Carr", new PartialDate(2026, 1, 2)),
        ("Cleo Dunn", new PartialDate(2025, 12, 20)),
        ("Dev Eads", new PartialDate(2025, 10)),
        ("Eli Fox", new PartialDate(2024, 11)),
        ("Fay Gill", new PartialDate(2023, 11)),
    ];

    private readonly FakeTimeProvider _clock = new(AskedOn);
    private readonly QuestionAnswerer _answerer;

    public RelativeDateTests()
    {
        var knowledge = new FakeKnowledgeBase(Names);
        foreach (var (name, when) in Leavers)
        {
            var quote = $"{name} left Meta for Lab {name[..3]}.";
            knowledge.Moves.Add(Move("m-" + name, EntityRef.Unregistered(name), MoveKind.Left, Meta, EntityRef.Unregistered("Lab " + name[..3]),
                when, null, Cite("a-" + name, "Departure", null, null, Language.English, quote)));
        }
        knowledge.Moves.Add(Move("m-habib", Names.Find("may-habib")!.ToRef(), MoveKind.Left, EntityRef.Unregistered("Writer"),
            Names.Find("today-capital")!.ToRef(), new PartialDate(2025, 6), null,
            Cite("a-habib", "Departure", null, null, Language.English, "May Habib left Writer for Today Capital.")));
        _answerer = new QuestionAnswerer(knowledge, _clock);
    }

    /// <summary>The people whose moves the reply lists, or none when it states no fact.</summary>
    private string[] Movers(string question)
    {
        var reply = _answerer.Answer(question);
        return reply.Answer is null ? [] : reply.Moves.Select(m => m.Move.Person.Name).ToArray();
    }

    [Theory]
    [InlineData("Who left Meta yesterday?", "Ada Byrne")]
    [InlineData("Qui a quitté Meta hier ?", "Ada Byrne")]
    [InlineData("Chi ha lasciato Meta ieri?", "Ada Byrne")]
    [InlineData("昨日Metaを辞めたのは誰ですか？", "Ada Byrne")]
    [InlineData("Who left Meta this month?", "Ada Byrne", "Ben Carr")]
    [InlineData("Qui a quitté Meta ce mois-ci ?", "Ada Byrne", "Ben Carr")]
    [InlineData("Chi ha lasciato Meta questo mese?", "Ada Byrne", "Ben Carr")]
    [InlineData("今月Metaを辞めたのは誰ですか？", "Ada Byrne", "Ben Carr")]
    [InlineData("Who left Meta this year?", "Ada Byrne", "Ben Carr")]
    [InlineData("Qui a quitté Meta cette année ?", "Ada Byrne", "Ben Carr")]
    [InlineData("Chi ha lasciato Meta quest'anno?", "Ada Byrne", "Ben Carr")]
    [InlineData("今年Metaを辞めたのは誰ですか？", "Ada Byrne", "Ben Carr")]
    [InlineData("Who left Meta last week?", "Ada Byrne", "Ben Carr")]
    [InlineData("Qui a quitté Meta la semaine dernière ?", "Ada Byrne", "Ben Carr")]
    [InlineData("Chi ha lasciato Meta la settimana scorsa?", "Ada Byrne", "Ben Carr")]
    [InlineData("先週Metaを辞めたのは誰ですか？", "Ada Byrne", "Ben Carr")]
    [InlineData("Who left Meta last month?", "Cleo Dunn")]
    [InlineData("Qui a quitté Meta le mois dernier ?", "Cleo Dunn")]
    [InlineData("Chi ha lasciato Meta il mese scorso?", "Cleo Dunn")]
    [InlineData("先月Metaを辞めたのは誰ですか？", "Cleo Dunn")]
    [InlineData("Who left Meta last year?", "Cleo Dunn", "Dev Eads")]
    [InlineData("Qui a quitté Meta l'an dernier ?", "Cleo Dunn", "Dev Eads")]
    [InlineData("Qui a quitté Meta l'année dernière ?", "Cleo Dunn", "Dev Eads")]
    [InlineData("Chi ha lasciato Meta l'anno scorso?", "Cleo Dunn", "Dev Eads")]
    [InlineData("昨年Metaを辞めたのは誰ですか？", "Cleo Dunn", "Dev Eads")]
    [InlineData("去年Metaを辞めたのは誰ですか？", "Cleo Dunn", "Dev Eads")]
    [InlineData("Who left Meta in the past 3 months?", "Ada Byrne", "Ben Carr", "Cleo Dunn", "Dev Eads")]
    [InlineData("Qui a quitté Meta depuis 3 mois ?", "Ada Byrne", "Ben Carr", "Cleo Dunn", "Dev Eads")]
    [InlineData("Chi ha lasciato Meta negli ultimi 3 mesi?", "Ada Byrne", "Ben Carr", "Cleo Dunn", "Dev Eads")]
    [InlineData("過去3か月にMetaを辞めたのは誰ですか？", "Ada Byrne", "Ben Carr", "Cleo Dunn", "Dev Eads")]
    [InlineData("この1年でMetaを辞めたのは誰ですか？", "Ada Byrne", "Ben Carr", "Cleo Dunn", "Dev Eads")]
    [InlineData("Who left Meta over the last two years?", "Ada Byrne", "Ben Carr", "Cleo Dunn", "Dev Eads", "Eli Fox")]
    [InlineData("Qui a quitté Meta depuis deux ans ?", "Ada Byrne", "Ben Carr", "Cleo Dunn", "Dev Eads", "Eli Fox")]
    [InlineData("Chi ha lasciato Meta negli ultimi due anni?", "Ada Byrne", "Ben Carr", "Cleo Dunn", "Dev Eads", "Eli Fox")]
    [InlineData("過去2年にMetaを辞めたのは誰ですか？", "Ada Byrne", "Ben Carr", "Cleo Dunn", "Dev Eads", "Eli Fox")]
    public void RelativePeriod_KeepsOnlyTheMovesInIt(string question, params string[] expected)
    {
        Movers(question).ShouldBe(expected, ignoreOrder: true);
    }

    [Fact]
    public void LastMonth_StatesTheMoveInsideThePeriod_AndNotTheOneOutside()
    {
        var answer = _answerer.Answer("Who left Meta last month?").Answer.ShouldNotBeNull();

        answer.ShouldBe("Cleo Dunn left Meta for Lab Cle, 2025-12-20 [1]");
        answer.ShouldNotContain("Ben Carr");
    }

    [Fact]
    public void LastMonth_IsReadWhenAsked_NotWhenTheAnswererWasBuilt()
    {
        Movers("Who left Meta last month?").ShouldBe(["Cleo Dunn"]);

        _clock.Advance(TimeSpan.FromDays(31));

        Movers("Who left Meta last month?").ShouldBe(["Ada Byrne", "Ben Carr"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Who left Meta since last month?")]
    [InlineData("Qui a quitté Meta depuis le mois dernier ?")]
    [InlineData("Chi ha lasciato Meta dal mese scorso?")]
    [InlineData("先月以降にMetaを辞めたのは誰ですか？")]
    public void SinceACalendarPeriod_KeepsMovesFromItsStartOn(string question)
    {
        Movers(question).ShouldBe(["Ada Byrne", "Ben Carr", "Cleo Dunn"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Who left Meta in October last year?")]
    [InlineData("Qui a quitté Meta en octobre l'an dernier ?")]
    [InlineData("Chi ha lasciato Meta a ottobre dell'anno scorso?")]
    [InlineData("昨年10月にMetaを辞めたのは誰ですか？")]
    public void MonthOfALastYear_TakesItsYearFromThePeriod(string question)
    {
        Movers(question).ShouldBe(["Dev Eads"]);
    }

    [Theory]
    [InlineData("Qui a quitté Meta depuis sept mois ?")]
    [InlineData("Chi ha lasciato Meta negli ultimi sette mesi?")]
    public void NumberThatIsAlsoAMonth_CountsTheSpan(string question)
    {
        // « Sept » is seven here, not September: the span is read first and its words are not read again.
        Movers(question).ShouldBe(["Ada Byrne", "Ben Carr", "Cleo Dunn", "Dev Eads"], ignoreOrder: true);
    }

    [Theory]
    [InlineData("Who was the last to leave Meta?", "Who was the first to leave Meta?")]
    [InlineData("Who left Meta after months of talks?", "Who left Meta after long talks?")]
    [InlineData("Qui a quitté Meta après des mois de discussions ?", "Qui a quitté Meta après de longues discussions ?")]
    [InlineData("Chi ha lasciato Meta dopo mesi di trattative?", "Chi ha lasciato Meta dopo lunghe trattative?")]
    [InlineData("数か月の交渉の末にMetaを辞めたのは誰ですか？", "長い交渉の末にMetaを辞めたのは誰ですか？")]
    public void DateWordsThatNameNoPeriod_FilterNothing(string question, string withoutThem)
    {
        var unfiltered = Movers(withoutThem);
        unfiltered.ShouldContain("Ada Byrne");

        Movers(question).ShouldBe(unfiltered);
    }

    [Theory]
    [InlineData("When did May Habib join Today Capital?")]
    [InlineData("Where did May Habib go?")]
    public void DateWordsInAName_AreTheName(string question)
    {
        // Today Capital is not "today", and May Habib's move in June answers without being read as "in May".
        Movers(question).ShouldBe(["May Habib"]);
    }
}
