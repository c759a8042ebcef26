using System.Text.RegularExpressions;
using TalentBot.Commands;

namespace TalentBot.Bench.Tests;

/// <summary><c>talentbot-bench hostile</c>: every hostile article through the real ingest path, one table row each. Times are the machine's, so never asserted.</summary>
public sealed class HostileBenchTests
{
    [Fact]
    public async Task BenchHostile_AtOneHundredthScale_PrintsARowForEveryShape()
    {
        var result = await BenchRun.RunAsync("hostile", "--scale", "0.01");

        result.ExitCode.ShouldBe(ExitCodes.Ok, result.Error);
        string[] articles =
        [
            "long-name-list.txt", "medium-name-list.txt", "short-name-list.txt", "html-paragraphs.html", "text-paragraphs.txt",
            "unclosed-table.html", "nested-divs.html", "misnested-inline.html", "markdown-one-line.md", "markdown-blockquote.md",
            "japanese-no-sentence-end.txt", "japanese-name-list.txt", "no-spaces.txt",
        ];
        foreach (var article in articles)
        {
            var row = Regex.Match(result.Output, $@"^\| `{Regex.Escape(article)}` \| [^|]+ \| (?<bytes>[\d,]+) \| (?<outcome>[^|]+) \| [\d,]+ \| [\d,]+ \| [^|]+ \|\r?$", RegexOptions.Multiline);
            row.Success.ShouldBeTrue($"no row for {article} in:\n{result.Output}");
            int.Parse(row.Groups["bytes"].Value.Replace(",", "")).ShouldBeGreaterThan(0);
            // Hostile is no excuse to refuse: every shape is read and stored.
            row.Groups["outcome"].Value.Trim().ShouldBe("added", article);
        }
        result.Output.ShouldContain("Worst: `");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("1.5")]
    public async Task BenchHostile_WithAScaleOutsideZeroToOne_SaysSo(string scale)
    {
        var result = await BenchRun.RunAsync("hostile", "--scale", scale);

        result.ExitCode.ShouldBe(ExitCodes.BadInput);
        result.Error.ShouldContain("--scale must be above 0 and at most 1");
    }
}
