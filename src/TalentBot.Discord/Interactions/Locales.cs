using TalentBot.Core;

namespace TalentBot.Discord.Interactions;

/// <summary>Maps Discord locales ("ja", "fr", "it", "en-US", "en-GB" …) to the languages TalentBot answers in.</summary>
public static class Locales
{
    /// <summary>The user's locale, else the server's, else English; a language TalentBot lacks falls back to English.</summary>
    public static Language LanguageOf(Interaction interaction) =>
        ToLanguage(interaction.Locale) ?? ToLanguage(interaction.GuildLocale) ?? Language.English;

    /// <summary>
    /// The key of <paramref name="language"/> in a command's localisation dictionaries: Discord's locale code, or null
    /// for English, which is the commands' default.
    /// </summary>
    public static string? KeyOf(Language language) => language switch
    {
        Language.English => null,
        _ => language.ToCode(),
    };

    public static Language? ToLanguage(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale)) return null;
        var primary = locale.Split('-', 2)[0];
        return LanguageCodes.TryParse(primary, out var language) ? language : null;
    }
}
