using TalentBot.Core;

namespace TalentBot.Answering.Questions;

/// <summary>What a free question wants back.</summary>
internal enum Asked
{
    /// <summary>No fact in particular ("why …", "what did … say"): the evidence answers.</summary>
    Evidence,

    /// <summary>The people who moved.</summary>
    Person,

    /// <summary>The organisation at one end of a move: which end follows from the kind and the other end.</summary>
    Organisation,

    /// <summary>Where a person came from.</summary>
    Origin,

    /// <summary>When a move happened.</summary>
    Date,

    /// <summary>A head count.</summary>
    Count,

    /// <summary>A pay package.</summary>
    Amount,

    /// <summary>Whether a move happened.</summary>
    YesNo,
}

/// <summary>The part an organisation plays in a question: "from X", "to X", or just named.</summary>
internal enum EndRole
{
    Any,
    From,
    To,
}

/// <summary>An organisation the question names, and which end of a move it must be.</summary>
internal sealed record FramedOrganisation(ResolvedEntity Organisation, EndRole Role);

/// <summary>
/// A free question read as a constraint on moves and counts: what it asks for, the kinds of move it is about (empty
/// when it does not say), who and which organisations it names and in what part, and the date it names. When
/// <see cref="Successor"/> is true the question asks who replaced <see cref="Person"/>, not what Person did.
/// </summary>
internal sealed record QuestionFrame(
    Asked Asked,
    IReadOnlySet<MoveKind> Kinds,
    ResolvedEntity? Person,
    IReadOnlyList<FramedOrganisation> Organisations,
    PartialDate? When,
    bool Successor = false)
{
    /// <summary>True when the frame names something the store can be asked about.</summary>
    public bool HasSubject => Person is not null || Organisations.Count > 0;
}
