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
    /// <summary>"After joining Meta, …", "X, who joined Meta in May, …": where the person already is, not a move of its own.</summary>
    Scene,
    /// <summary>"threatened to quit and return to OpenAI": a move the threat holds out, not one made.</summary>
    PartOfThreat,
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
            var modality = clauses.ModalityOf(start, start + length, rule.Kind == MoveKind.ThreatenedToLeave);
            hits.Add(new TriggerHit(rule, start, length, rule.SetsScene && modality == Modality.Asserted ? Modality.Scene : modality));
            taken = start + length;
        }
        return FoldIntoThreats(hits, sentence, lexicon, clauses);
    }

    /// <summary>
    /// What a threat threatens is part of it: "threatened to resign and return to OpenAI" (after the threat in Latin
    /// script, up to a comma), "退職してOpenAIに戻ると脅した" (before it in Japanese, in its clause).
    /// </summary>
    private static List<TriggerHit> FoldIntoThreats(List<TriggerHit> hits, string sentence, Lexicon lexicon, ClauseAnalyser clauses)
    {
        foreach (var threat in hits.Where(h => h.Kind == MoveKind.ThreatenedToLeave).ToList())
        {
            var clause = clauses.ClauseAt(threat.Start);
            for (var i = 0; i < hits.Count; i++)
            {
                var hit = hits[i];
                if (hit.Kind == MoveKind.ThreatenedToLeave || hit.Modality == Modality.Scene || clauses.ClauseAt(hit.Start) != clause) continue;
                var held = lexicon.VerbFinal
                    ? hit.End <= threat.Start
                    : hit.Start >= threat.End && sentence.AsSpan(threat.End, hit.Start - threat.End).IndexOfAny(',', ';') < 0;
                if (held) hits[i] = hit with { Modality = Modality.PartOfThreat };
            }
        }
        return hits;
    }
}
