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
    /// <summary>Signed with <c>To</c> (or was onboarded there) but never started; <c>From</c> is where the person stayed.</summary>
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
    /// from Meta" is a departure from Meta as surely as "left Meta". Declined offers never are. A job never started
    /// answers "who left X" for the X it was at (its <c>To</c>): see <see cref="Leaves"/>.
    /// </summary>
    public static IReadOnlySet<MoveKind> Departures { get; } = new HashSet<MoveKind>
    {
        MoveKind.Left, MoveKind.Returned, MoveKind.ThreatenedToLeave, MoveKind.Joined,
    };

    /// <summary>
    /// Whether a move leaves one of <paramref name="organisations"/>: it departs from it, or the person backed out of
    /// a job there before starting. This is what "who left X" lists.
    /// </summary>
    public static bool Leaves(MoveKind kind, string? fromId, string? toId, IReadOnlySet<string> organisations) =>
        OrganisationLeft(kind, fromId, toId) is { } left && organisations.Contains(left);

    /// <summary>Whether a move arrives at one of <paramref name="organisations"/>: what "who joined X" lists.</summary>
    public static bool Reaches(MoveKind kind, string? toId, IReadOnlySet<string> organisations) =>
        OrganisationReached(kind, toId) is { } reached && organisations.Contains(reached);

    /// <summary>
    /// The one organisation a move leaves as <see cref="Leaves"/> reads it (its <c>From</c>, or the <c>To</c> of a job
    /// never started), or null when it leaves none: so "who left" lists of different organisations never share a move.
    /// </summary>
    public static string? OrganisationLeft(MoveKind kind, string? fromId, string? toId) =>
        kind == MoveKind.NeverStarted ? toId : Departures.Contains(kind) ? fromId : null;

    /// <summary>The one organisation a move arrives at as <see cref="Reaches"/> reads it, or null when it arrives nowhere.</summary>
    public static string? OrganisationReached(MoveKind kind, string? toId) => Arrivals.Contains(kind) ? toId : null;

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
