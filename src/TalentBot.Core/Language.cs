namespace TalentBot.Core;

/// <summary>The languages TalentBot reads articles in and answers in.</summary>
public enum Language
{
    English,
    Japanese,
    French,
    Italian,
}

public static class LanguageCodes
{
    /// <summary>The ISO 639-1 code, as the JSON contract and the corpus manifest spell it.</summary>
    public static string ToCode(this Language language) => language switch
    {
        Language.English => "en",
        Language.Japanese => "ja",
        Language.French => "fr",
        Language.Italian => "it",
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, null),
    };

    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "en": language = Language.English; return true;
            case "ja": language = Language.Japanese; return true;
            case "fr": language = Language.French; return true;
            case "it": language = Language.Italian; return true;
            default: language = default; return false;
        }
    }
}
