using System.Collections.Frozen;
using TalentBot.Core;

namespace TalentBot.Answering;

/// <summary>
/// Month and weekday names, folded: capitalised in a question ("Who left Meta in July?", "Juillet"), but a date, not
/// someone every quote must name. Each language's words are in its own file, and its months there are the one list
/// the question reader and the evidence cues use too; Japanese writes dates in digits and kanji (7月, 月曜日), which
/// are never taken for names. Immutable; safe to share across threads.
/// </summary>
internal static partial class CalendarWords
{
    private static readonly FrozenSet<string> Words =
        AllMonths().SelectMany(m => m.All)
                   .Concat(EnglishWeekdays().Concat(FrenchWeekdays()).Concat(ItalianWeekdays()).Select(TextFolding.Fold))
                   .ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string foldedWord) => Words.Contains(foldedWord);

    /// <summary>
    /// The month names of every language that has them. Each language's are built by a method, not held in a field:
    /// static fields of a partial class initialise in no set order across its files.
    /// </summary>
    public static IReadOnlyList<MonthNames> AllMonths() => [EnglishMonths(), FrenchMonths(), ItalianMonths()];
}
