using Microsoft.Extensions.Logging;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Conversations;
using TalentBot.Slack.Messages;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack.Home;

/// <summary>
/// The App Home's Home tab, published afresh (<c>views.publish</c>) each time someone opens it: the channels of this
/// workspace that follow moves, what each follows and when its digest comes, then the moves they heard of in the last
/// <see cref="RecentWindow"/>, each citing its sources as replies do. In the language most subscriptions were made in.
/// Without subscriptions, or with alerts not enabled, a short page says how to begin. A refused publish is logged
/// (once, by the Web API client) and leaves the tab as it was. Thread-safe.
/// </summary>
public sealed class AppHome(
    SlackWebApiClient web,
    ReplyRenderer renderer,
    CommandPrefix prefix,
    ILogger<AppHome> logger,
    PlatformOverview? overview = null)
{
    /// <summary>How far back the tab looks: a week, so a quiet day still shows something.</summary>
    public static readonly TimeSpan RecentWindow = TimeSpan.FromDays(7);

    /// <summary>Subscriptions listed one by one; the rest are counted, so the moves still fit in the view.</summary>
    public const int MaxSubscriptionsShown = 20;

    /// <param name="eventId">The <c>app_home_opened</c> event, for the log.</param>
    /// <param name="userId">Who opened the tab: each user has their own Home view.</param>
    public async Task PublishAsync(string eventId, string userId, CancellationToken cancellationToken)
    {
        var blocks = Compose();
        try
        {
            await web.PublishHomeAsync(userId, blocks, cancellationToken).ConfigureAwait(false);
            AppHomeLog.Published(logger, eventId, blocks.Count);
        }
        catch (SlackApiException)
        {
            // The client has logged Slack's error code; the user keeps the tab as last published.
        }
    }

    /// <summary>The Home tab's blocks, within Block Kit's limits for a view.</summary>
    public IReadOnlyList<Block> Compose()
    {
        if (overview is null)
            return Page(HomeWords.In(Language.English), HomeWords.Fill(HomeWords.In(Language.English).AlertsNotEnabled, Declared(CommandNames.Ask)));
        var subscriptions = overview.Subscriptions(TargetKind.SlackChannel);
        var language = PlatformOverview.LanguageOf(subscriptions);
        var words = HomeWords.In(language);
        if (subscriptions.Count == 0)
            return Page(words, HomeWords.Fill(words.NoSubscriptions, Declared(CommandNames.Subscribe), Declared(CommandNames.Digest)));

        var blocks = new List<Block> { Header(words.Title), Header(words.SubscriptionsHeader) };
        blocks.AddRange(subscriptions.Take(MaxSubscriptionsShown).Select(s => Section(SubscriptionLine(s, words, language))));
        if (subscriptions.Count > MaxSubscriptionsShown)
            blocks.Add(Context(HomeWords.Fill(words.MoreSubscriptions, subscriptions.Count - MaxSubscriptionsShown)));
        blocks.Add(new DividerBlock());
        blocks.Add(Header(HomeWords.Fill(words.RecentHeader, RecentWindow.Days)));
        AddMoves(blocks, renderer.Answer(overview.RecentMoves(subscriptions, RecentWindow, language)), words);
        return blocks;
    }

    /// <summary>Whole pages of the rendered moves while they fit, then a note pointing at the digest for the rest.</summary>
    private void AddMoves(List<Block> blocks, IReadOnlyList<IReadOnlyList<Block>> pages, HomeWords words)
    {
        foreach (var page in pages)
        {
            // One block is kept for the note.
            if (blocks.Count + page.Count > HomeLimits.BlocksPerView - 1)
            {
                blocks.Add(Context(HomeWords.Fill(words.MoreInDigest, Declared(CommandNames.Digest))));
                return;
            }
            blocks.AddRange(page);
        }
    }

    private static string SubscriptionLine(Subscription subscription, HomeWords words, Language language) => HomeWords.Fill(words.SubscriptionLine,
        $"<#{subscription.Target.Address}>",
        SlackText.Escape(ChannelSubscriptions.Describe(subscription, language)),
        SlackText.Escape(ChannelSubscriptions.Describe(subscription.Digest, language)));

    private string Declared(string command) => prefix.Declared(command);

    private static List<Block> Page(HomeWords words, string text) => [Header(words.Title), Section(text)];

    private static HeaderBlock Header(string text) => new(TextObject.Plain(SlackText.Truncate(text, SlackLimits.HeaderText)));

    /// <summary>The text is ours or escaped already; only its length is kept within a section's.</summary>
    private static SectionBlock Section(string mrkdwn) => new(TextObject.Markdown(SlackText.Truncate(mrkdwn, SlackLimits.SectionText)));

    private static ContextBlock Context(string mrkdwn) => new([TextObject.Markdown(SlackText.Truncate(mrkdwn, SlackLimits.ContextElementText))]);
}

/// <summary>Block Kit's limits for a Home tab view.</summary>
public static class HomeLimits
{
    /// <summary>A modal or Home tab holds up to 100 blocks (a message only 50).</summary>
    public const int BlocksPerView = 100;
}

internal static partial class AppHomeLog
{
    [LoggerMessage(6090, LogLevel.Debug, "Home tab published for event {EventId} ({Blocks} blocks)")]
    public static partial void Published(ILogger logger, string eventId, int blocks);
}
