using System.Text.Json;
using TalentBot.Core;

namespace TalentBot.Core.Tests;

/// <summary>
/// One text of the language corpus in TestData: written for these tests, weighted to what users type (short chat
/// questions, names, mixed languages, typos) with some news paragraphs. <see cref="Lang"/> is null for a text with
/// no language in it (names only), where the right answer is the caller's fallback.
/// </summary>
public sealed record LanguageSample(string? Lang, string Kind, string Text)
{
    public static readonly string[] Kinds = ["short", "names", "mixed", "typo", "news"];

    public Language? Language => LanguageCodes.TryParse(Lang, out var language) ? language : null;

    /// <summary>A chat question of at most eight words (Japanese has no spaces: at most 30 characters), names and typos included.</summary>
    public bool IsShortQuestion => Kind is "short" or "names" or "typo"
        && (Lang == "ja" ? Text.Length <= 30 : Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8);

    public override string ToString() => $"[{Lang ?? "none"}/{Kind}] {Text}";
}

public static class LanguageCorpus
{
    /// <summary>The corpus the detector was tuned on.</summary>
    public const string Tuning = "language-corpus.jsonl";

    /// <summary>Written before any tuning, to check the tuning did not just learn the tuning corpus.</summary>
    public const string HeldOut = "language-heldout.jsonl";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<LanguageSample> Load(string file) =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "TestData", file))
            .Where(line => line.Length > 0)
            .Select(line => JsonSerializer.Deserialize<LanguageSample>(line, Json)
                            ?? throw new InvalidDataException($"{file}: empty line {line}"))
            .ToList();
}
