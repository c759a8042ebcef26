using System.Net;
using TalentBot.Knowledge.Tests.Support;

namespace TalentBot.Knowledge.Tests;

/// <summary>
/// Issue item 8: every way one source can fail comes back as that source's failed load, never as an exception, and
/// says whether trying again later may help.
/// </summary>
public sealed class ArticleLoaderFailureTests : IDisposable
{
    private static readonly Uri Story = new("https://news.example.com/story");

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    public static TheoryData<Exception> RedirectsHttpClientCannotFollow { get; } = new()
    {
        new UriFormatException("Invalid URI: The hostname could not be parsed."),
        new NotSupportedException("The 'gopher' scheme is not supported."),
        new InvalidOperationException("An invalid request URI was provided."),
    };

    [Theory]
    [MemberData(nameof(RedirectsHttpClientCannotFollow))]
    public async Task LoadUrlAsync_HttpClientThrowsOutsideHttpRequestException_IsThatSourcesFailure(Exception thrown)
    {
        var loader = new ArticleLoader(new HttpClient(new StubHttpHandler(_ => throw thrown)));

        var load = await loader.LoadUrlAsync(Story);

        load.Error.ShouldBe($"the server's answer cannot be followed: {thrown.Message}");
        load.Retryable.ShouldBeFalse();
    }

    [Fact]
    public async Task LoadUrlAsync_Refused_GivesTheRefusalAsItIsAndIsNotRetryable()
    {
        var loader = new ArticleLoader(new HttpClient(new StubHttpHandler(_ => throw new FetchRefusedException("the redirect uses file:, and only http and https are fetched"))));

        var load = await loader.LoadUrlAsync(Story);

        load.Error.ShouldBe("the redirect uses file:, and only http and https are fetched");
        load.Retryable.ShouldBeFalse();
    }

    [Fact]
    public async Task LoadUrlAsync_Unreachable_IsRetryable()
    {
        var loader = new ArticleLoader(new HttpClient(new StubHttpHandler(_ => throw new HttpRequestException("Connection refused"))));

        (await loader.LoadUrlAsync(Story)).Retryable.ShouldBeTrue();
    }

    [Theory]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.NotFound, true)]
    [InlineData(HttpStatusCode.Gone, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    public async Task LoadUrlAsync_HttpError_IsRetryableOnlyWhenTheAnswerMayChange(HttpStatusCode status, bool retryable)
    {
        var loader = new ArticleLoader(new HttpClient(StubHttpHandler.Returning(status, "no", "text/html")));

        var load = await loader.LoadUrlAsync(Story);

        load.Error!.ShouldStartWith($"HTTP {(int)status} ");
        load.Retryable.ShouldBe(retryable);
    }

    [Fact]
    public async Task LoadUrlAsync_BodyBreaksOffWhileRead_IsRetryable()
    {
        var loader = new ArticleLoader(new HttpClient(BodyThrowing(new IOException("The response ended prematurely."))));

        var load = await loader.LoadUrlAsync(Story);

        load.Error.ShouldBe("the download broke off: The response ended prematurely.");
        load.Retryable.ShouldBeTrue();
    }

    [Fact]
    public async Task LoadUrlAsync_CompressedBodyThatDoesNotDecompress_IsThatSourcesFailure()
    {
        var loader = new ArticleLoader(new HttpClient(BodyThrowing(new InvalidDataException("The archive entry was compressed using an unsupported compression method."))));

        var load = await loader.LoadUrlAsync(Story);

        load.Error!.ShouldStartWith("the response's compressed body is corrupt: ");
        load.Retryable.ShouldBeFalse();
    }

    [Theory]
    [InlineData("ftp://files.example.com/article.md", "ftp")]
    [InlineData("file:///etc/passwd", "file")]
    [InlineData("gopher://example.com/1", "gopher")]
    public async Task LoadAsync_UrlOfAnotherScheme_IsRefusedNamingTheScheme(string location, string scheme)
    {
        var loads = await new ArticleLoader(new HttpClient(new StubHttpHandler(_ => throw new InvalidOperationException("no request expected")))).LoadAsync(location);

        loads.Single().Error.ShouldBe($"{scheme}: addresses are not read; give a file, a folder or an http(s) URL");
    }

    [Fact]
    public async Task LoadAsync_AbsolutePathThatIsMissing_IsAMissingFileNotAScheme()
    {
        var loads = await new ArticleLoader().LoadAsync(_folder.File("missing.md"));

        loads.Single().Error.ShouldBe("no such file or folder");
    }

    /// <summary>A 200 with HTML headers whose body stream throws <paramref name="failure"/> when read.</summary>
    private static StubHttpHandler BodyThrowing(Exception failure) => new(_ => new HttpResponseMessage(HttpStatusCode.OK)
    {
        Content = new StreamContent(new ThrowingStream(failure)) { Headers = { ContentType = new("text/html") } },
    });

    private sealed class ThrowingStream(Exception failure) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => 0; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw failure;
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => throw failure;
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
