using System.ComponentModel;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Llm.Answering;

/// <summary>
/// The store as tools the model can call. Each answers through the offline <see cref="QuestionAnswerer"/> (so name
/// resolution, organisation parts and disagreements work as they do without a model) and returns JSON in which
/// every quote carries the number the model must cite. One instance per conversation: it writes to that
/// conversation's <see cref="EvidenceLedger"/>.
/// </summary>
internal sealed class KnowledgePlugin(
    QuestionAnswerer answerer, EntityRegistry registry, EvidenceLedger ledger, Language replyLanguage, ModelConnection model, ILogger logger)
{
    public const string Name = "talentbot";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        // Quotes in Japanese stay readable to the model; the result is a tool message, never HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    [KernelFunction("who_left")]
    [Description("People reported to have left an organisation (its labs included), newest first, each with numbered evidence.")]
    public string WhoLeft([Description("The organisation, in any language or script, e.g. Meta, OpenAI, メタ.")] string organisation) =>
        Describe(answerer.Answer(new WhoLeftRequest(organisation), replyLanguage));

    [KernelFunction("who_joined")]
    [Description("People reported to have joined an organisation (its labs included), newest first, each with numbered evidence.")]
    public string WhoJoined([Description("The organisation, in any language or script.")] string organisation) =>
        Describe(answerer.Answer(new WhoJoinedRequest(organisation), replyLanguage));

    [KernelFunction("moves_of")]
    [Description("Every reported move of one person (left, joined, returned, declined an offer…), with numbered evidence.")]
    public string MovesOf([Description("The person's name, in any script.")] string person) =>
        Describe(answerer.Answer(new MovesRequest(person), replyLanguage));

    [KernelFunction("search_evidence")]
    [Description("Searches article sentences in every language for anything else: reasons, pay, dates, strategy. Returns numbered quotes.")]
    public async Task<string> SearchEvidenceAsync(
        [Description("What to look for, in any of English, Japanese, French or Italian.")] string query,
        [Description("Optional ISO code (en, ja, fr, it) of the query's language.")] string? language = null,
        CancellationToken cancellationToken = default)
    {
        var request = new AskRequest(query)
        {
            Language = LanguageCodes.TryParse(language, out var parsed) ? parsed : null,
            Embedding = await SentenceEmbedding.EmbedQuestionAsync(model, query, logger, cancellationToken).ConfigureAwait(false),
        };
        return Describe(answerer.Answer(request, replyLanguage));
    }

    /// <summary>The reply as the model sees it: moves and quotes, renumbered into the conversation's ledger.</summary>
    private string Describe(Reply reply)
    {
        var numbers = new Dictionary<int, int>();
        var evidence = new JsonArray();
        foreach (var (local, citation) in reply.Citations)
        {
            // A sentence that talks to the model is not evidence of anything; it never reaches the model.
            if (InstructionScreen.AddressesModel(citation.Quote)) continue;
            var entities = registry.FindAliases(citation.Quote).Select(h => h.Entity.Id)
                .Concat(reply.Moves.Where(m => m.CitationNumbers.Contains(local)).SelectMany(m => EntitiesOf(m.Move)));
            var number = ledger.Record(citation, entities);
            numbers[local] = number;
            evidence.Add(new JsonObject
            {
                ["n"] = number,
                ["quote"] = citation.Quote,
                ["language"] = citation.Language.ToCode(),
                ["article"] = citation.Title,
                ["outlet"] = citation.Outlet,
                ["published"] = citation.Published?.ToString(),
            });
        }

        var moves = new JsonArray();
        foreach (var shown in reply.Moves)
        {
            var cited = shown.CitationNumbers.Where(numbers.ContainsKey).Select(n => (JsonNode)numbers[n]).ToArray();
            if (cited.Length == 0) continue;
            var move = shown.Move;
            moves.Add(new JsonObject
            {
                ["person"] = move.Person.Name,
                ["kind"] = move.Kind.ToCode(),
                ["from"] = move.From?.Name,
                ["to"] = move.To?.Name,
                ["when"] = move.When?.ToString(),
                ["amount"] = move.Amount is { } money ? ReplyWording.Amount(money) : null,
                ["sources_disagree"] = shown.Disputed,
                ["evidence"] = new JsonArray(cited),
            });
        }

        var result = new JsonObject
        {
            ["outcome"] = reply.Outcome switch
            {
                ReplyOutcome.Answered => "answered",
                ReplyOutcome.NothingFound => "nothing_found",
                _ => "invalid_request",
            },
            ["summary"] = reply.Title,
            ["total_moves"] = reply.Moves.Count == 0 ? null : reply.Total,
            ["moves"] = moves,
            ["evidence"] = evidence,
        };
        return result.ToJsonString(JsonOptions);
    }

    private static IEnumerable<string> EntitiesOf(Move move) =>
        new[] { move.Person.Id, move.From?.Id, move.To?.Id }.OfType<string>();
}
