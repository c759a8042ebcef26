using System.Text.Json;
using System.Text.RegularExpressions;

namespace TalentBot.Llm.Extraction;

/// <summary>One move as a model proposed it, unchecked: every field is the model's word until verified.</summary>
internal sealed record MoveProposal(
    string Person,
    string Kind,
    string? From,
    string? To,
    string? When,
    string? Amount,
    string Quote);

/// <summary>
/// A model's reply read as <c>{"moves":[…]}</c>: the well-formed proposals, and how many items broke the schema.
/// </summary>
internal sealed record ProposalReply(IReadOnlyList<MoveProposal> Proposals, int MalformedProposals);

/// <summary>
/// Reads a model's reply. Forgiving of the wrapping models add (a Markdown code fence, with or without prose around
/// it) and of fields it does not know; strict on the schema itself: the reply must be one JSON object whose
/// <c>moves</c> is an array, and an item counts only if <c>person</c>, <c>kind</c> and <c>quote</c> are non-empty
/// strings and <c>from</c>, <c>to</c>, <c>when</c>, <c>amount</c> are strings or null. Stateless.
/// </summary>
internal static partial class ProposalParser
{
    private static readonly string[] OptionalFields = ["from", "to", "when", "amount"];

    /// <summary>The reply's proposals, or null when the reply is not the JSON object asked for.</summary>
    public static ProposalReply? Parse(string? reply)
    {
        if (string.IsNullOrWhiteSpace(reply)) return null;
        var json = Fence().Match(reply) is { Success: true } fenced ? fenced.Groups["body"].Value : reply;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException)
        {
            return null;
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("moves", out var moves)
                || moves.ValueKind != JsonValueKind.Array)
                return null;

            var proposals = new List<MoveProposal>();
            var malformed = 0;
            foreach (var item in moves.EnumerateArray())
            {
                if (Read(item) is { } proposal) proposals.Add(proposal);
                else malformed++;
            }
            return new ProposalReply(proposals, malformed);
        }
    }

    private static MoveProposal? Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object) return null;
        if (Required(item, "person") is not { } person || Required(item, "kind") is not { } kind || Required(item, "quote") is not { } quote)
            return null;
        var optional = new string?[OptionalFields.Length];
        for (var i = 0; i < OptionalFields.Length; i++)
        {
            if (!item.TryGetProperty(OptionalFields[i], out var value) || value.ValueKind == JsonValueKind.Null) continue;
            if (value.ValueKind != JsonValueKind.String) return null;
            optional[i] = Blank(value.GetString());
        }
        return new MoveProposal(person, kind, optional[0], optional[1], optional[2], optional[3], quote);
    }

    private static string? Required(JsonElement item, string name) =>
        item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Blank(value.GetString()) : null;

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"```[A-Za-z]*[ \t]*\r?\n?(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Fence();
}
