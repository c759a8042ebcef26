namespace TalentBot.Feeds.Safety;

/// <summary>
/// Marks a request whose URL the operator typed (<c>feeds add URL</c>): its first hop may reach any address,
/// loopback included. Redirects from it are new requests without the mark, so they are checked like any link.
/// </summary>
internal static class OperatorTrust
{
    private static readonly HttpRequestOptionsKey<bool> Key = new("TalentBot.Feeds.OperatorTrusted");

    public static void Trust(HttpRequestMessage request) => request.Options.Set(Key, true);

    public static bool IsTrusted(HttpRequestMessage request) => request.Options.TryGetValue(Key, out var trusted) && trusted;
}

/// <summary>
/// Marks every request of its client as the operator's, for a client that only ever fetches URLs the operator typed
/// (<c>ingest URL</c>). It sits outside <see cref="RedirectGuardHandler"/>, so the redirects it follows are not marked.
/// </summary>
internal sealed class OperatorTrustHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        OperatorTrust.Trust(request);
        return base.SendAsync(request, cancellationToken);
    }
}
