namespace TalentBot.Slack.WebApi;

/// <summary>
/// Where a <c>response_url</c> may point: Slack's own hosts over HTTPS (<c>hooks.slack.com</c>, or any host under
/// <c>slack.com</c>), or the host of the configured <see cref="SlackOptions.ApiBaseUrl"/> (Slack itself unless it was
/// set to a stand-in, as tests do). A signed payload naming any other host is not followed: the bot would otherwise
/// post what a user asked to wherever the payload said. Stateless.
/// </summary>
public static class SlackHosts
{
    public static bool IsResponseUrl(Uri url, Uri apiBase)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(apiBase);
        if (!url.IsAbsoluteUri) return false;
        var host = url.IdnHost;
        if (url.Scheme == Uri.UriSchemeHttps && url.IsDefaultPort
            && (host.Equals("slack.com", StringComparison.OrdinalIgnoreCase) || host.EndsWith(".slack.com", StringComparison.OrdinalIgnoreCase)))
            return true;
        return Uri.Compare(url, apiBase, UriComponents.SchemeAndServer, UriFormat.UriEscaped, StringComparison.OrdinalIgnoreCase) == 0;
    }
}
