using System.Buffers;
using System.Text;
using NSec.Cryptography;
using TalentBot.Chat.Requests;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// Checks Discord's Ed25519 signature (<c>X-Signature-Ed25519</c>) over the <c>X-Signature-Timestamp</c> bytes
/// followed by the raw body, with the application's public key. Any malformed input is a failed check, never an
/// exception. Immutable; safe to share across threads.
/// </summary>
public sealed class InteractionSignature : IRequestSignature
{
    private const int PublicKeyBytes = 32;
    private const int SignatureBytes = 64;

    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;

    private readonly PublicKey _key;

    public InteractionSignature(string publicKeyHex)
    {
        if (!IsValidPublicKey(publicKeyHex))
            throw new ArgumentException("An Ed25519 public key is 64 hexadecimal characters.", nameof(publicKeyHex));
        _key = PublicKey.Import(Algorithm, Convert.FromHexString(publicKeyHex.Trim()), KeyBlobFormat.RawPublicKey);
    }

    public static string SignatureHeader => "X-Signature-Ed25519";

    public static string TimestampHeader => "X-Signature-Timestamp";

    public static bool IsValidPublicKey(string? hex)
    {
        hex = hex?.Trim();
        if (hex is null || hex.Length != PublicKeyBytes * 2 || !hex.All(char.IsAsciiHexDigit)) return false;
        // A 32-byte string that is not a point on the curve is refused at import.
        return PublicKey.TryImport(Algorithm, Convert.FromHexString(hex), KeyBlobFormat.RawPublicKey, out _);
    }

    /// <summary>True when <paramref name="signatureHex"/> signs <paramref name="timestamp"/> + <paramref name="body"/>.</summary>
    public bool Verify(string timestamp, ReadOnlySpan<byte> body, string signatureHex)
    {
        if (signatureHex.Length != SignatureBytes * 2) return false;
        Span<byte> signature = stackalloc byte[SignatureBytes];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != OperationStatus.Done || written != SignatureBytes)
            return false;

        var stampLength = Encoding.UTF8.GetByteCount(timestamp);
        var message = ArrayPool<byte>.Shared.Rent(stampLength + body.Length);
        try
        {
            Encoding.UTF8.GetBytes(timestamp, message);
            body.CopyTo(message.AsSpan(stampLength));
            return Algorithm.Verify(_key, message.AsSpan(0, stampLength + body.Length), signature);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(message);
        }
    }
}
