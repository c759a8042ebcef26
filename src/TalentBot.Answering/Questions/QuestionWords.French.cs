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

    /// <summary>"a-t-il quitté", "est-ce que …": folded, the hyphens are spaces.</summary>
    public override bool IsYesNo(string folded) =>
        folded.Contains(" t il ", StringComparison.Ordinal) || folded.Contains(" t elle ", StringComparison.Ordinal)
        || folded.StartsWith("est ce qu", StringComparison.Ordinal);
}
