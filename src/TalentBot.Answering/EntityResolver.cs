using TalentBot.Core;
using TalentBot.Core.Knowledge;

namespace TalentBot.Answering;

/// <summary>
/// Turns a name the user typed into an entity: the registry first (any script, any case or accent), then names
/// the knowledge base found only in articles, then a near spelling from the registry. A name that matches several
/// entities equally well is not resolved; its candidates become suggestions. Thread-safe.
/// </summary>
public sealed class EntityResolver
{
    private readonly IKnowledgeBase _knowledge;
    private readonly EntityRegistry _registry;
    private readonly NameSuggester _suggester;

    public EntityResolver(IKnowledgeBase knowledge, EntityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(registry);
        _knowledge = knowledge;
        _registry = registry;
        _suggester = new NameSuggester(registry.Entities);
    }

    public EntityResolution Resolve(string name, EntityKind kind) => Resolve(name, kind, withSuggestions: true, nearSpelling: true);

    /// <summary>
    /// As <see cref="Resolve"/>, but a near spelling is only suggested, never resolved: for a standing request such
    /// as a subscription, where a silent guess would go unnoticed for as long as it lasts.
    /// </summary>
    public EntityResolution ResolveExactly(string name, EntityKind kind) => Resolve(name, kind, withSuggestions: true, nearSpelling: false);

    /// <summary>True when <paramref name="name"/> resolves; skips the suggestion scan a failure would cost.</summary>
    public bool Resolves(string name, EntityKind kind) => Resolve(name, kind, withSuggestions: false, nearSpelling: true) is ResolvedEntity;

    /// <summary>The registry names are resolved against.</summary>
    public EntityRegistry Registry => _registry;

    /// <summary>An entity the registry's alias scan already found in a question.</summary>
    public ResolvedEntity FromRegistry(RegisteredEntity entity) => Resolved(entity.ToRef(), entity.Kind);

    /// <summary>
    /// A person, else an organisation, that articles name exactly so, else in the other script (マリア・ロッシ for
    /// Maria Rossi): for names in a free question that the registry does not know. No near spellings, because a free
    /// question's capitalised words are not all names; a spelling in the other script is not a guess at a typo.
    /// </summary>
    public ResolvedEntity? FindInArticles(string name)
    {
        name = TextFolding.WellFormed(name);
        ReadOnlySpan<EntityKind> kinds = [EntityKind.Person, EntityKind.Organisation];
        foreach (var kind in kinds)
        {
            var found = _knowledge.FindEntities(kind, name);
            if (found.Count > 0) return Resolved(found[0], kind);
        }
        foreach (var kind in kinds)
        {
            var found = _knowledge.FindEntitiesAcrossScripts(kind, name);
            if (found.Count > 0) return Resolved(found[0], kind);
        }
        return null;
    }

    private EntityResolution Resolve(string name, EntityKind kind, bool withSuggestions, bool nearSpelling)
    {
        ArgumentNullException.ThrowIfNull(name);
        var query = TextFolding.WellFormed(name).Trim();
        if (query.Length == 0) return new UnresolvedEntity(query, kind, []);

        var matches = _registry.Resolve(query, kind);
        var exact = matches.Where(m => m.Quality == MatchQuality.Exact).ToList();
        if (exact.Count == 1) return Resolved(exact[0].Value.ToRef(), kind);
        if (exact.Count > 1) return Ambiguous(query, kind, exact);

        var fromArticles = _knowledge.FindEntities(kind, query);
        if (fromArticles.Count > 0) return Resolved(fromArticles[0], kind);

        if (matches.Count == 1 && nearSpelling) return Resolved(matches[0].Value.ToRef(), kind);
        if (matches.Count > 0) return Ambiguous(query, kind, matches);
        return new UnresolvedEntity(query, kind, withSuggestions ? _suggester.Suggest(query, kind) : []);
    }

    private ResolvedEntity Resolved(EntityRef entity, EntityKind kind)
    {
        IReadOnlySet<string> ids = kind == EntityKind.Organisation && entity.IsRegistered
            ? _registry.SelfAndParts(entity.Id)
            : new HashSet<string>(StringComparer.Ordinal) { entity.Id };
        return new ResolvedEntity(entity, kind, ids);
    }

    private static UnresolvedEntity Ambiguous(string query, EntityKind kind, IEnumerable<NameMatch<RegisteredEntity>> matches) =>
        new(query, kind, matches.Select(m => m.Value.Name).Distinct(StringComparer.Ordinal).ToList());
}
