using TalentBot.Core.Alerts;
using TalentBot.Core.Replies;

namespace TalentBot.Alerts.Delivery;

/// <summary>
/// What goes out: an outbox entry, its subscription, and the platform-neutral reply built from its moves.
/// <see cref="IdempotencyKey"/> is the same on every attempt, so a target that saw an attempt whose response was
/// lost can recognise the retry.
/// </summary>
public sealed record Notification(Core.Alerts.Delivery Delivery, Subscription Subscription, Reply Reply)
{
    public string IdempotencyKey => Delivery.Id;
}

/// <summary>How an attempt ended, as the outbox needs to know it.</summary>
public abstract record DeliveryResult
{
    private DeliveryResult() { }

    public static DeliveryResult Delivered { get; } = new Accepted();

    /// <summary>Why it was not accepted, for logs and the outbox; empty when it was.</summary>
    public string Describe() => this switch
    {
        Transient transient => transient.Reason,
        Permanent permanent => permanent.Reason,
        _ => "",
    };

    /// <summary>The target took it.</summary>
    public sealed record Accepted : DeliveryResult;

    /// <summary>Worth trying again (timeouts, 408, 429, 5xx, a dropped connection), after <see cref="RetryAfter"/> if the target said.</summary>
    public sealed record Transient(string Reason, TimeSpan? RetryAfter = null) : DeliveryResult;

    /// <summary>Retrying cannot help (404, 401, 403, 410, an unknown channel): the target is paused and reported.</summary>
    public sealed record Permanent(string Reason) : DeliveryResult;
}

/// <summary>
/// Sends notifications to the targets of one platform or format. The outbox picks the sender that
/// <see cref="CanSend"/> a target. Implementations are thread-safe, never throw for a failure of the target
/// (they return it), and put no secret (a webhook URL, a token) into a reason.
/// </summary>
public interface IDeliverySender
{
    bool CanSend(DeliveryTarget target);

    Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken);

    /// <summary>
    /// A plain one-off message, such as the notice that a channel's subscription is paused. Tried once: a notice
    /// to a target that just failed for good may well fail too, and the log has it anyway.
    /// </summary>
    Task<DeliveryResult> SendNoticeAsync(DeliveryTarget target, string text, CancellationToken cancellationToken);
}
