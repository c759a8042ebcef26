using TalentBot.Core;

namespace TalentBot.Knowledge.Tests.Support;

/// <summary>The entities the tests talk about, and a registry where Meta has parts.</summary>
public static class People
{
    public static readonly EntityRef Alice = new("alice-chen", "Alice Chen");
    public static readonly EntityRef Bob = new("bob-rossi", "Bob Rossi");
    public static readonly EntityRef Carol = new("carol-dupont", "Carol Dupont");
    public static readonly EntityRef Meta = new("meta", "Meta");
    public static readonly EntityRef Msl = new("meta-superintelligence-labs", "Meta Superintelligence Labs");
    public static readonly EntityRef OpenAi = new("openai", "OpenAI");
    public static readonly EntityRef Apple = new("apple", "Apple");
    public static readonly EntityRef Google = new("google", "Google");

    public static EntityRegistry Registry { get; } = new(
    [
        new RegisteredEntity(Meta.Id, EntityKind.Organisation, Meta.Name, ["Facebook"], null),
        new RegisteredEntity(Msl.Id, EntityKind.Organisation, Msl.Name, ["MSL"], Meta.Id),
        new RegisteredEntity(OpenAi.Id, EntityKind.Organisation, OpenAi.Name, [], null),
        new RegisteredEntity(Apple.Id, EntityKind.Organisation, Apple.Name, [], null),
        new RegisteredEntity(Google.Id, EntityKind.Organisation, Google.Name, [], null),
        new RegisteredEntity(Alice.Id, EntityKind.Person, Alice.Name, [], null),
        new RegisteredEntity(Bob.Id, EntityKind.Person, Bob.Name, [], null),
        new RegisteredEntity(Carol.Id, EntityKind.Person, Carol.Name, [], null),
    ]);
}
