using System.Text.Json.Nodes;

namespace TalentBot.Slack.Tests.Support;

/// <summary>Reads rendered Block Kit messages.</summary>
internal static class Blocks
{
    /// <summary>The buttons in a message's actions blocks.</summary>
    public static IReadOnlyList<JsonNode> Buttons(JsonNode message) =>
        (message["blocks"]?.AsArray() ?? [])
        .Where(b => (string?)b!["type"] == "actions")
        .SelectMany(b => b!["elements"]!.AsArray())
        .Select(e => e!)
        .ToList();
}
