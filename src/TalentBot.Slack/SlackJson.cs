using System.Text.Json.Serialization;
using TalentBot.Slack.Http;
using TalentBot.Slack.Requests;
using TalentBot.Slack.SocketMode;
using TalentBot.Slack.WebApi;

namespace TalentBot.Slack;

/// <summary>Slack's JSON: snake_case, nulls left out. Source-generated, so the hot path does no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EventEnvelope))]
[JsonSerializable(typeof(InteractionPayload))]
[JsonSerializable(typeof(UrlVerificationResponse))]
[JsonSerializable(typeof(CommandResponse))]
[JsonSerializable(typeof(PostMessageRequest))]
[JsonSerializable(typeof(PostEphemeralRequest))]
[JsonSerializable(typeof(PublishViewRequest))]
[JsonSerializable(typeof(IncomingWebhookMessage))]
[JsonSerializable(typeof(ApiResponse))]
[JsonSerializable(typeof(UploadedFile[]))]
[JsonSerializable(typeof(SocketMessage))]
[JsonSerializable(typeof(SocketAck))]
internal sealed partial class SlackJson : JsonSerializerContext;
