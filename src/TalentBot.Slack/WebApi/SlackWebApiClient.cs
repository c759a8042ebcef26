using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using TalentBot.Slack.Messages;

namespace TalentBot.Slack.WebApi;

/// <summary>
/// The Web API calls TalentBot makes, on a client from <see cref="IHttpClientFactory"/> whose handlers add the token,
/// retry 5xx and 429 (honouring <c>Retry-After</c>) with Polly, and keep to one message per second per channel.
/// Every call either succeeds or throws <see cref="SlackApiException"/> with Slack's error code: nothing is dropped
/// silently, and <c>ok:false</c> in a 200 is a failure too. Thread-safe.
/// </summary>
public sealed class SlackWebApiClient(IHttpClientFactory httpClients, IOptions<SlackOptions> options, ILogger<SlackWebApiClient> logger)
{
    public const string HttpClientName = "slack";

    /// <summary>Posts to a channel, or into a thread when <paramref name="threadTs"/> is set.</summary>
    public Task<PostedMessage> PostMessageAsync(string channel, SlackMessage message, string? threadTs, CancellationToken cancellationToken) =>
        PostMessageAsync(channel, message, threadTs, metadata: null, cancellationToken);

    /// <summary>Posts to a channel, or into a thread when <paramref name="threadTs"/> is set, with <paramref name="metadata"/> kept on the message.</summary>
    public async Task<PostedMessage> PostMessageAsync(
        string channel, SlackMessage message, string? threadTs, MessageMetadata? metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var call = SlackCall.PostMessage(channel);
        var body = JsonContent.Create(new PostMessageRequest(channel, message.Text, message.Blocks, threadTs, Metadata: metadata),
            SlackJson.Default.PostMessageRequest);
        var response = await CallAsync(call, new Uri(call.Method, UriKind.Relative), body, cancellationToken).ConfigureAwait(false);
        return new PostedMessage(response?.Channel ?? channel,
            response?.Ts ?? throw Failed(call, HttpStatusCode.OK, "invalid_response"));
    }

    /// <summary>Posts a message only <paramref name="user"/> sees, in <paramref name="channel"/> or one of its threads.</summary>
    public async Task PostEphemeralAsync(string channel, string user, SlackMessage message, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var call = SlackCall.PostEphemeral;
        var body = JsonContent.Create(new PostEphemeralRequest(channel, user, message.Text, message.Blocks, threadTs),
            SlackJson.Default.PostEphemeralRequest);
        await CallAsync(call, new Uri(call.Method, UriKind.Relative), body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Publishes <paramref name="user"/>'s Home tab (<c>views.publish</c>), replacing what it showed.</summary>
    public async Task PublishHomeAsync(string user, IReadOnlyList<Block> blocks, CancellationToken cancellationToken)
    {
        var call = SlackCall.PublishView;
        var body = JsonContent.Create(new PublishViewRequest(user, new HomeView(blocks)), SlackJson.Default.PublishViewRequest);
        await CallAsync(call, new Uri(call.Method, UriKind.Relative), body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A fresh Socket Mode URL (each is good for one connection).</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var call = SlackCall.OpenConnection;
        var response = await CallAsync(call, new Uri(call.Method, UriKind.Relative), new FormUrlEncodedContent([]), cancellationToken)
                           .ConfigureAwait(false);
        return Uri.TryCreate(response?.Url, UriKind.Absolute, out var url) && url.Scheme is "wss" or "ws"
            ? url
            : throw Failed(call, HttpStatusCode.OK, "invalid_response");
    }

    /// <summary>
    /// Shares a file in <paramref name="channel"/> (or one of its threads) through Slack's external upload: ask for an
    /// upload URL (<c>files.getUploadURLExternal</c>, with the alt text), send the bytes there, then complete the upload
    /// into the channel (<c>files.completeUploadExternal</c>). Needs the <c>files:write</c> scope and the bot in the
    /// channel. Returns the file's id.
    /// </summary>
    public async Task<string> UploadFileAsync(
        string channel, string fileName, byte[] content, string title, string altText, string? threadTs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var ask = SlackCall.GetUploadUrl;
        var ticket = await CallAsync(ask, new Uri(ask.Method, UriKind.Relative), new FormUrlEncodedContent(
        [
            new("filename", fileName),
            new("length", content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("alt_txt", SlackText.Truncate(altText, SlackLimits.FileAltText)),
        ]), cancellationToken).ConfigureAwait(false);
        if (!Uri.TryCreate(ticket?.UploadUrl, UriKind.Absolute, out var uploadUrl) || uploadUrl.Scheme is not ("https" or "http")
            || ticket?.FileId is not { Length: > 0 } fileId)
            throw Failed(ask, HttpStatusCode.OK, "invalid_response");

        await UploadBytesAsync(uploadUrl, fileName, content, cancellationToken).ConfigureAwait(false);

        var complete = SlackCall.CompleteUpload;
        var files = JsonSerializer.Serialize([new UploadedFile(fileId, SlackText.Truncate(title, SlackLimits.FileTitle))], SlackJson.Default.UploadedFileArray);
        var fields = new List<KeyValuePair<string, string>> { new("files", files), new("channel_id", channel) };
        if (threadTs is not null) fields.Add(new("thread_ts", threadTs));
        await CallAsync(complete, new Uri(complete.Method, UriKind.Relative), new FormUrlEncodedContent(fields), cancellationToken).ConfigureAwait(false);
        return fileId;
    }

    /// <summary>The bytes, as a multipart form's one file: the upload URL answers plain text ("OK - 12345"), not the Web API's JSON.</summary>
    private async Task UploadBytesAsync(Uri uploadUrl, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var call = SlackCall.UploadBytes;
        using var form = new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } };
        using var request = new HttpRequestMessage(HttpMethod.Post, uploadUrl) { Content = form };
        request.Options.Set(SlackCall.Key, call);
        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            throw Failed(call, response.StatusCode, "ratelimited", SlackCalls.RetryAfter(response));
        if (!response.IsSuccessStatusCode) throw Failed(call, response.StatusCode, $"http_{(int)response.StatusCode}");
    }

    /// <summary>
    /// Replies through a command's or a click's <c>response_url</c> (five uses within 30 minutes). One that is not on
    /// Slack's hosts (<see cref="SlackHosts"/>) is not used: the refusal is logged, by host only, and nothing is sent.
    /// </summary>
    public async Task RespondAsync(Uri responseUrl, CommandResponse response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(responseUrl);
        if (!SlackHosts.IsResponseUrl(responseUrl, new Uri(options.Value.ApiBaseUrl)))
        {
            SlackLog.ResponseUrlRefused(logger, responseUrl.Scheme, responseUrl.Host);
            return;
        }
        var body = JsonContent.Create(response, SlackJson.Default.CommandResponse);
        await CallAsync(SlackCall.ResponseUrl, responseUrl, body, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The parsed body of a successful call; null only for a <c>response_url</c> answering plain <c>ok</c>.</summary>
    private async Task<ApiResponse?> CallAsync(SlackCall call, Uri target, HttpContent content, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, target) { Content = content };
        request.Options.Set(SlackCall.Key, call);
        // A client per call: the factory rotates handlers underneath, which a client held for the process would pin.
        var http = httpClients.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var parsed = Parse(body);

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
            throw Failed(call, response.StatusCode, parsed?.Error ?? "ratelimited", SlackCalls.RetryAfter(response));
        if (!response.IsSuccessStatusCode)
            throw Failed(call, response.StatusCode, parsed?.Error ?? ErrorWord(body) ?? $"http_{(int)response.StatusCode}");
        if (parsed is null)
        {
            // A response_url answers "ok" (or nothing) as often as JSON.
            if (call == SlackCall.ResponseUrl && (body.Length == 0 || ErrorWord(body) == "ok")) return null;
            throw Failed(call, response.StatusCode, "invalid_response");
        }
        if (!parsed.Ok) throw Failed(call, response.StatusCode, parsed.Error ?? "unknown_error");
        if (parsed.Warning is { Length: > 0 } warning) SlackLog.WebApiWarning(logger, call.Method, warning);
        return parsed;
    }

    private SlackApiException Failed(SlackCall call, HttpStatusCode status, string error, TimeSpan? retryAfter = null)
    {
        SlackLog.WebApiFailed(logger, call.Method, (int)status, error);
        return new SlackApiException(call.Method, status, error, retryAfter);
    }

    private static ApiResponse? Parse(byte[] body)
    {
        if (body.Length == 0 || body[0] != (byte)'{') return null;
        try
        {
            return JsonSerializer.Deserialize(body, SlackJson.Default.ApiResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A plain-text error code (<c>expired_url</c>, <c>channel_not_found</c>) as webhooks send them, or null.</summary>
    private static string? ErrorWord(byte[] body)
    {
        if (body.Length is 0 or > 64) return null;
        var text = Encoding.UTF8.GetString(body).Trim();
        return text.Length > 0 && text.All(c => char.IsAsciiLetterLower(c) || c == '_') ? text : null;
    }
}
