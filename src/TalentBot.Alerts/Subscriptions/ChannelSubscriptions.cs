using System.Globalization;
using Microsoft.Extensions.Options;
using TalentBot.Alerts.Digests;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Alerts;

namespace TalentBot.Alerts.Subscriptions;

/// <summary>
/// The chat side of subscriptions, one implementation for every platform: a channel subscribes to organisations
/// and people (one subscription per channel, which each /subscribe widens and each /unsubscribe narrows), lists
/// what it follows and how delivery is going, and asks for a digest of the last day. Mistakes are answered
/// privately; a change of what the channel hears is said in the channel. Thread-safe.
/// </summary>
public sealed class ChannelSubscriptions(
    IAlertStore store,
    SubjectResolver subjects,
    DigestScheduler digests,
    NotificationReplies replies,
    IOptions<AlertsOptions> options,
    TimeProvider time)
{
    /// <summary>How far back <c>/digest</c> looks.</summary>
    public static readonly TimeSpan DigestWindow = TimeSpan.FromHours(24);

    private readonly Lock _changes = new();

    public Task<ChannelAnswer> HandleAsync(ChannelCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(command.Action switch
        {
            ChannelAction.Subscribe => Subscribe(command),
            ChannelAction.Unsubscribe => Unsubscribe(command),
            ChannelAction.List => List(command),
            ChannelAction.Digest => Digest(command),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Action, null),
        });
    }

    private ChannelAnswer Subscribe(ChannelCommand command)
    {
        var language = command.Language;
        var subject = SubjectOf(command);
        if (subject is { IsResolved: false }) return Unknown(subject, language);

        // One subscription per channel: two concurrent /subscribe must not both create one.
        lock (_changes)
        {
            var existing = ChannelSubscription(command.Channel);
            if (existing is null)
            {
                var filter = subject is null ? MoveFilter.Everything : Add(MoveFilter.Everything, subject);
                var created = store.Subscribe(new NewSubscription(command.Channel, filter, Alerts: true, DefaultSchedule(), language, command.UserId), time.GetUtcNow());
                return Said(Phrases.Format(language, Phrase.SubscribeDone, Describe(created.Filter, language), Describe(created.Digest, language)));
            }
            if (existing.Filter.IsEverything || (subject is not null && Follows(existing.Filter, subject)))
                return Private(Phrases.Format(language, Phrase.SubscribeAlready, Describe(existing.Filter, language)));

            var widened = existing with { Filter = subject is null ? MoveFilter.Everything : Add(existing.Filter, subject) };
            store.Update(widened);
            return Said(Phrases.Format(language, Phrase.SubscribeDone, Describe(widened.Filter, language), Describe(widened.Digest, language)));
        }
    }

    private ChannelAnswer Unsubscribe(ChannelCommand command)
    {
        var language = command.Language;
        var subject = SubjectOf(command);
        if (subject is { IsResolved: false }) return Unknown(subject, language);
        lock (_changes)
        {
            var existing = ChannelSubscription(command.Channel);
            if (existing is null) return Private(Phrases.Get(language, Phrase.SubscriptionsNone));
            if (subject is null)
            {
                store.Unsubscribe(existing.Id);
                return Said(Phrases.Get(language, Phrase.UnsubscribeAll));
            }
            if (!Follows(existing.Filter, subject) || existing.Filter.IsEverything)
                return Private(Phrases.Format(language, Phrase.UnsubscribeNotFollowed, subject.Entity!.Name, Describe(existing.Filter, language)));

            var narrowed = Remove(existing.Filter, subject);
            // Dropping the last name must not leave an empty filter, which would mean every move.
            if (narrowed.Organisations.Count == 0 && narrowed.People.Count == 0) store.Unsubscribe(existing.Id);
            else store.Update(existing with { Filter = narrowed });
            return Said(Phrases.Format(language, Phrase.UnsubscribeDone, subject.Entity!.Name));
        }
    }

    private ChannelAnswer List(ChannelCommand command)
    {
        var language = command.Language;
        var subscription = ChannelSubscription(command.Channel);
        if (subscription is null) return Private(Phrases.Get(language, Phrase.SubscriptionsNone));
        return Private(string.Join('\n', Status(subscription, language)));
    }

    /// <summary>The lines <c>/subscriptions</c> shows about the channel's subscription, in the asker's language.</summary>
    private IEnumerable<string> Status(Subscription subscription, Language language)
    {
        yield return Phrases.Format(language, Phrase.SubscriptionsFollows, Describe(subscription.Filter, language));
        yield return subscription.Digest is null
            ? Phrases.Get(language, Phrase.SubscriptionsNoDigest)
            : Phrases.Format(language, Phrase.SubscriptionsDigest, Describe(subscription.Digest, language));
        yield return store.LastSent(subscription.Id)?.SentAt is { } sent
            ? Phrases.Format(language, Phrase.SubscriptionsLastDelivery, Stamp(sent))
            : Phrases.Get(language, Phrase.SubscriptionsNothingDelivered);
        if (store.WaitingCounts().TryGetValue(subscription.Id, out var waiting) && waiting > 0)
            yield return Phrases.Format(language, Phrase.SubscriptionsWaiting, waiting);
        if (subscription.Paused is { } pause)
            yield return Phrases.Format(language, Phrase.SubscriptionsPaused, Stamp(pause.At), pause.Reason);
    }

    private ChannelAnswer Digest(ChannelCommand command)
    {
        var now = time.GetUtcNow();
        var since = now - DigestWindow;
        var subscription = ChannelSubscription(command.Channel);
        var filter = subscription?.Filter ?? MoveFilter.Everything;
        var moves = digests.MovesFor(filter, subscription?.IncludeInferred ?? false, since, now);
        var reply = replies.Digest(moves, since, command.Language, filter.Organisations);
        return new ChannelAnswer(reply.Text, reply.IsPrivate, reply.IsPrivate ? null : reply);
    }

    private Subscription? ChannelSubscription(DeliveryTarget channel) =>
        store.Subscriptions().FirstOrDefault(s => s.Target == channel);

    private Subject? SubjectOf(ChannelCommand command)
    {
        if (!string.IsNullOrWhiteSpace(command.Organisation)) return subjects.ResolveOrAnticipate(command.Organisation, EntityKind.Organisation);
        if (!string.IsNullOrWhiteSpace(command.Person)) return subjects.ResolveOrAnticipate(command.Person, EntityKind.Person);
        if (!string.IsNullOrWhiteSpace(command.Subject)) return subjects.ResolveEither(command.Subject);
        return null;
    }

    private DigestSchedule DefaultSchedule() => new(options.Value.DefaultDigestCron, options.Value.DefaultTimeZone);

    private static bool Follows(MoveFilter filter, Subject subject) =>
        (subject.Kind == EntityKind.Organisation ? filter.Organisations : filter.People).Any(e => e.Id == subject.Entity!.Id);

    private static MoveFilter Add(MoveFilter filter, Subject subject) => subject.Kind == EntityKind.Organisation
        ? filter with { Organisations = [.. filter.Organisations, subject.Entity!] }
        : filter with { People = [.. filter.People, subject.Entity!] };

    private static MoveFilter Remove(MoveFilter filter, Subject subject) => subject.Kind == EntityKind.Organisation
        ? filter with { Organisations = filter.Organisations.Where(e => e.Id != subject.Entity!.Id).ToList() }
        : filter with { People = filter.People.Where(e => e.Id != subject.Entity!.Id).ToList() };

    /// <summary>What a filter follows, in words: its names, and its kinds if it has any.</summary>
    public static string Describe(MoveFilter filter, Language language)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var names = filter.Organisations.Concat(filter.People).Select(e => e.Name).ToList();
        var text = names.Count == 0 ? Phrases.Get(language, Phrase.FilterEverything) : string.Join(", ", names);
        return filter.Kinds.Count == 0
            ? text
            : $"{text} ({string.Join(", ", filter.Kinds.Order().Select(k => Phrases.KindLabel(language, k)))})";
    }

    public static string Describe(DigestSchedule? schedule, Language language) =>
        schedule is null ? Phrases.Get(language, Phrase.SubscriptionsNoDigest) : $"{schedule.Cron} {schedule.TimeZone}";

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static ChannelAnswer Unknown(Subject subject, Language language)
    {
        var phrase = subject.EitherKind ? Phrase.UnknownSubject
            : subject.Kind == EntityKind.Person ? Phrase.UnknownPerson : Phrase.UnknownOrganisation;
        var text = Phrases.Format(language, phrase, subject.Query);
        if (subject.Suggestions.Count > 0) text += " " + Phrases.Format(language, Phrase.DidYouMean, string.Join(" / ", subject.Suggestions));
        return Private(text);
    }

    private static ChannelAnswer Said(string text) => new(text, IsPrivate: false);

    private static ChannelAnswer Private(string text) => new(text, IsPrivate: true);
}
