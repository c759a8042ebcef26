using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Core.Feeds;
using TalentBot.Feeds;

namespace TalentBot.Commands;

/// <summary>
/// <c>feeds add URL</c>, <c>feeds list</c>, <c>feeds remove ID</c>: the RSS and Atom feeds <c>serve</c> polls. The
/// operator's URL is trusted as given, loopback included; the links inside the feed are not. A URL that answers with
/// something other than a feed is refused, unless it is a web page that names its feed, which is added instead.
/// </summary>
internal static class FeedsCommand
{
    public static Command Create(CliContext context)
    {
        var url = new Argument<string>("url") { Description = "The feed's http(s) URL (RSS 2.0 or Atom), or a web page that links to its feed." };
        var add = new Command("add", "Add a feed and read it once now; serve polls it from then on.") { url };
        add.SetAction((result, cancellationToken) => AddAsync(context, result.GetValue(context.Database), result.GetValue(url)!, cancellationToken));

        var list = new Command("list", "List the feeds and how their last poll went.");
        list.SetAction((result, cancellationToken) => context.WithStoreAsync(result.GetValue(context.Database), (host, _) =>
        {
            var feeds = host.Services.GetRequiredService<IFeedBook>().Feeds();
            if (feeds.Count == 0) context.Output.WriteLine("No feeds. Add one with: talentbot feeds add URL");
            foreach (var feed in feeds) context.Output.WriteLine(Line(feed));
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken));

        var id = new Argument<string>("id") { Description = "The feed's id, as `feeds list` shows it." };
        var remove = new Command("remove", "Stop polling a feed; what it brought stays in the knowledge base.") { id };
        remove.SetAction((result, cancellationToken) => context.WithStoreAsync(result.GetValue(context.Database), (host, _) =>
        {
            var feedId = result.GetValue(id)!;
            if (host.Services.GetRequiredService<IFeedBook>().Remove(feedId))
            {
                context.Output.WriteLine($"Removed feed {feedId}.");
                return Task.FromResult(ExitCodes.Ok);
            }
            context.Error.WriteLine($"There is no feed '{feedId}'; `talentbot feeds list` lists them.");
            return Task.FromResult(ExitCodes.BadInput);
        }, cancellationToken));

        return new Command("feeds", "Manage the RSS and Atom feeds that bring new articles.") { add, list, remove };
    }

    private static Task<int> AddAsync(CliContext context, string? db, string text, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            context.Error.WriteLine("A feed must be an absolute http(s) URL.");
            return Task.FromResult(ExitCodes.BadInput);
        }
        return context.WithStoreAsync(db, async (host, _) =>
        {
            var check = await host.Services.GetRequiredService<FeedDiscovery>().CheckAsync(url, cancellationToken).ConfigureAwait(false);
            if (check.Status == FeedCheckStatus.NotAFeed)
            {
                context.Error.WriteLine($"Not added: {Shown(url)} is not an RSS or Atom feed ({check.Reason}).");
                return ExitCodes.BadInput;
            }
            if (check.Url != url) context.Output.WriteLine($"{Shown(url)} is a web page; adding the feed it names.");

            var time = host.Services.GetRequiredService<TimeProvider>();
            var feed = host.Services.GetRequiredService<IFeedBook>().Add(check.Url, time.GetUtcNow());
            context.Output.WriteLine($"Feed {feed.Id}: {Shown(feed.Url)}");
            var report = await host.Services.GetRequiredService<FeedPoller>().PollDueAsync(cancellationToken).ConfigureAwait(false);
            foreach (var polled in report.Feeds.Where(f => f.FeedId == feed.Id))
            {
                if (polled.Error is { } error) context.Error.WriteLine($"✗ could not read it now: {error}; serve retries it.");
                foreach (var entry in polled.Entries)
                    context.Output.WriteLine(EntryLine(entry));
            }
            var moves = report.Ingested.Sum(r => r.NewMoves.Count);
            context.Output.WriteLine($"Read {report.Ingested.Count(r => r.Status == Knowledge.IngestStatus.Added)} new article(s) with {moves} new move(s).");
            await WaitingDeliveries.SendAsync(host, context, cancellationToken).ConfigureAwait(false);
            return ExitCodes.Ok;
        }, cancellationToken);
    }

    private static string EntryLine(EntryResult entry) => entry switch
    {
        { Error: null } => $"+ {entry.Link}",
        { RetryAt: { } retry } => $"✗ {entry.Link}: {entry.Error}; tried again after {Stamp(retry)}",
        _ => $"✗ {entry.Link}: {entry.Error}",
    };

    private static string Line(Feed feed)
    {
        var polled = feed.LastPolled is { } at ? $"last read {Stamp(at)}" : "not read yet";
        var failing = feed.Failures > 0 ? $"; {feed.Failures} failure(s) in a row: {feed.LastError}" : "";
        var retrying = feed.Retries is { Count: > 0 } retries ? $"; {retries.Count} article page(s) to try again" : "";
        return $"{feed.Id}  {Shown(feed.Url)}  {polled}; next {Stamp(feed.NextPoll)}{failing}{retrying}";
    }

    /// <summary>A feed URL without its query string, which may carry a token.</summary>
    private static string Shown(Uri url) => url.GetLeftPart(UriPartial.Path);

    private static string Stamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
