using TalentBot.Charts;
using Microsoft.Extensions.Time.Testing;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Extraction;
using TalentBot.Knowledge;

namespace TalentBot.Testing;

/// <summary>
/// One real LiteDB store, built from the founding corpus in a temp folder the way <c>serve</c> builds it, shared by
/// every test (answering only reads it; the store is thread-safe) and deleted when the test run ends. The test
/// project must copy <c>knowledge/</c> beside its binaries.
/// </summary>
public static class FoundingStore
{
    private static readonly Lazy<KnowledgeStore> Opened = new(Open);

    public static KnowledgeStore Store => Opened.Value;

    public static EntityRegistry Registry => Store.Registry;

    /// <summary>Asked on the tests' one fixed day, so no answer drifts with the calendar.</summary>
    public static QuestionAnswerer Answerer { get; } = new(Store, new FakeTimeProvider(Notifications.Now));

    public static IAnswerService Answers { get; } = new OfflineAnswerService(Answerer);

    /// <summary>The same answers with flows pictures drawn, in the system's CJK font (fonts-noto-cjk).</summary>
    public static IAnswerService AnswersWithPictures { get; } = new OfflineAnswerService(
        new QuestionAnswerer(Store, new FakeTimeProvider(Notifications.Now), charts: new FlowChartRenderer(ChartFont.FromSystem())));

    /// <summary>The founding articles' text, to check quotes are verbatim.</summary>
    public static IReadOnlyList<string> ArticleTexts { get; } =
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "knowledge", "articles")).Select(File.ReadAllText).ToList();

    private static KnowledgeStore Open()
    {
        var folder = Path.Combine(Path.GetTempPath(), "talentbot-founding-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(folder);
        var corpus = Corpus.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        var opened = KnowledgeBootstrap.Open(Path.Combine(folder, "talentbot.db"), corpus, new RuleBasedExtractor(corpus.Registry), TimeProvider.System);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            opened.Store.Dispose();
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // The OS cleans the temp folder later.
            }
        };
        return opened.Store;
    }
}
