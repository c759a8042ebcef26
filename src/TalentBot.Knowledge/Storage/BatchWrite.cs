using LiteDB;
using TalentBot.Core;
using TalentBot.Core.Extraction;
using TalentBot.Knowledge.Ingestion;

namespace TalentBot.Knowledge.Storage;

/// <summary>
/// One batch of articles applied to the store inside the caller's transaction. Moves, counts and entities that
/// several articles touch are read once and written once per batch. <paramref name="heads"/> serves the articles
/// stored before the batch; the batch's own are not committed yet, so it knows their heads itself.
/// </summary>
internal sealed class BatchWrite(StoreCollections store, ArticleHeads heads, StoreMetaDocument meta, DateTime now)
{
    private readonly Dictionary<string, MoveDocument?> _moves = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CountDocument?> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityDocument?> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EntityDocument?> _organisations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _contentKeys = new(StringComparer.Ordinal);
    private readonly List<(string ArticleId, List<string> New, List<string> Cited)> _outcomes = [];
    private readonly HashSet<string> _created = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ArticleHead> _heads = new(StringComparer.Ordinal);
    private readonly List<string> _nowStated = [];

    public List<StoredSentence> Sentences { get; } = [];

    /// <summary>
    /// Moves stored before this batch as inferred that an article of it was the first to state, as stored after the
    /// batch; set by <see cref="Finish"/>. Stated-only subscriptions hear of them now.
    /// </summary>
    public IReadOnlyList<Move> NowStated { get; private set; } = [];

    public IEnumerable<MoveDocument> TouchedMoves => _moves.Values.OfType<MoveDocument>();

    /// <summary>Applies one article; returns its report unless the moves it lists still need building.</summary>
    public IngestReport? Apply(PreparedArticle article)
    {
        if (_contentKeys.TryGetValue(article.ContentKey, out var twin)) return IngestReport.AlreadyKnown(twin);
        var known = store.Articles.FindOne(StoreQueries.Equal(nameof(ArticleDocument.ContentKey), article.ContentKey));
        if (known is not null) return IngestReport.AlreadyKnown(known.Id);
        if (store.Articles.FindById(article.Id) is not null)
            return IngestReport.Rejected(article.Id, $"the id '{article.Id}' already names an article with different text");

        _contentKeys[article.ContentKey] = article.Id;
        var seq = ++meta.LastArticleSeq;
        var (stored, sentences) = StoreSentences(article);
        store.Articles.Insert(new ArticleDocument
        {
            Id = article.Id,
            Seq = seq,
            Title = article.Title,
            Url = article.Url,
            Outlet = article.Outlet,
            Language = article.Language.ToString(),
            Published = article.Published?.ToString(),
            Text = article.Text,
            ContentKey = article.ContentKey,
            IngestedAt = now,
            Sentences = stored,
        });
        meta.Articles++;
        _heads[article.Id] = new ArticleHead(article.Title, article.Url, article.Outlet, article.Language, article.Published);

        CountMentions(article.Facts.Mentions);
        var outcome = (article.Id, New: new List<string>(), Cited: new List<string>());
        foreach (var claim in article.Facts.Moves) ApplyMove(claim, sentences, outcome.New, outcome.Cited);
        foreach (var claim in article.Facts.Counts) ApplyCount(claim, sentences);
        _outcomes.Add(outcome);
        return null;
    }

    /// <summary>Writes what the batch touched and builds the reports for the articles it added.</summary>
    public Dictionary<string, IngestReport> Finish()
    {
        foreach (var move in _moves.Values.OfType<MoveDocument>()) store.Moves.Upsert(move);
        foreach (var count in _counts.Values.OfType<CountDocument>()) store.Counts.Upsert(count);
        foreach (var person in _people.Values.OfType<EntityDocument>()) store.People.Upsert(person);
        foreach (var organisation in _organisations.Values.OfType<EntityDocument>()) store.Organisations.Upsert(organisation);
        store.Meta.Upsert(meta);

        var moves = new Dictionary<string, Move>(StringComparer.Ordinal);
        Move MoveOf(string id) => moves.TryGetValue(id, out var m) ? m : moves[id] = StoreMapping.ToMove(_moves[id]!, HeadOf);
        NowStated = _nowStated.Select(MoveOf).ToList();
        return _outcomes.ToDictionary(
            o => o.ArticleId,
            o => new IngestReport(o.ArticleId, IngestStatus.Added, o.New.Select(MoveOf).ToList(), o.Cited.Select(MoveOf).ToList()),
            StringComparer.Ordinal);
    }

    /// <summary>The article's sentences as its document keeps them, and as citations and the evidence index read them.</summary>
    private (List<SentenceDocument> Stored, Dictionary<int, StoredSentence> Read) StoreSentences(PreparedArticle article)
    {
        var entitiesBySentence = article.Facts.Mentions
            .GroupBy(m => m.SentenceIndex)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Entity.Id).Distinct(StringComparer.Ordinal).ToList());
        var stored = new List<SentenceDocument>(article.Facts.Sentences.Count);
        var read = new Dictionary<int, StoredSentence>();
        foreach (var span in article.Facts.Sentences)
        {
            var entityIds = entitiesBySentence.GetValueOrDefault(span.Index);
            if (!read.TryAdd(span.Index, new StoredSentence(article.Id, span.Index, span.Text, article.Language.ToString(), entityIds ?? [])))
                continue;
            var isSlice = span.Start >= 0 && span.Start + span.Text.Length <= article.Text.Length
                          && article.Text.AsSpan(span.Start, span.Text.Length).SequenceEqual(span.Text);
            stored.Add(new SentenceDocument
            {
                Index = span.Index,
                Start = isSlice ? span.Start : 0,
                Length = isSlice ? span.Text.Length : 0,
                Text = isSlice ? null : span.Text,
                EntityIds = entityIds,
            });
            Sentences.Add(read[span.Index]);
            meta.Sentences++;
        }
        return (stored, read);
    }

    /// <summary>Counts the times each entity is named, which orders the entities a name finds; a pronoun names no one.</summary>
    private void CountMentions(IReadOnlyList<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.ThroughReference) continue;
            var entity = Entity(mention.Entity, mention.Kind);
            entity.Mentions++;
        }
    }

    private void ApplyMove(MoveClaim claim, Dictionary<int, StoredSentence> sentences, List<string> created, List<string> cited)
    {
        // The first sentence states the move; neighbours that supplied a part of it are cited after it, verbatim.
        var citations = claim.SentenceIndexes.Distinct().Where(sentences.ContainsKey)
                             .Select(i => StoreMapping.ToCitationDocument(sentences[i], claim.FoundBy, claim.Confidence)).ToList();
        if (citations.Count == 0) return;

        Entity(claim.Person, EntityKind.Person);
        if (claim.From is not null) Entity(claim.From, EntityKind.Organisation);
        if (claim.To is not null) Entity(claim.To, EntityKind.Organisation);

        var id = Move.KeyOf(claim.Person, claim.Kind, claim.From, claim.To);
        var move = Load(_moves, store.Moves, id);
        if (move is null)
        {
            _moves[id] = new MoveDocument
            {
                Id = id,
                Seq = ++meta.LastMoveSeq,
                PersonId = claim.Person.Id,
                PersonName = claim.Person.Name,
                FromId = claim.From?.Id,
                FromName = claim.From?.Name,
                ToId = claim.To?.Id,
                ToName = claim.To?.Name,
                Kind = claim.Kind.ToString(),
                When = claim.When?.ToString(),
                Amount = StoreMapping.ToMoneyDocument(claim.Amount),
                FirstSeen = now,
                Citations = citations,
            };
            meta.Moves++;
            created.Add(id);
            _created.Add(id);
            return;
        }

        var wasStated = StoreMapping.ConfidenceOf(move).IsStated;
        var added = AddCitations(move.Citations, citations);
        if (!wasStated && StoreMapping.ConfidenceOf(move).IsStated)
        {
            move.StatedAt = now;
            if (!_created.Contains(id)) _nowStated.Add(id);
        }
        move.When ??= claim.When?.ToString();
        move.Amount ??= StoreMapping.ToMoneyDocument(claim.Amount);
        if (added && !created.Contains(id) && !cited.Contains(id)) cited.Add(id);
    }

    private void ApplyCount(CountClaim claim, Dictionary<int, StoredSentence> sentences)
    {
        if (!sentences.TryGetValue(claim.SentenceIndex, out var sentence)) return;
        Entity(claim.From, EntityKind.Organisation);
        if (claim.To is not null) Entity(claim.To, EntityKind.Organisation);

        var id = string.Join('|', claim.From.Id, claim.To?.Id ?? "", claim.Count, claim.Bound);
        var count = Load(_counts, store.Counts, id);
        var citation = StoreMapping.ToCitationDocument(sentence);
        if (count is not null)
        {
            AddCitations(count.Citations, [citation]);
            return;
        }
        _counts[id] = new CountDocument
        {
            Id = id,
            FromId = claim.From.Id,
            FromName = claim.From.Name,
            ToId = claim.To?.Id,
            ToName = claim.To?.Name,
            Count = claim.Count,
            Bound = claim.Bound.ToString(),
            Citations = [citation],
        };
        meta.Counts++;
    }

    private static bool AddCitations(List<CitationDocument> existing, List<CitationDocument> candidates)
    {
        var added = false;
        foreach (var candidate in candidates)
        {
            var cited = existing.Find(c => c.ArticleId == candidate.ArticleId && c.SentenceIndex == candidate.SentenceIndex);
            if (cited is not null)
            {
                StoreMapping.Strengthen(cited, candidate);
                continue;
            }
            existing.Add(candidate);
            added = true;
        }
        return added;
    }

    private EntityDocument Entity(EntityRef entity, EntityKind kind)
    {
        var (cache, collection) = kind == EntityKind.Person ? (_people, store.People) : (_organisations, store.Organisations);
        var document = Load(cache, collection, entity.Id);
        if (document is not null) return document;
        document = new EntityDocument
        {
            Id = entity.Id,
            Name = entity.Name,
            Folded = TextFolding.Fold(entity.Name),
            NameKey = Transliteration.NameKey(entity.Name),
        };
        cache[entity.Id] = document;
        if (kind == EntityKind.Person) meta.People++;
        else meta.Organisations++;
        return document;
    }

    private ArticleHead HeadOf(string articleId) => _heads.TryGetValue(articleId, out var head) ? head : heads.Of(articleId);

    private static T? Load<T>(Dictionary<string, T?> cache, ILiteCollection<T> collection, string id)
        where T : class
    {
        if (!cache.TryGetValue(id, out var document)) cache[id] = document = collection.FindById(id);
        return document;
    }
}
