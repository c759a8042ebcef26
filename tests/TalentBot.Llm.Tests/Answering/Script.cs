using System.Text.Json.Nodes;
using TalentBot.Testing;

namespace TalentBot.Llm.Tests.Answering;

/// <summary>Helpers for scripting the fake model: tool calls by SK's function names, and reading what tools returned.</summary>
internal static class Script
{
    public static (string, string) Call(string function, object arguments) =>
        ($"talentbot-{function}", System.Text.Json.JsonSerializer.Serialize(arguments));

    /// <summary>Evidence items (n, quote) from every tool result the model has seen; SK's error results are plain text.</summary>
    public static IReadOnlyList<(int N, string Quote)> Evidence(RecordedRequest request) =>
        request.ToolResults.Where(result => result.StartsWith('{'))
            .SelectMany(result => JsonNode.Parse(result)!["evidence"]!.AsArray())
            .Select(e => ((int)e!["n"]!, (string)e["quote"]!))
            .DistinctBy(e => e.Item1)
            .ToList();

    public static int NumberOf(RecordedRequest request, string quoteFragment) =>
        Evidence(request).First(e => e.Quote.Contains(quoteFragment, StringComparison.Ordinal)).N;
}
