using Microsoft.Extensions.Time.Testing;
using TalentBot.Core;

namespace TalentBot.Answering.Tests.Support;

/// <summary>
/// The test world: a registry with aliases in several scripts and organisations with parts, and a small corpus of
/// moves, counts and sentences in the four languages, built so each behaviour has one clear case.
/// </summary>
internal static class Corpus
{
    public static readonly EntityRegistry Registry = new(
    [
        Org("meta", "Meta", null, "Facebook", "メタ", "Meta Platforms"),
        Org("msl", "Meta Superintelligence Labs", "meta", "MSL"),
        Org("google", "Google", null, "グーグル", "Alphabet"),
        Org("deepmind", "DeepMind", "google", "Google DeepMind", "ディープマインド"),
        Org("openai", "OpenAI", null, "オープンAI"),
        Org("anthropic", "Anthropic", null, "アンソロピック"),
        Org("apple", "Apple", null, "アップル"),
        Org("nvidia", "NVIDIA", null, "エヌビディア"),
        Person("chaya-nayak", "Chaya Nayak", "チャヤ・ナヤク"),
        Person("ruoming-pang", "Ruoming Pang", "パン・ルオミン"),
        Person("shengjia-zhao", "Shengjia Zhao", "趙晟佳"),
        Person("alexandr-wang", "Alexandr Wang", "アレクサンダー・ワン"),
    ]);

    public static readonly EntityRef Meta = Ref("meta");
    public static readonly EntityRef Msl = Ref("msl");
    public static readonly EntityRef Google = Ref("google");
    public static readonly EntityRef DeepMind = Ref("deepmind");
    public static readonly EntityRef OpenAI = Ref("openai");
    public static readonly EntityRef Anthropic = Ref("anthropic");
    public static readonly EntityRef Apple = Ref("apple");
    public static readonly EntityRef ChayaNayak = Ref("chaya-nayak");
    public static readonly EntityRef RuomingPang = Ref("ruoming-pang");
    public static readonly EntityRef ShengjiaZhao = Ref("shengjia-zhao");
    public static readonly EntityRef JaneRoe = EntityRef.Unregistered("Jane Roe");
    public static readonly EntityRef JackRae = EntityRef.Unregistered("Jack Rae");
    public static readonly EntityRef DanaLee = EntityRef.Unregistered("Dana Lee");

    public static readonly Citation PangEn = Cite("a1", "Apple's top AI executive leaves for Meta", "https://example.com/a1", "Bloomberg",
        Language.English, "Ruoming Pang, who led Apple's foundation models team, is leaving for Meta in a package worth more than $200 million.");
    public static readonly Citation PangJa = Cite("a2", "アップルのAI幹部、メタへ", null, "日経",
        Language.Japanese, "メタはアップルからパン・ルオミン氏を引き抜き、報酬は2億ドルを超えるという。");
    public static readonly Citation NayakFr = Cite("a3", "Départs en série chez Meta", "https://example.fr/a3", "Le Monde",
        Language.French, "Chaya Nayak a quitté Meta pour rejoindre Google.");
    public static readonly Citation NayakIt = Cite("a4", "Fuga di cervelli da Meta", "https://example.it/a4", "Corriere",
        Language.Italian, "Chaya Nayak ha lasciato Meta per Anthropic.");
    public static readonly Citation CountEn = Cite("a5", "OpenAI's exodus to Meta", "https://example.com/a5", "The Information",
        Language.English, "More than 20 researchers from OpenAI went to Meta this summer.");
    public static readonly Citation FreezeJa = Cite("a6", "メタ、AI部門の採用を凍結", "https://example.jp/a6", "朝日",
        Language.Japanese, "メタはAI部門における研究者の採用を凍結した。");
    public static readonly Citation ZhaoEn = Cite("a7", "Meta names chief scientist", "https://example.com/a7", "Reuters",
        Language.English, "Shengjia Zhao joined Meta Superintelligence Labs from OpenAI.");
    public static readonly Citation RoeEn = Cite("a8", "Meta researcher heads to DeepMind", "https://example.com/a8", "Wired",
        Language.English, "Jane Roe left Meta for Google DeepMind.");
    public static readonly Citation RaeEn = Cite("a9", "DeepMind veteran moves to Meta", "https://example.com/a9", "Wired",
        Language.English, "Jack Rae left DeepMind for Meta.");
    public static readonly Citation LeeEn = Cite("a10", "OpenAI hires from DeepMind", "https://example.com/a10", "Reuters",
        Language.English, "Dana Lee joined OpenAI from DeepMind.");

    public static readonly DateTimeOffset FirstSeen = new(2025, 8, 1, 9, 30, 0, TimeSpan.Zero);

    public const int OpenAiLeavers = 12;

    /// <summary>When the corpus's questions are asked: after its newest move, and never advanced.</summary>
    public static TimeProvider Clock { get; } = new FakeTimeProvider(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));

    /// <summary>A knowledge base over the whole corpus; each test gets its own, so none can disturb another.</summary>
    public static FakeKnowledgeBase KnowledgeBase()
    {
        var kb = new FakeKnowledgeBase(Registry);
        kb.Moves.Add(Move("m-pang", RuomingPang, MoveKind.Left, Apple, Msl, new PartialDate(2025, 7),
            new Money(200_000_000m, "USD", "more than $200 million"), PangEn, PangJa));
        kb.Moves.Add(Move("m-zhao", ShengjiaZhao, MoveKind.Joined, OpenAI, Msl, new PartialDate(2025, 7), null, ZhaoEn));
        kb.Moves.Add(Move("m-nayak-google", ChayaNayak, MoveKind.Left, Meta, Google, new PartialDate(2025, 8), null, NayakFr));
        kb.Moves.Add(Move("m-nayak-anthropic", ChayaNayak, MoveKind.Left, Meta, Anthropic, new PartialDate(2025, 8), null, NayakIt));
        kb.Moves.Add(Move("m-roe-deepmind", JaneRoe, MoveKind.Left, Meta, DeepMind, new PartialDate(2025, 6), null, RoeEn));
        kb.Moves.Add(Move("m-roe-google", JaneRoe, MoveKind.Left, Meta, Google, new PartialDate(2025, 6), null, RoeEn));
        kb.Moves.Add(Move("m-rae", JackRae, MoveKind.Left, DeepMind, Meta, new PartialDate(2025, 5), null, RaeEn));
        kb.Moves.Add(Move("m-lee", DanaLee, MoveKind.Joined, DeepMind, OpenAI, new PartialDate(2025, 4), null, LeeEn));
        for (var i = 1; i <= OpenAiLeavers; i++)
        {
            var quote = $"Researcher {i} left OpenAI for a start-up.";
            kb.Moves.Add(Move($"m-filler-{i}", EntityRef.Unregistered($"Researcher {i}"), MoveKind.Left, OpenAI,
                EntityRef.Unregistered($"Startup {i}"), new PartialDate(2024, i), null,
                Cite($"f{i}", $"Filler {i}", null, null, Language.English, quote)));
        }
        kb.Counts.Add(new CountFact("c-openai-meta", OpenAI, Meta, 20, CountBound.MoreThan, [CountEn]));

        foreach (var (citation, ids) in new (Citation, string[])[]
                 {
                     (PangEn, ["ruoming-pang", "apple", "meta"]), (PangJa, ["ruoming-pang", "apple", "meta"]),
                     (NayakFr, ["chaya-nayak", "meta", "google"]), (NayakIt, ["chaya-nayak", "meta", "anthropic"]),
                     (CountEn, ["openai", "meta"]), (FreezeJa, ["meta"]), (ZhaoEn, ["shengjia-zhao", "msl", "openai"]),
                 })
        {
            kb.Sentences.Add((citation, ids));
        }
        kb.ArticleEntities.Add((EntityKind.Person, JaneRoe));
        kb.ArticleEntities.Add((EntityKind.Person, JackRae));
        kb.ArticleEntities.Add((EntityKind.Person, DanaLee));
        return kb;
    }

    public static Move Move(string id, EntityRef person, MoveKind kind, EntityRef? from, EntityRef? to, PartialDate? when,
        Money? amount, params Citation[] citations) =>
        new(id, person, from, to, kind, when, amount, citations, FirstSeen);

    public static Citation Cite(string article, string title, string? url, string? outlet, Language language, string quote) =>
        new(article, title, url, outlet, language, 0, quote);

    private static RegisteredEntity Org(string id, string name, string? parent, params string[] aliases) =>
        new(id, EntityKind.Organisation, name, aliases, parent);

    private static RegisteredEntity Person(string id, string name, params string[] aliases) =>
        new(id, EntityKind.Person, name, aliases, null);

    private static EntityRef Ref(string id) => Registry.Find(id)!.ToRef();
}
