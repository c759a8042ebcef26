using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>Whether a sentence asserts the move a trigger names, or only negates, doubts, attempts or offers it.</summary>
internal enum Modality
{
    Asserted,
    Negated,
    Speculative,
    Hypothetical,
    Attempted,
    Offered,
    Questioned,
    /// <summary>"threatened to quit and return to OpenAI": a move the threat holds out, not one made.</summary>
    PartOfThreat,
}

/// <summary>A trigger phrase found in a sentence (offsets within the sentence).</summary>
internal sealed record TriggerHit(TriggerRule Rule, int Start, int Length)
{
    public int End => Start + Length;

    public MoveKind Kind => Rule.Kind;

    public Modality Modality { get; init; } = Modality.Asserted;

    public bool IsAsserted => Modality == Modality.Asserted;
}

/// <summary>Finds the trigger phrases of a sentence, leftmost-longest and non-overlapping, in one pass per rule.</summary>
internal static class TriggerFinder
{
    public static List<TriggerHit> Find(string sentence, Lexicon lexicon)
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
            hits.Add(new TriggerHit(rule, start, length));
            taken = start + length;
        }
        return hits;
    }
}
