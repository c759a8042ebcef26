using TalentBot.Core;

namespace TalentBot.Answering.Questions;

/// <summary>
/// What a sentence that answers a kind of question tends to hold: a number for "how many", a currency for "how
/// much", a date for "when", a denial or a negation for "did X leave?". A sentence with the cue ranks above one
/// without among those that name the same subjects. Words are folded and matched at word starts, in all four
/// languages, since evidence may be in any of them.
/// </summary>
internal static class EvidenceCues
{
    private static readonly string[] Money =
        ["$", "€", "£", "¥", "円", "ドル", "ユーロ", "dollar", "euro", "million", "milion", "billion", "milliard", "miliard", "万", "億"];

    /// <summary>Every language's month names, and the units Japanese writes a date with (7月28日).</summary>
    private static readonly string[] Months = [.. CalendarWords.AllMonths().SelectMany(m => m.Full), "月", "日"];

    private static readonly string[] Denials =
    [
        "denied", "deny", "denies", "not", "never", "declined", "dementi", "pas", "jamais", "smentit", "non", "mai", "否定", "ない", "なかった",
    ];

    /// <summary>The cue a question of this kind wants, or null when none helps.</summary>
    public static Func<string, bool>? For(Asked asked) => asked switch
    {
        Asked.Count => HasNumber,
        Asked.Amount => folded => Money.Any(m => EvidenceRanker.Occurs(folded, m)),
        Asked.Date => folded => HasNumber(folded) || Months.Any(m => EvidenceRanker.Occurs(folded, m)),
        Asked.YesNo => folded => Denials.Any(d => EvidenceRanker.Occurs(folded, d)),
        _ => null,
    };

    private static bool HasNumber(string folded) => folded.Any(char.IsDigit) || folded.Contains('十', StringComparison.Ordinal);
}
