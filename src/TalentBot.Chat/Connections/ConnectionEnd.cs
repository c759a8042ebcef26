namespace TalentBot.Chat.Connections;

/// <summary>
/// How one connection to a platform's socket ended, as <see cref="ReconnectLoop"/> needs to know it: why (for the
/// one log line), whether it had been greeted, and what the protocol asks of the next one.
/// </summary>
public sealed record ConnectionEnd(string Reason)
{
    /// <summary>
    /// The platform had greeted the connection (Discord's READY or RESUMED, Slack's <c>hello</c>): the failures before
    /// it are forgotten, and the next connection is opened at once.
    /// </summary>
    public bool WasReady { get; init; }

    /// <summary>The platform asked for the reconnection: routine, so logged at Information rather than as a fault.</summary>
    public bool Requested { get; init; }

    /// <summary>A wait the protocol prescribes before the next connection, in place of the backoff.</summary>
    public TimeSpan? Pause { get; init; }

    /// <summary>The exception that ended it, when one did: logged at Debug only, never as a stack trace per retry.</summary>
    public Exception? Failure { get; init; }

    /// <summary>Reconnecting cannot help (a refused token, a fatal close code, the feature switched off): the loop ends.</summary>
    public bool IsFinal { get; init; }

    /// <summary>An end that stops the loop, saying why.</summary>
    public static ConnectionEnd Final(string reason) => new(reason) { IsFinal = true };

    /// <summary>A connection that failed with <paramref name="exception"/>, named by its type and message.</summary>
    public static ConnectionEnd Failed(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return new ConnectionEnd($"{exception.GetType().Name}: {exception.Message}") { Failure = exception };
    }
}
