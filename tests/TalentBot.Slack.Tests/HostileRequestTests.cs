using System.Text;
using System.Text.Json.Nodes;
using TalentBot.Slack.Http;
using TalentBot.Slack.Tests.Support;
using TalentBot.Slack.WebApi;
using TalentBot.Testing;

namespace TalentBot.Slack.Tests;

/// <summary>
/// Validly signed but hostile requests to the three request URLs over real HTTP: whatever a body holds, the answer
/// is a 2xx or a 4xx, never a 500; no log line carries a stack trace; an id that is not one never reaches a route;
/// a <c>response_url</c> off Slack's hosts is never posted to.
/// </summary>
public sealed class HostileRequestTests : IAsyncLifetime
{
    /// <summary>How many hostile variants the fuzz test sends, a third to each URL; with the fixed seed, always the same ones.</summary>
    public const int FuzzedRequests = 450;

    private FakeSlack _slack = null!;
    private SlackHost _host = null!;

    /// <summary>Numbers each delivery, so none is taken for a repeat of another.</summary>
    private int _sent;

    public async Task InitializeAsync()
    {
        _slack = await FakeSlack.StartAsync();
        // Pacing posts a second apart on the fake clock would hold the mentions' answers until the clock moved; pacing is
        // not what this test is about.
        _host = await SlackHost.StartAsync(_slack, settings: new Dictionary<string, string?> { ["Slack:ChannelPostIntervalMilliseconds"] = "0" });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _slack.DisposeAsync();
    }

    [Theory]
    [InlineData("channel_id", "../../x")]
    [InlineData("channel_id", "c0lowercase")]
    [InlineData("user_id", "U0/../../x")]
    [InlineData("team_id", "T0?x=1")]
    public async Task ASlashCommandWhoseIdIsNotASlackId_Is400(string field, string value)
    {
        var fields = Fields("/subscribe", "meta");
        fields[field] = value;

        var result = await _host.PostAsync(SlackEndpoints.CommandsPath, Payloads.Form(fields));

        result.Status.ShouldBe(400);
        _slack.Calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task AClickWhoseResponseUrlIsNotSlacks_IsNotAnsweredThere_AndSaysSoOnce()
    {
        var click = Payloads.ClickPayload("tb_more", "who_left|meta|1", "https://attacker.example/hooks/x");

        var result = await _host.ClickAsync(click);
        await _host.FollowUpsDoneAsync();

        result.Status.ShouldBe(200);
        _slack.Calls.ShouldBeEmpty();
        var refusal = _host.Logs.Entries.Where(e => e.EventId == 6034).ShouldHaveSingleItem();
        refusal.Message.ShouldContain("attacker.example");
        refusal.Message.ShouldNotContain("/hooks/x", Case.Sensitive, "the path of a response_url is a credential");
    }

    [Theory]
    [InlineData("https://hooks.slack.com/commands/T0/1/x", true)]
    [InlineData("https://hooks.slack.com/actions/T0/1/x", true)]
    [InlineData("https://ent.slack.com/x", true)]
    [InlineData("http://hooks.slack.com/commands/T0/1/x", false)]
    [InlineData("https://hooks.slack.com:8443/commands/x", false)]
    [InlineData("https://hooks.slack.com.attacker.example/x", false)]
    [InlineData("https://attackerslack.com/x", false)]
    [InlineData("https://127.0.0.1/x", false)]
    [InlineData("http://127.0.0.1:7001/hooks/x", true)] // the configured API's own host, as tests set it
    [InlineData("http://127.0.0.1:7002/hooks/x", false)]
    public void ResponseUrls_AreFollowedOnlyOnSlacksHostsOrTheConfiguredApis(string url, bool followed) =>
        SlackHosts.IsResponseUrl(new Uri(url), new Uri("http://127.0.0.1:7001/api/")).ShouldBe(followed);

    [Fact]
    public async Task InvalidUtf8InASignedEvent_Is400()
    {
        var json = Encoding.UTF8.GetBytes(Payloads.Mention("<@U0TALENTBOT> MARK").ToJsonString());
        var at = json.AsSpan().IndexOf("MARK"u8);
        byte[] body = [.. json[..at], 0xC0, 0x80, .. json[(at + 4)..]];

        var result = await _host.PostRawAsync(SlackEndpoints.EventsPath, body, "application/json");

        result.Status.ShouldBe(400);
        NoStackTraces();
    }

    [Fact]
    public async Task FuzzedSignedRequests_GetNo500_AndLogNoStackTrace()
    {
        var random = new Random(20261207);
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < FuzzedRequests; i++)
        {
            var (path, body, contentType, description) = (i % 3) switch
            {
                0 => Command(random),
                1 => Event(random),
                _ => Click(random),
            };

            var result = await _host.PostRawAsync(path, body, contentType);

            result.Status.ShouldBeLessThan(500, $"request {i} to {path}: {description}");
            statuses[result.Status] = statuses.GetValueOrDefault(result.Status) + 1;
        }
        await _host.FollowUpsDoneAsync();
        NoStackTraces();
        _slack.Calls.ShouldAllBe(c => c.Path.StartsWith("/hooks/", StringComparison.Ordinal) || c.Path.StartsWith("/api/", StringComparison.Ordinal));
        statuses.Keys.ShouldContain(200);
        statuses.Keys.ShouldContain(400);
    }

    private (string, byte[], string, string) Command(Random random)
    {
        string[] commands = ["/who-left", "/subscribe", "/moves", "/ask", "/digest"];
        var (body, description) = HostilePayloads.Form(Fields(commands[random.Next(commands.Length)], "meta"), random);
        return (SlackEndpoints.CommandsPath, Encoding.UTF8.GetBytes(body), "application/x-www-form-urlencoded", description);
    }

    private (string, byte[], string, string) Event(Random random)
    {
        var (body, description) = HostilePayloads.Json(Payloads.Mention("<@U0TALENTBOT> who left meta?", eventId: $"Ev0FUZZ{++_sent}"), random);
        return (SlackEndpoints.EventsPath, body, "application/json", description);
    }

    private (string, byte[], string, string) Click(Random random)
    {
        var seed = Payloads.ClickPayload("tb_more", "who_left|meta|1", _slack.ResponseUrl("click"), trigger: $"13345224609.click{++_sent}");
        var (json, description) = HostilePayloads.Json(seed, random);
        // The payload field holds the JSON's bytes as they are, percent-encoded, invalid UTF-8 included.
        var body = "payload=" + string.Concat(json.Select(b => char.IsAsciiLetterOrDigit((char)b) ? ((char)b).ToString() : $"%{b:X2}"));
        return (SlackEndpoints.InteractivityPath, Encoding.ASCII.GetBytes(body), "application/x-www-form-urlencoded", description);
    }

    private Dictionary<string, string> Fields(string command, string text) =>
        Payloads.CommandFields(command, text, _slack.ResponseUrl(), trigger: $"13345224609.command{++_sent}").ToDictionary(p => p.Key, p => (string)p.Value!);

    private void NoStackTraces() =>
        _host.Logs.Entries.Where(e => e.Exception is not null).Select(e => e.Text).ToList().ShouldBeEmpty();
}
