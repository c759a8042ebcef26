using TalentBot.Core;

namespace TalentBot.Answering.Questions;

internal sealed class ItalianQuestionWords : QuestionWords
{
    public override Language Language => Language.Italian;

    public override IReadOnlyList<(string Phrase, Asked Asked)> Cues { get; } =
    [
        ("quanti", Asked.Count),
        ("quante", Asked.Count),
        ("quanto", Asked.Amount),
        ("quale pacchetto", Asked.Amount),
        ("quale compenso", Asked.Amount),
        ("quale stipendio", Asked.Amount),
        ("che stipendio", Asked.Amount),
        ("quando", Asked.Date),
        ("in che mese", Asked.Date),
        ("in quale mese", Asked.Date),
        ("che giorno", Asked.Date),
        ("quale data", Asked.Date),
        ("da dove", Asked.Origin),
        ("proviene", Asked.Origin),
        ("perche", Asked.Evidence),
        ("quale azienda", Asked.Organisation),
        ("quale societa", Asked.Organisation),
        ("quale laboratorio", Asked.Organisation),
        ("quale startup", Asked.Organisation),
        ("dove", Asked.Organisation),
        ("chi", Asked.Person),
        ("quali", Asked.Person),
        ("quale", Asked.Person),
        ("cosa", Asked.Evidence),
    ];

    public override IReadOnlyList<(string Phrase, MoveKind Kind)> KindPhrases { get; } =
    [
        ("non ha mai", MoveKind.NeverStarted),
        ("mai iniziato", MoveKind.NeverStarted),
        ("detto di no", MoveKind.DeclinedOffer),
        ("tornato", MoveKind.Returned),
        ("tornata", MoveKind.Returned),
        ("rientrato", MoveKind.Returned),
        ("rientrata", MoveKind.Returned),
    ];

    public override IReadOnlySet<string> FromWords { get; } = new HashSet<string>
    {
        "da", "dal", "dalla", "dai", "dagli", "dall", "lasciato", "lascia", "lasciare", "dopo",
    };

    public override IReadOnlySet<string> ToWords { get; } = new HashSet<string>
    {
        "a", "ad", "in", "per", "verso", "al", "alla", "presso", "con", "raggiunto", "nel", "nella",
    };

    public override IReadOnlySet<string> InsteadWords { get; } = new HashSet<string> { "invece", "anziche", "piuttosto" };

    public override IReadOnlyList<string> SinceWords { get; } = ["dal", "dalla", "da"];

    public override IReadOnlyList<(string Name, int Month)> Months { get; } = CalendarWords.ItalianMonths().Read;

    public override IReadOnlyList<(string Phrase, DateUnit Unit, int Back)> CalendarPhrases { get; } =
    [
        ("oggi", DateUnit.Day, 0),
        ("ieri", DateUnit.Day, 1),
        ("questo mese", DateUnit.Month, 0),
        ("mese scorso", DateUnit.Month, 1),
        ("mese passato", DateUnit.Month, 1),
        ("quest anno", DateUnit.Year, 0),
        ("anno scorso", DateUnit.Year, 1),
        ("anno passato", DateUnit.Year, 1),
    ];

    public override IReadOnlyList<(string Phrase, DateUnit Unit)> SpanPhrases { get; } =
    [
        ("ultimi # giorni", DateUnit.Day),
        ("ultime # settimane", DateUnit.Week),
        ("ultimi # mesi", DateUnit.Month),
        ("ultimi # anni", DateUnit.Year),
        ("da # mesi", DateUnit.Month),
        ("da # anni", DateUnit.Year),
        ("settimana scorsa", DateUnit.Week),
        ("ultima settimana", DateUnit.Week),
        ("ultimo mese", DateUnit.Month),
        ("ultimo anno", DateUnit.Year),
    ];

    public override IReadOnlyDictionary<string, int> Numbers { get; } =
        Counted("uno/un/una", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici", "dodici");
}
