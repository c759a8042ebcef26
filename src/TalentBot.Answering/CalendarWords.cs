using System.Collections.Frozen;
using TalentBot.Core;

namespace TalentBot.Answering;

/// <summary>
/// Month and weekday names, folded: capitalised in a question ("Who left Meta in July?", "Juillet"), but a date, not
/// someone every quote must name. Each language's words are in its own file; Japanese writes dates in digits and
/// kanji (7月, 月曜日), which are never taken for names. Immutable; safe to share across threads.
/// </summary>
internal static partial class CalendarWords
{
    private static readonly FrozenSet<string> Words =
        English().Concat(French()).Concat(Italian()).Select(TextFolding.Fold).ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string foldedWord) => Words.Contains(foldedWord);
}
