using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Answering;

/// <summary>
/// Recognises natural questions that are really /who-left or /who-joined ("qui a quitté Meta ?", "Metaを辞めたのは誰？"),
/// and only when the organisation resolves: "who left the board?" stays a free question. Patterns run on folded
/// text (lower case, no accents, full-width forms narrowed), so "quitté" and "quitte" are one pattern.
/// Thread-safe: the patterns are immutable.
/// </summary>
internal sealed class IntentRecogniser
{
    private enum Direction
    {
        Left,
        Joined,
    }

    private sealed record Pattern(Regex Regex, Direction Direction, Language Language);

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>Patterns are short and anchored; the timeout only guards against a pathological input.</summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private const string Org = "(?<org>.+?)";
    private const string JaLeave = "(?:辞め|やめ|退社|退職|去っ|離れ|離脱)";
    private const string JaJoin = "(?:入社|移籍|加わっ|加入|参加|合流|転職)";
    private const string JaWho = "(?:誰|だれ)";

    private static readonly Pattern[] Patterns =
    [
        new(Build($"^who(?: has| have| s)? (?:left|quit|quits|leaves|is leaving|departed|departed from|exited|resigned from) {Org}$"), Direction.Left, Language.English),
        new(Build($"^who(?: has| have| s)? (?:joined|joins|is joining|went to|moved to|was hired by|got hired by) {Org}$"), Direction.Joined, Language.English),
        new(Build($"^qui (?:a|ont) quitte {Org}$"), Direction.Left, Language.French),
        new(Build($"^qui (?:quitte|quittent) {Org}$"), Direction.Left, Language.French),
        new(Build($"^qui (?:est|sont) (?:parti|partie|partis|parties) (?:de|d|du|des) {Org}$"), Direction.Left, Language.French),
        new(Build($"^qui (?:a|ont) rejoint {Org}$"), Direction.Joined, Language.French),
        new(Build($"^qui (?:rejoint|rejoignent) {Org}$"), Direction.Joined, Language.French),
        new(Build($"^qui (?:est|sont) (?:arrive|arrivee|arrives|arrivees|entre|entree|entres|entrees) (?:chez|a|dans) {Org}$"), Direction.Joined, Language.French),
        new(Build($"^chi (?:ha|hanno) (?:lasciato|abbandonato) {Org}$"), Direction.Left, Language.Italian),
        new(Build($"^chi (?:lascia|lasciano) {Org}$"), Direction.Left, Language.Italian),
        new(Build($"^chi (?:e|sono) (?:uscit[oaie]|andat[oaie] via|partit[oaie]) da {Org}$"), Direction.Left, Language.Italian),
        new(Build($"^chi se n e andat[oaie] da {Org}$"), Direction.Left, Language.Italian),
        new(Build($"^chi (?:e|sono) (?:entrat[oaie]|arrivat[oaie]|approdat[oaie]|passat[oaie]) (?:in|a|da|nel|nella|alla|al) {Org}$"), Direction.Joined, Language.Italian),
        new(Build($"^chi (?:ha|hanno) raggiunto {Org}$"), Direction.Joined, Language.Italian),
        new(Build($"^chi si (?:e|sono) unit[oaie] a {Org}$"), Direction.Joined, Language.Italian),
        new(Build($"^{Org} ?(?:を|から) ?{JaLeave}.*?{JaWho}"), Direction.Left, Language.Japanese),
        new(Build($"^{JaWho}が ?{Org} ?(?:を|から) ?{JaLeave}"), Direction.Left, Language.Japanese),
        new(Build($"^{Org} ?に ?{JaJoin}.*?{JaWho}"), Direction.Joined, Language.Japanese),
        new(Build($"^{JaWho}が ?{Org} ?に ?{JaJoin}"), Direction.Joined, Language.Japanese),
    ];

    private static readonly char[] TrailingPunctuation = ['?', '!', '.', '。', '？', '！', ' '];

    private readonly EntityResolver _resolver;

    public IntentRecogniser(EntityResolver resolver) => _resolver = resolver;

    /// <summary>The structured request <paramref name="question"/> amounts to, or null when it is a free question.</summary>
    public BotRequest? Recognise(string question)
    {
        var folded = TextFolding.Fold(question).TrimEnd(TrailingPunctuation);
        foreach (var pattern in Patterns)
        {
            Match match;
            try
            {
                match = pattern.Regex.Match(folded);
            }
            catch (RegexMatchTimeoutException)
            {
                return null;
            }
            if (!match.Success) continue;
            var organisation = match.Groups["org"].Value.Trim();
            if (!_resolver.Resolves(organisation, EntityKind.Organisation)) continue;
            return pattern.Direction == Direction.Left
                ? new WhoLeftRequest(organisation) { Language = pattern.Language }
                : new WhoJoinedRequest(organisation) { Language = pattern.Language };
        }
        return null;
    }

    private static Regex Build(string pattern) => new(pattern, Options, MatchTimeout);
}
