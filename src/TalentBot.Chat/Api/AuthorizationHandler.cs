using System.Net.Http.Headers;

namespace TalentBot.Chat.Api;

/// <summary>
/// Adds the <c>Authorization</c> header a platform call needs, so each credential lives in one place and nowhere
/// else; a call that carries its own authority (a webhook or reply URL with its token in the path) gets none.
/// </summary>
public abstract class AuthorizationHandler : DelegatingHandler
{
    protected sealed override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CredentialFor(request) is { } credential) request.Headers.Authorization = credential;
        return base.SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// The header <paramref name="request"/> needs, or null when it needs none. A call that needs a credential that is
    /// not set throws, naming the setting, rather than going out to be refused.
    /// </summary>
    protected abstract AuthenticationHeaderValue? CredentialFor(HttpRequestMessage request);
}
