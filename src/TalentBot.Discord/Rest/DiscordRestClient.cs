using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using TalentBot.Discord.Commands;
using TalentBot.Discord.Gateway;
using TalentBot.Discord.Messages;

namespace TalentBot.Discord.Rest;

/// <summary>
/// The Discord REST calls TalentBot makes, on a client from <see cref="IHttpClientFactory"/> whose handlers add the
/// bot token, retry 5xx and 429 with Polly, and respect per-route buckets. Every call either succeeds or throws
/// <see cref="DiscordApiException"/>: nothing is dropped silently. Thread-safe.
/// </summary>
public sealed class DiscordRestClient(IHttpClientFactory httpClients, ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "discord";

    /// <summary>Interaction already acknowledged: a retried callback whose first attempt did arrive.</summary>
    private const int AlreadyAcknowledged = 40060;

    /// <summary>
    /// Posts to a channel. The nonce makes the post safe to retry: Discord drops a second message with the same
    /// nonce. Pass a stable one (an outbox id, at most 25 characters) to de-duplicate across restarts too.
    /// </summary>
    public async Task<CreatedMessage> CreateMessageAsync(string channelId, MessageData message, string? nonce, CancellationToken cancellationToken)
    {
        var body = message with { Nonce = nonce ?? NewNonce(), EnforceNonce = true, Flags = null };
        using var response = await SendAsync(DiscordRoute.CreateMessage(channelId), $"channels/{Segment(channelId)}/messages",
            body, DiscordJson.Default.MessageData, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(DiscordJson.Default.CreatedMessage, cancellationToken).ConfigureAwait(false)
               ?? throw new DiscordApiException(DiscordRoute.CreateMessage(channelId).Name, response.StatusCode, null, "an empty body", null);
    }

    /// <summary>Replaces the application's commands (globally, or in one server) with <paramref name="commands"/>.</summary>
    public async Task OverwriteCommandsAsync(string applicationId, string? guildId, IReadOnlyList<CommandDefinition> commands, CancellationToken cancellationToken)
    {
        var path = guildId is null
            ? $"applications/{Segment(applicationId)}/commands"
            : $"applications/{Segment(applicationId)}/guilds/{Segment(guildId)}/commands";
        using var response = await SendAsync(DiscordRoute.OverwriteCommands(applicationId, guildId), path,
            commands, DiscordJson.Default.IReadOnlyListCommandDefinition, cancellationToken).ConfigureAwait(false);
    }

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        var route = DiscordRoute.GatewayBot();
        using var response = await SendAsync<object>(route, "gateway/bot", null, null, cancellationToken).ConfigureAwait(false);
        return await response.Content.ReadFromJsonAsync(DiscordJson.Default.GatewayBotInfo, cancellationToken).ConfigureAwait(false)
               ?? throw new DiscordApiException(route.Name, response.StatusCode, null, "an empty body", null);
    }

    /// <summary>The initial response to a Gateway interaction (an HTTP one is answered in its own response).</summary>
    public async Task CreateInteractionResponseAsync(string interactionId, string interactionToken, InteractionCallback callback, CancellationToken cancellationToken)
    {
        var route = DiscordRoute.InteractionCallback(interactionId);
        try
        {
            using var response = await SendAsync(route, $"interactions/{Segment(interactionId)}/{Segment(interactionToken)}/callback",
                callback, DiscordJson.Default.InteractionCallback, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordApiException e) when (e.Code == AlreadyAcknowledged)
        {
            DiscordLog.AlreadyAcknowledged(logger, interactionId);
        }
    }

    public async Task EditOriginalResponseAsync(string applicationId, string interactionToken, MessageData message, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(DiscordRoute.Original(HttpMethod.Patch, applicationId, interactionToken),
            $"webhooks/{Segment(applicationId)}/{Segment(interactionToken)}/messages/@original", message, DiscordJson.Default.MessageData, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task DeleteOriginalResponseAsync(string applicationId, string interactionToken, CancellationToken cancellationToken)
    {
        using var response = await SendAsync<object>(DiscordRoute.Original(HttpMethod.Delete, applicationId, interactionToken),
            $"webhooks/{Segment(applicationId)}/{Segment(interactionToken)}/messages/@original", null, null, cancellationToken).ConfigureAwait(false);
    }

    public async Task CreateFollowUpAsync(string applicationId, string interactionToken, MessageData message, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(DiscordRoute.FollowUp(applicationId, interactionToken),
            $"webhooks/{Segment(applicationId)}/{Segment(interactionToken)}", message, DiscordJson.Default.MessageData, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendAsync<T>(
        DiscordRoute route, string path, T? body, JsonTypeInfo<T>? bodyType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(route.Method, path);
        request.Options.Set(DiscordRoute.Key, route);
        if (body is not null && bodyType is not null)
        {
            var json = JsonContent.Create(body, bodyType);
            request.Content = body is MessageData { Files: { Count: > 0 } files } ? Multipart(json, files) : json;
        }

        // A client per call: the factory rotates handlers underneath, which a client held for the process would pin.
        var http = httpClients.CreateClient(HttpClientName);
        var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode) return response;
        using (response)
        {
            await response.Content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            var error = await DiscordErrors.ReadAsync(response, cancellationToken).ConfigureAwait(false);
            var retryAfter = response.StatusCode == HttpStatusCode.TooManyRequests ? DiscordErrors.RetryAfter(response, error) : null;
            DiscordLog.RestFailed(logger, route.Name, (int)response.StatusCode, error?.Code);
            throw new DiscordApiException(route.Name, response.StatusCode, error?.Code, error?.Message, retryAfter);
        }
    }

    /// <summary>
    /// A message with files, as Discord takes it: the JSON as <c>payload_json</c>, each file as <c>files[n]</c>, n being
    /// the id its <see cref="AttachmentInfo"/> gives it.
    /// </summary>
    private static MultipartFormDataContent Multipart(HttpContent json, IReadOnlyList<FileUpload> files)
    {
        var form = new MultipartFormDataContent { { json, "payload_json" } };
        for (var i = 0; i < files.Count; i++)
        {
            var file = new ByteArrayContent(files[i].Content);
            file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(files[i].ContentType);
            form.Add(file, $"files[{i}]", files[i].FileName);
        }
        return form;
    }

    /// <summary>
    /// An id or token as one path segment. Ids are checked where they enter (a snowflake has only digits), and this
    /// escaping is the second line: a <c>../</c> or a <c>?</c> can never turn one call into another route. A dot
    /// segment escapes to itself and would still climb a level, so it is refused outright.
    /// </summary>
    private static string Segment(string value) => value is "" or "." or ".."
        ? throw new ArgumentException("An id or token in a Discord route cannot be empty or a dot segment.", nameof(value))
        : Uri.EscapeDataString(value);

    /// <summary>Random, and within Discord's 25 characters.</summary>
    private static string NewNonce() => Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
}
