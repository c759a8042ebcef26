namespace TalentBot.Core;

/// <summary>A registry alias found in a text: the entity, and where its name stands in the original text.</summary>
public sealed record AliasHit(RegisteredEntity Entity, int Start, int Length);

/// <summary>
/// Finds registry aliases in running text in one pass over a trie of folded names. Offsets stay those of the
/// original text because folding is done a character at a time (case, Latin accents, full-width forms), and any
/// run of name separators (spaces, ・, hyphens) matches one separator in a name. A Latin name must stand as whole
/// words, and a katakana name must not be glued to more katakana: メタ is Meta, but not inside メタバース.
/// Immutable once built; safe to share across threads.
/// </summary>
internal sealed class AliasScanner
{
    private const char NameSeparator = ' ';
    private readonly Node _root = new();

    public AliasScanner(IEnumerable<RegisteredEntity> entities)
    {
        foreach (var entity in entities)
        {
            foreach (var name in entity.AllNames)
            {
                var key = Key(name, keepSeparators: true);
                Add(key, entity);
                // Katakana names are written with or without the middle dot: ジェイソン・ウェイ, ジェイソンウェイ.
                if (name.Any(Scripts.IsKatakanaLetter)) Add(Key(name, keepSeparators: false), entity);
            }
        }
    }

    public IReadOnlyList<AliasHit> Scan(string text)
    {
        var hits = new List<AliasHit>();
        var i = 0;
        while (i < text.Length)
        {
            if (IsSeparator(text[i]) || !CanStartAt(text, i))
            {
                i++;
                continue;
            }
            var (entity, end) = LongestMatch(text, i);
            if (entity is null)
            {
                i++;
                continue;
            }
            hits.Add(new AliasHit(entity, i, end - i));
            i = end;
        }
        return hits;
    }

    private (RegisteredEntity? Entity, int End) LongestMatch(string text, int start)
    {
        RegisteredEntity? best = null;
        var bestEnd = start;
        var node = _root;
        var j = start;
        while (j < text.Length)
        {
            if (IsSeparator(text[j]))
            {
                if (!node.Children.TryGetValue(NameSeparator, out var next)) break;
                node = next;
                while (j < text.Length && IsSeparator(text[j])) j++;
                continue;
            }
            if (!node.Children.TryGetValue(Fold(text[j]), out var child)) break;
            node = child;
            j++;
            if (node.Entity is not null && CanEndAt(text, j))
            {
                best = node.Entity;
                bestEnd = j;
            }
        }
        return (best, bestEnd);
    }

    private void Add(string key, RegisteredEntity entity)
    {
        if (key.Length == 0) return;
        var node = _root;
        foreach (var c in key)
        {
            if (!node.Children.TryGetValue(c, out var next)) node.Children[c] = next = new Node();
            node = next;
        }
        // The first entity registered under a name keeps it; the registry should not name two entities alike.
        node.Entity ??= entity;
    }

    private static string Key(string name, bool keepSeparators)
    {
        var chars = new List<char>(name.Length);
        foreach (var c in name.Trim())
        {
            if (IsSeparator(c))
            {
                if (keepSeparators && chars.Count > 0 && chars[^1] != NameSeparator) chars.Add(NameSeparator);
                continue;
            }
            chars.Add(Fold(c));
        }
        if (chars.Count > 0 && chars[^1] == NameSeparator) chars.RemoveAt(chars.Count - 1);
        return new string(chars.ToArray());
    }

    private static bool CanStartAt(string text, int i) =>
        i == 0 || !GluedTogether(text[i - 1], text[i]);

    /// <summary>
    /// A name ends where the next letter is not glued to it; a katakana name may also run straight into ジャパン, its
    /// Japanese arm (アマゾンジャパン is Amazon's).
    /// </summary>
    private static bool CanEndAt(string text, int end) =>
        end == text.Length || !GluedTogether(text[end - 1], text[end]) || text.AsSpan(end).StartsWith(JapanArm, StringComparison.Ordinal);

    private const string JapanArm = "ジャパン";

    private static bool GluedTogether(char before, char after) =>
        (Scripts.IsLatinLetterOrDigit(Fold(before)) && Scripts.IsLatinLetterOrDigit(Fold(after)))
        || (Scripts.IsKatakanaLetter(before) && Scripts.IsKatakanaLetter(after));

    private static bool IsSeparator(char c) =>
        char.IsWhiteSpace(c) || c is '・' or '･' or '·' or '-' or '‐' or '‑' or '–' or '.' or '\'' or '’';

    private static char Fold(char c)
    {
        // Full-width ASCII (Ｍｅｔａ) is common in Japanese text.
        if (c is >= '\uFF01' and <= '\uFF5E') c = (char)(c - 0xFEE0);
        if (c is >= '\u00C0' and <= '\u024F') c = LatinBase[c - '\u00C0'];
        return char.ToLowerInvariant(c);
    }

    private static readonly char[] LatinBase = Enumerable.Range(0xC0, 0x250 - 0xC0)
        .Select(code =>
        {
            var decomposed = ((char)code).ToString().Normalize(System.Text.NormalizationForm.FormD);
            return decomposed.Length > 0 && decomposed[0] < '\u0250' ? decomposed[0] : (char)code;
        })
        .ToArray();

    private sealed class Node
    {
        public Dictionary<char, Node> Children { get; } = [];
        public RegisteredEntity? Entity { get; set; }
    }
}
