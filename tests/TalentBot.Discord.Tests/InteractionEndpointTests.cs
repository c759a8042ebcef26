using System.Net;
using System.Text;
using TalentBot.Discord.Tests.Support;

namespace TalentBot.Discord.Tests;

/// <summary>
/// <c>POST /discord/interactions</c> over real HTTP with real signatures: what Discord's own checks send (PING,
/// bad signatures) and everything a hostile or broken client might, each answered with the right status and never a 500.
/// </summary>
public sealed class InteractionEndpointTests : IAsyncLifetime
{
    private BotHost _host = null!;

    public async Task InitializeAsync() => _host = await BotHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Ping_SignedByTheApplicationKey_IsAnsweredWithPong()
    {
        var result = await _host.SendAsync(Payloads.Ping());

        result.Status.ShouldBe(200);
        result.Body.ShouldBe("""{"type":1}""");
    }

    [Fact]
    public async Task Ping_ContentTypeIsJson()
    {
        var body = Encoding.UTF8.GetBytes(Payloads.Ping().ToJsonString());
        var timestamp = _host.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new ByteArrayContent(body) };
        request.Headers.Add("X-Signature-Ed25519", _host.Signer.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);

        using var response = await _host.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
    }

    [Fact]
    public async Task SignatureFromAnotherKey_Is401()
    {
        using var stranger = new DiscordSigner();
        var body = Encoding.UTF8.GetBytes(Payloads.Ping().ToJsonString());
        var result = await _host.SendRawAsync(body, tamperSignature: _ =>
            stranger.Sign(_host.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), body));

        result.Status.ShouldBe(401);
    }

    [Fact]
    public async Task FlippedSignatureCharacter_Is401()
    {
        var result = await _host.SendRawAsync(Encoding.UTF8.GetBytes(Payloads.Ping().ToJsonString()),
            tamperSignature: s => (s[0] == '0' ? '1' : '0') + s[1..]);

        result.Status.ShouldBe(401);
    }

    [Fact]
    public async Task BodyChangedAfterSigning_Is401()
    {
        var signed = Encoding.UTF8.GetBytes(Payloads.Ping().ToJsonString());
        var changed = Encoding.UTF8.GetBytes(Payloads.Command("who-left", new Dictionary<string, string> { ["org"] = "meta" }).ToJsonString());

        var result = await _host.SendRawAsync(signed, sentBody: changed);

        result.Status.ShouldBe(401);
    }

    [Fact]
    public async Task MissingSignatureHeaders_Is401()
    {
        var result = await _host.SendRawAsync(Encoding.UTF8.GetBytes(Payloads.Ping().ToJsonString()), sign: false);

        result.Status.ShouldBe(401);
    }

    [Fact]
    public async Task OnlyTheTimestampHeader_Is401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent("{}") };
        request.Headers.Add("X-Signature-Timestamp", "1700000000");

        (await _host.PostAsync(request)).Status.ShouldBe(401);
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86400)]
    public async Task TimestampOutsideTheWindow_Is401EvenWhenSigned(int offsetSeconds)
    {
        var stale = (_host.Time.GetUtcNow().ToUnixTimeSeconds() + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        var result = await _host.SendRawAsync(Encoding.UTF8.GetBytes(Payloads.Ping().ToJsonString()), timestamp: stale);

        result.Status.ShouldBe(401);
    }

    [Fact]
    public async Task TimestampInsideTheWindow_IsAccepted()
    {
        var recent = (_host.Time.GetUtcNow().ToUnixTimeSeconds() - 299).ToString(System.Globalization.CultureInfo.InvariantCulture);

        (await _host.SendRawAsync(Encoding.UTF8.GetBytes(Payloads.Ping().ToJsonString()), timestamp: recent)).Status.ShouldBe(200);
    }

    [Fact]
    public async Task TimestampThatIsNotANumber_Is401EvenWhenSigned()
    {
        var result = await _host.SendRawAsync(Encoding.UTF8.GetBytes(Payloads.Ping().ToJsonString()), timestamp: "yesterday");

        result.Status.ShouldBe(401);
    }

    [Theory]
    [InlineData("{\"type\":")]
    [InlineData("not json at all")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"type\":\"one\"}")]
    [InlineData("")]
    public async Task MalformedJson_SignedCorrectly_Is400(string body)
    {
        var result = await _host.SendRawAsync(Encoding.UTF8.GetBytes(body));

        result.Status.ShouldBe(400);
    }

    [Theory]
    [InlineData("{\"type\":2}")]
    [InlineData("{\"type\":2,\"id\":\"1\",\"application_id\":\"2\",\"token\":\"t\"}")]
    [InlineData("{\"type\":99,\"id\":\"1\",\"application_id\":\"2\",\"token\":\"t\",\"data\":{}}")]
    public async Task InteractionMissingWhatItNeeds_Is400(string body)
    {
        var result = await _host.SendRawAsync(Encoding.UTF8.GetBytes(body));

        result.Status.ShouldBe(400);
    }

    [Fact]
    public async Task UnknownCommand_IsAPoliteEphemeralMessage()
    {
        var result = await _host.SendAsync(Payloads.Command("make-coffee"));

        result.Status.ShouldBe(200);
        result.CallbackType.ShouldBe(4);
        result.IsEphemeral.ShouldBeTrue();
        ((string)result.Data!["content"]!).ShouldContain("/make-coffee");
        ((string)result.Data!["content"]!).ShouldContain("/help lists every command");
    }

    [Fact]
    public async Task BodyOverTheLimit_Is413()
    {
        var padding = new string('x', 200 * 1024);
        var result = await _host.SendRawAsync(Encoding.UTF8.GetBytes($"{{\"type\":1,\"pad\":\"{padding}\"}}"));

        result.Status.ShouldBe(413);
    }

    [Fact]
    public async Task BodyOverTheLimitWithoutContentLength_Is413()
    {
        var padding = new string('x', 200 * 1024);
        var body = Encoding.UTF8.GetBytes($"{{\"type\":1,\"pad\":\"{padding}\"}}");
        var timestamp = _host.Time.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions")
        {
            Content = new StreamContent(new ChunkedStream(body)),
        };
        request.Headers.TransferEncodingChunked = true;
        request.Headers.Add("X-Signature-Ed25519", _host.Signer.Sign(timestamp, body));
        request.Headers.Add("X-Signature-Timestamp", timestamp);

        (await _host.PostAsync(request)).Status.ShouldBe(413);
    }

    [Fact]
    public async Task UnsignedGarbage_NeverLeaksDetails()
    {
        var result = await _host.SendRawAsync(Encoding.UTF8.GetBytes("{"), tamperSignature: _ => new string('0', 128));

        result.Status.ShouldBe(401);
        result.Body.ShouldBe("invalid request signature");
    }

    /// <summary>A stream of unknown length, so the client sends the body chunked, without Content-Length.</summary>
    private sealed class ChunkedStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
