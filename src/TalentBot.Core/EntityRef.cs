namespace TalentBot.Core;

public enum EntityKind
{
    Person,
    Organisation,
}

/// <summary>
/// A person or organisation as the knowledge base knows it. <see cref="Id"/> is the registry id for a
/// registered entity, or <see cref="UnregisteredPrefix"/> followed by the folded name for one found in text only,
/// so that the same unknown name in two articles is one entity.
/// </summary>
public sealed record EntityRef(string Id, string Name)
{
    public const string UnregisteredPrefix = "~";

    public bool IsRegistered => !Id.StartsWith(UnregisteredPrefix, StringComparison.Ordinal);

    public static EntityRef Unregistered(string surfaceName)
    {
        var name = surfaceName.Trim();
        return new EntityRef(UnregisteredPrefix + TextFolding.Fold(name).Replace(' ', '-'), name);
    }
}
