namespace TalentBot.Knowledge.Storage;

// Storage shapes, kept apart from Core's records so that Core carries no LiteDB attributes and the file format can
// change under a schema version without touching the domain. Mutable classes because the BsonMapper fills them.

internal sealed class ArticleDocument
{
    public string Id { get; set; } = "";
    public long Seq { get; set; }
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? Outlet { get; set; }
    public string Language { get; set; } = "";
    public string? Published { get; set; }
    public string Text { get; set; } = "";
    public string ContentKey { get; set; } = "";
    public DateTime IngestedAt { get; set; }
    /// <summary>The indexes of its sentences, so a replay can read them by id.</summary>
    public List<int> SentenceIndexes { get; set; } = [];
}

/// <summary>A sentence with what a citation of it needs, so evidence search reads one collection in one query.</summary>
internal sealed class SentenceDocument
{
    public string Id { get; set; } = "";
    public string ArticleId { get; set; } = "";
    public int Index { get; set; }
    public string Text { get; set; } = "";
    public string Language { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? Outlet { get; set; }
    public string? Published { get; set; }
    public List<string> EntityIds { get; set; } = [];

    public static string IdOf(string articleId, int index) => articleId + "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class EntityDocument
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Folded { get; set; } = "";
    /// <summary>
    /// <see cref="Core.Transliteration.NameKey"/> of the name, on which a Latin spelling meets a katakana one; null
    /// (not written) for a name with no key, such as one in kanji.
    /// </summary>
    public string? NameKey { get; set; }
    public int Mentions { get; set; }
}

internal sealed class CitationDocument
{
    public string ArticleId { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Url { get; set; }
    public string? Outlet { get; set; }
    public string Language { get; set; } = "";
    public int SentenceIndex { get; set; }
    public string Quote { get; set; } = "";
    public string? Published { get; set; }
    /// <summary>
    /// <see cref="Core.Extraction.ClaimFinder.Model"/>'s name when a model's checked proposal made this claim; null
    /// (not written) for the rules, so citations stored before the model could extract read as the rules'.
    /// </summary>
    public string? FoundBy { get; set; }
    /// <summary>
    /// <see cref="Core.Certainty.Inferred"/>'s name when this article only lets the move be inferred; null (not
    /// written) when it states it, so citations stored before confidences were kept read as stated. A claim's
    /// confidence is its article's, so every citation of one claim carries the same.
    /// </summary>
    public string? Certainty { get; set; }
    /// <summary>The <see cref="Core.InferenceReason"/> names of an inferred claim; null when stated.</summary>
    public List<string>? InferenceReasons { get; set; }
}

internal sealed class MoneyDocument
{
    public decimal Amount { get; set; }
    public string Currency { get; set; } = "";
    public string Text { get; set; } = "";
}

/// <summary>One move per identity (<see cref="Core.Move.KeyOf"/>), its citations embedded so a reply needs no join.</summary>
internal sealed class MoveDocument
{
    public string Id { get; set; } = "";
    public long Seq { get; set; }
    public string PersonId { get; set; } = "";
    public string PersonName { get; set; } = "";
    public string? FromId { get; set; }
    public string? FromName { get; set; }
    public string? ToId { get; set; }
    public string? ToName { get; set; }
    public string Kind { get; set; } = "";
    public string? When { get; set; }
    public MoneyDocument? Amount { get; set; }
    public DateTime FirstSeen { get; set; }
    /// <summary>
    /// When an article first stated a move that earlier articles only let us infer. Null while the move is inferred,
    /// and for a move stated by its first article, which has been stated since <see cref="FirstSeen"/> (as has every
    /// move of a store written before confidences were kept).
    /// </summary>
    public DateTime? StatedAt { get; set; }
    public List<CitationDocument> Citations { get; set; } = [];
}

internal sealed class CountDocument
{
    public string Id { get; set; } = "";
    public string FromId { get; set; } = "";
    public string FromName { get; set; } = "";
    public string? ToId { get; set; }
    public string? ToName { get; set; }
    public int Count { get; set; }
    public string Bound { get; set; } = "";
    public List<CitationDocument> Citations { get; set; } = [];
}

/// <summary>Counters and sequences, written in the same transaction as the batch they describe.</summary>
internal sealed class StoreMetaDocument
{
    public const string SingletonId = "meta";

    public string Id { get; set; } = SingletonId;
    public long LastArticleSeq { get; set; }
    public long LastMoveSeq { get; set; }
    public int Articles { get; set; }
    public int Sentences { get; set; }
    public int Moves { get; set; }
    public int Counts { get; set; }
    public int People { get; set; }
    public int Organisations { get; set; }
}
