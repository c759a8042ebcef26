using TalentBot.Core;

namespace TalentBot.Alerts.Tests.Support;

/// <summary>The test world: a small registry of our own, so the tests decide which moves exist.</summary>
public static class World
{
    public const string RegistryJson = """
    {
      "organisations": [
        { "id": "meta", "name": "Meta", "aliases": ["Facebook", "メタ"] },
        { "id": "fair", "name": "FAIR", "parent": "meta", "aliases": ["Facebook AI Research"] },
        { "id": "openai", "name": "OpenAI", "aliases": ["オープンAI"] },
        { "id": "google", "name": "Google", "aliases": ["グーグル"] },
        { "id": "google-deepmind", "name": "Google DeepMind", "parent": "google", "aliases": ["DeepMind"] },
        { "id": "anthropic", "name": "Anthropic", "aliases": ["アンソロピック"] },
        { "id": "apple", "name": "Apple", "aliases": ["アップル"] }
      ],
      "people": [
        { "id": "alice-martin", "name": "Alice Martin", "aliases": [] },
        { "id": "bruno-rossi", "name": "Bruno Rossi", "aliases": [] },
        { "id": "chiara-bianchi", "name": "Chiara Bianchi", "aliases": [] },
        { "id": "daniel-kim", "name": "Daniel Kim", "aliases": [] },
        { "id": "emma-laurent", "name": "Emma Laurent", "aliases": [] },
        { "id": "hiro-tanaka", "name": "Hiro Tanaka", "aliases": ["田中ヒロ", "ヒロ・タナカ"] },
        { "id": "farah-nasser", "name": "Farah Nasser", "aliases": [] }
      ]
    }
    """;

    public static EntityRegistry Registry { get; } = EntityRegistry.FromJson(RegistryJson);

    public static readonly EntityRef Meta = new("meta", "Meta");
    public static readonly EntityRef Fair = new("fair", "FAIR");
    public static readonly EntityRef OpenAi = new("openai", "OpenAI");
    public static readonly EntityRef Google = new("google", "Google");
    public static readonly EntityRef DeepMind = new("google-deepmind", "Google DeepMind");
    public static readonly EntityRef Anthropic = new("anthropic", "Anthropic");
    public static readonly EntityRef Apple = new("apple", "Apple");
    public static readonly EntityRef Alice = new("alice-martin", "Alice Martin");
    public static readonly EntityRef Bruno = new("bruno-rossi", "Bruno Rossi");
    public static readonly EntityRef Chiara = new("chiara-bianchi", "Chiara Bianchi");
    public static readonly EntityRef Daniel = new("daniel-kim", "Daniel Kim");
    public static readonly EntityRef Emma = new("emma-laurent", "Emma Laurent");
    public static readonly EntityRef Hiro = new("hiro-tanaka", "Hiro Tanaka");
    public static readonly EntityRef Farah = new("farah-nasser", "Farah Nasser");
}
