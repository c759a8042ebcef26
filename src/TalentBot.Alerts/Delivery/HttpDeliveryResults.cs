using System.Net;
using Polly.Timeout;

namespace TalentBot.Alerts.Delivery;

/// <summary>How every HTTP sender reads a response, so that webhooks of any format fail and retry alike.</summary>
public static class HttpDeliveryResults
{
    /// <summary>
    /// 2xx delivered; 408, 425, 429 and 5xx transient (with the Retry-After the target gave, as a delay or a date);
    /// anything else permanent, since a request the target refuses will be refused again.
    /// </summary>
    public static DeliveryResult From(HttpResponseMessage response, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(time);
        var code = (int)response.StatusCode;
        if (response.IsSuccessStatusCode) return DeliveryResult.Delivered;
        var reason = $"HTTP {code} {response.ReasonPhrase}".TrimEnd();
        if (code is (int)HttpStatusCode.RequestTimeout or 425 or (int)HttpStatusCode.TooManyRequests || code >= 500)
            return new DeliveryResult.Transient(reason, RetryAfter(response, time));
        return new DeliveryResult.Permanent(reason);
    }

    /// <summary>
    /// A call that never got an answer: the connection failed, or the attempt ran out of time (the caller's attempt
    /// token, a client's own timeout, or a resilience pipeline's timeout).
    /// </summary>
    public static bool IsUnanswered(Exception exception) =>
        exception is HttpRequestException or OperationCanceledException or TimeoutException or TimeoutRejectedException;

    /// <summary>What an unanswered call means for the outbox: try again later.</summary>
    public static DeliveryResult FromException(Exception exception) => exception switch
    {
        HttpRequestException http => new DeliveryResult.Transient(http.HttpRequestError == HttpRequestError.Unknown
            ? "the request failed"
            : $"the request failed: {http.HttpRequestError}"),
        _ when IsUnanswered(exception) => new DeliveryResult.Transient("the target did not answer in time"),
        _ => throw new ArgumentException("Only network failures and timeouts are delivery results.", nameof(exception), exception),
    };

    private static TimeSpan? RetryAfter(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta) return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header?.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }
}
