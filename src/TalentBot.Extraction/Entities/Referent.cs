using TalentBot.Core;

namespace TalentBot.Extraction;

internal enum Gender
{
    Unknown,
    Masculine,
    Feminine,
}

/// <summary>What kind of thing a phrase in a sentence refers to.</summary>
internal enum ReferentKind
{
    /// <summary>A person by name (full name, or a surname the article gave in full before).</summary>
    Person,
    Organisation,
    /// <summary>"he", "elle", "lui", "彼女": a person named elsewhere.</summary>
    Pronoun,
    /// <summary>"the researcher", "la chercheuse", "同氏": a person named elsewhere, by role.</summary>
    Description,
    /// <summary>"the company", "la société", "同社": an organisation named elsewhere.</summary>
    CompanyReference,
    /// <summary>"many researchers", "les salariés": people not named, whose moves are counts.</summary>
    Group,
}

/// <summary>
/// A phrase of a sentence that refers to a person or an organisation. <see cref="Entity"/> is set for names; the
/// others are resolved by the discourse. Offsets are within the sentence.
/// </summary>
internal sealed record Referent(ReferentKind Kind, int Start, int End, string Surface, EntityRef? Entity = null)
{
    public Gender Gender { get; init; }

    public bool Plural { get; init; }

    /// <summary>It owns the noun after it: "her departure", "sa démission", "il suo addio".</summary>
    public bool Possessive { get; init; }

    public bool IsPersonLike => Kind is ReferentKind.Person or ReferentKind.Pronoun or ReferentKind.Description;

    public bool IsOrganisationLike => Kind is ReferentKind.Organisation or ReferentKind.CompanyReference;
}

/// <summary>What the words around an organisation say about its part in a move.</summary>
internal enum Slot
{
    None,
    From,
    To,
    At,
    By,
    /// <summary>The direct object of the move's verb: what is left, or joined.</summary>
    Object,
    /// <summary>The subject of a hiring verb: the one who hires.</summary>
    Subject,
    /// <summary>A past employer: "former X engineer", "ex-X", "元X", "X出身". Never the one being left.</summary>
    Former,
    /// <summary>Time spent at an organisation: "worked at X for years", "quatre ans chez X". What a departure may end, nothing more.</summary>
    Tenure,
    /// <summary>A current employer of a person named beside it: "X's Ana Ruiz", "researcher at X", "Xの研究者".</summary>
    Role,
    /// <summary>The maker of an offer: "X's offer", "offre de X".</summary>
    Offer,
}
