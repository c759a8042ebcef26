using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Answering;

/// <summary>
/// Recognises natural questions that are really /who-left or /who-joined ("qui a quitté Meta ?", "Metaを辞めたのは誰？"),
/// and only when the organisation resolves: "who left the board?" stays a free question. Patterns run on folded
/// text (lower case, no accents, full-width forms narrowed), so "quitté" and "quitte" are one pattern.
/// Source-generated and timeout-free, so the same question is recognised the same way however loaded the machine is.
/// Thread-safe: the patterns are immutable.
/// </summary>
internal sealed partial class IntentRecogniser
{
    private enum Direction
    {
        Left,
        Joined,
    }

    private sealed record Pattern(Regex Regex, Direction Direction, Language Language);

    private const RegexOptions Options = RegexOptions.CultureInvariant;

    /// <summary>
    /// No timeout, so an answer cannot depend on how busy the machine is: with one, a match descheduled for longer
    /// under load gave up, and "Who left Meta?" became a free question. Stated outright, because a process-wide
    /// <c>REGEX_DEFAULT_MATCH_TIMEOUT</c> would otherwise apply. Time is bounded by the input instead: at most
    /// <see cref="CommandParser.MaxInputLength"/> characters, and no pattern nests a quantifier in another, so the worst
    /// case is one lazy scan inside another (quadratic in that length: milliseconds).
    /// </summary>
    private const int NoTimeout = Timeout.Infinite;

    private const string Org = "(?<org>.+?)";
    private const string JaLeave = "(?:辞め|やめ|退社|退職|去っ|離れ|離脱)";
    private const string JaJoin = "(?:入社|移籍|加わっ|加入|参加|合流|転職)";
    private const string JaWho = "(?:誰|だれ)";

    private static readonly Pattern[] Patterns =
    [
        new(EnglishLeft(), Direction.Left, Language.English),
        new(EnglishJoined(), Direction.Joined, Language.English),
        new(FrenchHasLeft(), Direction.Left, Language.French),
        new(FrenchLeaves(), Direction.Left, Language.French),
        new(FrenchWentAway(), Direction.Left, Language.French),
        new(FrenchHasJoined(), Direction.Joined, Language.French),
        new(FrenchJoins(), Direction.Joined, Language.French),
        new(FrenchArrived(), Direction.Joined, Language.French),
        new(ItalianHasLeft(), Direction.Left, Language.Italian),
        new(ItalianLeaves(), Direction.Left, Language.Italian),
        new(ItalianWentOut(), Direction.Left, Language.Italian),
        new(ItalianWentAway(), Direction.Left, Language.Italian),
        new(ItalianArrived(), Direction.Joined, Language.Italian),
        new(ItalianReached(), Direction.Joined, Language.Italian),
        new(ItalianJoined(), Direction.Joined, Language.Italian),
        new(JapaneseLeftWho(), Direction.Left, Language.Japanese),
        new(JapaneseWhoLeft(), Direction.Left, Language.Japanese),
        new(JapaneseJoinedWho(), Direction.Joined, Language.Japanese),
        new(JapaneseWhoJoined(), Direction.Joined, Language.Japanese),
    ];

    private static readonly char[] TrailingPunctuation = ['?', '!', '.', '。', '？', '！', ' '];

    /// <summary>
    /// What makes a question more than "who left / joined X": it is then a free question, whose frame keeps it
    /// ("who left Perplexity threatening to go to OpenAI", "who left Meta in July").
    /// </summary>
    private static readonly IReadOnlySet<Concept> Qualifying = new HashSet<Concept>
    {
        Concept.Threaten, Concept.Decline, Concept.NeverStart, Concept.Return, Concept.Appoint, Concept.Replace,
        Concept.Lead, Concept.Pay, Concept.Offer, Concept.Reason, Concept.Freeze, Concept.Acquire, Concept.Compute,
    };

    private readonly EntityResolver _resolver;

    public IntentRecogniser(EntityResolver resolver) => _resolver = resolver;

    /// <summary>The structured request <paramref name="question"/> amounts to, or null when it is a free question.</summary>
    public BotRequest? Recognise(string question)
    {
        var folded = TextFolding.Fold(question).TrimEnd(TrailingPunctuation);
        foreach (var pattern in Patterns)
        {
            var match = pattern.Regex.Match(folded);
            if (!match.Success) continue;
            var group = match.Groups["org"];
            var organisation = group.Value.Trim();
            if (!_resolver.Resolves(organisation, EntityKind.Organisation)) continue;
            if (SaysMore(folded[..group.Index] + " " + folded[(group.Index + group.Length)..])) return null;
            return pattern.Direction == Direction.Left
                ? new WhoLeftRequest(organisation) { Language = pattern.Language }
                : new WhoJoinedRequest(organisation) { Language = pattern.Language };
        }
        return null;
    }

    /// <summary>Whether the words around the organisation name someone else, a date, or a kind of move of their own.</summary>
    private bool SaysMore(string rest)
    {
        if (rest.Any(char.IsAsciiDigit) || _resolver.Registry.FindAliases(rest).Count > 0) return true;
        if (Lexicon.ConceptsInJapanese(rest).Any(Qualifying.Contains)) return true;
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(word => Lexicon.ConceptsOfWord(word).Any(Qualifying.Contains));
    }

    [GeneratedRegex($"^who(?: has| have| s)? (?:left|quit|quits|leaves|is leaving|departed|departed from|exited|resigned from) {Org}$", Options, NoTimeout)]
    private static partial Regex EnglishLeft();

    [GeneratedRegex($"^who(?: has| have| s)? (?:joined|joins|is joining|went to|moved to|was hired by|got hired by) {Org}$", Options, NoTimeout)]
    private static partial Regex EnglishJoined();

    [GeneratedRegex($"^qui (?:a|ont) quitte {Org}$", Options, NoTimeout)]
    private static partial Regex FrenchHasLeft();

    [GeneratedRegex($"^qui (?:quitte|quittent) {Org}$", Options, NoTimeout)]
    private static partial Regex FrenchLeaves();

    [GeneratedRegex($"^qui (?:est|sont) (?:parti|partie|partis|parties) (?:de|d|du|des) {Org}$", Options, NoTimeout)]
    private static partial Regex FrenchWentAway();

    [GeneratedRegex($"^qui (?:a|ont) rejoint {Org}$", Options, NoTimeout)]
    private static partial Regex FrenchHasJoined();

    [GeneratedRegex($"^qui (?:rejoint|rejoignent) {Org}$", Options, NoTimeout)]
    private static partial Regex FrenchJoins();

    [GeneratedRegex($"^qui (?:est|sont) (?:arrive|arrivee|arrives|arrivees|entre|entree|entres|entrees) (?:chez|a|dans) {Org}$", Options, NoTimeout)]
    private static partial Regex FrenchArrived();

    [GeneratedRegex($"^chi (?:ha|hanno) (?:lasciato|abbandonato) {Org}$", Options, NoTimeout)]
    private static partial Regex ItalianHasLeft();

    [GeneratedRegex($"^chi (?:lascia|lasciano) {Org}$", Options, NoTimeout)]
    private static partial Regex ItalianLeaves();

    [GeneratedRegex($"^chi (?:e|sono) (?:uscit[oaie]|andat[oaie] via|partit[oaie]) da {Org}$", Options, NoTimeout)]
    private static partial Regex ItalianWentOut();

    [GeneratedRegex($"^chi se n e andat[oaie] da {Org}$", Options, NoTimeout)]
    private static partial Regex ItalianWentAway();

    [GeneratedRegex($"^chi (?:e|sono) (?:entrat[oaie]|arrivat[oaie]|approdat[oaie]|passat[oaie]) (?:in|a|da|nel|nella|alla|al) {Org}$", Options, NoTimeout)]
    private static partial Regex ItalianArrived();

    [GeneratedRegex($"^chi (?:ha|hanno) raggiunto {Org}$", Options, NoTimeout)]
    private static partial Regex ItalianReached();

    [GeneratedRegex($"^chi si (?:e|sono) unit[oaie] a {Org}$", Options, NoTimeout)]
    private static partial Regex ItalianJoined();

    [GeneratedRegex($"^{Org} ?(?:を|から) ?{JaLeave}.*?{JaWho}", Options, NoTimeout)]
    private static partial Regex JapaneseLeftWho();

    [GeneratedRegex($"^{JaWho}が ?{Org} ?(?:を|から) ?{JaLeave}", Options, NoTimeout)]
    private static partial Regex JapaneseWhoLeft();

    [GeneratedRegex($"^{Org} ?に ?{JaJoin}.*?{JaWho}", Options, NoTimeout)]
    private static partial Regex JapaneseJoinedWho();

    [GeneratedRegex($"^{JaWho}が ?{Org} ?に ?{JaJoin}", Options, NoTimeout)]
    private static partial Regex JapaneseWhoJoined();
}
