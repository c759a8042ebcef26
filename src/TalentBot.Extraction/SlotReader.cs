using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>
/// Reads the part an organisation plays from the words around it ("from X", "X's offer", "former X researcher",
/// "Xから", "元X"), and maps that part to a move's From or To for a given kind of move.
/// </summary>
internal static partial class SlotReader
{
    /// <summary>How much an organisation's slot says: a direct object beats a preposition, which beats a role phrase.</summary>
    public const int WeakestPriority = 4;

    [GeneratedRegex(@"^\s*(?:(?:the|its|their|his|her|rival|le|la|les|il|lo|gli|l['’])\s*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectGap();

    [GeneratedRegex(@"^(?:'s|’s)")]
    private static partial Regex Possessive();

    [GeneratedRegex(@"^(?:'s|’s|の)\s*")]
    private static partial Regex Affiliation();

    /// <param name="personAt">Whether a person's name starts at a position: "OpenAI's Ana Ruiz", "OpenAIの田中氏".</param>
    public static Slot Read(string sentence, FoundEntity org, TriggerHit? trigger, Lexicon lexicon, Func<int, bool> personAt)
    {
        var before = sentence[..org.Start];
        var after = sentence[org.End..];
        if (lexicon.OfferNounAfter?.IsMatch(after) == true || lexicon.OfferNounBefore?.IsMatch(before) == true) return Slot.Offer;
        if (Affiliation().Match(after) is { Success: true } affiliation && personAt(org.End + affiliation.Length)) return Slot.Role;
        if (lexicon.FormerBefore.IsMatch(before) || lexicon.FormerAfter?.IsMatch(after) == true) return Slot.Former;
        if (lexicon.RoleBefore?.IsMatch(before) == true) return Slot.Role;
        if (lexicon.VerbFinal) return ReadParticle(after, lexicon);

        if (trigger is not null && trigger.End <= org.Start && ObjectGap().IsMatch(sentence[trigger.End..org.Start]))
        {
            // Right after "hired" comes the person hired; an organisation there is that person's employer ("hired OpenAI's Ana Ruiz").
            return trigger.Rule.Side == MoverSide.After ? Slot.Role : Slot.Object;
        }
        if (lexicon.SlotBefore.Match(before) is { Success: true } cue)
        {
            var slot = lexicon.SlotOfWord(cue.Groups["w"].Value);
            // "assunto da Meta": after a passive hiring verb, "da" names who hired, not where the person came from.
            if (slot == Slot.From && trigger is { Rule.PassiveAgent: true } && trigger.End <= org.Start && org.Start - trigger.End <= 8)
                return Slot.By;
            if (slot != Slot.None) return slot;
        }
        if (lexicon.RoleAfter?.IsMatch(after) == true) return Slot.Role;
        if (Possessive().IsMatch(after) && trigger is { Rule.Side: MoverSide.After } && trigger.End <= org.Start) return Slot.Role;
        if (trigger is { Rule.Side: MoverSide.After } && org.End <= trigger.Start) return Slot.Subject;
        return Slot.None;
    }

    private static Slot ReadParticle(string after, Lexicon lexicon)
    {
        if (lexicon.RoleAfter?.IsMatch(after) == true) return Slot.Role;
        return lexicon.SlotAfter?.Match(after) is { Success: true } particle ? lexicon.SlotOfWord(particle.Groups["w"].Value) : Slot.None;
    }

    /// <summary>Whether a kind of move treats an unlabelled organisation as where the person was (true) or went (false).</summary>
    public static bool IsDeparture(MoveKind kind) =>
        kind is MoveKind.Left or MoveKind.ThreatenedToLeave or MoveKind.NeverStarted;

    /// <summary>
    /// Where an organisation in <paramref name="slot"/> goes in a move of <paramref name="kind"/>: true for To, false
    /// for From, null for neither; and how strongly the slot says so (0 strongest).
    /// </summary>
    public static (bool? IsTo, int Priority) Map(MoveKind kind, Slot slot, bool byHiringVerb)
    {
        var departure = IsDeparture(kind);
        return slot switch
        {
            Slot.Offer => kind == MoveKind.DeclinedOffer ? (true, 0) : (null, WeakestPriority),
            Slot.Object => (!departure, 0),
            Slot.From => (kind == MoveKind.DeclinedOffer, 1),
            Slot.To => (kind != MoveKind.NeverStarted, 1),
            Slot.At or Slot.By => (!departure, 1),
            Slot.Subject when byHiringVerb => (true, 1),
            Slot.Former => (false, 2),
            // A role names where the person works, which is not who made the offer they declined.
            Slot.Role => kind == MoveKind.DeclinedOffer ? (null, WeakestPriority) : (kind == MoveKind.Appointed, 3),
            _ => (!departure, WeakestPriority),
        };
    }
}
