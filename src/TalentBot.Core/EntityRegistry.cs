using System.Text.Json;
using System.Text.Json.Serialization;

namespace TalentBot.Core;

/// <summary>
/// A person or organisation the registry knows by name: its canonical name, every alias and script it appears
/// under, and for an organisation the parent it is part of. Names only; what people did comes from articles.
/// </summary>
public sealed record RegisteredEntity(
    string Id,
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Parent)
{
    public IEnumerable<string> AllNames => Aliases.Prepend(Name);

    /// <summary>Where an organisation is based, as news names it instead of the company: « le groupe de Menlo Park ».</summary>
    public IReadOnlyList<string> Headquarters { get; init; } = [];

    public EntityRef ToRef() => new(Id, Name);
}

/// <summary>
/// The entity registry (<c>knowledge/registry.json</c>). Immutable once built; safe to share across threads.
/// </summary>
public sealed class EntityRegistry
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private readonly Dictionary<string, RegisteredEntity> _byId;
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);
    private readonly NameMatcher<RegisteredEntity> _people;
    private readonly NameMatcher<RegisteredEntity> _organisations;
    private readonly AliasScanner _aliases;
    private readonly Dictionary<string, RegisteredEntity> _headquarters;

    public EntityRegistry(IEnumerable<RegisteredEntity> entities)
    {
        Entities = entities.ToList();
        _byId = new Dictionary<string, RegisteredEntity>(StringComparer.Ordinal);
        foreach (var entity in Entities)
        {
            if (!_byId.TryAdd(entity.Id, entity))
                throw new InvalidDataException($"The registry names '{entity.Id}' twice.");
        }
        foreach (var entity in Entities.Where(e => e.Parent is not null))
        {
            if (!_byId.TryGetValue(entity.Parent!, out var parent) || parent.Kind != EntityKind.Organisation)
                throw new InvalidDataException($"'{entity.Id}' names a parent '{entity.Parent}' that is not an organisation in the registry.");
            if (!_children.TryGetValue(parent.Id, out var list)) _children[parent.Id] = list = [];
            list.Add(entity.Id);
        }
        _people = new NameMatcher<RegisteredEntity>(
            Entities.Where(e => e.Kind == EntityKind.Person).Select(e => (e, e.AllNames)));
        _organisations = new NameMatcher<RegisteredEntity>(
            Entities.Where(e => e.Kind == EntityKind.Organisation).Select(e => (e, e.AllNames)));
        _aliases = new AliasScanner(Entities);
        // A place two organisations call home names neither.
        _headquarters = Entities.SelectMany(e => e.Headquarters.Select(place => (Place: place, Entity: e)))
                                .GroupBy(h => h.Place, StringComparer.OrdinalIgnoreCase)
                                .Where(g => g.Select(h => h.Entity.Id).Distinct().Count() == 1)
                                .ToDictionary(g => g.Key, g => g.First().Entity, StringComparer.OrdinalIgnoreCase);
    }

    public static EntityRegistry Empty { get; } = new([]);

    public IReadOnlyList<RegisteredEntity> Entities { get; }

    public RegisteredEntity? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>Registered entities whose names match <paramref name="name"/>, exactly or by a near spelling.</summary>
    public IReadOnlyList<NameMatch<RegisteredEntity>> Resolve(string name, EntityKind kind) =>
        (kind == EntityKind.Person ? _people : _organisations).Match(name);

    /// <summary>
    /// Every registry name standing in <paramref name="text"/>, in any script, leftmost-longest and without overlap,
    /// with offsets into the original text.
    /// </summary>
    public IReadOnlyList<AliasHit> FindAliases(string text) => _aliases.Scan(text);

    /// <summary>
    /// The organisation based at the place <paramref name="text"/> starts with ("Menlo Park, Calif." is Meta's), with
    /// the length of the place's name; null when no registered organisation alone is based there.
    /// </summary>
    public (RegisteredEntity Organisation, int Length)? HeadquarteredAt(string text)
    {
        foreach (var (place, organisation) in _headquarters)
        {
            if (text.StartsWith(place, StringComparison.OrdinalIgnoreCase) && (text.Length == place.Length || !char.IsLetterOrDigit(text[place.Length])))
                return (organisation, place.Length);
        }
        return null;
    }

    /// <summary>The organisation and every part of it, transitively: asking about Google includes DeepMind.</summary>
    public IReadOnlySet<string> SelfAndParts(string organisationId)
    {
        var result = new HashSet<string>(StringComparer.Ordinal) { organisationId };
        var queue = new Queue<string>([organisationId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var child in _children.GetValueOrDefault(id) ?? [])
                if (result.Add(child)) queue.Enqueue(child);
        }
        return result;
    }

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> are the same organisation or one is part of the other.</summary>
    public bool AreRelated(string a, string b) => SelfAndParts(a).Contains(b) || SelfAndParts(b).Contains(a);

    public static EntityRegistry FromJson(string json)
    {
        var document = JsonSerializer.Deserialize<RegistryDocument>(json, JsonOptions)
                       ?? throw new InvalidDataException("The registry is empty.");
        var entities = new List<RegisteredEntity>();
        entities.AddRange((document.Organisations ?? []).Select(o => o.ToEntity(EntityKind.Organisation)));
        entities.AddRange((document.People ?? []).Select(p => p.ToEntity(EntityKind.Person)));
        return new EntityRegistry(entities);
    }

    private sealed record RegistryDocument(
        [property: JsonPropertyName("organisations")] List<RegistryEntry>? Organisations,
        [property: JsonPropertyName("people")] List<RegistryEntry>? People);

    private sealed record RegistryEntry(string? Id, string? Name, List<string>? Aliases, string? Parent, List<string>? Headquarters)
    {
        public RegisteredEntity ToEntity(EntityKind kind)
        {
            if (string.IsNullOrWhiteSpace(Id) || string.IsNullOrWhiteSpace(Name))
                throw new InvalidDataException($"A registry {kind.ToString().ToLowerInvariant()} needs an id and a name.");
            if (kind == EntityKind.Person && Parent is not null)
                throw new InvalidDataException($"'{Id}' is a person and cannot have a parent organisation.");
            if (kind == EntityKind.Person && Headquarters is { Count: > 0 })
                throw new InvalidDataException($"'{Id}' is a person and cannot have headquarters.");
            return new RegisteredEntity(Id, kind, Name, (Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).ToList(), Parent)
            {
                Headquarters = (Headquarters ?? []).Where(h => !string.IsNullOrWhiteSpace(h)).ToList(),
            };
        }
    }
}
