using System.Reflection;
using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction.Tests;

/// <summary>
/// Guards on every regular expression of every lexicon. Lexicons compile their patterns, and the compiled engine of
/// .NET 10 throws IndexOutOfRangeException on some inputs for a lazy loop over a group with an upper bound,
/// <c>(?:…){m,n}?</c> (dotnet/runtime#129511), where the interpreter matches correctly.
/// </summary>
public sealed class LexiconPatternTests
{
    public static TheoryData<Language> Languages => new(Enum.GetValues<Language>());

    [Theory]
    [MemberData(nameof(Languages))]
    public void Lexicon_EveryPattern_HasNoBoundedLazyLoopOverAGroup(Language language)
    {
        var patterns = PatternsOf(Lexicon.For(language)).ToList();
        var offending = patterns
            .Where(p => Regex.IsMatch(p.Pattern.ToString(), @"\)\{\d+,\d+\}\?"))
            .Select(p => p.Name)
            .ToList();

        patterns.Count.ShouldBeGreaterThan(40, "the walk over the lexicon found too few patterns to be reading it");
        offending.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Lexicon_EveryPattern_MatchesTheSameCompiledAndInterpreted(Language language)
    {
        var texts = TestSentences().Append(string.Concat(Enumerable.Repeat("Ana Ruiz, Kai Mendes et 高橋氏 — ", 200))).ToList();
        foreach (var (name, pattern) in PatternsOf(Lexicon.For(language)))
        {
            var interpreted = new Regex(pattern.ToString(), pattern.Options & ~RegexOptions.Compiled);
            foreach (var text in texts)
                Matches(pattern, text).ShouldBe(Matches(interpreted, text), $"{language} {name} on: {text}");
        }
    }

    private static string Matches(Regex regex, string text) =>
        string.Join('|', regex.Matches(text).Select(m => $"{m.Index}:{m.Length}"));

    /// <summary>Every regex a lexicon holds, directly or in its lists of rules and forms, with where it was found.</summary>
    private static IEnumerable<(string Name, Regex Pattern)> PatternsOf(Lexicon lexicon)
    {
        foreach (var property in typeof(Lexicon).GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            switch (property.GetValue(lexicon))
            {
                case Regex regex:
                    yield return (property.Name, regex);
                    break;
                case System.Collections.IEnumerable items and not string:
                    var i = 0;
                    foreach (var item in items)
                    {
                        if (item?.GetType().GetProperty("Pattern")?.GetValue(item) is Regex inner) yield return ($"{property.Name}[{i}]", inner);
                        i++;
                    }
                    break;
            }
        }
    }

    /// <summary>The sentences the extraction tests are written in: every string argument of their theories, in four languages.</summary>
    private static IEnumerable<string> TestSentences() =>
        typeof(LexiconPatternTests).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods())
            .SelectMany(m => m.GetCustomAttributes<InlineDataAttribute>())
            .SelectMany(a => a.GetData(null!).SelectMany(row => row))
            .OfType<string>()
            .Distinct();
}
