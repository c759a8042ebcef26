using System.Collections.Frozen;
using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Chat.Replies;

/// <summary>
/// An adapter's own strings in the four reply languages, English standing in for any missing one (a test holds that
/// none is missing). Templates use composite-format placeholders. Immutable; safe to share across threads.
/// </summary>
/// <param name="tables">Each language's templates; copied and frozen here, so callers write plain dictionaries.</param>
public sealed class PhraseTable<TPhrase>(IReadOnlyDictionary<Language, IReadOnlyDictionary<TPhrase, string>> tables)
    where TPhrase : struct, Enum
{
    private readonly FrozenDictionary<Language, FrozenDictionary<TPhrase, string>> _tables =
        (tables ?? throw new ArgumentNullException(nameof(tables))).ToFrozenDictionary(t => t.Key, t => t.Value.ToFrozenDictionary());

    /// <summary>The raw template, or null when <paramref name="language"/> lacks it (only a test should see null).</summary>
    public string? Template(Language language, TPhrase phrase) =>
        _tables.TryGetValue(language, out var table) && table.TryGetValue(phrase, out var text) ? text : null;

    public string Get(Language language, TPhrase phrase) =>
        Template(language, phrase) ?? Template(Language.English, phrase)
        ?? throw new InvalidOperationException($"The phrase {phrase} has no English text.");

    public string Format(Language language, TPhrase phrase, params object?[] args) =>
        string.Format(CultureInfo.InvariantCulture, Get(language, phrase), args);
}
