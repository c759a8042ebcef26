using TalentBot.Alerts.Subscriptions;

namespace TalentBot.Testing;

/// <summary>
/// The alerts layer as a chat adapter sees it (<see cref="IChannelCommands"/>): records every command it is given
/// and answers each with <paramref name="answer"/> of it ("Subscribed: SUBJECT", public, when not given). Thread-safe.
/// </summary>
public sealed class RecordingChannelCommands(Func<ChannelCommand, ChannelAnswer>? answer = null) : IChannelCommands
{
    private readonly Func<ChannelCommand, ChannelAnswer> _answer =
        answer ?? (command => new ChannelAnswer($"Subscribed: {command.Subject ?? command.Organisation ?? command.Person}", IsPrivate: false));

    private readonly List<ChannelCommand> _commands = [];

    /// <summary>Answers every command with the same <paramref name="answer"/>.</summary>
    public RecordingChannelCommands(ChannelAnswer answer)
        : this(_ => answer)
    {
    }

    public IReadOnlyList<ChannelCommand> Commands
    {
        get
        {
            lock (_commands) return _commands.ToList();
        }
    }

    public Task<ChannelAnswer> HandleAsync(ChannelCommand command, CancellationToken cancellationToken)
    {
        lock (_commands) _commands.Add(command);
        return Task.FromResult(_answer(command));
    }
}
