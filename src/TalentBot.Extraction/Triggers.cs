using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>Whether a sentence asserts the move a trigger names, or only negates, rumours, attempts or offers it.</summary>
internal enum Modality
{
    Asserted,
    Negated,
    Speculative,
    Attempted,
    Offered,
    Questioned,
}

/// <summary>A trigger phrase found in a sentence (offsets within the sentence).</summary>
internal sealed record TriggerHit(TriggerRule Rule, int Start, int Length, Modality Modality)
{
    public int End => Start + Length;
    public MoveKind Kind => Rule.Kind;
    public bool IsAsserted => Modality == Modality.Asserted;
}

/// <summary>Finds the trigger phrases of a sentence, leftmost-longest and non-overlapping, each with its modality.</summary>
internal static class TriggerFinder
{
    public static IReadOnlyList<TriggerHit> Find(string sentence, Lexicon lexicon, ClauseAnalyser clauses)
    {
        var candidates = new List<(TriggerRule Rule, int Order, int Start, int Length)>();
        for (var r = 0; r < lexicon.Triggers.Count; r++)
        {
            var rule = lexicon.Triggers[r];
            for (var m = rule.Pattern.Match(sentence); m.Success; m = m.NextMatch())
            {
                if (m.Length > 0) candidates.Add((rule, r, m.Index, m.Length));
            }
        }
        candidates.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start)
            : a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Order.CompareTo(b.Order));

        var hits = new List<TriggerHit>();
        var taken = 0;
        foreach (var (rule, _, start, length) in candidates)
        {
            if (start < taken) continue;
            hits.Add(new TriggerHit(rule, start, length, clauses.ModalityOf(start, start + length, rule.Kind == MoveKind.ThreatenedToLeave)));
            taken = start + length;
        }
        return hits;
    }
}
