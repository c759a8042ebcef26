using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Knowledge;
using TalentBot.Llm.Extraction;
using TalentBot.Testing;
using static TalentBot.Llm.Tests.Extraction.ExtractionWorld;

namespace TalentBot.Llm.Tests.Extraction;

/// <summary>Ingestion with the model over a real store: what only the model found is stored, marked, and still marked after a reopen.</summary>
public sealed class ModelIngestionTests : IDisposable
{
    private const string Cole = "Harriet Cole, a safety researcher at Microsoft, was quietly named head of research at Mistral AI.";
    private const string Petrova = "Nadia Petrova has left OpenAI to join Anthropic, the company said.";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "talentbot-llm-extract-" + Guid.NewGuid().ToString("N")[..10]);

    private string StorePath => Path.Combine(_folder, "store.db");

    public void Dispose()
    {
        try { Directory.Delete(_folder, recursive: true); }
        catch (IOException) { /* the OS cleans temp later */ }
    }

    [Fact]
    public async Task IngestManyAsync_ModelOnlyMove_IsStoredMarkedAndSurvivesReopen()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.OnChat = request => ArticleOf(request).Contains("Harriet Cole", StringComparison.Ordinal)
            ? Proposes(new { person = "Harriet Cole", kind = "appointed", from = "Microsoft", to = "Mistral AI", quote = Cole })
            : FakeReply.Error(500);
        var extractor = Extractor(server, settings: ("Llm:MaxRetries", "0"));

        IReadOnlyList<IngestReport> reports;
        using (var store = KnowledgeStore.Open(StorePath, Registry))
        {
            reports = await new ArticleIngestion(store, Rules, TimeProvider.System).IngestManyAsync(
            [
                new ArticleSource($"Lab moves\n\n{Petrova}\n{Cole}", Language: Language.English, Outlet: "Example Wire"),
                new ArticleSource($"More lab moves\n\nJulien Roche has left Google DeepMind for OpenAI.", Language: Language.English),
            ], extractor, cancellationToken: Cancel);
        }

        reports.ShouldAllBe(r => r.Status == IngestStatus.Added);
        reports[0].NewMoves.Single(m => m.Person.Name == "Harriet Cole").FoundOnlyByModel.ShouldBeTrue();
        reports[1].NewMoves.ShouldHaveSingleItem().Person.Id.ShouldBe("julien-roche", "the model failed on this article; the rules' move stands");
        (extractor.Summary.ModelOnly, extractor.Summary.Unavailable).ShouldBe((1, 1));

        using var reopened = KnowledgeStore.Open(StorePath, Registry);
        var moves = reopened.FindMoves(new MoveQuery()).Moves;
        var cole = moves.Single(m => m.Person.Name == "Harriet Cole");
        cole.FoundOnlyByModel.ShouldBeTrue();
        (cole.Kind, cole.From?.Id, cole.To?.Id).ShouldBe((MoveKind.Appointed, "microsoft", "mistral"));
        cole.Citations.ShouldHaveSingleItem().Quote.ShouldBe(Cole);
        moves.Where(m => m.Person.Name != "Harriet Cole").ShouldAllBe(m => !m.FoundOnlyByModel);
        moves.ShouldContain(m => m.Person.Id == "julien-roche");
        reopened.FindEntities(EntityKind.Person, "Harriet Cole").ShouldHaveSingleItem().Id.ShouldBe("~harriet-cole");
    }
}
