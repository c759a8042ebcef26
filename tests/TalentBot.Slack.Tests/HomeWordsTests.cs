using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Slack.Home;

namespace TalentBot.Slack.Tests;

/// <summary>The Home tab's words: every language has each (the compiler holds that), with the same placeholders as English.</summary>
public sealed class HomeWordsTests
{
    public static TheoryData<Language, string> All()
    {
        var data = new TheoryData<Language, string>();
        foreach (var language in Enum.GetValues<Language>())
            foreach (var phrase in typeof(HomeWords).GetProperties().Where(p => p.PropertyType == typeof(string)))
                data.Add(language, phrase.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(All))]
    public void Phrase_HasEnglishsPlaceholders(Language language, string phrase)
    {
        var template = Template(language, phrase);

        template.ShouldNotBeNullOrWhiteSpace();
        Placeholders(template).ShouldBe(Placeholders(Template(Language.English, phrase)));
    }

    [Theory]
    [InlineData(Language.French)]
    [InlineData(Language.Italian)]
    [InlineData(Language.Japanese)]
    public void EachLanguage_HasItsOwnWords(Language language) => HomeWords.In(language).Title.ShouldNotBe(HomeWords.In(Language.English).Title);

    private static string Template(Language language, string phrase) => (string)typeof(HomeWords).GetProperty(phrase)!.GetValue(HomeWords.In(language))!;

    private static List<string> Placeholders(string template) =>
        Regex.Matches(template, @"\{\d+\}").Select(m => m.Value).Order(StringComparer.Ordinal).ToList();
}
