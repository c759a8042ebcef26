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

    /// <summary>
    /// The organisations a person leads, as news names them by that person: « la società guidata da Sam Altman ».
    /// </summary>
    public IReadOnlyList<string> Leads { get; init; } = [];

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
    private readonly Dictionary<string, RegisteredEntity> _leaders;

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
        foreach (var leader in Entities.Where(e => e.Leads.Count > 0))
        {
            if (leader.Kind != EntityKind.Person)
                throw new InvalidDataException($"'{leader.Id}' is not a person and cannot lead an organisation.");
            foreach (var led in leader.Leads.Where(id => Find(id)?.Kind != EntityKind.Organisation))
                throw new InvalidDataException($"'{leader.Id}' leads '{led}', which is not an organisation in the registry.");
        }
        // Someone who leads two organisations names neither; a name two leaders share names no one.
        _leaders = Entities.Where(e => e.Leads.Count == 1)
                           .SelectMany(e => e.AllNames.Select(name => (Name: name, Organisation: _byId[e.Leads[0]])))
                           .GroupBy(l => l.Name, StringComparer.OrdinalIgnoreCase)
                           .Where(g => g.Select(l => l.Organisation.Id).Distinct().Count() == 1)
                           .ToDictionary(g => g.Key, g => g.First().Organisation, StringComparer.OrdinalIgnoreCase);
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
    public (RegisteredEntity Organisation, int Length)? HeadquarteredAt(string text) => Starting(_headquarters, text);

    /// <summary>
    /// The organisation led by the person <paramref name="text"/> starts with ("Sam Altman" or "Altman" is OpenAI's
    /// leader), with the length of the name; null when the registry knows no one by it who leads one organisation.
    /// </summary>
    public (RegisteredEntity Organisation, int Length)? LedBy(string text) => Starting(_leaders, text);

    /// <summary>The longest name of <paramref name="names"/> that <paramref name="text"/> starts with, as a whole word.</summary>
    private static (RegisteredEntity Organisation, int Length)? Starting(Dictionary<string, RegisteredEntity> names, string text)
    {
        (RegisteredEntity, int)? best = null;
        foreach (var (name, organisation) in names)
        {
            if (text.StartsWith(name, StringComparison.OrdinalIgnoreCase) && (text.Length == name.Length || !char.IsLetterOrDigit(text[name.Length]))
                && name.Length > (best?.Item2 ?? 0))
                best = (organisation, name.Length);
        }
        return best;
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

    private sealed record RegistryEntry(string? Id, string? Name, List<string>? Aliases, string? Parent, List<string>? Headquarters, List<string>? Leads)
    {
        public RegisteredEntity ToEntity(EntityKind kind)
        {
            if (string.IsNullOrWhiteSpace(Id) || string.IsNullOrWhiteSpace(Name))
                throw new InvalidDataException($"A registry {kind.ToString().ToLowerInvariant()} needs an id and a name.");
            if (kind == EntityKind.Person && Parent is not null)
                throw new InvalidDataException($"'{Id}' is a person and cannot have a parent organisation.");
            if (kind == EntityKind.Organisation && Leads is { Count: > 0 })
                throw new InvalidDataException($"'{Id}' is an organisation and cannot lead one; name its leader among the people.");
            if (kind == EntityKind.Person && Headquarters is { Count: > 0 })
                throw new InvalidDataException($"'{Id}' is a person and cannot have headquarters.");
            return new RegisteredEntity(Id, kind, Name, (Aliases ?? []).Where(a => !string.IsNullOrWhiteSpace(a)).ToList(), Parent)
            {
                Headquarters = (Headquarters ?? []).Where(h => !string.IsNullOrWhiteSpace(h)).ToList(),
                Leads = (Leads ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).ToList(),
            };
        }
    }
}
