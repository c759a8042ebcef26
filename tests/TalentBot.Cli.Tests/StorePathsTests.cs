using TalentBot.Hosting;

namespace TalentBot.Cli.Tests;

public class StorePathsTests
{
    [Fact]
    public void Database_CommandLineWinsOverEnvironmentAndSettings()
    {
        StorePaths.Database("/tmp/a.db", "/tmp/b.db", "c.db").ShouldBe("/tmp/a.db");
        StorePaths.Database(null, "/tmp/b.db", "c.db").ShouldBe("/tmp/b.db");
        StorePaths.Database(" ", "", "/tmp/c.db").ShouldBe("/tmp/c.db");
    }

    [Fact]
    public void Knowledge_ConfiguredFolderMissing_FallsBackToTheCopyBesideTheProgram()
    {
        var chosen = StorePaths.Knowledge("/nonexistent/knowledge");

        chosen.ShouldBe(Path.Combine(AppContext.BaseDirectory, "knowledge"));
    }
}
