namespace TalentBot.Core;

/// <summary>How directly an article states a move.</summary>
public enum Certainty
{
    /// <summary>A named person is the subject of an assertive clause that names the organisations in their roles.</summary>
    Stated,
    /// <summary>Part of the move was read through coreference, a neighbouring sentence or a guessed role.</summary>
    Inferred,
}

/// <summary>What a reading had to infer to make an inferred move.</summary>
public enum InferenceReason
{
    /// <summary>The mover is named only by a pronoun, a role noun ("the researcher", 同氏) or a dropped subject.</summary>
    Coreference,
    /// <summary>An organisation, the mover or the kind came from a neighbouring sentence or the headline.</summary>
    NeighbouringSentence,
    /// <summary>An organisation's part in the move is not marked by the grammar and was guessed.</summary>
    GuessedRole,
}

/// <summary>
/// A move's confidence: <see cref="Certainty.Stated"/>, or <see cref="Certainty.Inferred"/> with every reason the
/// reading had. Immutable.
/// </summary>
public sealed record MoveConfidence(Certainty Certainty, IReadOnlyList<InferenceReason> Reasons)
{
    public static MoveConfidence Stated { get; } = new(Certainty.Stated, []);

    public bool IsStated => Certainty == Certainty.Stated;

    public static MoveConfidence InferredBy(params IEnumerable<InferenceReason> reasons)
    {
        var distinct = reasons.Distinct().Order().ToList();
        return distinct.Count == 0 ? Stated : new MoveConfidence(Certainty.Inferred, distinct);
    }

    /// <summary>The weaker of two: inferred with the reasons of both, or stated if both are.</summary>
    public MoveConfidence With(MoveConfidence other) => InferredBy(Reasons.Concat(other.Reasons));

    /// <summary>
    /// What several reports of one move add up to: stated if any report states it, otherwise inferred with every
    /// reason any report gave; stated when there is no report. One article saying it outright is enough.
    /// </summary>
    public static MoveConfidence Strongest(IEnumerable<MoveConfidence> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var reasons = new SortedSet<InferenceReason>();
        var inferred = false;
        foreach (var report in reports)
        {
            if (report.IsStated) return Stated;
            inferred = true;
            reasons.UnionWith(report.Reasons);
        }
        return inferred ? new MoveConfidence(Certainty.Inferred, reasons.ToList()) : Stated;
    }

    public bool Equals(MoveConfidence? other) =>
        other is not null && Certainty == other.Certainty && Reasons.SequenceEqual(other.Reasons);

    public override int GetHashCode() => HashCode.Combine(Certainty, Reasons.Count == 0 ? 0 : Reasons[0]);

    /// <summary>The code the JSON contract uses: <c>stated</c> or <c>inferred</c>.</summary>
    public string Code => IsStated ? "stated" : "inferred";
}

public static class InferenceReasons
{
    /// <summary>The snake_case name the JSON contract uses.</summary>
    public static string ToCode(this InferenceReason reason) => reason switch
    {
        InferenceReason.Coreference => "coreference",
        InferenceReason.NeighbouringSentence => "neighbouring_sentence",
        InferenceReason.GuessedRole => "guessed_role",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
