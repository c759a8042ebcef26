namespace TalentBot.Cli.Tests;

/// <summary><c>talentbot slack manifest</c>: the committed manifest is its default output, and each flag is checked before anything is printed.</summary>
public sealed class SlackManifestCommandTests
{
    private static readonly string Committed = File.ReadAllText(FindCommitted());

    [Fact]
    public async Task DefaultChoices_PrintTheCommittedManifest()
    {
        var result = await Cli.RunAsync("slack", "manifest");

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldBe(Committed.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Flags_ArePutIntoTheManifest()
    {
        var result = await Cli.RunAsync("slack", "manifest", "--prefix", "tb-", "--url", "https://bot.example.org");

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("- command: /tb-who-left\n    url: https://bot.example.org/slack/commands");
        result.Output.ShouldContain("request_url: https://bot.example.org/slack/events");
        result.Output.ShouldNotContain("command: /who-left");
    }

    [Fact]
    public async Task SocketMode_HasNoUrls()
    {
        var result = await Cli.RunAsync("slack", "manifest", "--socket-mode");

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("socket_mode_enabled: true");
        result.Output.ShouldNotContain("url: ");
    }

    [Fact]
    public async Task ConfiguredPrefix_IsTheDefault()
    {
        var result = await Cli.RunAsync([new("Slack:CommandPrefix", "tb-")], "slack", "manifest");

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("- command: /tb-ask");
    }

    [Theory]
    [InlineData("--prefix", "TB-", "--prefix 'TB-' may hold only lowercase letters")]
    [InlineData("--prefix", "a-very-long-prefix-", "at most 18")]
    [InlineData("--url", "http://bot.example.org", "--url must be the https address serve answers on")]
    [InlineData("--url", "https://bot.example.org/talentbot", "with no path")]
    [InlineData("--url", "not a url", "not 'not a url'")]
    public async Task BadFlag_IsRefusedPolitely_AndNothingIsPrinted(string flag, string value, string message)
    {
        var result = await Cli.RunAsync("slack", "manifest", flag, value);

        result.ExitCode.ShouldBe(1);
        result.Output.ShouldBeEmpty();
        result.Error.ShouldContain(message);
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task UrlWithSocketMode_IsRefused()
    {
        var result = await Cli.RunAsync("slack", "manifest", "--socket-mode", "--url", "https://bot.example.org");

        result.ExitCode.ShouldBe(1);
        result.Error.ShouldContain("with --socket-mode Slack needs no URL");
    }

    private static string FindCommitted()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "slack-app-manifest.yaml");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("slack-app-manifest.yaml is not above the test's folder.");
    }
}
