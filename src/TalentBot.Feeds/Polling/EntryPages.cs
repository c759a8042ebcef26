using TalentBot.Core;
using TalentBot.Feeds.Reading;
using TalentBot.Knowledge;

namespace TalentBot.Feeds.Polling;

/// <summary>
/// Loads the article an entry links to, through the guarded page client, and fills in what the page lacks from the
/// entry. The article's URL is the entry's link, whatever the redirects. Thread-safe.
/// </summary>
internal sealed class EntryPages(ArticleLoader loader)
{
    public async Task<ArticleLoad> LoadAsync(FeedEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Link is null) return ArticleLoad.Failed(entry.Id, "the entry has no link to an article page");
        var load = await loader.LoadUrlAsync(entry.Link, cancellationToken).ConfigureAwait(false);
        if (load.Article is not { } article) return load;
        return load with
        {
            Article = article with
            {
                Url = entry.Link.AbsoluteUri,
                Title = article.Title ?? entry.Title,
                Published = article.Published ?? DateOf(entry.Published),
            },
        };
    }

    /// <summary>The day as the publisher wrote it, in the entry's own offset.</summary>
    private static PartialDate? DateOf(DateTimeOffset? published) =>
        published is { Year: >= 1900 and <= 2200 } date ? new PartialDate(date.Year, date.Month, date.Day) : null;
}
