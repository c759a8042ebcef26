using TalentBot.Core;
using TalentBot.Knowledge;

namespace TalentBot.Ingesting;

/// <summary>Where one article came from, as the operator says: each part overrides what the article declares.</summary>
internal sealed record ArticleProvenance(string? Url, string? Outlet, PartialDate? Published)
{
    /// <summary>Why provenance with other than one location is refused.</summary>
    public const string OneLocationOnly = "--url, --outlet and --date describe one article: give one file or URL with them.";

    public bool IsGiven => Url is not null || Outlet is not null || Published is not null;

    /// <summary>The parts given, or null when a link or a date does not parse.</summary>
    public static ArticleProvenance? Parse(string? url, string? outlet, string? date)
    {
        string? link = null;
        if (url is not null && (link = HttpUrl(url)) is null) return null;
        PartialDate? published = null;
        if (date is not null)
        {
            if (!PartialDate.TryParse(date.Trim(), out var parsed)) return null;
            published = parsed;
        }
        return new ArticleProvenance(link, string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim(), published);
    }

    public static string? HttpUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri.AbsoluteUri : null;

    public ArticleLoad ApplyTo(ArticleLoad load) => load.Article is not { } article
        ? load
        : load with
        {
            Article = article with
            {
                Url = Url ?? article.Url,
                Outlet = Outlet ?? article.Outlet,
                Published = Published ?? article.Published,
            },
        };
}
