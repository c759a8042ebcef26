namespace TalentBot.Answering;

/// <summary>
/// Makes user text safe to fold. Chat clients can deliver ill-formed UTF-16 (a lone surrogate from a cut emoji),
/// and <see cref="string.Normalize()"/>, which <see cref="Core.TextFolding"/> relies on, throws on it.
/// </summary>
internal static class UserText
{
    private const char Replacement = '\uFFFD';

    /// <summary><paramref name="text"/> itself when well formed, else a copy with each lone surrogate replaced.</summary>
    public static string Sanitize(string text)
    {
        if (!text.Any(char.IsSurrogate)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = Replacement;
        }
        return new string(chars);
    }
}
