using TalentBot.Hosting;
using System.CommandLine;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Commands;
using TalentBot.Core;
using TalentBot.Serving;
using TalentBot.Slack;
using TalentBot.Slack.Http;

namespace TalentBot.Bench;

/// <summary>
/// <c>talentbot-bench slack [--db PATH] [--concurrency 200] [--requests 50000] [--warmup-seconds 10]</c>: starts the serve
/// host on loopback (on the founding store in a temporary folder unless <c>--db</c> names one) with a signing secret made
/// for the run, fires signed <c>/who-left</c> slash commands through <c>/slack/commands</c> with that many in
/// flight, and prints throughput and latency percentiles.
/// </summary>
internal static class SlackLoadCommand
{
    public static Command Create(CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var db = LoopbackLoad.StoreOption();
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 200 };
        var requests = new Option<int>("--requests") { Description = "Requests timed (after the warm-up).", DefaultValueFactory = _ => 50_000 };
        var warmUp = new Option<int>("--warmup-seconds")
        {
            Description = "Seconds of load before timing starts, so the JIT has settled (tiered compilation and PGO).",
            DefaultValueFactory = _ => 10,
        };
        var command = new Command("slack", "Load the Slack commands endpoint on loopback with signed /who-left commands.") { db, concurrency, requests, warmUp };
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
            return new SlackLoadRunner(context, settings)
                .RunAsync(result.GetValue(db), inFlight, count, TimeSpan.FromSeconds(warmUpSeconds), cancellationToken);
        });
        return command;
    }
}

/// <summary>
/// One load run against a real serve host on loopback, through the same lean HTTP/1.1 client as <c>talentbot-bench discord</c>.
/// Commands are signed in rounds just before they are sent, so a run stays inside Slack's five-minute window as long
/// as one round does. The load comes from this process, so the figures include the client's share of the cores.
/// </summary>
internal sealed class SlackLoadRunner(CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings)
{
    public async Task<int> RunAsync(string? db, int concurrency, int requests, TimeSpan warmUp, CancellationToken cancellationToken)
    {
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        var folder = db is null ? Path.Combine(Path.GetTempPath(), "talentbot-slack-bench-" + Guid.NewGuid().ToString("N")[..8]) : null;
        var overrides = (settings ?? []).Concat(new Dictionary<string, string?>
        {
            [SlackOptions.SigningSecretVariable] = secret,
            [SlackOptions.BotTokenVariable] = "xoxb-bench-never-sent",
            ["Slack:Mode"] = nameof(SlackMode.Http),
            // Every /who-left answer goes back in the response: nothing is posted, so no API needs to be reachable.
            ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
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

            var commands = new SlackCommands(new RequestSignature(secret),
                session.Store.Registry.Entities.Where(e => e.Kind == EntityKind.Organisation).Select(e => e.Name).ToList());
            var address = new Uri(app.Urls.First());
            // Every command has its own trigger (a repeated one is answered once), so each round is signed afresh.
            var issued = 0;
            byte[][] Batch(int count)
            {
                var batch = Enumerable.Range(issued, count).Select(i => commands.Prepare(i, address.Authority)).ToArray();
                issued += count;
                return batch;
            }
            var succeeded = await LoopbackLoad.MeasureAsync(address, concurrency, warmUp, () => Batch(Math.Max(concurrency * 20, 2000)),
                () => Batch(requests), Classify, "signed /who-left commands", context.Output, context.Error, cancellationToken).ConfigureAwait(false);
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return succeeded ? ExitCodes.Ok : ExitCodes.Internal;
        }
        finally
        {
            if (folder is not null && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A success is a reply in the response itself; ephemeral ones are the "nothing found" replies.</summary>
    private static LoadOutcome Classify(int status, ReadOnlySpan<byte> body)
    {
        if (status != 200 || body.IndexOf("\"blocks\""u8) < 0) return LoadOutcome.Failed;
        return body.IndexOf("\"response_type\":\"ephemeral\""u8) >= 0 ? LoadOutcome.Private
            : body.IndexOf("\"response_type\":\"in_channel\""u8) >= 0 ? LoadOutcome.Answered
            : LoadOutcome.Failed;
    }

    /// <summary><c>/who-left ORG</c> over the registry's organisations, each with its own trigger (a repeated one is answered once), signed now.</summary>
    private sealed class SlackCommands(RequestSignature signature, IReadOnlyList<string> organisations)
    {
        /// <summary>The whole signed request, ready for the wire.</summary>
        public byte[] Prepare(int index, string authority)
        {
            var (body, timestamp, signed) = Sign(index);
            return LoopbackLoad.HttpPost(SlackEndpoints.CommandsPath, authority, "application/x-www-form-urlencoded", body,
                (RequestSignature.SignatureHeader, signed), (RequestSignature.TimestampHeader, timestamp));
        }

        private (byte[] Body, string Timestamp, string Signature) Sign(int index)
        {
            var body = Encoding.UTF8.GetBytes(
                $"team_id=T0BENCH&channel_id=C0BENCH&user_id=U0BENCH&command=%2Fwho-left&text={Uri.EscapeDataString(organisations[index % organisations.Count])}" +
                $"&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0BENCH%2F{index}%2Fbench&trigger_id=bench.{index}");
            var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return (body, timestamp, signature.Sign(timestamp, body));
        }
    }
}
