namespace TalentBot.Core.Knowledge;

/// <summary>
/// Which moves to fetch. Sets of organisation ids already include each organisation's parts. <see cref="LeavingAny"/>
/// and <see cref="ArrivingAny"/> read a move as "who left" and "who joined" do (<see cref="MoveKinds.Leaves"/>,
/// <see cref="MoveKinds.Reaches"/>); <see cref="FromAny"/> and <see cref="ToAny"/> read its ends as they are. Moves
/// come newest first (by date reported, then first seen) and paged, with the total, because a reply shows a page.
/// <see cref="SamePersonWithin"/> adds, after the page, the moves of the page's people among that many moves past it:
/// a reply shows a move that contradicts one on its page beside it, and only the same person's moves can, so the
/// rest of that window need not be read.
/// </summary>
public sealed record MoveQuery(
    IReadOnlySet<string>? FromAny = null,
    IReadOnlySet<string>? ToAny = null,
    string? PersonId = null,
    IReadOnlySet<MoveKind>? Kinds = null,
    int Limit = 20,
    int Offset = 0,
    IReadOnlySet<string>? LeavingAny = null,
    IReadOnlySet<string>? ArrivingAny = null,
    int SamePersonWithin = 0)
{
    /// <summary>
    /// The moves a page of this query holds, given <paramref name="fromOffset"/>, the matching moves newest first from
    /// <see cref="Offset"/> on (at least <see cref="Limit"/> + <see cref="SamePersonWithin"/> of them, where that many
    /// match): the first <see cref="Limit"/>, then those among the next <see cref="SamePersonWithin"/> whose person has
    /// a move among the first, in order. Every knowledge base pages with it, so they agree on what a page is.
    /// </summary>
    public IReadOnlyList<T> PageOf<T>(IReadOnlyList<T> fromOffset, Func<T, string> personOf)
    {
        ArgumentNullException.ThrowIfNull(fromOffset);
        ArgumentNullException.ThrowIfNull(personOf);
        var limit = Math.Clamp(Limit, 0, fromOffset.Count);
        var page = new List<T>(limit);
        for (var i = 0; i < limit; i++) page.Add(fromOffset[i]);
        var window = (int)Math.Min(fromOffset.Count, (long)limit + Math.Max(0, SamePersonWithin));
        if (window == limit) return page;
        var people = page.Select(personOf).ToHashSet(StringComparer.Ordinal);
        for (var i = limit; i < window; i++)
            if (people.Contains(personOf(fromOffset[i]))) page.Add(fromOffset[i]);
        return page;
    }
}

public sealed record MovePage(IReadOnlyList<Move> Moves, int Total);

/// <summary>
/// A free-text search: <see cref="Terms"/> in any of the four languages (already expanded across languages by
/// the caller) and the ids of entities the question names, whose sentences rank higher. <see cref="Embedding"/>
/// is the question's vector when an embedding model is configured; a knowledge base with sentence vectors of the
/// same model fuses ranking by meaning with ranking by words, one without ignores it.
/// </summary>
public sealed record EvidenceQuery(IReadOnlyList<string> Terms, IReadOnlyList<string> EntityIds, int Limit = 8, QueryEmbedding? Embedding = null);

/// <summary>A question's vector and the model that made it: only vectors of the same model are comparable.</summary>
public sealed record QueryEmbedding(string Model, float[] Vector);

/// <summary>
/// A sentence that answers a free question, with its citation and rank score. <see cref="MatchedByMeaning"/> is
/// true when the sentence's vector is among the nearest to the question's, which can stand in for shared words.
/// </summary>
public sealed record Evidence(Citation Citation, float Score, bool MatchedByMeaning = false)
{
    /// <summary>
    /// The ids of the entities the sentence is about: those it names, and those it refers to by a pronoun, a role or
    /// "the company", which its text does not name. Empty when unknown.
    /// </summary>
    public IReadOnlyList<string> EntityIds { get; init; } = [];
}

/// <summary>What the knowledge base holds, for readiness checks and the CLI.</summary>
public sealed record KnowledgeStats(int Articles, int Sentences, int Moves, int Counts, int People, int Organisations);

/// <summary>The read side of the fact store, as answering sees it. Implementations are thread-safe.</summary>
public interface IKnowledgeBase
{
    EntityRegistry Registry { get; }

    MovePage FindMoves(MoveQuery query);

    /// <summary>Head counts whose origin or destination is any of <paramref name="organisationIds"/>.</summary>
    IReadOnlyList<CountFact> FindCounts(IReadOnlySet<string> organisationIds);

    IReadOnlyList<Evidence> SearchEvidence(EvidenceQuery query);

    /// <summary>Entities found in articles (registered or not) whose folded name equals <paramref name="name"/>'s.</summary>
    IReadOnlyList<EntityRef> FindEntities(EntityKind kind, string name);

    /// <summary>
    /// Entities found in articles whose name is <paramref name="name"/> written in the other script: in katakana for
    /// a Latin name, in Latin letters for a katakana one, matched on <see cref="Transliteration.NameKey"/>; and for a
    /// Latin person's name, the people named in kanji it reads (<see cref="JapaneseNames"/>). Most mentioned first. A
    /// knowledge base that keeps no name keys finds none.
    /// </summary>
    IReadOnlyList<EntityRef> FindEntitiesAcrossScripts(EntityKind kind, string name) => [];

    KnowledgeStats Stats();
}
