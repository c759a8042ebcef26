using TalentBot.Core;

namespace TalentBot.Answering.Questions;

internal sealed class EnglishQuestionWords : QuestionWords
{
    private static readonly string[] Auxiliaries = ["did ", "does ", "do ", "has ", "have ", "had ", "is ", "was ", "will ", "are "];

    public override Language Language => Language.English;

    public override IReadOnlyList<(string Phrase, Asked Asked)> Cues { get; } =
    [
        ("how many", Asked.Count),
        ("how much", Asked.Amount),
        ("what package", Asked.Amount),
        ("pay package", Asked.Amount),
        ("worth", Asked.Amount),
        ("when", Asked.Date),
        ("what date", Asked.Date),
        ("which date", Asked.Date),
        ("which day", Asked.Date),
        ("which month", Asked.Date),
        ("what month", Asked.Date),
        ("come from", Asked.Origin),
        ("came from", Asked.Origin),
        ("coming from", Asked.Origin),
        ("where was", Asked.Origin),
        ("why", Asked.Evidence),
        ("where", Asked.Organisation),
        ("which company", Asked.Organisation),
        ("what company", Asked.Organisation),
        ("which lab", Asked.Organisation),
        ("which firm", Asked.Organisation),
        ("which startup", Asked.Organisation),
        ("which organisation", Asked.Organisation),
        ("which organization", Asked.Organisation),
        ("which employer", Asked.Organisation),
        ("whose offer", Asked.Organisation),
        ("whose job offer", Asked.Organisation),
        ("who", Asked.Person),
        ("whom", Asked.Person),
        ("which", Asked.Person),
        ("what", Asked.Evidence),
    ];

    public override IReadOnlyList<(string Phrase, MoveKind Kind)> KindPhrases { get; } =
    [
        ("never started", MoveKind.NeverStarted),
        ("never joined", MoveKind.NeverStarted),
        ("never showed", MoveKind.NeverStarted),
        ("never actually", MoveKind.NeverStarted),
        ("turn down", MoveKind.DeclinedOffer),
        ("turned down", MoveKind.DeclinedOffer),
        ("go back", MoveKind.Returned),
        ("went back", MoveKind.Returned),
        ("come back", MoveKind.Returned),
        ("rejoin", MoveKind.Returned),
    ];

    public override IReadOnlySet<string> FromWords { get; } = new HashSet<string>
    {
        "from", "leave", "left", "leaving", "quit", "quitting", "lose", "lost", "departed", "exited", "after",
    };

    public override IReadOnlySet<string> ToWords { get; } = new HashSet<string>
    {
        "to", "for", "join", "joined", "joining", "at", "with", "into", "by",
    };

    public override IReadOnlySet<string> InsteadWords { get; } = new HashSet<string> { "instead", "rather", "than" };

    public override IReadOnlyList<string> SinceWords { get; } = ["since"];

    public override IReadOnlyList<(string Name, int Month)> Months { get; } = CalendarWords.EnglishMonths().Read;

    public override IReadOnlyList<(string Phrase, DateUnit Unit, int Back)> CalendarPhrases { get; } =
    [
        ("today", DateUnit.Day, 0),
        ("yesterday", DateUnit.Day, 1),
        ("this month", DateUnit.Month, 0),
        ("last month", DateUnit.Month, 1),
        ("this year", DateUnit.Year, 0),
        ("last year", DateUnit.Year, 1),
    ];

    /// <summary>"The last year" is the twelve months to today, where "last year" alone is the calendar year before.</summary>
    public override IReadOnlyList<(string Phrase, DateUnit Unit)> SpanPhrases { get; } =
    [
        ("past # days", DateUnit.Day),
        ("last # days", DateUnit.Day),
        ("past # weeks", DateUnit.Week),
        ("last # weeks", DateUnit.Week),
        ("past # months", DateUnit.Month),
        ("last # months", DateUnit.Month),
        ("past # years", DateUnit.Year),
        ("last # years", DateUnit.Year),
        ("past week", DateUnit.Week),
        ("last week", DateUnit.Week),
        ("past month", DateUnit.Month),
        ("the last month", DateUnit.Month),
        ("past year", DateUnit.Year),
        ("the last year", DateUnit.Year),
    ];

    public override IReadOnlyDictionary<string, int> Numbers { get; } =
        Counted("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");

    public override bool IsYesNo(string folded) => Auxiliaries.Any(a => folded.StartsWith(a, StringComparison.Ordinal));
}
