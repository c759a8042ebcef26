using System.Globalization;
using System.Text;

namespace TalentBot.Core;

/// <summary>
/// Folds text for comparison, never for display: NFKC (full-width letters, half-width katakana), lower case,
/// Latin accents removed, name separators (・, ·, hyphens, apostrophes) and runs of spaces made one space.
/// </summary>
public static class TextFolding
{
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = WellFormed(text).Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        var previousBase = '\0';
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                // Only Latin accents go: the kana voicing marks (U+3099/309A) are letters' identity, not accents.
                if (previousBase < '\u0250') continue;
                sb.Append(c);
                continue;
            }
            if (IsSeparator(c, category))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            var lower = char.ToLowerInvariant(c);
            sb.Append(lower);
            previousBase = lower;
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The folded text with every space removed, so "Zhao Shengjia" and "ZhaoShengjia" meet.</summary>
    public static string FoldCompact(string text) => Fold(text).Replace(" ", "", StringComparison.Ordinal);

    /// <summary>
    /// Replaces lone surrogates with U+FFFD: <see cref="string.Normalize()"/> throws on ill-formed UTF-16, and
    /// chat input or a damaged article may carry some.
    /// </summary>
    public static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }

    private static bool IsSeparator(char c, UnicodeCategory category) =>
        char.IsWhiteSpace(c)
        || c is '・' or '･' or '·' or '\'' or '’' or '‘' or '`' or '"' or '“' or '”' or '«' or '»' or '.' or ','
        || category is UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
            or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
            or UnicodeCategory.FinalQuotePunctuation;
}
