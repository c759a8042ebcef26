using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Core.Replies;
using TalentBot.Extraction;

namespace TalentBot.Llm.Answering;

/// <summary>Why a sentence of the model's answer did not reach the user.</summary>
internal enum DroppedBecause
{
    NoMarker,
    UnknownMarker,
    EvidenceAboutSomethingElse,
}

/// <summary>
/// The model's answer after checking: the kept sentences with markers renumbered 1..n in order of first use,
/// exactly the citations those markers point at, and what was dropped and why.
/// </summary>
internal sealed record GroundedAnswer(
    string Text,
    IReadOnlyList<NumberedCitation> Citations,
    int KeptSentences,
    IReadOnlyList<(string Sentence, DroppedBecause Reason)> Dropped)
{
    /// <summary>
    /// Too little is left to stand as the answer: nothing at all, or fewer sentences kept than dropped (an answer
    /// that is mostly unsupported is not trusted for the part that happens to cite something).
    /// </summary>
    public bool IsTooThin => KeptSentences == 0 || KeptSentences < Dropped.Count;
}

/// <summary>
/// Checks that every sentence of a model's answer cites evidence returned in this conversation and that the cited
/// evidence is about what the sentence names. A sentence fails if it has no marker, if any of its markers points
/// at nothing the tools returned, or if it names registered people or organisations none of which its evidence
/// is about. Sentences are found per line in every script; a marker standing after the full stop belongs to the
/// sentence before it.
/// </summary>
internal static partial class GroundingCheck
{
    public static GroundedAnswer Check(string answer, EvidenceLedger ledger, EntityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var renumbered = new Dictionary<int, int>();
        var citations = new List<NumberedCitation>();
        var dropped = new List<(string, DroppedBecause)>();
        var lines = new List<string>();
        var kept = 0;

        foreach (var rawLine in answer.ReplaceLineEndings("\n").Split('\n'))
        {
            var (prefix, body) = SplitListPrefix(rawLine.Trim());
            if (body.Length == 0) continue;
            var keptInLine = new List<string>();
            foreach (var sentence in Sentences(body))
            {
                var reason = Judge(sentence, ledger, registry, out var numbers);
                if (reason is { } why)
                {
                    dropped.Add((sentence, why));
                    continue;
                }
                foreach (var number in numbers)
                {
                    if (renumbered.ContainsKey(number)) continue;
                    renumbered[number] = citations.Count + 1;
                    citations.Add(new NumberedCitation(citations.Count + 1, ledger.Find(number)!.Citation));
                }
                keptInLine.Add(Marker().Replace(sentence, m => Renumber(m, renumbered)));
                kept++;
            }
            if (keptInLine.Count > 0) lines.Add(prefix + string.Join(' ', keptInLine));
        }
        return new GroundedAnswer(string.Join('\n', lines), citations, kept, dropped);
    }

    private static DroppedBecause? Judge(string sentence, EvidenceLedger ledger, EntityRegistry registry, out IReadOnlyList<int> numbers)
    {
        numbers = Marker().Matches(sentence).SelectMany(m => Numbers(m)).Distinct().ToList();
        if (numbers.Count == 0) return DroppedBecause.NoMarker;
        var entries = numbers.Select(ledger.Find).ToList();
        if (entries.Any(e => e is null)) return DroppedBecause.UnknownMarker;

        var named = registry.FindAliases(Marker().Replace(sentence, " ")).Select(h => h.Entity.Id).ToHashSet(StringComparer.Ordinal);
        if (named.Count == 0) return null;
        var about = entries.SelectMany(e => e!.EntityIds).ToHashSet(StringComparer.Ordinal);
        var related = named.Any(n => about.Any(a => a == n || registry.AreRelated(a, n)));
        return related ? null : DroppedBecause.EvidenceAboutSomethingElse;
    }

    /// <summary>Sentences of one line, with a fragment that is only markers joined to the sentence before it.</summary>
    private static IEnumerable<string> Sentences(string line)
    {
        var result = new List<string>();
        foreach (var span in SentenceSplitter.Split(line))
        {
            var text = span.Text.Trim();
            if (text.Length == 0) continue;
            if (result.Count > 0 && IsOnlyMarkers(text)) result[^1] += " " + text;
            else result.Add(text);
        }
        return result;
    }

    private static bool IsOnlyMarkers(string text) =>
        Marker().Replace(text, "").All(c => char.IsWhiteSpace(c) || char.IsPunctuation(c));

    private static (string Prefix, string Body) SplitListPrefix(string line)
    {
        var match = ListPrefix().Match(line);
        return match.Success ? (match.Value, line[match.Length..].Trim()) : ("", line);
    }

    private static IEnumerable<int> Numbers(Match marker) =>
        marker.Groups["list"].Value.Split([',', '，', '、'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => int.Parse(n.Normalize(NormalizationForm.FormKC), NumberStyles.None, CultureInfo.InvariantCulture));

    private static string Renumber(Match marker, Dictionary<int, int> renumbered) =>
        string.Concat(Numbers(marker).Distinct().Select(n => $"[{renumbered[n]}]"));

    /// <summary>[3], [3, 5], and the full-width and lenticular brackets Japanese text uses: ［３］, 【3】.</summary>
    [GeneratedRegex(@"[\[［【]\s*(?<list>[0-9０-９]{1,3}(?:\s*[,，、]\s*[0-9０-９]{1,3})*)\s*[\]］】]")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^(?:[-*•・]\s+|\d{1,2}[.)]\s+)")]
    private static partial Regex ListPrefix();
}
