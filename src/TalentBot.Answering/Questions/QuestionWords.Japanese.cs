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

    /// <summary>Longer first where one holds another: 一昨年 (the year before last) holds 昨年.</summary>
    public override IReadOnlyList<(string Phrase, DateUnit Unit, int Back)> CalendarPhrases { get; } =
    [
        ("今日", DateUnit.Day, 0),
        ("一昨日", DateUnit.Day, 2),
        ("昨日", DateUnit.Day, 1),
        ("今月", DateUnit.Month, 0),
        ("先々月", DateUnit.Month, 2),
        ("先月", DateUnit.Month, 1),
        ("今年", DateUnit.Year, 0),
        ("一昨年", DateUnit.Year, 2),
        ("昨年", DateUnit.Year, 1),
        ("去年", DateUnit.Year, 1),
    ];

    /// <summary>What a span's number is counted in: a month in か月 or any of its spellings.</summary>
    private static readonly (string Counter, DateUnit Unit)[] Counters =
    [
        ("日間", DateUnit.Day), ("日", DateUnit.Day), ("週間", DateUnit.Week),
        ("か月", DateUnit.Month), ("ヶ月", DateUnit.Month), ("カ月", DateUnit.Month), ("ヵ月", DateUnit.Month), ("ケ月", DateUnit.Month),
        ("年", DateUnit.Year),
    ];

    /// <summary>過去3か月, この1年, ここ2年, 直近6ヶ月: a word for "past" before the number and its counter.</summary>
    public override IReadOnlyList<(string Phrase, DateUnit Unit)> SpanPhrases { get; } =
    [
        .. from lead in (string[])["過去", "この", "ここ", "直近"] from c in Counters select (lead + "#" + c.Counter, c.Unit),
        ("先週", DateUnit.Week),
    ];

    public override IReadOnlyDictionary<string, int> Numbers { get; } =
        Counted("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二");

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
