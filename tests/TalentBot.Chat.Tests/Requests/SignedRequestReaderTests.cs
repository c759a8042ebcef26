using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TalentBot.Chat.Requests;
using TalentBot.Testing;

namespace TalentBot.Chat.Tests.Requests;

/// <summary>
/// The shared signed-request reader with a real HMAC signature on a fake clock: every refusal is typed and carries
/// its status, the window is inclusive either side, a flood is refused without being buffered, and a refusal is
/// answered and logged in one line without a stack trace.
/// </summary>
public sealed class SignedRequestReaderTests
{
    private static readonly SignedRequestPolicy Policy = new("Test", MaxBodyBytes: 4096, TimestampWindow: TimeSpan.FromMinutes(5));

    private readonly FakeClock _clock = new();
    private readonly SignedRequestReader<HmacSignature> _reader;

    public SignedRequestReaderTests() => _reader = new SignedRequestReader<HmacSignature>(new HmacSignature(), Policy, _clock);

    private string Now => _clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task SignedFreshUtf8Body_IsVerified_WithExactlyItsBytes()
    {
        var body = Encoding.UTF8.GetBytes("""{"type":1,"name":"メタ"}""");

        var verified = (await ReadAsync(Signed(body, Now))).ShouldBeOfType<VerifiedRequest>();

        verified.Body.ShouldBe(body);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task AMissingHeader_IsUnsigned401(bool withSignature, bool withTimestamp)
    {
        var context = Signed("{}"u8.ToArray(), Now);
        if (!withSignature) context.Request.Headers.Remove(HmacSignature.SignatureHeader);
        if (!withTimestamp) context.Request.Headers.Remove(HmacSignature.TimestampHeader);

        var refused = (await ReadAsync(context)).ShouldBeOfType<RefusedRequest>();

        (refused.Refusal, refused.Status, refused.IsUnauthenticated).ShouldBe((Refusal.Unsigned, 401, true));
    }

    [Fact]
    public async Task OneByteChanged_IsBadSignature401()
    {
        var context = Signed("{\"a\":1}"u8.ToArray(), Now);
        context.Request.Body = new MemoryStream("{\"a\":2}"u8.ToArray());

        var refused = (await ReadAsync(context)).ShouldBeOfType<RefusedRequest>();

        (refused.Refusal, refused.Status).ShouldBe((Refusal.BadSignature, 401));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(300, true)]
    [InlineData(-300, true)]
    [InlineData(301, false)]
    [InlineData(-301, false)]
    public async Task TheWindow_IsInclusiveEitherSideOfNow_OnTheInjectedClock(int secondsFromNow, bool fresh)
    {
        var stamp = _clock.GetUtcNow().AddSeconds(secondsFromNow).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        var read = await ReadAsync(Signed("{}"u8.ToArray(), stamp));

        if (fresh) read.ShouldBeOfType<VerifiedRequest>();
        else read.ShouldBeOfType<RefusedRequest>().Refusal.ShouldBe(Refusal.Stale);
    }

    [Theory]
    [InlineData("-1531420618")]
    [InlineData(" 1531420618")]
    [InlineData("1531420618.5")]
    [InlineData("yesterday")]
    public async Task ASignedTimestampThatIsNotUnixSeconds_IsStale(string stamp)
    {
        var refused = (await ReadAsync(Signed("{}"u8.ToArray(), stamp))).ShouldBeOfType<RefusedRequest>();

        (refused.Refusal, refused.Status).ShouldBe((Refusal.Stale, 401));
    }

    [Fact]
    public async Task ABodyOverTheCap_Is413_AlsoWhenItsLengthIsNotDeclared()
    {
        var body = new byte[Policy.MaxBodyBytes + 1];
        var declared = Signed(body, Now);
        declared.Request.ContentLength = body.Length;
        var streamed = Signed(body, Now);

        foreach (var context in new[] { declared, streamed })
        {
            var refused = (await ReadAsync(context)).ShouldBeOfType<RefusedRequest>();
            (refused.Refusal, refused.Status).ShouldBe((Refusal.TooLarge, 413));
        }
    }

    [Fact]
    public async Task ABodyAtTheCap_IsRead()
    {
        var body = Enumerable.Repeat((byte)'a', Policy.MaxBodyBytes).ToArray();

        (await ReadAsync(Signed(body, Now))).ShouldBeOfType<VerifiedRequest>().Body.Length.ShouldBe(Policy.MaxBodyBytes);
    }

    [Fact]
    public async Task SignedBytesThatAreNotUtf8_Are400()
    {
        byte[] body = [.. "{\"name\":\""u8, 0xC0, 0x80, .. "\"}"u8];

        var refused = (await ReadAsync(Signed(body, Now))).ShouldBeOfType<RefusedRequest>();

        (refused.Refusal, refused.Status, refused.Reason).ShouldBe((Refusal.NotUtf8, 400, "not UTF-8"));
    }

    [Fact]
    public async Task ABodyKestrelGivesUpOn_IsRefusedWithKestrelsStatus()
    {
        var context = Signed("{}"u8.ToArray(), Now);
        context.Request.Body = new ThrowingBody(new BadHttpRequestException("Reading the request body timed out due to data arriving too slowly.", 408));

        var refused = (await ReadAsync(context)).ShouldBeOfType<RefusedRequest>();

        (refused.Refusal, refused.Status).ShouldBe((Refusal.Unreadable, 408));
        refused.Reason.ShouldStartWith("unreadable body");
    }

    [Fact]
    public async Task AConnectionThatClosesMidBody_IsRefused_NotThrown()
    {
        var context = Signed("{}"u8.ToArray(), Now);
        context.Request.Body = new ThrowingBody(new IOException("The client reset the connection."));

        var refused = (await ReadAsync(context)).ShouldBeOfType<RefusedRequest>();

        (refused.Refusal, refused.Status).ShouldBe((Refusal.ConnectionClosed, 400));
    }

    [Fact]
    public async Task ARefusal_IsAnsweredWithItsStatus_AndLoggedInOneLineUnderTheCallersCategory()
    {
        var logs = new CapturedLogs();
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() } };
        context.Request.Path = "/test/requests";

        await _reader.RefuseAsync(context, RefusedRequest.Malformed("malformed thing: no id"), logs.CreateLogger("Test.Endpoint"));

        context.Response.StatusCode.ShouldBe(400);
        ResponseText(context).ShouldBe("malformed thing: no id");
        var line = logs.Entries.ShouldHaveSingleItem();
        (line.EventId, line.Level, line.Category, line.Exception).ShouldBe((4510, LogLevel.Information, "Test.Endpoint", null));
        line.Message.ShouldBe("Test request to /test/requests refused with 400: malformed thing: no id");
    }

    [Fact]
    public async Task AnUnauthenticatedRefusal_TellsTheClientNoMoreThanThat()
    {
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() } };

        await _reader.RefuseAsync(context, new RefusedRequest(Refusal.Stale, 401, "timestamp more than 300 s from now"), new CapturedLogs().CreateLogger("x"));

        (context.Response.StatusCode, ResponseText(context)).ShouldBe((401, "invalid request signature"));
    }

    [Fact]
    public async Task ARefusalToAClientThatHasGone_IsLoggedButNotWritten()
    {
        var logs = new CapturedLogs();
        using var gone = new CancellationTokenSource();
        await gone.CancelAsync();
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() }, RequestAborted = gone.Token };

        await _reader.RefuseAsync(context, RefusedRequest.Malformed("late"), logs.CreateLogger("x"));

        ResponseText(context).ShouldBeEmpty();
        logs.Entries.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("""{"id":"1","count":2}""", true)]
    [InlineData("""{"id":1}""", false)]
    [InlineData("""{"id":"1","count":"two"}""", false)]
    [InlineData("""[1,2]""", false)]
    [InlineData("""{"id":""", false)]
    [InlineData("null", false)]
    public void ReadJson_GivesTheTypeOrNull_NeverAnException(string json, bool read)
    {
        var value = new VerifiedRequest(Encoding.UTF8.GetBytes(json)).ReadJson(TestJson.Default.Sample);

        (value is not null).ShouldBe(read);
    }

    private Task<SignedRequest> ReadAsync(HttpContext context) => _reader.ReadAsync(context.Request, CancellationToken.None);

    private static DefaultHttpContext Signed(byte[] body, string timestamp)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = "POST";
        context.Request.Headers[HmacSignature.SignatureHeader] = HmacSignature.Sign(timestamp, body);
        context.Request.Headers[HmacSignature.TimestampHeader] = timestamp;
        context.Request.Body = new MemoryStream(body);
        return context;
    }

    private static string ResponseText(HttpContext context) => Encoding.UTF8.GetString(((MemoryStream)context.Response.Body).ToArray());

    /// <summary>A real scheme, as a platform's would be: hex HMAC-SHA256 of <c>timestamp:body</c> with a fixed key.</summary>
    private sealed class HmacSignature : IRequestSignature
    {
        private static readonly byte[] Key = "test-signing-key"u8.ToArray();

        public static string SignatureHeader => "X-Test-Signature";

        public static string TimestampHeader => "X-Test-Timestamp";

        public static string Sign(string timestamp, ReadOnlySpan<byte> body) => Convert.ToHexStringLower(Mac(timestamp, body));

        public bool Verify(string timestamp, ReadOnlySpan<byte> body, string signature) =>
            CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(timestamp, body)), Encoding.ASCII.GetBytes(signature));

        private static byte[] Mac(string timestamp, ReadOnlySpan<byte> body) =>
            HMACSHA256.HashData(Key, (byte[])[.. Encoding.UTF8.GetBytes(timestamp + ":"), .. body]);
    }

    /// <summary>A body whose every read throws what Kestrel or the connection would.</summary>
    private sealed class ThrowingBody(Exception exception) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw exception;
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => ValueTask.FromException<int>(exception);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => Task.FromException<int>(exception);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

public sealed record Sample(string Id, int Count);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(Sample))]
internal sealed partial class TestJson : JsonSerializerContext;
