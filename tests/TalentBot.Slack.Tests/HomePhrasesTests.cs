using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Slack.Home;

namespace TalentBot.Slack.Tests;

/// <summary>Every Home tab phrase exists in every reply language, with the same placeholders as English.</summary>
public sealed class HomePhrasesTests
{
    public static TheoryData<Language, HomePhrase> All()
    {
        var data = new TheoryData<Language, HomePhrase>();
        foreach (var language in Enum.GetValues<Language>())
            foreach (var phrase in Enum.GetValues<HomePhrase>())
                data.Add(language, phrase);
        return data;
    }

    [Theory]
    [MemberData(nameof(All))]
    public void PhraseExists_WithEnglishsPlaceholders(Language language, HomePhrase phrase)
    {
        var template = HomePhrases.Template(language, phrase);

        template.ShouldNotBeNullOrWhiteSpace();
        Placeholders(template).ShouldBe(Placeholders(HomePhrases.Template(Language.English, phrase)!));
    }

    private static List<string> Placeholders(string template) =>
        Regex.Matches(template, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal).ToList();
}
