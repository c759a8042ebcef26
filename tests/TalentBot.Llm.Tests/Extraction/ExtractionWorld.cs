using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using TalentBot.Core;
using TalentBot.Core.Extraction;
using TalentBot.Extraction;
using TalentBot.Llm.Extraction;
using TalentBot.Testing;

namespace TalentBot.Llm.Tests.Extraction;

/// <summary>
/// What the extraction tests share: a registry of real labs in every script and a few invented people (others in
/// the test articles are deliberately unregistered), the rule-based extractor over it, and the real model wiring
/// (options, credential and retry handlers, the Semantic Kernel OpenAI connector) pointed at a fake server.
/// </summary>
internal static class ExtractionWorld
{
    public static readonly EntityRegistry Registry = EntityRegistry.FromJson("""
        {
          "organisations": [
            { "id": "openai", "name": "OpenAI", "aliases": ["Open AI", "オープンAI"] },
            { "id": "meta", "name": "Meta", "aliases": ["Meta Platforms", "Facebook", "メタ"] },
            { "id": "google", "name": "Google", "aliases": ["Alphabet", "グーグル"] },
            { "id": "deepmind", "name": "Google DeepMind", "parent": "google", "aliases": ["DeepMind", "ディープマインド"] },
            { "id": "anthropic", "name": "Anthropic", "aliases": ["アンソロピック"] },
            { "id": "mistral", "name": "Mistral AI", "aliases": ["Mistral", "ミストラル"] },
            { "id": "apple", "name": "Apple", "aliases": ["アップル"] },
            { "id": "microsoft", "name": "Microsoft", "aliases": ["マイクロソフト"] },
            { "id": "xai", "name": "xAI" },
            { "id": "nvidia", "name": "Nvidia", "aliases": ["NVIDIA", "エヌビディア"] },
            { "id": "sakana", "name": "Sakana AI", "aliases": ["サカナAI"] }
          ],
          "people": [
            { "id": "julien-roche", "name": "Julien Roche" },
            { "id": "elena-marchetti", "name": "Elena Marchetti" },
            { "id": "kenta-mori", "name": "Kenta Mori", "aliases": ["森健太"] },
            { "id": "sam-altman", "name": "Sam Altman", "aliases": ["Altman", "サム・アルトマン"] }
          ]
        }
        """);

    public static readonly RuleBasedExtractor Rules = new(Registry);

    public static CancellationToken Cancel => new CancellationTokenSource(TimeSpan.FromMinutes(1)).Token;

    public static ArticleText Article(string text, Language language = Language.English) =>
        new(text, language, new PartialDate(2026, 3, 10));

    /// <summary>The model extractor over the real connector; a failure test sets <c>Llm:MaxRetries</c> to 0 so it fails at once.</summary>
    public static ModelMoveExtractor Extractor(FakeOpenAiServer server, TimeProvider? time = null, params (string Key, string Value)[] settings) =>
        Extractor(server.Endpoint, time, settings);

    public static ModelMoveExtractor Extractor(Uri endpoint, TimeProvider? time = null, params (string Key, string Value)[] settings) =>
        new(Connect(endpoint, settings), Registry, time ?? TimeProvider.System, NullLogger<ModelMoveExtractor>.Instance);

    public static ModelConnection Connect(Uri endpoint, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["Llm:Endpoint"] = endpoint.ToString(),
            ["Llm:Model"] = "fake-model",
            ["Llm:ApiKey"] = "sk-test-secret",
            ["Llm:RetryDelayMilliseconds"] = "10",
            ["Llm:TimeoutSeconds"] = "10",
        };
        foreach (var (key, value) in settings) values[key] = value;
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .AddLogging()
            .AddTalentBotModel()
            .BuildServiceProvider()
            .GetRequiredService<ConfiguredModel>().Connection!;
    }

    /// <summary>A model reply proposing <paramref name="moves"/> (anonymous objects with the schema's field names).</summary>
    public static FakeReply Proposes(params object[] moves) => FakeReply.Text(JsonSerializer.Serialize(new { moves }));

    /// <summary>The text of the request's message with <paramref name="role"/>.</summary>
    public static string MessageOf(RecordedRequest request, string role) =>
        RecordedRequest.ContentText(request.Messages.Single(m => (string?)m["role"] == role));

    /// <summary>The article a request carried: the JSON string between the data markers of the user message.</summary>
    public static string ArticleOf(RecordedRequest request)
    {
        var user = MessageOf(request, "user");
        var start = user.IndexOf(ExtractionPrompt.DataStart + "\n", StringComparison.Ordinal) + ExtractionPrompt.DataStart.Length + 1;
        var end = user.LastIndexOf("\n" + ExtractionPrompt.DataEnd, StringComparison.Ordinal);
        return JsonNode.Parse(user[start..end])!.GetValue<string>();
    }
}
