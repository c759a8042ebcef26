using TalentBot.Core;

namespace TalentBot.Answering;

/// <summary>
/// One language's month names, folded: the single list that every reader of months uses — a question's date
/// (<see cref="Read"/>), the capitalised words that are dates rather than names (<see cref="All"/>), and the cue
/// that a sentence gives a date (<see cref="Full"/>). Immutable; safe to share across threads.
/// </summary>
internal sealed class MonthNames
{
    /// <param name="full">January to December.</param>
    /// <param name="shortForms">Abbreviations a question's date is read with ("Sept", "Dec").</param>
    /// <param name="unreadShortForms">Abbreviations that are dates rather than names, but that a question is not read with.</param>
    public MonthNames(string[] full, (string Name, int Month)[] shortForms, string[] unreadShortForms)
    {
        if (full.Length != 12) throw new ArgumentException("A year has twelve months.", nameof(full));
        Full = full.Select(TextFolding.Fold).ToList();
        Read = Full.Select((name, i) => (name, i + 1)).Concat(shortForms.Select(s => (TextFolding.Fold(s.Name), s.Month))).ToList();
        All = Read.Select(r => r.Name).Concat(unreadShortForms.Select(TextFolding.Fold)).ToList();
    }

    /// <summary>The full names: a sentence with one at a word start gives a date.</summary>
    public IReadOnlyList<string> Full { get; }

    /// <summary>Every name a question's date is read with, and its month (1 to 12).</summary>
    public IReadOnlyList<(string Name, int Month)> Read { get; }

    /// <summary>Every form: a capitalised one is a date, not part of a name.</summary>
    public IReadOnlyList<string> All { get; }
}
