using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using TalentBot.Commands;
using TalentBot.Slack;
using TalentBot.Slack.Http;

namespace TalentBot.Bench;

/// <summary>
/// <c>talentbot-bench slack</c>: signed <c>/who-left</c> slash commands through <c>/slack/commands</c>, with a signing
/// secret made for the run. Commands are signed in rounds just before they are sent, so a run stays inside Slack's
/// five-minute window as long as one round does. The load comes from this process, so the figures include the
/// client's share of the cores.
/// </summary>
internal sealed class SlackLoad : IPlatformLoad
{
    private readonly string _secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        [SlackOptions.SigningSecretVariable] = _secret,
        [SlackOptions.BotTokenVariable] = "xoxb-bench-never-sent",
        ["Slack:Mode"] = nameof(SlackMode.Http),
        // Every /who-left answer goes back in the response: nothing is posted, so no API needs to be reachable.
        ["Slack:ApiBaseUrl"] = "http://127.0.0.1:9/api/",
    };

    public async Task<bool> LoadAsync(LoadShape shape, Uri address, IReadOnlyList<string> organisations, CliContext context, CancellationToken cancellationToken)
    {
        var commands = new SlackCommands(new RequestSignature(_secret), organisations);
        // Every command has its own trigger (a repeated one is answered once), so each round is signed afresh.
        var issued = 0;
        byte[][] Batch(int count)
        {
            var batch = Enumerable.Range(issued, count).Select(i => commands.Prepare(i, address.Authority)).ToArray();
            issued += count;
            return batch;
        }
        return await LoopbackLoad.MeasureAsync(address, shape.Concurrency, shape.WarmUp, () => Batch(Math.Max(shape.Concurrency * 20, 2000)),
            () => Batch(shape.Requests), Classify, "signed /who-left commands", context.Output, context.Error, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Nothing to release: the secret is a string.</summary>
    public void Dispose()
    {
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
