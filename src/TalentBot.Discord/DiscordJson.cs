using System.Text.Json.Serialization;
using TalentBot.Discord.Commands;
using TalentBot.Discord.Gateway;
using TalentBot.Discord.Interactions;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Rest;

namespace TalentBot.Discord;

/// <summary>Discord's JSON: snake_case, nulls left out. Source-generated, so the hot path does no reflection.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionCallback))]
[JsonSerializable(typeof(MessageData))]
[JsonSerializable(typeof(AutocompleteResult))]
[JsonSerializable(typeof(IReadOnlyList<CommandDefinition>))]
[JsonSerializable(typeof(DiscordError))]
[JsonSerializable(typeof(CreatedMessage))]
[JsonSerializable(typeof(GatewayBotInfo))]
[JsonSerializable(typeof(GatewayPayload))]
[JsonSerializable(typeof(IdentifyData))]
[JsonSerializable(typeof(ResumeData))]
[JsonSerializable(typeof(HelloData))]
[JsonSerializable(typeof(ReadyData))]
[JsonSerializable(typeof(int))]
internal sealed partial class DiscordJson : JsonSerializerContext;
