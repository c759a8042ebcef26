using TalentBot.Core;
using TalentBot.Core.Knowledge;

namespace TalentBot.Answering.Tests.Support;

/// <summary>
/// An in-memory knowledge base with the contract's behaviour: moves filtered by every query field and paged
/// newest first with the total; evidence ranked by how many terms a sentence contains (by folded substring, so
/// Japanese matches without word breaks), with sentences about the question's entities ranked higher and carrying
/// the ids of what they are about.
/// </summary>
internal sealed class FakeKnowledgeBase(EntityRegistry registry) : IKnowledgeBase
{
    private const float EntityBoost = 0.5f;

    public List<Move> Moves { get; } = [];

    public List<CountFact> Counts { get; } = [];

    public List<(Citation Citation, string[] EntityIds)> Sentences { get; } = [];

    public List<(EntityKind Kind, EntityRef Entity)> ArticleEntities { get; } = [];

    public EvidenceQuery? LastEvidenceQuery { get; private set; }

    public MoveQuery? LastMoveQuery { get; private set; }

    public EntityRegistry Registry => registry;

    public MovePage FindMoves(MoveQuery query)
    {
        LastMoveQuery = query;
        var matching = Moves
            .Where(m => query.FromAny is null || (m.From is not null && query.FromAny.Contains(m.From.Id)))
            .Where(m => query.ToAny is null || (m.To is not null && query.ToAny.Contains(m.To.Id)))
            .Where(m => query.LeavingAny is null || MoveKinds.Leaves(m.Kind, m.From?.Id, m.To?.Id, query.LeavingAny))
            .Where(m => query.ArrivingAny is null || MoveKinds.Reaches(m.Kind, m.To?.Id, query.ArrivingAny))
            .Where(m => query.PersonId is null || m.Person.Id == query.PersonId)
            .Where(m => query.Kinds is null || query.Kinds.Contains(m.Kind))
            .OrderByDescending(m => m.When?.Year ?? 0)
            .ThenByDescending(m => m.When?.Month ?? 0)
            .ThenByDescending(m => m.When?.Day ?? 0)
            .ThenByDescending(m => m.FirstSeen)
            .ToList();
        return new MovePage(query.PageOf(matching.Skip(query.Offset).ToList(), m => m.Person.Id), matching.Count);
    }

    public IReadOnlyList<CountFact> FindCounts(IReadOnlySet<string> organisationIds) =>
        Counts.Where(c => organisationIds.Contains(c.From.Id) || (c.To is not null && organisationIds.Contains(c.To.Id))).ToList();

    public IReadOnlyList<Evidence> SearchEvidence(EvidenceQuery query)
    {
        LastEvidenceQuery = query;
        var terms = query.Terms.Select(TextFolding.Fold).ToList();
        return Sentences
            .Select(s => (s.Citation, Quote: TextFolding.Fold(s.Citation.Quote), s.EntityIds))
            .Select(s => (s.Citation, Hits: terms.Count(t => s.Quote.Contains(t, StringComparison.Ordinal)),
                          AboutEntity: s.EntityIds.Intersect(query.EntityIds).Any(), s.EntityIds))
            .Where(s => s.Hits > 0)
            .Select(s => new Evidence(s.Citation, s.Hits + (s.AboutEntity ? EntityBoost : 0)) { EntityIds = s.EntityIds })
            .OrderByDescending(e => e.Score)
            .Take(query.Limit)
            .ToList();
    }

    public IReadOnlyList<EntityRef> FindEntities(EntityKind kind, string name) =>
        ArticleEntities.Where(e => e.Kind == kind && TextFolding.Fold(e.Entity.Name) == TextFolding.Fold(name))
                       .Select(e => e.Entity)
                       .ToList();

    public IReadOnlyList<EntityRef> FindEntitiesAcrossScripts(EntityKind kind, string name) =>
        ArticleEntities.Where(e => e.Kind == kind && Transliteration.IsKana(e.Entity.Name) == !Transliteration.IsKana(name)
                                   && Transliteration.NameKey(e.Entity.Name) is { } key && key == Transliteration.NameKey(name))
                       .Select(e => e.Entity)
                       .ToList();

    public KnowledgeStats Stats() =>
        new(Sentences.Select(s => s.Citation.ArticleId).Distinct().Count(), Sentences.Count, Moves.Count, Counts.Count, 0, 0);
}
