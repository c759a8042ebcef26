using TalentBot.Core;

namespace TalentBot.Answering.Questions;

/// <summary>Japanese has no spaces, so its phrases are found anywhere; months are numbers (3月) read by the frame.</summary>
internal sealed class JapaneseQuestionWords : QuestionWords
{
    public override Language Language => Language.Japanese;

    public override IReadOnlyList<(string Phrase, Asked Asked)> Cues { get; } =
    [
        ("何人", Asked.Count),
        ("人数", Asked.Count),
        ("いくら", Asked.Amount),
        ("報酬", Asked.Amount),
        ("金額", Asked.Amount),
        ("年俸", Asked.Amount),
        ("いつ", Asked.Date),
        ("何月", Asked.Date),
        ("日付", Asked.Date),
        ("何日", Asked.Date),
        ("どこから", Asked.Origin),
        ("なぜ", Asked.Evidence),
        ("どうして", Asked.Evidence),
        ("理由", Asked.Evidence),
        ("どこ", Asked.Organisation),
        ("どの会社", Asked.Organisation),
        ("どの企業", Asked.Organisation),
        ("どの組織", Asked.Organisation),
        ("どの研究所", Asked.Organisation),
        ("誰", Asked.Person),
        ("だれ", Asked.Person),
        ("どなた", Asked.Person),
        ("何を", Asked.Evidence),
        ("何が", Asked.Evidence),
    ];

    public override IReadOnlyList<(string Phrase, MoveKind Kind)> KindPhrases { get; } =
    [
        ("一度も出社", MoveKind.NeverStarted),
        ("出社しなかった", MoveKind.NeverStarted),
        ("入社しなかった", MoveKind.NeverStarted),
        ("断っ", MoveKind.DeclinedOffer),
        ("辞退", MoveKind.DeclinedOffer),
        ("戻", MoveKind.Returned),
        ("復帰", MoveKind.Returned),
        ("脅", MoveKind.ThreatenedToLeave),
    ];

    public override IReadOnlyList<string> SinceWords { get; } = ["以降", "以来", "から"];

    public override IReadOnlyList<(string Particle, EndRole Role)> Particles { get; } =
    [
        ("ではなく", EndRole.NotTo),
        ("じゃなく", EndRole.NotTo),
        ("から", EndRole.From),
        ("を", EndRole.From),
        ("に", EndRole.To),
        ("へ", EndRole.To),
    ];

    /// <summary>A question ending in か that asks for nothing in particular asks whether.</summary>
    public override bool IsYesNo(string folded) => folded.TrimEnd(' ', '?').EndsWith('か');
}
