namespace TalentBot.Core.Alerts;

/// <summary>
/// Which moves a subscription hears of. A move matches when it is about one of <see cref="Organisations"/> or
/// <see cref="People"/> (either; neither given means every move), and its kind is in <see cref="Kinds"/> (none
/// given means every kind). An organisation includes its parts. Without kinds, a move is about an organisation as
/// <c>/who-left</c> and <c>/who-joined</c> read it: a departure from it or an arrival at it, so an offer turned
/// down is news about the person but not a move at the company; with kinds, either end of the move counts.
/// </summary>
public sealed record MoveFilter(IReadOnlyList<EntityRef> Organisations, IReadOnlyList<EntityRef> People, IReadOnlySet<MoveKind> Kinds)
{
    public static MoveFilter Everything { get; } = new([], [], new HashSet<MoveKind>());

    public bool IsEverything => Organisations.Count == 0 && People.Count == 0 && Kinds.Count == 0;

    public bool Matches(Move move, EntityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(move);
        ArgumentNullException.ThrowIfNull(registry);
        if (Kinds.Count > 0 && !Kinds.Contains(move.Kind)) return false;
        if (Organisations.Count == 0 && People.Count == 0) return true;
        if (People.Any(p => p.Id == move.Person.Id)) return true;
        return Organisations.Any(o => IsAbout(move, registry.SelfAndParts(o.Id)));
    }

    private bool IsAbout(Move move, IReadOnlySet<string> organisation)
    {
        if (Kinds.Count > 0) return move.From is { } f && organisation.Contains(f.Id) || move.To is { } t && organisation.Contains(t.Id);
        return MoveKinds.Leaves(move.Kind, move.From?.Id, move.To?.Id, organisation) || MoveKinds.Reaches(move.Kind, move.To?.Id, organisation);
    }
}
