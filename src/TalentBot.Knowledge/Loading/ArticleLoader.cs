using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using TalentBot.Knowledge.Loading;

namespace TalentBot.Knowledge;

/// <summary>
/// Loads articles from a file, a folder (recursively, supported files only, in path order) or an http(s) URL.
/// Every failure of a source (missing, unreadable, empty, binary, oversized, another scheme, unreachable, refused,
/// an HTTP error, a redirect that cannot be followed, a broken body, a wrong content type) comes back as a failed
/// <see cref="ArticleLoad"/> with a one-line reason, and one failure never stops the others. Thread-safe.
/// </summary>
public sealed class ArticleLoader
{
    /// <summary>The name of the <see cref="HttpClient"/> this loader asks <see cref="IHttpClientFactory"/> for.</summary>
    public const string HttpClientName = "TalentBot.ArticleLoader";

    private static readonly string[] AcceptedMediaTypes = ["text/html", "application/xhtml+xml", "text/markdown", "text/plain"];

    private readonly HttpClient? _http;
    private readonly ArticleLoaderOptions _options;

    /// <param name="http">Used for URLs; without it, URLs fail with a reason. Its own timeout is not relied on.</param>
    public ArticleLoader(HttpClient? http = null, ArticleLoaderOptions? options = null)
    {
        _http = http;
        _options = options ?? new ArticleLoaderOptions();
    }

    public ArticleLoader(IHttpClientFactory httpClients, ArticleLoaderOptions? options = null)
        : this(httpClients.CreateClient(HttpClientName), options)
    {
    }

    public static IReadOnlyList<string> SupportedExtensions { get; } = [".txt", ".md", ".markdown", ".html", ".htm"];

    /// <summary>Loads whatever <paramref name="location"/> names: an http(s) URL, a folder or a file.</summary>
    public async Task<IReadOnlyList<ArticleLoad>> LoadAsync(string location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (Uri.TryCreate(location, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
            return [await LoadUrlAsync(uri, cancellationToken).ConfigureAwait(false)];
        if (Directory.Exists(location)) return LoadFolder(location);
        if (!File.Exists(location) && OtherScheme(location) is { } scheme)
            return [ArticleLoad.Failed(location, $"{scheme}: addresses are not read; give a file, a folder or an http(s) URL")];
        return [LoadFile(location)];
    }

    /// <summary>
    /// The scheme <paramref name="location"/> was written with when it reads as a URL of another kind (ftp://…,
    /// file:///…), else null. A path is not one: "/srv/a.md" parses as a file URI on Unix without saying "file:",
    /// and "C:\a.md" has a one-letter scheme.
    /// </summary>
    private static string? OtherScheme(string location) =>
        Uri.TryCreate(location, UriKind.Absolute, out var uri) && uri.Scheme.Length > 1
            && location.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase)
            ? uri.Scheme
            : null;

    /// <summary>A file by its extension, or by its content when the extension is not one of ours.</summary>
    public ArticleLoad LoadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            var file = new FileInfo(path);
            if (!file.Exists) return ArticleLoad.Failed(path, "no such file or folder");
            if (file.Length > _options.MaxBytes) return ArticleLoad.Failed(path, $"file is {Size(file.Length)}, over the {Size(_options.MaxBytes)} cap");
            var bytes = File.ReadAllBytes(path);
            return ArticleDocumentReader.Read(path, bytes, ArticleDocumentReader.FormatOfExtension(path), null, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ArticleLoad.Failed(path, $"cannot read the file: {ex.Message}");
        }
    }

    /// <summary>Every supported file under <paramref name="folder"/>, recursively, in ordinal path order.</summary>
    public IReadOnlyList<ArticleLoad> LoadFolder(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder)) return [ArticleLoad.Failed(folder, "no such folder")];
        var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
        List<string> files;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", options)
                             .Where(f => ArticleDocumentReader.FormatOfExtension(f) is not null)
                             .Order(StringComparer.Ordinal)
                             .ToList();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A folder removed or unmounted while it is listed, or a symbolic-link loop: the folder's failure.
            return [ArticleLoad.Failed(folder, $"cannot list the folder: {ex.Message}")];
        }
        return files.Select(LoadFile).ToList();
    }

    public async Task<ArticleLoad> LoadUrlAsync(Uri url, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(url);
        var location = url.ToString();
        if (_http is null) return ArticleLoad.Failed(location, "loading URLs is not configured (no HttpClient)");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.FetchTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            foreach (var mediaType in AcceptedMediaTypes) request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(mediaType));
            HttpResponseMessage sent;
            try
            {
                sent = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is UriFormatException or NotSupportedException or InvalidOperationException)
            {
                // HttpClient's own redirect handling throws these rather than an HttpRequestException for a Location it
                // cannot follow: file:///etc/passwd reaches its connection pool as a host-less URI (UriFormatException),
                // another scheme is NotSupportedException. Caught at the send only, so a bug in our reading still shows.
                return ArticleLoad.Failed(location, $"the server's answer cannot be followed: {ex.Message}");
            }
            using var response = sent;
            if (!response.IsSuccessStatusCode)
            {
                var status = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd();
                return IsWorthRetrying(response.StatusCode) ? ArticleLoad.Unavailable(location, status) : ArticleLoad.Failed(location, status);
            }

            var contentType = response.Content.Headers.ContentType;
            if (!TryFormatOf(contentType?.MediaType, out var format))
                return ArticleLoad.Failed(location, $"content type '{contentType?.MediaType}' is not text, Markdown or HTML");
            if (response.Content.Headers.ContentLength > _options.MaxBytes)
                return ArticleLoad.Failed(location, $"response is {Size(response.Content.Headers.ContentLength.Value)}, over the {Size(_options.MaxBytes)} cap");

            var body = await CappedBody.ReadAsync(response.Content, _options.MaxBytes, timeout.Token).ConfigureAwait(false);
            if (body is null) return ArticleLoad.Failed(location, $"response is over the {Size(_options.MaxBytes)} cap");
            return ArticleDocumentReader.Read(location, body, format, EncodingOf(contentType), location);
        }
        catch (FetchRefusedException ex)
        {
            return ArticleLoad.Failed(location, ex.Message);
        }
        catch (HttpRequestException ex)
        {
            return ArticleLoad.Unavailable(location, $"unreachable: {ex.Message}");
        }
        catch (IOException ex)
        {
            // The connection broke after the headers, while the body was read (HttpIOException and its kin).
            return ArticleLoad.Unavailable(location, $"the download broke off: {ex.Message}");
        }
        catch (InvalidDataException ex)
        {
            // A gzip or Brotli body that does not decompress: the server sent it broken.
            return ArticleLoad.Failed(location, $"the response's compressed body is corrupt: {ex.Message}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ArticleLoad.Unavailable(location, $"timed out after {_options.FetchTimeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
    }

    /// <summary>
    /// Answers that may change: a server error, throttling, a timeout, and a 404, which a page published moments after
    /// its feed entry can answer at first.
    /// </summary>
    private static bool IsWorthRetrying(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.NotFound or HttpStatusCode.RequestTimeout
            or HttpStatusCode.TooManyRequests;

    private static Encoding? EncodingOf(MediaTypeHeaderValue? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType?.CharSet)) return null;
        try
        {
            return Encoding.GetEncoding(contentType.CharSet.Trim('"'));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string Size(long bytes) =>
        bytes >= 1024 * 1024
            ? (bytes / (1024.0 * 1024.0)).ToString("0.#", CultureInfo.InvariantCulture) + " MiB"
            : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KiB";

    /// <summary>The format a media type names; null (sniff the content) when the server sent none.</summary>
    private static bool TryFormatOf(string? mediaType, out DocumentFormat? format)
    {
        format = mediaType?.ToLowerInvariant() switch
        {
            "text/html" or "application/xhtml+xml" => DocumentFormat.Html,
            "text/markdown" or "text/x-markdown" => DocumentFormat.Markdown,
            "text/plain" => DocumentFormat.PlainText,
            _ => null,
        };
        return mediaType is null || format is not null;
    }
}
