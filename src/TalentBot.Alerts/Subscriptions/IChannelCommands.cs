namespace TalentBot.Alerts.Subscriptions;

/// <summary>
/// The subscription commands of a chat channel, as the chat adapters call them: <see cref="ChannelSubscriptions"/>
/// answers them wherever alerts are enabled (<see cref="AlertsServiceCollectionExtensions.AddTalentBotAlerts"/>), and an
/// adapter with none registered says that alerts are not enabled. Implementations are thread-safe and answer user
/// mistakes with an answer, not an exception.
/// </summary>
public interface IChannelCommands
{
    Task<ChannelAnswer> HandleAsync(ChannelCommand command, CancellationToken cancellationToken);
}
