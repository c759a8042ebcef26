namespace TalentBot.Core;

/// <summary>What a sentence says happened between a person and an organisation.</summary>
public enum MoveKind
{
    /// <summary>Left <c>From</c>, possibly for <c>To</c>.</summary>
    Left,
    /// <summary>Joined <c>To</c>, possibly from <c>From</c> (poached, hired, recruited).</summary>
    Joined,
    /// <summary>Went back to <c>To</c>, a former employer, leaving <c>From</c>.</summary>
    Returned,
    /// <summary>Signed with <c>From</c> but never started there.</summary>
    NeverStarted,
    /// <summary>Threatened to leave <c>From</c> (for <c>To</c>); not a departure.</summary>
    ThreatenedToLeave,
    /// <summary>Given a role at <c>To</c>.</summary>
    Appointed,
    /// <summary>Turned down an offer from <c>To</c>; not a move into it.</summary>
    DeclinedOffer,
}

public static class MoveKinds
{
    /// <summary>
    /// Kinds that answer "who left X" when X is the move's <c>From</c>. A move names both ends, so "joined OpenAI
    /// from Meta" is a departure from Meta as surely as "left Meta". Declined offers never are.
    /// </summary>
    public static IReadOnlySet<MoveKind> Departures { get; } = new HashSet<MoveKind>
    {
        MoveKind.Left, MoveKind.Returned, MoveKind.NeverStarted, MoveKind.ThreatenedToLeave, MoveKind.Joined,
    };

    /// <summary>
    /// Kinds that answer "who joined X" when X is the move's <c>To</c>: "left Apple for Meta" is an arrival at Meta.
    /// Declined offers, threats and never-started hires are not.
    /// </summary>
    public static IReadOnlySet<MoveKind> Arrivals { get; } = new HashSet<MoveKind>
    {
        MoveKind.Joined, MoveKind.Returned, MoveKind.Appointed, MoveKind.Left,
    };

    /// <summary>The kind a snake_case code names ("left", "declined_offer"), in any case; false for anything else.</summary>
    public static bool TryParse(string? code, out MoveKind kind)
    {
        var trimmed = code?.Trim();
        foreach (var candidate in Enum.GetValues<MoveKind>())
        {
            if (!string.Equals(candidate.ToCode(), trimmed, StringComparison.OrdinalIgnoreCase)) continue;
            kind = candidate;
            return true;
        }
        kind = default;
        return false;
    }

    /// <summary>The snake_case name the JSON contract uses.</summary>
    public static string ToCode(this MoveKind kind) => kind switch
    {
        MoveKind.Left => "left",
        MoveKind.Joined => "joined",
        MoveKind.Returned => "returned",
        MoveKind.NeverStarted => "never_started",
        MoveKind.ThreatenedToLeave => "threatened_to_leave",
        MoveKind.Appointed => "appointed",
        MoveKind.DeclinedOffer => "declined_offer",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}
