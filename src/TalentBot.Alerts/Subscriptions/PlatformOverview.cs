using TalentBot.Alerts.Digests;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Replies;

namespace TalentBot.Alerts.Subscriptions;

/// <summary>
/// What a platform's channels follow, and the moves they heard of lately: for a page that shows a whole installation
/// at once (Slack's App Home). A bot has one token per platform, so every channel target of that platform is one of its
/// installation's channels. Thread-safe.
/// </summary>
public sealed class PlatformOverview(IAlertStore store, DigestScheduler digests, NotificationReplies replies, TimeProvider time)
{
    /// <summary>The subscriptions whose target is a channel of <paramref name="platform"/>, oldest first.</summary>
    public IReadOnlyList<Subscription> Subscriptions(TargetKind platform) =>
        store.Subscriptions().Where(s => s.Target.Kind == platform).OrderBy(s => s.Created).ToList();

    /// <summary>
    /// The moves any of <paramref name="subscriptions"/> would have heard of in the last <paramref name="window"/>
    /// (each with its own filter and inferred option), newest first, as a digest reply whose moves cite their sources.
    /// </summary>
    public Reply RecentMoves(IReadOnlyList<Subscription> subscriptions, TimeSpan window, Language language)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        var now = time.GetUtcNow();
        var since = now - window;
        var moves = subscriptions.SelectMany(s => digests.MovesFor(s.Filter, s.IncludeInferred, since, now))
                                 .DistinctBy(m => m.Id)
                                 .ToList();
        var organisations = subscriptions.SelectMany(s => s.Filter.Organisations).DistinctBy(o => o.Id).ToList();
        return replies.Digest(moves, since, language, organisations);
    }

    /// <summary>The language most of <paramref name="subscriptions"/> were made in (their subscribers'), English when there are none.</summary>
    public static Language LanguageOf(IReadOnlyList<Subscription> subscriptions)
    {
        ArgumentNullException.ThrowIfNull(subscriptions);
        return subscriptions.CountBy(s => s.Language).OrderByDescending(c => c.Value).Select(c => c.Key).DefaultIfEmpty(Language.English).First();
    }
}
