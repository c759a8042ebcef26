using TalentBot.Chat.Requests;

namespace TalentBot.Chat.Adapters;

/// <summary>
/// How a platform reaches the adapter, for <see cref="ChatAdapterServices.AddChatConnection{TOptions, TSignature, TEndpoints, TSocket}"/>:
/// signed requests to endpoints we map, or a socket we open (chosen from configuration before the container is built).
/// </summary>
public sealed class ChatConnection<TOptions, TSignature>
{
    /// <summary>True when we open the socket (Gateway, Socket Mode); false when the platform POSTs to our endpoints.</summary>
    public required bool OverSocket { get; init; }

    /// <summary>The verifier of the platform's signatures, from the checked options (endpoint mode only).</summary>
    public required Func<TOptions, TSignature> Signature { get; init; }

    /// <summary>The body size and timestamp window the reader enforces (endpoint mode only).</summary>
    public required Func<TOptions, SignedRequestPolicy> Policy { get; init; }

    /// <summary>How the readiness check names and describes the connection.</summary>
    public required ConnectionReadiness Readiness { get; init; }
}

/// <summary>What a readiness check says of an adapter's connection, in the platform's own words.</summary>
/// <param name="Name">The check's name in the readiness report (<c>discord</c>).</param>
/// <param name="Mode">The mode as the report's <c>mode</c> shows it (<c>endpoint</c>, <c>socket_mode</c>).</param>
/// <param name="Endpoints">Said when the platform delivers to us: where.</param>
/// <param name="Socket">The socket's key in the report's data (<c>gateway</c>).</param>
/// <param name="Ready">Said when the socket is open and greeted.</param>
/// <param name="Connecting">Said while it connects.</param>
/// <param name="Stopped">Put before the reason when it has stopped for good.</param>
public sealed record ConnectionReadiness(string Name, string Mode, string Endpoints, string Socket, string Ready, string Connecting, string Stopped);
