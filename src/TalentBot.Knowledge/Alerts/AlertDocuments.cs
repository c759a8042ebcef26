using System.Globalization;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Feeds;

namespace TalentBot.Knowledge.Alerts;

// Storage shapes for subscriptions, the outbox and feeds; Core's records carry no LiteDB concerns.

internal sealed class EntityNameDocument
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
}

internal sealed class SubscriptionDocument
{
    public string Id { get; set; } = "";
    public string TargetKind { get; set; } = "";
    public string Address { get; set; } = "";
    public string Format { get; set; } = "";
    public List<EntityNameDocument> Organisations { get; set; } = [];
    public List<EntityNameDocument> People { get; set; } = [];
    public List<string> Kinds { get; set; } = [];
    public bool Alerts { get; set; }
    /// <summary>False (absent) in subscriptions stored before it existed: stated moves only, the default.</summary>
    public bool IncludeInferred { get; set; }
    public string? DigestCron { get; set; }
    public string? DigestTimeZone { get; set; }
    public string Language { get; set; } = "";
    public DateTime Created { get; set; }
    public string? CreatedBy { get; set; }
    public DateTime DigestedUntil { get; set; }
    public DateTime? PausedAt { get; set; }
    public string? PauseReason { get; set; }

    public static SubscriptionDocument From(Subscription s) => new()
    {
        Id = s.Id,
        TargetKind = s.Target.Kind.ToString(),
        Address = s.Target.Address,
        Format = s.Target.Format.ToString(),
        Organisations = s.Filter.Organisations.Select(Name).ToList(),
        People = s.Filter.People.Select(Name).ToList(),
        Kinds = s.Filter.Kinds.Select(k => k.ToString()).Order(StringComparer.Ordinal).ToList(),
        Alerts = s.Alerts,
        IncludeInferred = s.IncludeInferred,
        DigestCron = s.Digest?.Cron,
        DigestTimeZone = s.Digest?.TimeZone,
        Language = s.Language.ToCode(),
        Created = s.Created.UtcDateTime,
        CreatedBy = s.CreatedBy,
        DigestedUntil = s.DigestedUntil.UtcDateTime,
        PausedAt = s.Paused?.At.UtcDateTime,
        PauseReason = s.Paused?.Reason,
    };

    public Subscription ToSubscription() => new(
        Id,
        new DeliveryTarget(Enum.Parse<TargetKind>(TargetKind), Address, Enum.Parse<DeliveryFormat>(Format)),
        new MoveFilter(
            Organisations.Select(e => new EntityRef(e.Id, e.Name)).ToList(),
            People.Select(e => new EntityRef(e.Id, e.Name)).ToList(),
            Kinds.Select(Enum.Parse<MoveKind>).ToHashSet()),
        Alerts,
        DigestCron is null || DigestTimeZone is null ? null : new DigestSchedule(DigestCron, DigestTimeZone),
        LanguageCodes.TryParse(Language, out var language) ? language : Core.Language.English,
        Utc(Created),
        CreatedBy,
        Utc(DigestedUntil),
        PausedAt is { } at ? new SubscriptionPause(Utc(at), PauseReason ?? "") : null)
    {
        IncludeInferred = IncludeInferred,
    };

    private static EntityNameDocument Name(EntityRef e) => new() { Id = e.Id, Name = e.Name };

    internal static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}

internal sealed class DeliveryDocument
{
    public string Id { get; set; } = "";
    public string SubscriptionId { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string> MoveIds { get; set; } = [];
    public DateTime Created { get; set; }
    /// <summary>Its place among the deliveries enqueued in the same write, which share <see cref="Created"/>.</summary>
    public int Order { get; set; }
    public string Status { get; set; } = "";
    public int Attempts { get; set; }
    public DateTime NextAttempt { get; set; }
    public string? LastError { get; set; }
    public DateTime? SentAt { get; set; }
    public DateTime? WindowStart { get; set; }
    public DateTime? WindowEnd { get; set; }

    public Delivery ToDelivery() => new(
        Id,
        SubscriptionId,
        Enum.Parse<DeliveryKind>(Kind),
        MoveIds,
        SubscriptionDocument.Utc(Created),
        Enum.Parse<DeliveryStatus>(Status),
        Attempts,
        SubscriptionDocument.Utc(NextAttempt),
        LastError,
        SentAt is { } sent ? SubscriptionDocument.Utc(sent) : null,
        WindowStart is { } start ? SubscriptionDocument.Utc(start) : null,
        WindowEnd is { } end ? SubscriptionDocument.Utc(end) : null);
}

internal sealed class FeedDocument
{
    public string Id { get; set; } = "";
    public string Url { get; set; } = "";
    public DateTime Added { get; set; }
    public DateTime NextPoll { get; set; }
    public string? ETag { get; set; }
    public string? LastModified { get; set; }
    public DateTime? LastPolled { get; set; }
    public int Failures { get; set; }
    public string? LastError { get; set; }
    public List<string> SeenEntries { get; set; } = [];
    public List<EntryRetryDocument> Retries { get; set; } = [];

    public static FeedDocument From(Feed f) => new()
    {
        Id = f.Id,
        Url = f.Url.AbsoluteUri,
        Added = f.Added.UtcDateTime,
        NextPoll = f.NextPoll.UtcDateTime,
        ETag = f.ETag,
        LastModified = f.LastModified,
        LastPolled = f.LastPolled?.UtcDateTime,
        Failures = f.Failures,
        LastError = f.LastError,
        SeenEntries = f.SeenEntries?.ToList() ?? [],
        Retries = f.Retries?.Select(EntryRetryDocument.From).ToList() ?? [],
    };

    public Feed ToFeed() => new(
        Id,
        new Uri(Url),
        SubscriptionDocument.Utc(Added),
        SubscriptionDocument.Utc(NextPoll),
        ETag,
        LastModified,
        LastPolled is { } polled ? SubscriptionDocument.Utc(polled) : null,
        Failures,
        LastError,
        SeenEntries,
        Retries.Select(r => r.ToRetry()).ToList());
}

internal sealed class EntryRetryDocument
{
    public string EntryId { get; set; } = "";
    public string Link { get; set; } = "";
    public string? Title { get; set; }
    /// <summary>Round-trip text ("o"): the publisher's own offset decides the article's day, and a BSON date keeps none.</summary>
    public string? Published { get; set; }
    public int Failures { get; set; }
    public DateTime NextAttempt { get; set; }
    public string LastError { get; set; } = "";

    public static EntryRetryDocument From(EntryRetry r) => new()
    {
        EntryId = r.EntryId,
        Link = r.Link.AbsoluteUri,
        Title = r.Title,
        Published = r.Published?.ToString("o", CultureInfo.InvariantCulture),
        Failures = r.Failures,
        NextAttempt = r.NextAttempt.UtcDateTime,
        LastError = r.LastError,
    };

    public EntryRetry ToRetry() => new(
        EntryId,
        new Uri(Link),
        Title,
        Published is { } published ? DateTimeOffset.Parse(published, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind) : null,
        Failures,
        SubscriptionDocument.Utc(NextAttempt),
        LastError);
}
