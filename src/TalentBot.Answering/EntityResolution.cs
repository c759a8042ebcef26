using TalentBot.Core;

namespace TalentBot.Answering;

/// <summary>The outcome of looking a name up: an entity, or the names the asker may have meant.</summary>
public abstract record EntityResolution;

/// <summary>
/// A resolved entity. <see cref="Ids"/> is what to query with: for an organisation itself and all its parts,
/// for a person just the person.
/// </summary>
public sealed record ResolvedEntity(EntityRef Entity, EntityKind Kind, IReadOnlySet<string> Ids) : EntityResolution;

/// <summary>No entity goes by <see cref="Query"/>; <see cref="Suggestions"/> are near names, possibly none.</summary>
public sealed record UnresolvedEntity(string Query, EntityKind Kind, IReadOnlyList<string> Suggestions) : EntityResolution;
