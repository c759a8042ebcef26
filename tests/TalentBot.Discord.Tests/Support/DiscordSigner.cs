using System.Text;
using NSec.Cryptography;

namespace TalentBot.Discord.Tests.Support;

/// <summary>An Ed25519 key pair made for the test, signing requests the way Discord does: timestamp + raw body.</summary>
public sealed class DiscordSigner : IDisposable
{
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519,
        new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public string Sign(string timestamp, byte[] body)
    {
        var message = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(_key, message));
    }

    public void Dispose() => _key.Dispose();
}
