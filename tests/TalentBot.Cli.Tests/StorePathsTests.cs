using TalentBot.Hosting;

namespace TalentBot.Cli.Tests;

public class StorePathsTests
{
    [Fact]
    public void WithDatabase_CommandLineIsTheLastWordOnStorePath()
    {
        var settings = new Dictionary<string, string?> { [StoreOptions.PathKey] = "/tmp/c.db" };

        StorePaths.WithDatabase(settings, "/tmp/a.db")!.Where(s => s.Key == StoreOptions.PathKey).ShouldHaveSingleItem().Value.ShouldBe("/tmp/a.db");
        StorePaths.WithDatabase(settings, " ").ShouldBeSameAs(settings);
        StorePaths.WithDatabase(null, null).ShouldBeNull();
    }

    [Fact]
    public void Knowledge_ConfiguredFolderMissing_FallsBackToTheCopyBesideTheProgram()
    {
        var chosen = StorePaths.Knowledge("/nonexistent/knowledge");

        chosen.ShouldBe(Path.Combine(AppContext.BaseDirectory, "knowledge"));
    }
}
