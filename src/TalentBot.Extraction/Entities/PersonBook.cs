using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>A person an article names, and what the article says of them that reading needs.</summary>
internal sealed class NamedPerson(EntityRef entity)
{
    public EntityRef Entity { get; } = entity;

    public Gender Gender { get; set; }

    /// <summary>A spokesperson, analyst or reporter: someone who speaks about moves, never one who makes them.</summary>
    public bool SpeaksOnly { get; set; }
}

/// <summary>
/// The people and unregistered organisations one article names, found anywhere in it, so that a later "Reyes",
/// "ナイト氏" or "高橋" is the "Alex Reyes", "イーサン・ナイト" or "高橋由美" named before (or after), and an organisation
/// recognised once ("Fernwood Labs") is recognised everywhere ("Fernwood"). One per article; not shared.
/// </summary>
internal sealed class PersonBook
{
    private readonly Dictionary<string, NamedPerson> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NamedPerson>> _bySurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, NamedPerson> _byEntity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityRef> _organisations = new(StringComparer.Ordinal);

    public NamedPerson Add(EntityRef entity, string surface)
    {
        if (!_byEntity.TryGetValue(entity.Id, out var person))
        {
            person = new NamedPerson(entity);
            _byEntity[entity.Id] = person;
        }
        _byName.TryAdd(TextFolding.FoldCompact(surface), person);
        _byName.TryAdd(TextFolding.FoldCompact(entity.Name), person);
        foreach (var surname in Surnames(surface).Concat(Surnames(entity.Name)))
        {
            if (!_bySurname.TryGetValue(surname, out var list)) _bySurname[surname] = list = [];
            if (!list.Contains(person)) list.Add(person);
        }
        return person;
    }

    public NamedPerson? Get(EntityRef entity) => _byEntity.GetValueOrDefault(entity.Id);

    /// <summary>Makes <paramref name="alias"/> another name of <paramref name="person"/>: "オリバー・ストラットン（Oliver Stratton）".</summary>
    public void Merge(EntityRef alias, EntityRef person)
    {
        if (alias.Id == person.Id || !_byEntity.TryGetValue(alias.Id, out var from)) return;
        var into = _byEntity.GetValueOrDefault(person.Id) ?? Add(person, person.Name);
        if (into.Gender == Gender.Unknown) into.Gender = from.Gender;
        into.SpeaksOnly |= from.SpeaksOnly;
        _byEntity[alias.Id] = into;
        foreach (var key in _byName.Where(kv => kv.Value == from).Select(kv => kv.Key).ToList()) _byName[key] = into;
        foreach (var list in _bySurname.Values)
        {
            var at = list.IndexOf(from);
            if (at < 0) continue;
            if (list.Contains(into)) list.RemoveAt(at);
            else list[at] = into;
        }
    }

    /// <summary>The person a name or a surname stands for, when the article names exactly one person so.</summary>
    public NamedPerson? Find(string name)
    {
        var key = TextFolding.FoldCompact(name);
        if (_byName.TryGetValue(key, out var person)) return person;
        return _bySurname.TryGetValue(key, out var list) && list.Count == 1 ? list[0] : null;
    }

    public void AddOrganisation(EntityRef organisation, string surface)
    {
        _organisations.TryAdd(TextFolding.FoldCompact(surface), organisation);
        // "Fernwood Labs" is "Fernwood" once it has been named in full.
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 2 && NameWords.IsOrganisationWord(words[^1]))
            _organisations.TryAdd(TextFolding.FoldCompact(string.Join(' ', words[..^1])), organisation);
    }

    public EntityRef? FindOrganisation(string name) => _organisations.GetValueOrDefault(TextFolding.FoldCompact(name));

    /// <summary>
    /// The surnames a full name is known by: its last word in Latin script ("Ana de la Cruz" → "Cruz", "de la Cruz"),
    /// its last part in katakana ("アナ・ルイス" → "ルイス"), its leading surname in kanji ("高橋由美" → "高橋").
    /// </summary>
    private static IEnumerable<string> Surnames(string name)
    {
        var trimmed = name.Trim();
        if (trimmed.Length > 0 && trimmed.All(Scripts.IsHan))
        {
            var length = NameWords.JapaneseSurnameLength(trimmed);
            if (length > 0 && length < trimmed.Length) yield return TextFolding.FoldCompact(trimmed[..length]);
            yield break;
        }
        var parts = trimmed.Split([' ', '・', '･', '＝', '='], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2) yield break;
        yield return TextFolding.FoldCompact(parts[^1]);
        // "Chen Haoran", "Park Ji-hoon": in names written family name first, the first word is the surname. A first
        // word that is a common given name ("Ana Ruiz") is never taken for one.
        if (parts.Length == 2 && !NameWords.IsGivenName(parts[0])) yield return TextFolding.FoldCompact(parts[0]);
        // "Van der Berg", "de la Cruz", "Le Roux": the particles belong to the surname too.
        var first = parts.Length - 1;
        while (first > 1 && NameWords.Particles.Contains(parts[first - 1])) first--;
        if (first < parts.Length - 1) yield return TextFolding.FoldCompact(string.Join(' ', parts[first..]));
    }
}
