using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Answering.Tests;

public sealed partial class PhrasesTests
{
    public static TheoryData<Language> Languages => new(Enum.GetValues<Language>());

    [Theory]
    [MemberData(nameof(Languages))]
    public void Template_EveryPhrase_ExistsInEveryLanguage(Language language)
    {
        var missing = Enum.GetValues<Phrase>().Where(p => string.IsNullOrWhiteSpace(Phrases.Template(language, p))).ToList();

        missing.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Template_EveryPhrase_UsesTheSamePlaceholdersAsEnglish(Language language)
    {
        var mismatched = Enum.GetValues<Phrase>()
            .Where(p => !Placeholders(Phrases.Template(language, p)!).SetEquals(Placeholders(Phrases.Template(Language.English, p)!)))
            .ToList();

        mismatched.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void KindLabel_EveryMoveKind_HasALabel(Language language)
    {
        foreach (var kind in Enum.GetValues<MoveKind>()) Phrases.KindLabel(language, kind).ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Bound_EveryCountBound_IncludesTheCount(Language language)
    {
        foreach (var bound in Enum.GetValues<CountBound>()) Phrases.Bound(language, bound, 20).ShouldContain("20");
    }

    private static HashSet<string> Placeholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => m.Value).ToHashSet();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
