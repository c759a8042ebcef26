using TalentBot.Alerts.Subscriptions;
using TalentBot.Core.Replies;

namespace TalentBot.Chat.Subscriptions;

/// <summary>
/// What both chat platforms do with a subscription command once the platform's own checks are done: know it by its
/// name, ask the alerts layer (<see cref="IChannelCommands"/>) and turn the answer into messages, a digest as every
/// page of its rendering and anything else as one short text. Stateless.
/// </summary>
public static class SubscriptionCommands
{
    /// <summary>The action a command's name asks for (<c>subscribe</c>, <c>unsubscribe</c>, <c>subscriptions</c>, <c>digest</c>); null for any other.</summary>
    public static ChannelAction? ActionOf(string? name) => name switch
    {
        "subscribe" => ChannelAction.Subscribe,
        "unsubscribe" => ChannelAction.Unsubscribe,
        "subscriptions" => ChannelAction.List,
        "digest" => ChannelAction.Digest,
        _ => null,
    };

    /// <summary>
    /// The answer to <paramref name="command"/> as the platform's messages: <paramref name="digest"/>'s pages when the
    /// answer is a digest that renders to any, else <paramref name="text"/> of the answer alone.
    /// </summary>
    public static async Task<IReadOnlyList<TMessage>> MessagesAsync<TMessage>(
        IChannelCommands commands,
        ChannelCommand command,
        Func<Reply, IReadOnlyList<TMessage>> digest,
        Func<ChannelAnswer, TMessage> text,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var answer = await commands.HandleAsync(command, cancellationToken).ConfigureAwait(false);
        if (answer.Digest is { } reply && digest(reply) is { Count: > 0 } pages) return pages;
        return [text(answer)];
    }
}
