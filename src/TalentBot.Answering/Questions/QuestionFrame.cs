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

    /// <summary>"Rather than Meta", « au lieu de rejoindre Apple »: not where the move went.</summary>
    NotTo,
}

/// <summary>An organisation the question names, and which end of a move it must be.</summary>
internal sealed record FramedOrganisation(ResolvedEntity Organisation, EndRole Role);

/// <summary>
/// A free question read as a constraint on moves and counts: what it asks for, the kinds of move it is about (empty
/// when it does not say), who and which organisations it names and in what part, and the date it names. When
/// <see cref="Successor"/> is true the question asks who replaced <see cref="Person"/>, not what Person did;
/// <see cref="NamesUnknownPerson"/> when it names someone no fact is about; <see cref="Since"/> when its date is
/// where a period starts ("since January", « depuis mars », 「3月以降」, "in the past three months") rather than the date
/// itself. A period named from today ("last month", 「今年」) is resolved to a date of the same kind when read.
/// </summary>
internal sealed record QuestionFrame(
    Asked Asked,
    IReadOnlySet<MoveKind> Kinds,
    ResolvedEntity? Person,
    IReadOnlyList<FramedOrganisation> Organisations,
    PartialDate? When,
    bool Successor = false,
    bool NamesUnknownPerson = false,
    bool Since = false)
{
    /// <summary>
    /// True when the frame names something the store can be asked about. A question about someone the store does
    /// not know ("Max Schwarzer", 「マックス・シュワルツァー氏」) is not about the organisations it also names: answering
    /// with other people's moves would put a wrong name where the asker expects theirs.
    /// </summary>
    public bool HasSubject => !NamesUnknownPerson && (Person is not null || Organisations.Count > 0);
}
