using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentBot.Discord.Interactions;
using TalentBot.Discord.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Discord.Tests;

/// <summary>
/// Validly signed but hostile interactions over real HTTP: whatever a body holds, the answer is a 2xx or a 4xx,
/// never a 500, and no log line carries a stack trace.
/// </summary>
public sealed class HostileInteractionTests : IAsyncLifetime
{
    /// <summary>How many hostile variants the fuzz test sends; with the fixed seed, always the same ones.</summary>
    public const int FuzzedRequests = 400;

    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("id")]
    [InlineData("token")]
    [InlineData("application_id")]
    public async Task NullIdTokenOrApplicationId_Is400(string field)
    {
        var body = WhoLeft("meta");
        body[field] = null;

        var result = await _host.SendAsync(body);

        result.Status.ShouldBe(400);
        NoStackTraces();
    }

    [Fact]
    public async Task InvalidUtf8InAnOptionValue_Is400_WithoutAStackTrace()
    {
        var json = Encoding.UTF8.GetBytes(WhoLeft("MARK").ToJsonString());
        var at = json.AsSpan().IndexOf("MARK"u8);
        byte[] body = [.. json[..at], 0xFF, 0xFE, .. json[(at + 4)..]];

        var result = await _host.SendRawAsync(body);

        result.Status.ShouldBe(400);
        result.Body.ShouldContain("not UTF-8");
        NoStackTraces();
    }

    [Fact]
    public async Task LoneSurrogateEscapeInAnOptionValue_Is400()
    {
        var body = Encoding.UTF8.GetBytes(WhoLeft("MARK").ToJsonString().Replace("MARK", "\\ud800", StringComparison.Ordinal));

        var result = await _host.SendRawAsync(body);

        result.Status.ShouldBe(400);
        NoStackTraces();
    }

    [Theory]
    [InlineData("channel_id", "../../x")]
    [InlineData("channel_id", "../../users/@me/channels?x=")]
    [InlineData("guild_id", "12")]
    [InlineData("application_id", "1100000000000000001/../2")]
    [InlineData("token", "abc/../../channels")]
    public async Task AnIdThatIsNotASnowflake_OrATokenThatLeavesItsSegment_Is400(string field, string value)
    {
        var body = Payloads.Command("subscribe", new Dictionary<string, string> { ["org"] = "meta" }, permissions: "16");
        body[field] = value;

        var result = await _host.SendAsync(body);

        result.Status.ShouldBe(400);
        result.Body.ShouldStartWith("malformed interaction");
    }

    [Fact]
    public async Task ABodyKestrelGivesUpOn_IsAnsweredWithItsStatus_InOneLineWithoutAStackTrace()
    {
        var endpoint = _host.Services.GetRequiredService<InteractionEndpoint>();
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Headers[InteractionSignature.SignatureHeader] = new string('0', 128);
        context.Request.Headers[InteractionSignature.TimestampHeader] = "1";
        context.Request.Body = new SlowBody();
        context.Response.Body = new MemoryStream();

        await endpoint.HandleAsync(context);

        context.Response.StatusCode.ShouldBe(StatusCodes.Status408RequestTimeout);
        var refusal = _host.Logs.Entries.Where(e => e.Category == typeof(InteractionEndpoint).FullName).ShouldHaveSingleItem();
        refusal.Level.ShouldBe(LogLevel.Information);
        refusal.Exception.ShouldBeNull();
        refusal.Message.ShouldContain("unreadable body");
    }

    [Fact]
    public async Task FuzzedSignedPayloads_GetNo500_AndLogNoStackTrace()
    {
        var random = new Random(20261207);
        JsonObject[] seeds =
        [
            Payloads.Ping(),
            WhoLeft("meta"),
            Fixed(Payloads.Command("subscribe", new Dictionary<string, string> { ["org"] = "meta" }, permissions: "16")),
            Fixed(Payloads.Autocomplete("who-left", "org", "me")),
            Fixed(Payloads.Button("more:v1:who_left:meta:1")),
            Fixed(Payloads.Command("moves", new Dictionary<string, string> { ["person"] = "Shengjia Zhao" }, locale: "ja", inGuild: false)),
        ];
        var statuses = new Dictionary<int, int>();
        for (var i = 0; i < FuzzedRequests; i++)
        {
            var (body, description) = HostilePayloads.Json(seeds[i % seeds.Length], random);

            var result = await _host.SendRawAsync(body);

            result.Status.ShouldBeLessThan(500, $"request {i}: {description}");
            statuses[result.Status] = statuses.GetValueOrDefault(result.Status) + 1;
        }
        NoStackTraces();
        // The variants reach past the parser too: some are still interactions, answered as such.
        statuses.Keys.ShouldContain(200);
        statuses.Keys.ShouldContain(400);
    }

    private void NoStackTraces()
    {
        var traced = _host.Logs.Entries.Where(e => e.Exception is not null).Select(e => e.Text).ToList();
        traced.ShouldBeEmpty();
    }

    private static JsonObject WhoLeft(string org) => Fixed(Payloads.Command("who-left", new Dictionary<string, string> { ["org"] = org }));

    /// <summary>The same id every run, so the fuzzed variants do not depend on <see cref="Random.Shared"/>.</summary>
    private static JsonObject Fixed(JsonObject body)
    {
        body["id"] = "1600000000000000001";
        body["token"] = "interaction-token-fixed";
        return body;
    }

    /// <summary>A body that arrives too slowly: Kestrel's verdict, as its body reader throws it.</summary>
    private sealed class SlowBody : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            throw new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", StatusCodes.Status408RequestTimeout);

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
