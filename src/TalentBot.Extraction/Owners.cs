using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>
/// A person named as an organisation's owner or founder ("Elon Musk's xAI", "xAI d'Elon Musk", "xAI di Elon Musk",
/// "イーロン・マスクのxAI") only says whose the organisation is: that person is neither an organisation nor a mover.
/// </summary>
internal static partial class Owners
{
    [GeneratedRegex(@"^(?:'s|’s)\s*")]
    private static partial Regex PossessiveAfter();

    [GeneratedRegex(@"^(?:氏|さん)?の")]
    private static partial Regex JapanesePossessiveAfter();

    /// <summary>"田中氏のOpenAIへの移籍", "田中氏のOpenAI退社": an organisation followed by its own move belongs to that move, not to an owner.</summary>
    [GeneratedRegex(@"^(?:社)?(?:(?:へ|から|に)の|への|入社|退社|退職|移籍|復帰|離脱|加入|参加)")]
    private static partial Regex OwnMoveAfter();

    [GeneratedRegex(@"\s+(?:de|d['’]|di)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex GenitiveBefore();

    /// <summary>Whether the name at [start, end) of a sentence owns an organisation named right next to it.</summary>
    public static bool IsOwner(string sentence, int start, int end, IEnumerable<FoundEntity> entities)
    {
        var organisations = entities.Where(e => e.Kind == EntityKind.Organisation).ToList();
        var after = sentence[end..];
        var possessive = PossessiveAfter().Match(after);
        if (!possessive.Success) possessive = JapanesePossessiveAfter().Match(after);
        if (possessive.Success
            && organisations.FirstOrDefault(o => o.Start == end + possessive.Length) is { } owned
            && !OwnMoveAfter().IsMatch(sentence[owned.End..]))
            return true;
        return GenitiveBefore().Match(sentence[..start]) is { Success: true } genitive
               && organisations.Any(o => o.End == genitive.Index);
    }
}
