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
    /// <summary>
    /// Its sentences, in order. Kept in the article rather than one document each: a million small documents, each
    /// with its id index entry and its share of LiteDB's page slack, cost more than their text.
    /// </summary>
    public List<SentenceDocument> Sentences { get; set; } = [];

    /// <summary>The sentences as evidence search and the evidence index read them.</summary>
    public IEnumerable<StoredSentence> StoredSentences() => Sentences.Select(s => new StoredSentence(
        Id, s.Index, s.Text ?? Text.Substring(s.Start, s.Length), Language, s.EntityIds ?? []));
}

/// <summary>
/// A sentence inside its article's document, under one-letter field names (<see cref="StoreMapping"/>) because there
/// are a dozen in every article. Most sentences are a slice of the article's text and keep only its place.
/// </summary>
internal sealed class SentenceDocument
{
    public int Index { get; set; }
    public int Start { get; set; }
    public int Length { get; set; }
    /// <summary>The sentence when it is not the slice of the article's text at <see cref="Start"/>; null (not written) when it is.</summary>
    public string? Text { get; set; }
    /// <summary>The entities it is about; null (not written) when none.</summary>
    public List<string>? EntityIds { get; set; }

    public static string IdOf(string articleId, int index) => articleId + "#" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The article id and index in a sentence id, or null for text that is not one.</summary>
    public static (string ArticleId, int Index)? ParseId(string sentenceId)
    {
        var hash = sentenceId.LastIndexOf('#');
        return hash > 0 && int.TryParse(sentenceId.AsSpan(hash + 1), System.Globalization.NumberStyles.None,
                                        System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? (sentenceId[..hash], index)
            : null;
    }
}

/// <summary>A sentence read from its article: what a citation quotes and the evidence index files, in the article's language.</summary>
internal sealed record StoredSentence(string ArticleId, int Index, string Text, string Language, IReadOnlyList<string> EntityIds)
{
    public string Id => SentenceDocument.IdOf(ArticleId, Index);
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

/// <summary>A quoted sentence; the article it is from is read through <see cref="ArticleHeads"/>, as for a sentence.</summary>
internal sealed class CitationDocument
{
    public string ArticleId { get; set; } = "";
    public int SentenceIndex { get; set; }
    public string Quote { get; set; } = "";
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
