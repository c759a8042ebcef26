using System.Globalization;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering;

/// <summary>
/// The replies that go to subscribers unasked: an alert for one new move, and a digest of the moves first reported
/// in a window, grouped by organisation. Built once here, platform-neutral; each adapter renders them. Thread-safe.
/// </summary>
public sealed class NotificationReplies
{
    /// <summary>Moves a digest shows; the rest are counted in a note, so it stays one readable message.</summary>
    public const int MaxDigestMoves = 25;

    private readonly EntityRegistry _registry;
    private readonly ReplyComposer _composer;

    public NotificationReplies(EntityRegistry registry)
    {
        _registry = registry ?? throw new ArgumentNullException(nameof(registry));
        _composer = new ReplyComposer(registry);
    }

    public Reply Alert(Move move, Language language)
    {
        ArgumentNullException.ThrowIfNull(move);
        return _composer.Alert(language, move);
    }

    /// <summary>
    /// A digest of <paramref name="moves"/> first reported after <paramref name="since"/>. A move goes under the
    /// first of <paramref name="organisations"/> it is about (the subscriber's own interests), else under where it
    /// went, else where it left, else "other"; bigger groups first, newest moves first within each.
    /// </summary>
    public Reply Digest(IReadOnlyList<Move> moves, DateTimeOffset since, Language language, IReadOnlyList<EntityRef>? organisations = null)
    {
        ArgumentNullException.ThrowIfNull(moves);
        var sinceText = since.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
        if (moves.Count == 0)
            return _composer.NothingFound(ReplyIntent.Digest, language, Phrases.Format(language, Phrase.NothingDigest, sinceText));

        var interests = (organisations ?? []).Select(o => (o.Name, Ids: _registry.SelfAndParts(o.Id))).ToList();
        var other = Phrases.Get(language, Phrase.DigestOther);
        string GroupOf(Move move)
        {
            foreach (var (name, ids) in interests)
                if ((move.From is { } from && ids.Contains(from.Id)) || (move.To is { } to && ids.Contains(to.Id))) return name;
            return move.To?.Name ?? move.From?.Name ?? other;
        }
        var groups = moves.GroupBy(GroupOf, StringComparer.Ordinal)
                          .OrderByDescending(g => g.Count()).ThenBy(g => g.Key == other).ThenBy(g => g.Key, StringComparer.Ordinal)
                          .Select(g => (g.Key, (IReadOnlyList<Move>)g.OrderByDescending(m => m.FirstSeen).ThenBy(m => m.Id, StringComparer.Ordinal).ToList()))
                          .ToList();
        return _composer.Digest(language, Phrases.Format(language, Phrase.TitleDigest, sinceText), groups, MaxDigestMoves);
    }
}
