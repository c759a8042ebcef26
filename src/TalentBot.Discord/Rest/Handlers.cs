using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using TalentBot.Chat.Api;

namespace TalentBot.Discord.Rest;

/// <summary>
/// Adds <c>Authorization: Bot …</c> to the routes that need the bot; interaction webhooks and callbacks carry their
/// own token in the path and get no header.
/// </summary>
internal sealed class BotAuthorizationHandler(IOptions<DiscordOptions> options) : AuthorizationHandler
{
    protected override AuthenticationHeaderValue? CredentialFor(HttpRequestMessage request)
    {
        if (!request.Options.TryGetValue(DiscordRoute.Key, out var route) || !route.NeedsBot) return null;
        var token = options.Value.BotToken;
        return !string.IsNullOrWhiteSpace(token)
            ? new AuthenticationHeaderValue("Bot", token)
            : throw new InvalidOperationException($"{route.Name} needs the bot token: set {DiscordOptions.BotTokenVariable}.");
    }
}

/// <summary>
/// Holds each attempt until its bucket allows it, then learns from the response. Sits inside the retry, so a
/// retried call waits for the limit its own 429 revealed, and a 429's body is buffered for the retry to read.
/// </summary>
internal sealed class RateLimitHandler(RateLimitBuckets buckets) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = request.Options.TryGetValue(DiscordRoute.Key, out var known)
            ? known
            : throw new InvalidOperationException("Discord calls go through DiscordRestClient, which names their route.");
        using var lease = await buckets.AcquireAsync(route, cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        TimeSpan? retryAfter = null;
        var global = false;
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var error = await DiscordErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false);
            retryAfter = DiscordErrors.RetryAfter(response, error);
            global = error?.Global == true;
        }
        buckets.Learn(route, response, retryAfter, global);
        return response;
    }
}
