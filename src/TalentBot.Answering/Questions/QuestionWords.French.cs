using TalentBot.Core;

namespace TalentBot.Answering.Questions;

internal sealed class FrenchQuestionWords : QuestionWords
{
    public override Language Language => Language.French;

    public override IReadOnlyList<(string Phrase, Asked Asked)> Cues { get; } =
    [
        ("combien de", Asked.Count),
        ("combien d", Asked.Count),
        ("combien", Asked.Amount),
        ("quel salaire", Asked.Amount),
        ("quelle remuneration", Asked.Amount),
        ("quel montant", Asked.Amount),
        ("quelle somme", Asked.Amount),
        ("quel contrat", Asked.Amount),
        ("quelle valeur", Asked.Amount),
        ("quelle est la valeur", Asked.Amount),
        ("quand", Asked.Date),
        ("quelle date", Asked.Date),
        ("quel jour", Asked.Date),
        ("quel mois", Asked.Date),
        ("d ou", Asked.Origin),
        ("pourquoi", Asked.Evidence),
        ("quelle entreprise", Asked.Organisation),
        ("quelle societe", Asked.Organisation),
        ("quel laboratoire", Asked.Organisation),
        ("quel labo", Asked.Organisation),
        ("quelle start up", Asked.Organisation),
        ("quelle startup", Asked.Organisation),
        ("quel groupe", Asked.Organisation),
        ("^ou", Asked.Organisation),
        ("qui", Asked.Person),
        ("quels", Asked.Person),
        ("quelles", Asked.Person),
        ("quel", Asked.Person),
        ("quelle", Asked.Person),
        ("qu est ce", Asked.Evidence),
        ("que", Asked.Evidence),
        ("qu", Asked.Evidence),
        ("quoi", Asked.Evidence),
    ];

    public override IReadOnlyList<(string Phrase, MoveKind Kind)> KindPhrases { get; } =
    [
        ("jamais commence", MoveKind.NeverStarted),
        ("jamais rejoint", MoveKind.NeverStarted),
        ("jamais pris", MoveKind.NeverStarted),
        ("revenu", MoveKind.Returned),
        ("revenue", MoveKind.Returned),
        ("retourne", MoveKind.Returned),
    ];

    public override IReadOnlySet<string> FromWords { get; } = new HashSet<string>
    {
        "de", "d", "du", "des", "quitte", "quitter", "apres", "perdu",
    };

    public override IReadOnlySet<string> ToWords { get; } = new HashSet<string>
    {
        "pour", "chez", "a", "au", "vers", "rejoint", "rejoindre", "rejoignent", "avec", "par",
    };

    public override IReadOnlySet<string> InsteadWords { get; } = new HashSet<string> { "lieu", "plutot" };

    public override IReadOnlyList<string> SinceWords { get; } = ["depuis"];

    public override IReadOnlyList<(string Name, int Month)> Months { get; } = CalendarWords.FrenchMonths().Read;

    /// <summary>With its article, so that « depuis » stands right before it: « depuis le mois dernier ».</summary>
    public override IReadOnlyList<(string Phrase, DateUnit Unit, int Back)> CalendarPhrases { get; } =
    [
        ("aujourd hui", DateUnit.Day, 0),
        ("hier", DateUnit.Day, 1),
        ("ce mois ci", DateUnit.Month, 0),
        ("ce mois", DateUnit.Month, 0),
        ("le mois dernier", DateUnit.Month, 1),
        ("le mois passe", DateUnit.Month, 1),
        ("cette annee", DateUnit.Year, 0),
        ("l an dernier", DateUnit.Year, 1),
        ("l annee derniere", DateUnit.Year, 1),
        ("l an passe", DateUnit.Year, 1),
        ("l annee passee", DateUnit.Year, 1),
    ];

    /// <summary>« Depuis six mois » is a span to today, not a date: « depuis » before a month names one (« depuis mars »).</summary>
    public override IReadOnlyList<(string Phrase, DateUnit Unit)> SpanPhrases { get; } =
    [
        ("depuis # jours", DateUnit.Day),
        ("depuis # semaines", DateUnit.Week),
        ("depuis # mois", DateUnit.Month),
        ("depuis # ans", DateUnit.Year),
        ("depuis # an", DateUnit.Year),
        ("# derniers jours", DateUnit.Day),
        ("# dernieres semaines", DateUnit.Week),
        ("# derniers mois", DateUnit.Month),
        ("# dernieres annees", DateUnit.Year),
        ("la semaine derniere", DateUnit.Week),
        ("la semaine passee", DateUnit.Week),
    ];

    /// <summary>« Sept » is seven here: « depuis sept mois » is read as a span before "Sept" can be read as September.</summary>
    public override IReadOnlyDictionary<string, int> Numbers { get; } =
        Counted("un/une", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze");

    /// <summary>"a-t-il quitté", "est-ce que …": folded, the hyphens are spaces.</summary>
    public override bool IsYesNo(string folded) =>
        folded.Contains(" t il ", StringComparison.Ordinal) || folded.Contains(" t elle ", StringComparison.Ordinal)
        || folded.StartsWith("est ce qu", StringComparison.Ordinal);
}
