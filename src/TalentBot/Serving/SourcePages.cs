using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Knowledge;

namespace TalentBot.Serving;

/// <summary>
/// <c>GET /sources/{article}/{sentence}?lang=xx</c> (and HEAD): the page a citation without an article URL links to (see
/// <see cref="CitationLinks"/>), served when <c>Serve:PublicUrl</c> is set. A link to nothing (an unknown article
/// or sentence, an id that is not one, any other path under <c>/sources/</c>) is a 404 page in the same language.
/// </summary>
internal static class SourcePages
{
    /// <summary>Sentences shown either side of the cited one.</summary>
    public const int SentencesAround = 2;

    /// <summary>Longer than any article id the store makes or a manifest would give; a longer one is not looked up.</summary>
    private const int MaxArticleId = 200;

    /// <summary>A stored article never changes, so its page may be kept a day.</summary>
    private const string FoundCaching = "public, max-age=86400";

    /// <summary>An article not there now may be ingested in a minute.</summary>
    private const string NotFoundCaching = "no-store";

    public static IEndpointRouteBuilder MapSourcePages(this IEndpointRouteBuilder endpoints)
    {
        var prefix = "/" + CitationLinks.SourcesPath;
        // HEAD too, for the link checkers and previewers that ask before they fetch; Kestrel sends no body for it.
        string[] methods = [HttpMethods.Get, HttpMethods.Head];
        endpoints.MapMethods(prefix + "/{article}/{sentence}", methods, (HttpContext context, string article, string sentence) => Serve(context, article, sentence));
        endpoints.MapMethods(prefix + "/{**rest}", methods, (HttpContext context) => Serve(context, null, null));
        return endpoints;
    }

    private static Task Serve(HttpContext context, string? article, string? sentence)
    {
        var language = LanguageCodes.TryParse(context.Request.Query[CitationLinks.LanguageParameter].ToString(), out var asked) ? asked : Language.English;
        var passage = article is { Length: > 0 and <= MaxArticleId }
                      && int.TryParse(sentence, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            ? context.RequestServices.GetRequiredService<KnowledgeStore>().FindPassage(article, index, SentencesAround)
            : null;
        var response = context.Response;
        var headers = response.Headers;
        headers.ContentSecurityPolicy = SourcePageHtml.ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        response.ContentType = "text/html; charset=utf-8";
        if (passage is null)
        {
            response.StatusCode = StatusCodes.Status404NotFound;
            headers.CacheControl = NotFoundCaching;
            return response.WriteAsync(SourcePageHtml.NotFound(language), context.RequestAborted);
        }
        headers.CacheControl = FoundCaching;
        return response.WriteAsync(SourcePageHtml.Page(passage, language), context.RequestAborted);
    }
}
