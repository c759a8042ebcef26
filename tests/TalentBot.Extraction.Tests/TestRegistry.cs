using TalentBot.Core;

namespace TalentBot.Extraction.Tests;

/// <summary>
/// The registry the tests read with: real labs under their usual aliases in every script, and invented people.
/// Some people in the test articles are deliberately left out, so the unknown-name rules are exercised too.
/// </summary>
internal static class TestRegistry
{
    public static EntityRegistry Instance { get; } = new(
    [
        Org("openai", "OpenAI", "Open AI", "オープンAI"),
        Org("meta", "Meta", "Meta Platforms", "メタ", "Facebook") with { Headquarters = ["Menlo Park"] },
        Org("meta-msl", "Meta Superintelligence Labs", parent: "meta", aliases: ["MSL", "Meta Superintelligence Lab", "メタ・スーパーインテリジェンス・ラボ"]),
        Org("google", "Google", "グーグル", "Alphabet"),
        Org("deepmind", "Google DeepMind", parent: "google", aliases: ["DeepMind", "ディープマインド"]),
        Org("apple", "Apple", "アップル") with { Headquarters = ["Cupertino"] },
        Org("anthropic", "Anthropic", "アンソロピック"),
        Org("microsoft", "Microsoft", "マイクロソフト"),
        Org("xai", "xAI"),
        Org("mistral", "Mistral AI", "Mistral", "ミストラル"),
        Org("sakana", "Sakana AI", "サカナAI"),
        Org("nvidia", "Nvidia", "NVIDIA", "エヌビディア"),
        Org("helios", "Helios Robotics", "Helios", "ヘリオス・ロボティクス"),
        Person("priya-raman", "Priya Raman", "プリヤ・ラマン"),
        Person("lucas-moreau", "Lucas Moreau", "ルカ・モロー"),
        Person("hiroshi-tanaka", "Hiroshi Tanaka", "田中宏", "田中宏氏"),
        Person("giulia-ferri", "Giulia Ferri"),
        Person("daniel-okafor", "Daniel Okafor", "ダニエル・オカフォー"),
        Person("chen-yuting", "Chen Yuting", "Yuting Chen", "チェン・ユーティン"),
        Person("marc-lefevre", "Marc Lefèvre", "Marc Lefevre"),
        Person("sara-lindqvist", "Sara Lindqvist", "サラ・リンドクヴィスト"),
        Person("mark-zuckerberg", "Mark Zuckerberg", "Zuckerberg", "マーク・ザッカーバーグ", "ザッカーバーグ"),
        Person("sam-altman", "Sam Altman", "Altman", "サム・アルトマン", "アルトマン") with { Leads = ["openai"] },
        Person("dario-amodei", "Dario Amodei", "Amodei") with { Leads = ["anthropic"] },
        Person("elon-musk", "Elon Musk", "Musk") with { Leads = ["xai", "tesla"] },
        Org("tesla", "Tesla"),
    ]);

    private static RegisteredEntity Org(string id, string name, params string[] aliases) =>
        new(id, EntityKind.Organisation, name, aliases, null);

    private static RegisteredEntity Org(string id, string name, string parent, string[] aliases) =>
        new(id, EntityKind.Organisation, name, aliases, parent);

    private static RegisteredEntity Person(string id, string name, params string[] aliases) =>
        new(id, EntityKind.Person, name, aliases, null);
}
