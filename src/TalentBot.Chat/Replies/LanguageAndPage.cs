using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Chat.Replies;

/// <summary>
/// A button's language and page of moves, as both platforms write them: <c>fr</c> for page 1 (as buttons were written
/// before pages), <c>fr:3</c> for any later page. Stateless.
/// </summary>
public static class LanguageAndPage
{
    private const char PageMarker = ':';

    public static string Encode(Language language, int page) =>
        language.ToCode() + (page == 1 ? "" : PageMarker + page.ToString(CultureInfo.InvariantCulture));

    /// <summary>False for an unknown language, or a page that is not a number from 2 (page 1 is never written out).</summary>
    public static bool TryDecode(string text, out Language language, out int page)
    {
        ArgumentNullException.ThrowIfNull(text);
        page = 1;
        var parts = text.Split(PageMarker, 2);
        if (!LanguageCodes.TryParse(parts[0], out language)) return false;
        return parts.Length == 1
               || int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out page) && page >= 2;
    }
}
