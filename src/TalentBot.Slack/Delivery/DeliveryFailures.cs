using Polly.Timeout;
using TalentBot.Alerts.Delivery;

namespace TalentBot.Slack.Delivery;

/// <summary>What both Slack senders make of a failure: calls that never got an answer, and the reason to log. Stateless.</summary>
internal static class DeliveryFailures
{
    /// <summary>
    /// A failed connection, or an attempt that ran out of time: the caller's token (its attempt timeout) was cancelled,
    /// or the Web API client's own per-attempt timeout gave up.
    /// </summary>
    public static bool IsUnanswered(Exception exception) =>
        exception is HttpRequestException or OperationCanceledException or TimeoutException or TimeoutRejectedException;

    public static DeliveryResult From(Exception exception) => HttpDeliveryResults.FromException(
        exception is HttpRequestException or TaskCanceledException or TimeoutException
            ? exception
            : new TimeoutException("The attempt ran out of time.", exception));

    public static string ReasonOf(DeliveryResult result) => result switch
    {
        DeliveryResult.Transient transient => transient.Reason,
        DeliveryResult.Permanent permanent => permanent.Reason,
        _ => "",
    };
}
