using System.Net;

namespace TalentBot.Feeds.Safety;

/// <summary>
/// Checks every untrusted request before it is sent and follows redirects itself, checking each hop and stopping
/// after <see cref="FeedsOptions.MaxRedirects"/>. A refusal is thrown as an <see cref="UrlRejectedException"/>
/// with its reason, including one raised while connecting. Thread-safe.
/// </summary>
internal sealed class RedirectGuardHandler(UrlGuard guard, FeedsOptions options) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var hop = request;
        for (var redirects = 0; ; redirects++)
        {
            var subject = redirects == 0 ? "the link" : "the redirect";
            var rejection = OperatorTrust.IsTrusted(hop)
                ? UrlGuard.SchemeRejection(hop.RequestUri!, subject)
                : await guard.RejectionAsync(hop.RequestUri!, subject, cancellationToken).ConfigureAwait(false);
            if (rejection is not null) throw new UrlRejectedException(rejection);

            var response = await SendHopAsync(hop, cancellationToken).ConfigureAwait(false);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location) return response;
            response.Dispose();
            if (redirects == options.MaxRedirects)
                throw new UrlRejectedException($"too many redirects (more than {options.MaxRedirects})");
            hop = NextHop(hop, new Uri(hop.RequestUri!, location));
        }
    }

    private async Task<HttpResponseMessage> SendHopAsync(HttpRequestMessage hop, CancellationToken cancellationToken)
    {
        try
        {
            return await base.SendAsync(hop, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException ex) when (RejectionIn(ex) is { } rejected)
        {
            // The socket layer wraps a refusal at connection time in its own exception; keep the reason readable.
            throw new UrlRejectedException(rejected.Message, ex);
        }
    }

    private static UrlRejectedException? RejectionIn(Exception exception)
    {
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is UrlRejectedException rejection) return rejection;
        }
        return null;
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>The same GET at <paramref name="target"/>, without the operator's trust.</summary>
    private static HttpRequestMessage NextHop(HttpRequestMessage previous, Uri target)
    {
        var next = new HttpRequestMessage(HttpMethod.Get, target) { Version = previous.Version, VersionPolicy = previous.VersionPolicy };
        foreach (var (name, values) in previous.Headers) next.Headers.TryAddWithoutValidation(name, values);
        return next;
    }
}
