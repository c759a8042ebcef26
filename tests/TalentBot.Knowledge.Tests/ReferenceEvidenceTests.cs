using Microsoft.Extensions.Time.Testing;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Extraction;
using TalentBot.Knowledge.Tests.Support;

namespace TalentBot.Knowledge.Tests;

/// <summary>
/// A real store, built by the real extractor from short articles written for the test, asked through the real
/// answerer: a sentence that names its subject only by a pronoun, a role or "the company" answers a question about
/// that subject, because the store keeps whom its references resolved to.
/// </summary>
public sealed class ReferenceEvidenceTests : IDisposable
{
    private static readonly EntityRegistry Registry = new(
    [
        new RegisteredEntity("cohere", EntityKind.Organisation, "Cohere", ["コヒア"], null),
        new RegisteredEntity("openai", EntityKind.Organisation, "OpenAI", ["オープンAI"], null),
    ]);

    private static readonly (string Text, Language Language)[] Articles =
    [
        ("Mia Laurent spent five years at Cohere. Last week she started at OpenAI.", Language.English),
        ("Lina Moreau a quitté Cohere en mars. La chercheuse a rejoint OpenAI la semaine dernière.", Language.French),
        ("Chiara Conti ha lasciato Cohere a marzo. Lunedì lei è passata a OpenAI.", Language.Italian),
        ("ハンナ・ベック氏はコヒアに5年間在籍した。同氏は先週OpenAIに入社した。", Language.Japanese),
        ("Cohere lost three researchers in May. The company said it would hire again in the autumn.", Language.English),
        ("コヒアは5月に研究者3人を失った。同社は秋に採用を再開すると述べた。", Language.Japanese),
    ];

    private readonly TempFolder _folder = new();
    private readonly KnowledgeStore _store;
    private readonly QuestionAnswerer _answerer;

    public ReferenceEvidenceTests()
    {
        _store = KnowledgeStore.Open(_folder.StorePath, Registry);
        var clock = new FakeTimeProvider(new DateTimeOffset(2025, 9, 1, 9, 0, 0, TimeSpan.Zero));
        var ingestion = new ArticleIngestion(_store, new RuleBasedExtractor(Registry), clock);
        foreach (var (text, language) in Articles) ingestion.Ingest(new ArticleSource(text, "Story", language));
        _answerer = new QuestionAnswerer(_store, clock);
    }

    [Theory]
    [InlineData("Where did Mia Laurent go?", "Last week she started at OpenAI.")]
    [InlineData("Où est allée Lina Moreau ?", "La chercheuse a rejoint OpenAI la semaine dernière.")]
    [InlineData("Dove è andata Chiara Conti?", "Lunedì lei è passata a OpenAI.")]
    [InlineData("ハンナ・ベックはどこに移ったの？", "同氏は先週OpenAIに入社した。")]
    public void Answer_PersonTheSentenceNamesOnlyByReference_GetsThatSentence(string question, string quote)
    {
        var reply = _answerer.Answer(question);

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation.Quote).ShouldContain(quote);
    }

    [Theory]
    [InlineData("Why does Cohere want to hire again?", "The company said it would hire again in the autumn.")]
    [InlineData("コヒアが採用を再開する理由は？", "同社は秋に採用を再開すると述べた。")]
    public void Answer_OrganisationTheSentenceCallsTheCompany_GetsThatSentence(string question, string quote)
    {
        var reply = _answerer.Answer(question);

        reply.Evidence.Select(n => reply.Citations[n - 1].Citation.Quote).ShouldContain(quote);
    }

    [Fact]
    public void SearchEvidence_ReferenceSentence_CarriesTheIdOfWhomItMeans()
    {
        var evidence = _store.SearchEvidence(new Core.Knowledge.EvidenceQuery(["OpenAI"], ["~mia-laurent"], 8));

        evidence.Single(e => e.Citation.Quote == "Last week she started at OpenAI.").EntityIds.ShouldBe(["openai", "~mia-laurent"], ignoreOrder: true);
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }
}
