using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Slack.Messages;

namespace TalentBot.Slack.Tests;

/// <summary>Every adapter phrase exists in every reply language, with the same placeholders as English.</summary>
public sealed class SlackPhrasesTests
{
    public static TheoryData<Language, SlackPhrase> All()
    {
        var data = new TheoryData<Language, SlackPhrase>();
        foreach (var language in Enum.GetValues<Language>())
            foreach (var phrase in Enum.GetValues<SlackPhrase>())
                data.Add(language, phrase);
        return data;
    }

    [Theory]
    [MemberData(nameof(All))]
    public void PhraseExists_WithEnglishsPlaceholders(Language language, SlackPhrase phrase)
    {
        var template = SlackPhrases.Table.Template(language, phrase);

        template.ShouldNotBeNullOrWhiteSpace();
        Placeholders(template).ShouldBe(Placeholders(SlackPhrases.Table.Template(Language.English, phrase)!));
    }

    private static List<string> Placeholders(string template) =>
        Regex.Matches(template, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal).ToList();
}
