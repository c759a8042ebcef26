using LiteDB;
using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Knowledge.Storage;

/// <summary>The store's BsonMapper and the conversions between storage documents and Core's records.</summary>
internal static class StoreMapping
{
    public static BsonMapper CreateMapper()
    {
        // LiteDB's defaults trim strings and turn "" into null: a verbatim quote must survive both.
        var mapper = new BsonMapper
        {
            TrimWhitespace = false,
            EmptyStringToNull = false,
            SerializeNullValues = false,
            EnumAsInteger = false,
        };
        mapper.Entity<ArticleDocument>().Id(x => x.Id, autoId: false);
        mapper.Entity<SentenceDocument>()
              .Field(x => x.Index, "i").Field(x => x.Start, "s").Field(x => x.Length, "n").Field(x => x.Text, "t").Field(x => x.EntityIds, "e");
        mapper.Entity<EntityDocument>().Id(x => x.Id, autoId: false);
        mapper.Entity<MoveDocument>().Id(x => x.Id, autoId: false);
        mapper.Entity<CountDocument>().Id(x => x.Id, autoId: false);
        mapper.Entity<StoreMetaDocument>().Id(x => x.Id, autoId: false);
        return mapper;
    }

    public static Move ToMove(MoveDocument d, Func<string, ArticleHead> headOf) => new(
        d.Id,
        new EntityRef(d.PersonId, d.PersonName),
        d.FromId is null ? null : new EntityRef(d.FromId, d.FromName ?? d.FromId),
        d.ToId is null ? null : new EntityRef(d.ToId, d.ToName ?? d.ToId),
        Enum.Parse<MoveKind>(d.Kind),
        ParseDate(d.When),
        d.Amount is null ? null : new Money(d.Amount.Amount, d.Amount.Currency, d.Amount.Text),
        d.Citations.Select(c => ToCitation(c, headOf(c.ArticleId))).ToList(),
        new DateTimeOffset(DateTime.SpecifyKind(d.FirstSeen, DateTimeKind.Utc)),
        d.Citations.Count > 0 && d.Citations.TrueForAll(c => c.FoundBy == nameof(ClaimFinder.Model)))
    {
        Confidence = ConfidenceOf(d),
    };

    /// <summary>Stated if any citing article states it; otherwise inferred with the reasons of them all.</summary>
    public static MoveConfidence ConfidenceOf(MoveDocument d) => MoveConfidence.Strongest(d.Citations.Select(ConfidenceOf));

    public static MoveConfidence ConfidenceOf(CitationDocument d) => d.Certainty is null
        ? MoveConfidence.Stated
        : new MoveConfidence(Enum.Parse<Certainty>(d.Certainty),
                             (d.InferenceReasons ?? []).Select(Enum.Parse<InferenceReason>).Distinct().Order().ToList());

    /// <summary>When the move was first stated: null while it is inferred.</summary>
    public static DateTime? StatedSince(MoveDocument d) => d.StatedAt ?? (ConfidenceOf(d).IsStated ? d.FirstSeen : null);

    public static CountFact ToCount(CountDocument d, Func<string, ArticleHead> headOf) => new(
        d.Id,
        new EntityRef(d.FromId, d.FromName),
        d.ToId is null ? null : new EntityRef(d.ToId, d.ToName ?? d.ToId),
        d.Count,
        Enum.Parse<CountBound>(d.Bound),
        d.Citations.Select(c => ToCitation(c, headOf(c.ArticleId))).ToList());

    public static Citation ToCitation(CitationDocument d, ArticleHead article) => new(
        d.ArticleId, article.Title, article.Url, article.Outlet, article.Language, d.SentenceIndex, d.Quote, article.Published);

    public static Citation ToCitation(StoredSentence s, ArticleHead article) => new(
        s.ArticleId, article.Title, article.Url, article.Outlet, article.Language, s.Index, s.Text, article.Published);

    public static CitationDocument ToCitationDocument(StoredSentence s, ClaimFinder foundBy = ClaimFinder.Rules, MoveConfidence? confidence = null)
    {
        var citation = new CitationDocument
        {
            ArticleId = s.ArticleId,
            SentenceIndex = s.Index,
            Quote = s.Text,
            FoundBy = foundBy == ClaimFinder.Rules ? null : foundBy.ToString(),
        };
        SetConfidence(citation, confidence ?? MoveConfidence.Stated);
        return citation;
    }

    /// <summary>
    /// Another claim of the same article cites a sentence already cited: the citation keeps the stronger of the two
    /// confidences, since the article states the move if either claim does.
    /// </summary>
    public static void Strengthen(CitationDocument cited, CitationDocument again) =>
        SetConfidence(cited, MoveConfidence.Strongest([ConfidenceOf(cited), ConfidenceOf(again)]));

    private static void SetConfidence(CitationDocument citation, MoveConfidence confidence)
    {
        citation.Certainty = confidence.IsStated ? null : confidence.Certainty.ToString();
        citation.InferenceReasons = confidence.IsStated ? null : confidence.Reasons.Select(r => r.ToString()).ToList();
    }

    public static MoneyDocument? ToMoneyDocument(Money? money) =>
        money is null ? null : new MoneyDocument { Amount = money.Amount, Currency = money.Currency, Text = money.Text };

    public static PartialDate? ParseDate(string? text) => PartialDate.TryParse(text, out var date) ? date : null;
}
