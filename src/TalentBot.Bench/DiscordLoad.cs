using System.Globalization;
using System.Text;
using System.Text.Json;
using NSec.Cryptography;
using TalentBot.Commands;
using TalentBot.Discord;
using TalentBot.Discord.Interactions;

namespace TalentBot.Bench;

/// <summary>
/// <c>talentbot-bench discord</c>: signed <c>/who-left</c> interactions through <c>/discord/interactions</c>, with a key
/// pair made for the run and every interaction signed before the clock starts.
/// </summary>
internal sealed class DiscordLoad : IPlatformLoad
{
    private sealed record SignedRequest(byte[] Body, string Timestamp, string Signature);

    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [DiscordOptions.PublicKeyVariable] = Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
        ["Discord:Mode"] = nameof(DiscordMode.Endpoint),
        // Requests are signed before the clock starts; a long run must not outlive its signatures.
        ["Discord:SignatureWindowSeconds"] = "3600",
    };

    public async Task<bool> LoadAsync(LoadShape shape, Uri address, IReadOnlyList<string> organisations, CliContext context, CancellationToken cancellationToken)
    {
        var prepared = Enumerable.Range(0, shape.Requests)
            .Select(i => Prepare(Sign(_key, organisations[i % organisations.Count], i), address.Authority)).ToArray();
        return await LoopbackLoad.MeasureAsync(address, shape.Concurrency, shape.WarmUp, () => prepared, () => prepared, Classify,
            "signed /who-left interactions", context.Output, context.Error, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _key.Dispose();

    /// <summary>A success is a message in the response itself (type 4); ephemeral ones are the "nothing found" replies.</summary>
    private static LoadOutcome Classify(int status, ReadOnlySpan<byte> body)
    {
        if (status != 200 || !body.StartsWith("{\"type\":4,"u8)) return LoadOutcome.Failed;
        return body.IndexOf("\"flags\":64"u8) >= 0 ? LoadOutcome.Private : LoadOutcome.Answered;
    }

    /// <summary>The whole HTTP/1.1 request, built before the clock starts.</summary>
    private static byte[] Prepare(SignedRequest request, string authority) => LoopbackLoad.HttpPost(
        InteractionEndpoint.Path, authority, "application/json", request.Body,
        (InteractionSignature.SignatureHeader, request.Signature), (InteractionSignature.TimestampHeader, request.Timestamp));

    private static SignedRequest Sign(Key key, string organisation, int index)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["type"] = 2,
            ["id"] = (1_300_000_000_000_000_000L + index).ToString(CultureInfo.InvariantCulture),
            ["application_id"] = "1100000000000000001",
            ["token"] = $"bench-token-{index}",
            ["channel_id"] = "1200000000000000001",
            ["guild_id"] = "1000000000000000001",
            ["locale"] = "en-US",
            ["version"] = 1,
            ["member"] = new Dictionary<string, object> { ["permissions"] = "2147483648", ["user"] = new Dictionary<string, string> { ["id"] = "1" } },
            ["data"] = new Dictionary<string, object>
            {
                ["id"] = "1400000000000000001",
                ["name"] = "who-left",
                ["type"] = 1,
                ["options"] = new[] { new Dictionary<string, object> { ["name"] = "org", ["type"] = 3, ["value"] = organisation } },
            },
        });
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = Encoding.UTF8.GetBytes(timestamp).Concat(body).ToArray();
        return new SignedRequest(body, timestamp, Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, signed)));
    }
}
