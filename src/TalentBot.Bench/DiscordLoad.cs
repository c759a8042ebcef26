using TalentBot.Hosting;
using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;
using TalentBot.Commands;
using TalentBot.Core;
using TalentBot.Discord;
using TalentBot.Discord.Interactions;
using TalentBot.Serving;

namespace TalentBot.Bench;

/// <summary>
/// <c>talentbot-bench discord [--db PATH] [--concurrency 200] [--requests 50000] [--warmup-seconds 10]</c>: starts the serve
/// host on loopback (on the founding store in a temporary folder unless <c>--db</c> names one) with a key pair made for
/// the run, fires signed <c>/who-left</c> interactions through <c>/discord/interactions</c>
/// with that many in flight, and prints throughput and latency percentiles of the steady state.
/// </summary>
internal static class DiscordLoadCommand
{
    public static Command Create(CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var db = LoopbackLoad.StoreOption();
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 200 };
        var requests = new Option<int>("--requests") { Description = "Requests timed (after the warm-up).", DefaultValueFactory = _ => 50_000 };
        var warmUp = new Option<int>("--warmup-seconds")
        {
            Description = "Load before timing starts, so tiered compilation has settled and the steady state is measured.",
            DefaultValueFactory = _ => 10,
        };
        var command = new Command("discord", "Load the Discord interactions endpoint on loopback with signed /who-left commands.")
        {
            db, concurrency, requests, warmUp,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var inFlight = result.GetValue(concurrency);
            var count = result.GetValue(requests);
            var warmUpSeconds = result.GetValue(warmUp);
            if (inFlight < 1 || count < 100 || warmUpSeconds < 0)
            {
                context.Error.WriteLine("--concurrency must be at least 1, --requests at least 100 (for percentiles to mean anything) and --warmup-seconds not negative.");
                return Task.FromResult(ExitCodes.BadInput);
            }
            return new DiscordLoadRunner(context, settings)
                .RunAsync(result.GetValue(db), inFlight, count, TimeSpan.FromSeconds(warmUpSeconds), cancellationToken);
        });
        return command;
    }
}

/// <summary>One load run against a real serve host on loopback.</summary>
internal sealed class DiscordLoadRunner(CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings)
{
    private sealed record SignedRequest(byte[] Body, string Timestamp, string Signature);

    public async Task<int> RunAsync(string? db, int concurrency, int requests, TimeSpan warmUp, CancellationToken cancellationToken)
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var folder = db is null ? Path.Combine(Path.GetTempPath(), "talentbot-discord-bench-" + Guid.NewGuid().ToString("N")[..8]) : null;
        var overrides = (settings ?? []).Concat(new Dictionary<string, string?>
        {
            [DiscordOptions.PublicKeyVariable] = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            ["Discord:Mode"] = nameof(DiscordMode.Endpoint),
            // Requests are signed before the clock starts; a long run must not outlive its signatures.
            ["Discord:SignatureWindowSeconds"] = "3600",
            // Per-request logs would measure the console, not the bot.
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:TalentBot"] = "Warning",
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        try
        {
            await using var app = ServeHost.Build("http://127.0.0.1:0", StorePaths.WithDatabase(overrides, db ?? Path.Combine(folder!, "talentbot.db")));
            var (session, error) = app.Services.GetRequiredService<StoreProvider>().Open(context.Error, cancellationToken);
            if (session is null)
            {
                context.Error.WriteLine(error);
                return ExitCodes.Unavailable;
            }
            await app.StartAsync(cancellationToken).ConfigureAwait(false);

            var organisations = session.Store.Registry.Entities.Where(e => e.Kind == EntityKind.Organisation).Select(e => e.Name).ToList();
            var signed = Enumerable.Range(0, requests).Select(i => Sign(key, organisations[i % organisations.Count], i)).ToArray();

            var address = new Uri(app.Urls.First());
            var prepared = signed.Select(r => Prepare(r, address.Authority)).ToArray();
            var succeeded = await LoopbackLoad.MeasureAsync(address, concurrency, warmUp, () => prepared, () => prepared, Classify,
                "signed /who-left interactions", context.Output, context.Error, cancellationToken).ConfigureAwait(false);
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return succeeded ? ExitCodes.Ok : ExitCodes.Internal;
        }
        finally
        {
            if (folder is not null && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

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
