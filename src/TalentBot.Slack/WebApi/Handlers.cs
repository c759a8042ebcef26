using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using TalentBot.Chat.Api;

namespace TalentBot.Slack.WebApi;

/// <summary>Adds <c>Authorization: Bearer …</c> with the token the call's method takes; a <c>response_url</c> gets none.</summary>
internal sealed class SlackAuthorizationHandler(IOptions<SlackOptions> options) : AuthorizationHandler
{
    protected override AuthenticationHeaderValue? CredentialFor(HttpRequestMessage request)
    {
        var call = SlackCalls.Of(request);
        var (token, variable) = call.Token switch
        {
            SlackToken.Bot => (options.Value.BotToken, SlackOptions.BotTokenVariable),
            SlackToken.App => (options.Value.AppToken, SlackOptions.AppTokenVariable),
            _ => (null, null),
        };
        if (variable is null) return null;
        return !string.IsNullOrWhiteSpace(token)
            ? new AuthenticationHeaderValue("Bearer", token)
            : throw new InvalidOperationException($"{call.Method} needs a token: set {variable}.");
    }
}

/// <summary>
/// Holds each <c>chat.postMessage</c> attempt until its channel's turn, and holds the channel for a 429's wait. Sits
/// inside the retry, so a retried post waits in its lane again.
/// </summary>
internal sealed class ChannelPacingHandler(ChannelPacer pacer) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (SlackCalls.Of(request).Channel is not { } channel) return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        using var turn = await pacer.WaitTurnAsync(channel, cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests) pacer.Hold(channel, SlackCalls.RetryAfter(response) ?? TimeSpan.FromSeconds(1));
        return response;
    }
}

/// <summary>Reads what the handlers share from a request and a response. Stateless.</summary>
internal static class SlackCalls
{
    public static SlackCall Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(SlackCall.Key, out var call)
            ? call
            : throw new InvalidOperationException("Slack calls go through SlackWebApiClient, which names them.");

    /// <summary>A 429's <c>Retry-After</c>: Slack sends whole seconds.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response) => response.Headers.RetryAfter?.Delta;
}
