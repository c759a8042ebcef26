using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Commands;
using TalentBot.Core;
using TalentBot.Serving;
using TalentBot.Slack;
using TalentBot.Slack.Http;

namespace TalentBot.Bench;

/// <summary>
/// <c>bench slack [--concurrency 200] [--requests 20000]</c>: starts the serve host on loopback with a signing secret
/// made for the run, fires signed <c>/who-left</c> slash commands through <c>/slack/commands</c> with that many in
/// flight, and prints throughput and latency percentiles.
/// </summary>
internal static class SlackLoadCommand
{
    public static Command Create(CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at once.", DefaultValueFactory = _ => 200 };
        var requests = new Option<int>("--requests") { Description = "Requests timed (after a warm-up).", DefaultValueFactory = _ => 20_000 };
        var command = new Command("slack", "Load the Slack commands endpoint on loopback with signed /who-left commands.") { concurrency, requests };
        command.SetAction((result, cancellationToken) =>
        {
            var inFlight = result.GetValue(concurrency);
            var count = result.GetValue(requests);
            if (inFlight < 1 || count < 100)
            {
                context.Error.WriteLine("--concurrency must be at least 1 and --requests at least 100, for percentiles to mean anything.");
                return Task.FromResult(ExitCodes.BadInput);
            }
            return new SlackLoadRunner(context, settings).RunAsync(result.GetValue(context.Database), inFlight, count, cancellationToken);
        });
        return command;
    }
}

/// <summary>
/// One load run against a real serve host on loopback. Each command is signed as it is sent, with the time it is
/// sent, as Slack does, so a long run never outlives Slack's five-minute window. The load comes from this process,
/// so the figures include the client's share of the cores.
/// </summary>
internal sealed class SlackLoadRunner(CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings)
{
    public async Task<int> RunAsync(string? db, int concurrency, int requests, CancellationToken cancellationToken)
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
            await using var app = ServeHost.Build("http://127.0.0.1:0", overrides);
            var (session, error) = StoreSession.Open(app, db ?? Path.Combine(folder!, "talentbot.db"), context.Error, cancellationToken);
            if (session is null)
            {
                context.Error.WriteLine(error);
                return ExitCodes.Unavailable;
            }
            app.Services.GetRequiredService<ServeStore>().Attach(session);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);

            var commands = new SlackCommands(new RequestSignature(secret),
                session.Store.Registry.Entities.Where(e => e.Kind == EntityKind.Organisation).Select(e => e.Name).ToList());
            var endpoint = new Uri(app.Urls.First() + SlackEndpoints.CommandsPath);
            var warmUp = Math.Max(concurrency * 2, 1000);

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency, UseCookies = false });
            context.Error.WriteLine($"Warming up with {warmUp} requests …");
            await FireAsync(http, endpoint, commands, 0, warmUp, concurrency, cancellationToken).ConfigureAwait(false);
            context.Error.WriteLine($"Timing {requests} signed /who-left commands, {concurrency} in flight …");
            var clock = Stopwatch.StartNew();
            var result = await FireAsync(http, endpoint, commands, warmUp, requests, concurrency, cancellationToken).ConfigureAwait(false);
            clock.Stop();
            Report(result, requests, concurrency, clock.Elapsed);
            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return result.Failures == 0 ? ExitCodes.Ok : ExitCodes.Internal;
        }
        finally
        {
            if (folder is not null && Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private sealed record LoadResult(double[] LatenciesMs, int Failures, int Answered, int Private);

    private static async Task<LoadResult> FireAsync(
        HttpClient http, Uri endpoint, SlackCommands commands, int first, int count, int concurrency, CancellationToken cancellationToken)
    {
        var latencies = new double[count];
        int next = -1, failures = 0, answered = 0, privately = 0;
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < count)
            {
                var (body, timestamp, signature) = commands.Sign(first + index);
                using var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
                message.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
                message.Headers.Add(SignedRequestReader.SignatureHeader, signature);
                message.Headers.Add(SignedRequestReader.TimestampHeader, timestamp);
                var started = Stopwatch.GetTimestamp();
                using var response = await http.SendAsync(message, cancellationToken).ConfigureAwait(false);
                var reply = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                switch (Classify(response.StatusCode, reply))
                {
                    case Outcome.Answered: Interlocked.Increment(ref answered); break;
                    case Outcome.Private: Interlocked.Increment(ref privately); break;
                    default: Interlocked.Increment(ref failures); break;
                }
            }
        });
        await Task.WhenAll(workers).ConfigureAwait(false);
        return new LoadResult(latencies, failures, answered, privately);
    }

    private enum Outcome
    {
        Answered,
        Private,
        Failed,
    }

    /// <summary>A success is a reply in the response itself; ephemeral ones are the "nothing found" replies.</summary>
    private static Outcome Classify(HttpStatusCode status, byte[] body)
    {
        if (status != HttpStatusCode.OK || body.Length == 0) return Outcome.Failed;
        using var json = JsonDocument.Parse(body);
        return json.RootElement.TryGetProperty("response_type", out var type) && json.RootElement.TryGetProperty("blocks", out _)
            ? type.GetString() == "ephemeral" ? Outcome.Private : Outcome.Answered
            : Outcome.Failed;
    }

    private void Report(LoadResult result, int requests, int concurrency, TimeSpan elapsed)
    {
        var sorted = result.LatenciesMs.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        var output = context.Output;
        output.WriteLine();
        output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {(Debugger.IsAttached ? "debugger attached, " : "")}" +
                         $"{requests:N0} signed /who-left commands over loopback, {concurrency} in flight");
        output.WriteLine("| throughput | p50 | p90 | p99 | max | answered in channel / private (nothing found) | failed |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {requests / elapsed.TotalSeconds:N0} req/s | {Percentile(0.50):F1} ms | {Percentile(0.90):F1} ms | {Percentile(0.99):F1} ms " +
            $"| {sorted[^1]:F1} ms | {result.Answered:N0} / {result.Private:N0} | {result.Failures:N0} |"));
    }

    /// <summary><c>/who-left ORG</c> over the registry's organisations, each with its own trigger (a repeated one is answered once), signed now.</summary>
    private sealed class SlackCommands(RequestSignature signature, IReadOnlyList<string> organisations)
    {
        public (byte[] Body, string Timestamp, string Signature) Sign(int index)
        {
            var body = Encoding.UTF8.GetBytes(
                $"team_id=T0BENCH&channel_id=C0BENCH&user_id=U0BENCH&command=%2Fwho-left&text={Uri.EscapeDataString(organisations[index % organisations.Count])}" +
                $"&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT0BENCH%2F{index}%2Fbench&trigger_id=bench.{index}");
            var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            return (body, timestamp, signature.Sign(timestamp, body));
        }
    }
}
