using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace TalentBot.Chat.Connections;

/// <summary>Where a platform socket client stands, for readiness.</summary>
public enum ConnectionStatus
{
    Connecting,
    Ready,
    Stopped,
}

/// <summary>
/// A hosted client that keeps one platform socket connected through <see cref="ReconnectLoop"/> and says where it
/// stands: <see cref="ConnectionStatus.Connecting"/> between connections, <see cref="ConnectionStatus.Ready"/> once
/// the platform greeted the connection (the subclass says when), and <see cref="ConnectionStatus.Stopped"/> with the
/// reason, logged as Critical, when reconnecting cannot help. Subclasses keep the protocol of one connection.
/// </summary>
public abstract class SocketClient : BackgroundService
{
    private readonly string _connection;

    /// <param name="connection">What the log lines call the connection ("Gateway", "Socket Mode").</param>
    protected SocketClient(string connection, TimeProvider time, Random random, ILogger logger)
    {
        _connection = connection ?? throw new ArgumentNullException(nameof(connection));
        Time = time ?? throw new ArgumentNullException(nameof(time));
        Jitter = random ?? throw new ArgumentNullException(nameof(random));
        Logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    public ConnectionStatus Status { get; private set; } = ConnectionStatus.Connecting;

    /// <summary>The clock every wait of the client is on.</summary>
    protected TimeProvider Time { get; }

    /// <summary>The random source of every jitter of the client.</summary>
    protected Random Jitter { get; }

    protected ILogger Logger { get; }

    /// <summary>Why the client stopped, when it did.</summary>
    public string? StopReason { get; private set; }

    protected sealed override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var reconnect = new ReconnectLoop(_connection, Time, Jitter, Logger);
        var final = await reconnect.RunAsync(ConnectAsync, stoppingToken).ConfigureAwait(false);
        Status = ConnectionStatus.Stopped;
        StopReason = final?.Reason ?? "the host is stopping";
        if (final is not null) ConnectionLog.Stopped(Logger, _connection, final.Reason);
    }

    /// <summary>One connection, from opening to its end; expected failures come back as a <see cref="ConnectionEnd"/>.</summary>
    protected abstract Task<ConnectionEnd> ConnectOnceAsync(CancellationToken stoppingToken);

    /// <summary>The platform greeted the connection.</summary>
    protected void Greeted() => Status = ConnectionStatus.Ready;

    private async Task<ConnectionEnd> ConnectAsync(CancellationToken stoppingToken)
    {
        try
        {
            return await ConnectOnceAsync(stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            Status = ConnectionStatus.Connecting;
        }
    }
}
