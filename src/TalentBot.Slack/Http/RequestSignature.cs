using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using TalentBot.Chat.Requests;

namespace TalentBot.Slack.Http;

/// <summary>
/// Slack's request signature, version 0: <c>v0=</c> and the lowercase hex HMAC-SHA256, keyed with the signing secret
/// as UTF-8 text, of <c>v0:{timestamp}:{raw body}</c>, compared in constant time; and the five-minute window either
/// side of now that keeps a captured request from being replayed (checked by <see cref="SignedRequestReader{TSignature}"/>).
/// Immutable; thread-safe.
/// </summary>
public sealed class RequestSignature : IRequestSignature
{
    /// <summary>Slack's window: a request whose timestamp is further than this from now is refused.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private const string Version = "v0";
    private const string Prefix = Version + "=";
    private const int MacBytes = 32;

    private readonly byte[] _key;

    public RequestSignature(string signingSecret)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(signingSecret);
        _key = Encoding.UTF8.GetBytes(signingSecret);
    }

    public static string SignatureHeader => "X-Slack-Signature";

    public static string TimestampHeader => "X-Slack-Request-Timestamp";

    /// <summary>The <c>X-Slack-Signature</c> value Slack would send for <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public string Sign(string timestamp, ReadOnlySpan<byte> body) =>
        Prefix + Convert.ToHexStringLower(Mac(timestamp, body));

    /// <summary>True when <paramref name="signature"/> is this secret's signature of <paramref name="body"/> at <paramref name="timestamp"/>.</summary>
    public bool Verify(string timestamp, ReadOnlySpan<byte> body, string signature)
    {
        if (!signature.StartsWith(Prefix, StringComparison.Ordinal) || signature.Length != Prefix.Length + 2 * MacBytes) return false;
        Span<byte> claimed = stackalloc byte[MacBytes];
        if (Convert.FromHexString(signature.AsSpan(Prefix.Length), claimed, out _, out var written) != OperationStatus.Done || written != MacBytes)
            return false;
        return CryptographicOperations.FixedTimeEquals(Mac(timestamp, body), claimed);
    }

    private byte[] Mac(string timestamp, ReadOnlySpan<byte> body)
    {
        var head = Encoding.UTF8.GetBytes($"{Version}:{timestamp}:");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, _key);
        hmac.AppendData(head);
        hmac.AppendData(body);
        return hmac.GetHashAndReset();
    }
}
