using TalentBot.Core;

namespace TalentBot.Alerts.Tests.Support;

/// <summary>Sentences the rule-based extractor reads as exactly one move each (checked against its output).</summary>
public static class Articles
{
    /// <summary>alice-martin | left | meta → openai: a departure from Meta.</summary>
    public const string AliceLeftMeta = "Alice Martin left Meta to join OpenAI.";

    /// <summary>The same move as <see cref="AliceLeftMeta"/>, in other words.</summary>
    public const string AliceLeftMetaAgain = "Alice Martin, a senior researcher, quit Meta for OpenAI.";

    /// <summary>bruno-rossi | joined | google → meta: an arrival at Meta.</summary>
    public const string BrunoJoinedMeta = "Bruno Rossi joined Meta from Google.";

    /// <summary>daniel-kim | left | google → anthropic: nothing to do with Meta.</summary>
    public const string DanielLeftGoogle = "Daniel Kim left Google to join Anthropic.";

    /// <summary>emma-laurent | declined_offer | → meta: news about Emma, not a move at Meta.</summary>
    public const string EmmaDeclinedMeta = "Emma Laurent turned down an offer from Meta.";

    /// <summary>chiara-bianchi | left | fair → anthropic: FAIR is part of Meta.</summary>
    public const string ChiaraLeftFair = "Chiara Bianchi left FAIR to join Anthropic.";

    /// <summary>farah-nasser | left | apple → google-deepmind.</summary>
    public const string FarahJoinedDeepMind = "Farah Nasser left Apple to join Google DeepMind.";

    /// <summary>French: emma-laurent | left | google → meta.</summary>
    public const string EmmaJoinedMetaFrench = "Emma Laurent a quitté Google pour rejoindre Meta.";

    /// <summary>Japanese, Meta written メタ: hiro-tanaka | left | meta → openai.</summary>
    public const string HiroLeftMetaJapanese = "ヒロ・タナカ氏はメタを退社し、オープンAIに入社した。";

    /// <summary>Italian: bruno-rossi | left | meta → openai.</summary>
    public const string BrunoLeftMetaItalian = "Bruno Rossi ha lasciato Meta per OpenAI.";

    public static string Url(string slug) => "https://news.example/" + slug;
}
