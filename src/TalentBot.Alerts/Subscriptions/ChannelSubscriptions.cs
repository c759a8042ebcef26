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
/// what it follows and how delivery is going, and asks for a digest of the last day. A channel hears of stated moves
/// only, unless /subscribe is given the inferred option (<see cref="ChannelCommand.Inferred"/>, or the word
/// <see cref="InferredWord"/> in free text), which /unsubscribe takes back. Mistakes are answered privately; a change
/// of what the channel hears is said in the channel. Thread-safe.
/// </summary>
public sealed class ChannelSubscriptions(
    IAlertStore store,
    SubjectResolver subjects,
    DigestScheduler digests,
    NotificationReplies replies,
    IOptions<AlertsOptions> options,
    TimeProvider time) : IChannelCommands
{
    /// <summary>How far back <c>/digest</c> looks.</summary>
    public static readonly TimeSpan DigestWindow = TimeSpan.FromHours(24);

    /// <summary>
    /// The inferred option as a word of free text, before or after the name or alone, with or without a leading +:
    /// <c>/subscribe meta inferred</c>, <c>/subscribe +inferred</c>, <c>/unsubscribe inferred</c>.
    /// </summary>
    public const string InferredWord = "inferred";

    /// <summary>Between the names of several subjects in free text: <c>/subscribe meta | Jason Wei</c>.</summary>
    public const char SubjectSeparator = '|';

    /// <summary>Names one free-text command may follow at once.</summary>
    public const int MaxSubjects = 10;

    /// <summary><c>/digest off</c>: the channel's daily digest stops; its alerts go on.</summary>
    public const string DigestOffWord = "off";

    private readonly Lock _changes = new();

    public Task<ChannelAnswer> HandleAsync(ChannelCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(command.Action switch
        {
            ChannelAction.Subscribe => Subscribe(ReadInferredWord(command)),
            ChannelAction.Unsubscribe => Unsubscribe(ReadInferredWord(command)),
            ChannelAction.List => List(command),
            ChannelAction.Digest => Digest(command),
            _ => throw new ArgumentOutOfRangeException(nameof(command), command.Action, null),
        });
    }

    private ChannelAnswer Subscribe(ChannelCommand command)
    {
        var language = command.Language;
        if (NameTooLong(command) is { } refusal) return refusal;
        var parts = SubjectParts(command.Subject);
        if (parts.Count > MaxSubjects) return Private(Phrases.Format(language, Phrase.SubscribeTooMany, MaxSubjects));
        // Several names are followed together or not at all: one unknown name changes nothing.
        var chosen = parts.Count > 1
            ? parts.Select(subjects.ResolveEither).ToList()
            : SubjectOf(command) is { } one ? [one] : new List<Subject>();
        if (chosen.FirstOrDefault(s => !s.IsResolved) is { } unknown) return Unknown(unknown, language);

        // One subscription per channel: two concurrent /subscribe must not both create one.
        lock (_changes)
        {
            var existing = ChannelSubscription(command.Channel);
            if (existing is null)
            {
                var filter = chosen.Count == 0 ? MoveFilter.Everything : AddAll(MoveFilter.Everything, chosen);
                var request = new NewSubscription(command.Channel, filter, Alerts: true, DefaultSchedule(), language, command.UserId)
                {
                    IncludeInferred = command.Inferred,
                };
                var created = store.Subscribe(request, time.GetUtcNow());
                return Said(Phrases.Format(language, Phrase.SubscribeDone, Describe(created, language), Describe(created.Digest, language)));
            }

            // The option alone changes only the option: "/subscribe inferred" keeps what the channel follows.
            var added = chosen.Where(s => !Follows(existing.Filter, s)).ToList();
            var widens = !existing.Filter.IsEverything && (chosen.Count == 0 ? !command.Inferred : added.Count > 0);
            var addsInferred = command.Inferred && !existing.IncludeInferred;
            if (!widens && !addsInferred)
                return Private(Phrases.Format(language, Phrase.SubscribeAlready, Describe(existing, language)));

            var widened = existing with
            {
                Filter = !widens ? existing.Filter : chosen.Count == 0 ? MoveFilter.Everything : AddAll(existing.Filter, added),
                IncludeInferred = existing.IncludeInferred || command.Inferred,
            };
            store.Update(widened);
            return Said(Phrases.Format(language, Phrase.SubscribeDone, Describe(widened, language), Describe(widened.Digest, language)));
        }
    }

    private ChannelAnswer Unsubscribe(ChannelCommand command)
    {
        var language = command.Language;
        if (NameTooLong(command) is { } refusal) return refusal;
        var subject = SubjectOf(command);
        if (subject is { IsResolved: false }) return Unknown(subject, language);
        lock (_changes)
        {
            var existing = ChannelSubscription(command.Channel);
            if (existing is null) return Private(Phrases.Get(language, Phrase.SubscriptionsNone));
            if (subject is null && command.Inferred)
            {
                // The option alone: back to stated moves only, following what it followed.
                if (!existing.IncludeInferred) return Private(Phrases.Format(language, Phrase.UnsubscribeInferred, Describe(existing, language)));
                var statedOnly = existing with { IncludeInferred = false };
                store.Update(statedOnly);
                return Said(Phrases.Format(language, Phrase.UnsubscribeInferred, Describe(statedOnly, language)));
            }
            if (subject is null)
            {
                store.Unsubscribe(existing.Id);
                return Said(Phrases.Get(language, Phrase.UnsubscribeAll));
            }
            if (!Follows(existing.Filter, subject) || existing.Filter.IsEverything)
                return Private(Phrases.Format(language, Phrase.UnsubscribeNotFollowed, subject.Entity!.Name, Describe(existing, language)));

            var narrowed = Remove(existing.Filter, subject);
            // Dropping the last name must not leave an empty filter, which would mean every move.
            if (narrowed.Organisations.Count == 0 && narrowed.People.Count == 0) store.Unsubscribe(existing.Id);
            else store.Update(existing with { Filter = narrowed, IncludeInferred = existing.IncludeInferred && !command.Inferred });
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
        yield return Phrases.Format(language, Phrase.SubscriptionsFollows, Describe(subscription, language));
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
        if (!string.IsNullOrWhiteSpace(command.Subject)) return ScheduleDigest(command, command.Subject.Trim());
        var now = time.GetUtcNow();
        var since = now - DigestWindow;
        var subscription = ChannelSubscription(command.Channel);
        var filter = subscription?.Filter ?? MoveFilter.Everything;
        var moves = digests.MovesFor(filter, subscription?.IncludeInferred ?? false, since, now);
        var reply = replies.Digest(moves, since, command.Language, filter.Organisations);
        return new ChannelAnswer(reply.Text, reply.IsPrivate, reply.IsPrivate ? null : reply);
    }

    /// <summary>
    /// <c>/digest 09:00 Europe/Paris</c> sets when the channel's daily digest comes (the zone defaults to the one it
    /// has, else <see cref="AlertsOptions.DefaultTimeZone"/>); <c>/digest off</c> stops it. Either needs the channel's
    /// subscription, whose digest it is.
    /// </summary>
    private ChannelAnswer ScheduleDigest(ChannelCommand command, string arguments)
    {
        var language = command.Language;
        if (arguments.Length > SubjectResolver.MaxNameLength) return Private(Phrases.Format(language, Phrase.TooLong, SubjectResolver.MaxNameLength));
        var off = string.Equals(arguments, DigestOffWord, StringComparison.OrdinalIgnoreCase);
        var words = arguments.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var hour = 0;
        var minute = 0;
        if (!off && (words.Length > 2 || !DailyTime.TryParse(words[0], out hour, out minute)))
            return Private(Phrases.Get(language, Phrase.DigestUsage));
        lock (_changes)
        {
            var existing = ChannelSubscription(command.Channel);
            if (existing is null) return Private(Phrases.Get(language, Phrase.DigestNeedsSubscription));
            if (off)
            {
                store.Update(existing with { Digest = null });
                return Said(Phrases.Get(language, Phrase.DigestStopped));
            }
            var zone = words.Length == 2 ? words[1] : existing.Digest?.TimeZone ?? options.Value.DefaultTimeZone;
            if (!DigestSchedules.TryCreate(DailyTime.Cron(hour, minute), zone, out var schedule, out _))
                return Private(Phrases.Format(language, Phrase.DigestUnknownZone, zone));
            store.Update(existing with { Digest = schedule });
            return Said(Phrases.Format(language, Phrase.DigestScheduled, DailyTime.Format(hour, minute), schedule!.TimeZone));
        }
    }

    /// <summary>The command with <see cref="InferredWord"/>, if its free text starts or ends with it, read out as its flag.</summary>
    private static ChannelCommand ReadInferredWord(ChannelCommand command)
    {
        var words = (command.Subject ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 0 && IsInferred(words[^1])) words = words[..^1];
        else if (words.Length > 0 && IsInferred(words[0])) words = words[1..];
        else return command;
        return command with { Subject = words.Length == 0 ? null : string.Join(' ', words), Inferred = true };
    }

    private static bool IsInferred(string word) =>
        string.Equals(word.StartsWith('+') ? word[1..] : word, InferredWord, StringComparison.OrdinalIgnoreCase);

    private Subscription? ChannelSubscription(DeliveryTarget channel) =>
        store.Subscriptions().FirstOrDefault(s => s.Target == channel);

    /// <summary>The names in free text, split at <see cref="SubjectSeparator"/>: one part for a single name, none for none.</summary>
    private static List<string> SubjectParts(string? subject) =>
        (subject ?? "").Split(SubjectSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();

    private Subject? SubjectOf(ChannelCommand command)
    {
        if (!string.IsNullOrWhiteSpace(command.Organisation)) return subjects.ResolveOrAnticipate(command.Organisation, EntityKind.Organisation);
        if (!string.IsNullOrWhiteSpace(command.Person)) return subjects.ResolveOrAnticipate(command.Person, EntityKind.Person);
        if (!string.IsNullOrWhiteSpace(command.Subject)) return subjects.ResolveEither(command.Subject);
        return null;
    }

    /// <summary>A polite refusal when a name given is over <see cref="SubjectResolver.MaxNameLength"/>, before anything reads it.</summary>
    private static ChannelAnswer? NameTooLong(ChannelCommand command) =>
        SubjectResolver.IsTooLong(command.Organisation) || SubjectResolver.IsTooLong(command.Person)
        || (command.Subject is { } subject && (subject.Length > MaxSubjects * (SubjectResolver.MaxNameLength + 3) || SubjectParts(subject).Any(SubjectResolver.IsTooLong)))
            ? Private(Phrases.Format(command.Language, Phrase.TooLong, SubjectResolver.MaxNameLength))
            : null;

    private DigestSchedule DefaultSchedule() => new(options.Value.DefaultDigestCron, options.Value.DefaultTimeZone);

    private static bool Follows(MoveFilter filter, Subject subject) =>
        (subject.Kind == EntityKind.Organisation ? filter.Organisations : filter.People).Any(e => e.Id == subject.Entity!.Id);

    /// <summary>Each entity once, however often it was named.</summary>
    private static MoveFilter AddAll(MoveFilter filter, IEnumerable<Subject> subjects) =>
        subjects.DistinctBy(s => s.Entity!.Id).Aggregate(filter, Add);

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

    /// <summary>What a subscription follows, in words, and that it hears of moves inferred from context when it does.</summary>
    public static string Describe(Subscription subscription, Language language)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        var followed = Describe(subscription.Filter, language);
        return subscription.IncludeInferred ? Phrases.Format(language, Phrase.FilterWithInferred, followed) : followed;
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
