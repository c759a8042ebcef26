using System.Collections.Concurrent;
using TalentBot.Slack.Subscriptions;

namespace TalentBot.Slack.Tests.Support;

/// <summary>An alerts feature that records what it was asked and says what it did.</summary>
public sealed class RecordingSubscriptions : ISubscriptionCommands
{
    private readonly ConcurrentQueue<SubscriptionRequest> _requests = new();

    public IReadOnlyList<SubscriptionRequest> Requests => _requests.ToList();

    public Task<SubscriptionReply> HandleAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        _requests.Enqueue(request);
        return Task.FromResult(new SubscriptionReply($"Subscribed: {request.Subject}", IsPrivate: false));
    }
}
