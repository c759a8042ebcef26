using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering;

/// <summary>
/// The JSON contract of <c>ask --json</c>: one indented object with stable snake_case names, non-ASCII written
/// as itself (Japanese quotes stay readable). The names are the contract; the records below exist only to spell
/// them. Thread-safe.
/// </summary>
public static class ReplyJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        // The output goes to a terminal or a file, never into HTML, so the relaxed encoder is safe here.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The reply as <c>ask --json</c> prints it, each citation's <c>link</c> from <paramref name="links"/> (articles' own pages only when null).</summary>
    public static string Serialize(Reply reply, CitationLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var citations = Citations(reply, links);
        var document = new ReplyDocument(
            reply.Text,
            IntentCode(reply.Intent),
            reply.Language.ToCode(),
            OutcomeCode(reply.Outcome),
            reply.Total,
            reply.Page,
            reply.Pages,
            reply.Moves.Select(m => MoveDocument(m, citations)).ToList(),
            reply.Counts.Select(c => CountDocument(c, citations)).ToList(),
            reply.Citations.Select(c => citations[c.Number]).ToList(),
            reply.Notes.Select(n => n.Text).ToList(),
            reply.Flows is { } flows ? FlowsDocument(flows, reply.Language) : null);
        return JsonSerializer.Serialize(document, Options);
    }

    private static FlowsJson FlowsDocument(FlowChart chart, Language language) => new(
        chart.Organisation.Name,
        chart.Organisation.Id,
        chart.Period,
        chart.Incoming,
        chart.Outgoing,
        chart.Bars.Select(b => new FlowBarJson(b.Label, b.Counterpart?.Id, b.Incoming, b.Outgoing)).ToList(),
        FlowsAnswerer.AltText(chart, language));

    /// <summary>
    /// An alert or digest as a JSON webhook receives it: what it is and its idempotency key, then the reply's moves
    /// in the same shape as <c>ask --json</c>'s. A digest covers the moves first seen after <paramref name="windowStart"/>
    /// and up to <paramref name="windowEnd"/>.
    /// </summary>
    public static string SerializeDelivery(
        Reply reply, string id, string subscriptionId, DateTimeOffset created, DateTimeOffset? windowStart, DateTimeOffset? windowEnd,
        CitationLinks? links = null)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (reply.Intent is not (ReplyIntent.Alert or ReplyIntent.Digest))
            throw new ArgumentException("Only alerts and digests are delivered.", nameof(reply));
        var citations = Citations(reply, links);
        var document = new DeliveryDocument(
            IntentCode(reply.Intent),
            id,
            subscriptionId,
            reply.Language.ToCode(),
            windowStart is { } start ? Timestamp(start) : null,
            windowEnd is { } end ? Timestamp(end) : null,
            Timestamp(created),
            reply.Text,
            reply.Total,
            reply.Moves.Select(m => MoveDocument(m, citations)).ToList());
        return JsonSerializer.Serialize(document, Options);
    }

    private static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string IntentCode(ReplyIntent intent) => intent switch
    {
        ReplyIntent.WhoLeft => "who_left",
        ReplyIntent.WhoJoined => "who_joined",
        ReplyIntent.MovesOf => "moves",
        ReplyIntent.Ask => "ask",
        ReplyIntent.Help => "help",
        ReplyIntent.Alert => "alert",
        ReplyIntent.Digest => "digest",
        ReplyIntent.Flows => "flows",
        _ => throw new ArgumentOutOfRangeException(nameof(intent), intent, null),
    };

    private static string OutcomeCode(ReplyOutcome outcome) => outcome switch
    {
        ReplyOutcome.Answered => "answered",
        ReplyOutcome.NothingFound => "nothing_found",
        ReplyOutcome.InvalidRequest => "invalid_request",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    private static string BoundCode(CountBound bound) => bound switch
    {
        CountBound.Exactly => "exactly",
        CountBound.AtLeast => "at_least",
        CountBound.MoreThan => "more_than",
        CountBound.About => "about",
        _ => throw new ArgumentOutOfRangeException(nameof(bound), bound, null),
    };

    private static MoveJson MoveDocument(ReplyMove shown, Dictionary<int, CitationJson> citations)
    {
        var move = shown.Move;
        return new MoveJson(
            move.Id,
            move.Person.Name,
            move.Person.Id,
            move.From?.Name,
            move.From?.Id,
            move.To?.Name,
            move.To?.Id,
            move.Kind.ToCode(),
            move.When?.ToString(),
            move.Amount is { } amount ? new AmountJson(amount.Amount, amount.Currency, amount.Text) : null,
            move.IndependentSources,
            Timestamp(move.FirstSeen),
            shown.Disputed,
            shown.CitationNumbers.Select(n => citations[n]).ToList(),
            move.FoundOnlyByModel,
            move.Confidence.Code,
            move.Confidence.Reasons.Select(r => r.ToCode()).ToList(),
            shown.Group);
    }

    private static CountJson CountDocument(ReplyCount shown, Dictionary<int, CitationJson> citations) => new(
        shown.Count.From.Name,
        shown.Count.From.Id,
        shown.Count.To?.Name,
        shown.Count.To?.Id,
        shown.Count.Count,
        BoundCode(shown.Count.Bound),
        shown.CitationNumbers.Select(n => citations[n]).ToList());

    private static Dictionary<int, CitationJson> Citations(Reply reply, CitationLinks? links) =>
        reply.Citations.ToDictionary(c => c.Number, c => CitationDocument(c, links ?? CitationLinks.ArticlesOnly, reply.Language));

    private static CitationJson CitationDocument(NumberedCitation numbered, CitationLinks links, Language language) => new(
        numbered.Number,
        numbered.Citation.ArticleId,
        numbered.Citation.Title,
        numbered.Citation.Url,
        numbered.Citation.Language.ToCode(),
        numbered.Citation.Quote,
        numbered.Citation.Outlet,
        numbered.Citation.Published?.ToString(),
        links.For(numbered.Citation, language));

    private sealed record ReplyDocument(
        [property: JsonPropertyName("answer")] string Answer,
        [property: JsonPropertyName("intent")] string Intent,
        [property: JsonPropertyName("language")] string Language,
        [property: JsonPropertyName("outcome")] string Outcome,
        [property: JsonPropertyName("total")] int Total,
        [property: JsonPropertyName("page")] int Page,
        [property: JsonPropertyName("pages")] int Pages,
        [property: JsonPropertyName("moves")] IReadOnlyList<MoveJson> Moves,
        [property: JsonPropertyName("counts")] IReadOnlyList<CountJson> Counts,
        [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations,
        [property: JsonPropertyName("notes")] IReadOnlyList<string> Notes,
        [property: JsonPropertyName("flows"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] FlowsJson? Flows);

    private sealed record FlowsJson(
        [property: JsonPropertyName("organisation")] string Organisation,
        [property: JsonPropertyName("organisation_id")] string OrganisationId,
        [property: JsonPropertyName("period")] string Period,
        [property: JsonPropertyName("incoming")] int Incoming,
        [property: JsonPropertyName("outgoing")] int Outgoing,
        [property: JsonPropertyName("bars")] IReadOnlyList<FlowBarJson> Bars,
        [property: JsonPropertyName("alt_text")] string AltText);

    private sealed record FlowBarJson(
        [property: JsonPropertyName("counterpart")] string Counterpart,
        [property: JsonPropertyName("counterpart_id")] string? CounterpartId,
        [property: JsonPropertyName("incoming")] int Incoming,
        [property: JsonPropertyName("outgoing")] int Outgoing);

    private sealed record DeliveryDocument(
        [property: JsonPropertyName("type")] string Type,
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("subscription")] string Subscription,
        [property: JsonPropertyName("language")] string Language,
        [property: JsonPropertyName("since"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Since,
        [property: JsonPropertyName("until"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Until,
        [property: JsonPropertyName("created")] string Created,
        [property: JsonPropertyName("text")] string Text,
        [property: JsonPropertyName("total")] int Total,
        [property: JsonPropertyName("moves")] IReadOnlyList<MoveJson> Moves);

    private sealed record MoveJson(
        [property: JsonPropertyName("id")] string Id,
        [property: JsonPropertyName("person")] string Person,
        [property: JsonPropertyName("person_id")] string PersonId,
        [property: JsonPropertyName("from")] string? From,
        [property: JsonPropertyName("from_id")] string? FromId,
        [property: JsonPropertyName("to")] string? To,
        [property: JsonPropertyName("to_id")] string? ToId,
        [property: JsonPropertyName("kind")] string Kind,
        [property: JsonPropertyName("when")] string? When,
        [property: JsonPropertyName("amount")] AmountJson? Amount,
        [property: JsonPropertyName("sources")] int Sources,
        [property: JsonPropertyName("first_seen")] string FirstSeen,
        [property: JsonPropertyName("disputed")] bool Disputed,
        [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations,
        [property: JsonPropertyName("model_only")] bool ModelOnly,
        [property: JsonPropertyName("confidence")] string Confidence,
        [property: JsonPropertyName("confidence_reasons")] IReadOnlyList<string> ConfidenceReasons,
        [property: JsonPropertyName("group"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Group);

    private sealed record AmountJson(
        [property: JsonPropertyName("value")] decimal Value,
        [property: JsonPropertyName("currency")] string Currency,
        [property: JsonPropertyName("text")] string Text);

    private sealed record CountJson(
        [property: JsonPropertyName("from")] string From,
        [property: JsonPropertyName("from_id")] string FromId,
        [property: JsonPropertyName("to")] string? To,
        [property: JsonPropertyName("to_id")] string? ToId,
        [property: JsonPropertyName("count")] int Count,
        [property: JsonPropertyName("bound")] string Bound,
        [property: JsonPropertyName("citations")] IReadOnlyList<CitationJson> Citations);

    private sealed record CitationJson(
        [property: JsonPropertyName("n")] int N,
        [property: JsonPropertyName("article")] string Article,
        [property: JsonPropertyName("title")] string Title,
        [property: JsonPropertyName("url")] string? Url,
        [property: JsonPropertyName("language")] string Language,
        [property: JsonPropertyName("quote")] string Quote,
        [property: JsonPropertyName("outlet")] string? Outlet,
        [property: JsonPropertyName("published")] string? Published,
        [property: JsonPropertyName("link")] string? Link);
}
