using TalentBot.Alerts.Subscriptions;
using TalentBot.Core.Alerts;

namespace TalentBot.Discord.Subscriptions;

/// <summary>
/// The subscription commands of a Discord channel, answered by the platform-neutral subscriptions feature: a request
/// becomes a <see cref="ChannelCommand"/> for the channel as a <see cref="DeliveryTarget.DiscordChannel"/> target,
/// with the organisation, person and inferred options as given, and the answer (a digest included) comes back as a
/// <see cref="SubscriptionReply"/>. The host binds the handler to <c>ChannelSubscriptions.HandleAsync</c> through
/// <see cref="DiscordServices.AddDiscordSubscriptionCommands"/>. Thread-safe when the handler is.
/// </summary>
public sealed class ChannelSubscriptionCommands(Func<ChannelCommand, CancellationToken, Task<ChannelAnswer>> handle) : ISubscriptionCommands
{
    private readonly Func<ChannelCommand, CancellationToken, Task<ChannelAnswer>> _handle = handle ?? throw new ArgumentNullException(nameof(handle));

    public async Task<SubscriptionReply> HandleAsync(SubscriptionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var command = new ChannelCommand(ActionOf(request.Action), DeliveryTarget.DiscordChannel(request.ChannelId), request.UserId,
            request.Language, Organisation: request.Organisation, Person: request.Person, Inferred: request.Inferred);
        var answer = await _handle(command, cancellationToken).ConfigureAwait(false);
        return new SubscriptionReply(answer.Text, answer.IsPrivate, answer.Digest);
    }

    private static ChannelAction ActionOf(SubscriptionAction action) => action switch
    {
        SubscriptionAction.Subscribe => ChannelAction.Subscribe,
        SubscriptionAction.Unsubscribe => ChannelAction.Unsubscribe,
        SubscriptionAction.List => ChannelAction.List,
        SubscriptionAction.Digest => ChannelAction.Digest,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown subscription action."),
    };
}
