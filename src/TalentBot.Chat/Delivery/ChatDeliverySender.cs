using Microsoft.Extensions.Logging;
using TalentBot.Alerts.Delivery;
using TalentBot.Core.Alerts;

namespace TalentBot.Chat.Delivery;

/// <summary>One message of a delivery: the delivery's id and the page's number, or a notice (no page).</summary>
public sealed record MessagePart(string DeliveryId, int? Page)
{
    public static MessagePart Notice { get; } = new("notice", null);

    public bool IsNotice => Page is null;
}

/// <summary>How a platform answered one post: the result, and whether it refused the message itself as malformed.</summary>
public sealed record Posted(DeliveryResult Result, bool Malformed = false)
{
    public static Posted Delivered { get; } = new(DeliveryResult.Delivered);
}

/// <summary>
/// What every chat platform's sender does alike, so each keeps only its payload and its route: the target checked
/// as its own, a stored address the platform would not accept refused for good before any request (it could
/// otherwise carry a credential to another route), the rendered pages posted one at a time in order and stopping at
/// the first not accepted, a call that got no answer made a transient result, and one log line per failure (Error for
/// a message the platform refused as malformed, a bug in rendering; Warning otherwise). Thread-safe when
/// <see cref="PostAsync"/> is.
/// </summary>
public abstract class ChatDeliverySender<TMessage> : IDeliverySender
{
    private readonly string _platform;
    private readonly TargetKind _kind;
    private readonly DeliveryFormat _format;
    private readonly ILogger _logger;

    /// <param name="platform">The platform's name, for log lines and errors ("Discord", "Slack").</param>
    /// <param name="kind">The targets it posts to: the platform's channels, or webhooks in <paramref name="format"/>.</param>
    protected ChatDeliverySender(string platform, TargetKind kind, DeliveryFormat format, ILogger logger)
    {
        _platform = platform ?? throw new ArgumentNullException(nameof(platform));
        _kind = kind;
        _format = format;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>A channel of its kind; a webhook of its format (a channel target's format says nothing).</summary>
    public bool CanSend(DeliveryTarget target) =>
        target is not null && target.Kind == _kind && (_kind != TargetKind.Webhook || target.Format == _format);

    public async Task<DeliveryResult> SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var target = Checked(notification.Subscription.Target);
        var deliveryId = notification.IdempotencyKey;
        if (Refused(target, deliveryId) is { } refused) return refused;
        var messages = Render(notification);
        for (var page = 0; page < messages.Count; page++)
        {
            var result = await PostLoggedAsync(target, messages[page], new MessagePart(deliveryId, page), cancellationToken).ConfigureAwait(false);
            if (result is not DeliveryResult.Accepted) return result;
        }
        DeliveryLog.Delivered(_logger, deliveryId, target.Display, messages.Count);
        return DeliveryResult.Delivered;
    }

    public Task<DeliveryResult> SendNoticeAsync(DeliveryTarget target, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        Checked(target);
        if (Refused(target, MessagePart.Notice.DeliveryId) is { } refused) return Task.FromResult<DeliveryResult>(refused);
        return PostLoggedAsync(target, Notice(text), MessagePart.Notice, cancellationToken);
    }

    /// <summary>The messages a notification goes out as, one per page, in order.</summary>
    protected abstract IReadOnlyList<TMessage> Render(Notification notification);

    /// <summary>A plain one-off message.</summary>
    protected abstract TMessage Notice(string text);

    /// <summary>Why the target's stored address cannot be posted to, checked before any request; null when it can.</summary>
    protected virtual string? Unusable(DeliveryTarget target) => null;

    /// <summary>
    /// Posts one message and says how the platform answered. Throws only for a call that got no answer
    /// (<see cref="HttpDeliveryResults.IsUnanswered"/>).
    /// </summary>
    protected abstract Task<Posted> PostAsync(DeliveryTarget target, TMessage message, MessagePart part, CancellationToken cancellationToken);

    private async Task<DeliveryResult> PostLoggedAsync(DeliveryTarget target, TMessage message, MessagePart part, CancellationToken cancellationToken)
    {
        Posted posted;
        try
        {
            posted = await PostAsync(target, message, part, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (HttpDeliveryResults.IsUnanswered(e))
        {
            posted = new Posted(HttpDeliveryResults.FromException(e));
        }
        if (posted.Result is DeliveryResult.Accepted) return posted.Result;
        if (posted.Malformed) DeliveryLog.Malformed(_logger, _platform, part.DeliveryId, target.Display, posted.Result.Describe());
        else DeliveryLog.Failed(_logger, part.DeliveryId, target.Display, posted.Result.Describe());
        return posted.Result;
    }

    private DeliveryResult.Permanent? Refused(DeliveryTarget target, string deliveryId)
    {
        if (Unusable(target) is not { } why) return null;
        var result = new DeliveryResult.Permanent(why);
        DeliveryLog.Failed(_logger, deliveryId, target.Display, result.Reason);
        return result;
    }

    private DeliveryTarget Checked(DeliveryTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return CanSend(target) ? target : throw new ArgumentException(
            $"{target.Display} is not a {_platform} {(_kind == TargetKind.Webhook ? "webhook" : "channel")}.", nameof(target));
    }
}
