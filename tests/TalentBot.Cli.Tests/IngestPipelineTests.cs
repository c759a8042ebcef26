using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TalentBot.Feeds;
using TalentBot.Hosting;
using TalentBot.Ingesting;
using TalentBot.Knowledge;

namespace TalentBot.Cli.Tests;

/// <summary>
/// The one pipeline <c>ingest</c>, feeds and the administration socket ingest through, on a real store file: its
/// report for new, known, failing and partly failing inputs.
/// </summary>
public sealed class IngestPipelineTests : IDisposable
{
    private const string EnglishArticle = """
        Lab shake-up continues at Orbital Minds

        Priya Raman has left Orbital Minds to join Cascade Robotics, two people familiar with the decision said.
        She spent four years leading the lab's speech team.
        """;

    private const string FrenchArticle = """
        Nouveau départ chez Orbital Minds

        Julien Marchand a quitté Orbital Minds pour rejoindre Cascade Robotics en mars.
        Il dirigeait l'équipe de vision depuis 2021.
        """;

    private readonly TempFolder _temp = new();
    private readonly IHost _host;

    public IngestPipelineTests() => _host = TalentBotHost.Build(
    [
        new("Knowledge:Path", Path.Combine(AppContext.BaseDirectory, "knowledge")),
        new(StoreOptions.PathKey, _temp.Database),
    ]);

    private IngestPipeline Pipeline => _host.Services.GetRequiredService<IngestPipeline>();

    public void Dispose()
    {
        _host.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task NewArticle_IsAddedWithItsMove()
    {
        var file = _temp.File("en.txt", EnglishArticle);

        var run = await IngestAsync(new ArticleLocation(file, "en.txt"));

        var article = run.Articles.ShouldHaveSingleItem();
        article.Status.ShouldBe(IngestStatus.Added);
        article.Location.ShouldBe("en.txt");
        article.ArticleId.ShouldNotBeNull();
        article.Reason.ShouldBeNull();
        article.NewMoves.ShouldHaveSingleItem().Person.Name.ShouldBe("Priya Raman");
        (run.Added, run.AlreadyKnown, run.Failed, run.NewMoves, run.NewStated).ShouldBe((1, 0, 0, 1, 1));
        run.Model.ShouldBeNull();
        run.Vectors.ShouldBeNull();
        run.Elapsed.ShouldBeGreaterThan(TimeSpan.Zero);
    }

    [Fact]
    public async Task SameArticleAgain_IsSkippedAsAlreadyKnown()
    {
        var file = _temp.File("fr.txt", FrenchArticle);
        var first = await IngestAsync(new ArticleLocation(file, "fr.txt"));

        var again = await IngestAsync(new ArticleLocation(file, "fr.txt"));

        var article = again.Articles.ShouldHaveSingleItem();
        article.Status.ShouldBe(IngestStatus.AlreadyKnown);
        article.ArticleId.ShouldBe(first.Articles[0].ArticleId);
        article.NewMoves.ShouldBeEmpty();
        (again.Added, again.AlreadyKnown, again.Failed, again.NewMoves).ShouldBe((0, 1, 0, 0));
    }

    [Fact]
    public async Task UnreadableInput_FailsWithItsReason()
    {
        var file = _temp.File("empty.txt", "");

        var run = await IngestAsync(new ArticleLocation(file, "empty.txt"));

        var article = run.Articles.ShouldHaveSingleItem();
        article.Status.ShouldBe(IngestStatus.Rejected);
        article.ArticleId.ShouldBeNull();
        article.Reason.ShouldNotBeNullOrWhiteSpace();
        (run.Added, run.Failed).ShouldBe((0, 1));
    }

    [Fact]
    public async Task PartlyFailingFolder_AddsTheGoodOnes_AndReportsTheFailuresFirst()
    {
        _temp.File("in/en.md", EnglishArticle);
        _temp.File("in/fr.txt", FrenchArticle);
        _temp.File("in/empty.txt", "");
        File.WriteAllBytes(Path.Combine(_temp.Path, "in", "binary.txt"), [0x4d, 0x5a, 0x00, 0x00, 0x01, 0x02, 0x00, 0xff]);

        var run = await IngestAsync(new ArticleLocation(Path.Combine(_temp.Path, "in"), "in"));

        (run.Added, run.AlreadyKnown, run.Failed, run.NewMoves).ShouldBe((2, 0, 2, 2));
        run.Articles.Take(2).ShouldAllBe(a => a.Status == IngestStatus.Rejected && a.Reason != null);
        run.Articles.Select(a => Path.GetRelativePath("in", a.Location))
           .ShouldBe(["binary.txt", "empty.txt", "en.md", "fr.txt"], ignoreOrder: true);
        run.Articles.Where(a => a.Status == IngestStatus.Added).SelectMany(a => a.NewMoves).Select(m => m.Person.Name)
           .ShouldBe(["Julien Marchand", "Priya Raman"], ignoreOrder: true);
    }

    [Fact]
    public async Task ProvenanceForAFolderOfTwo_IsRefused()
    {
        _temp.File("in/en.md", EnglishArticle);
        _temp.File("in/fr.txt", FrenchArticle);

        var loaded = await Pipeline.LoadAsync(
            [new ArticleLocation(Path.Combine(_temp.Path, "in"), "in")], ArticleProvenance.Parse(null, "Il Foglio", null), CancellationToken.None);

        loaded.Refusal.ShouldBe("--url, --outlet and --date describe one article, and in holds 2: give one file.");
    }

    [Fact]
    public async Task FeedsSink_IsThePipeline_AndReportsEachArticle()
    {
        var sink = _host.Services.GetRequiredService<IArticleSink>();
        var file = _temp.File("en.txt", EnglishArticle);
        await IngestAsync(new ArticleLocation(file, "en.txt"));

        var reports = await sink.IngestAsync([new ArticleSource(EnglishArticle), new ArticleSource(FrenchArticle)], CancellationToken.None);

        sink.ShouldBeSameAs(Pipeline);
        reports.Select(r => r.Status).ShouldBe([IngestStatus.AlreadyKnown, IngestStatus.Added]);
    }

    [Fact]
    public async Task IngestForwardedToARunningServe_GoesThroughItsPipelineIntoItsStore()
    {
        _host.Dispose();
        await using var serve = await LoopbackServe.StartAsync(_temp.Database, new Dictionary<string, string?>());
        var store = serve.Services.GetRequiredService<KnowledgeStore>();
        var before = store.Stats().Articles;
        var file = _temp.File("fr.txt", FrenchArticle);

        var result = await Cli.RunAsync("ingest", "--db", _temp.Database, file);

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Added 1 article(s) with 1 new move(s) (1 stated, 0 inferred) and 0 confirmation(s); 0 already known; 0 failed.");
        store.Stats().Articles.ShouldBe(before + 1);
        serve.Services.GetRequiredService<IArticleSink>().ShouldBeSameAs(serve.Services.GetRequiredService<IngestPipeline>());
    }

    private async Task<IngestRun> IngestAsync(ArticleLocation location)
    {
        var loaded = await Pipeline.LoadAsync([location], provenance: null, CancellationToken.None);
        loaded.Refusal.ShouldBeNull();
        return await Pipeline.IngestAsync(loaded, progress: null, CancellationToken.None);
    }
}
