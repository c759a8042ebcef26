using TalentBot.Cli.Tests.Processes;
using TalentBot.Testing;

namespace TalentBot.Cli.Tests.Browser;

/// <summary>
/// A real browser loads the flows picture a person would get: <c>serve</c> runs as a process, the CLI's
/// <c>flows meta --png</c> is answered through it on the founding corpus, and headless Chromium decodes the PNG at its
/// full size. A screenshot of it stays in <c>screenshots/flows.png</c> beside the tests.
/// </summary>
public sealed class FlowsPictureBrowserTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task FlowsPng_MadeThroughServe_LoadsInChromiumAtItsFullSize()
    {
        using var serve = TalentBotProcess.Start(null, "serve", "--db", _temp.Database, "--urls", "http://127.0.0.1:0");
        await serve.WaitForLineAsync(l => l.Contains("TalentBot is serving on", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
        var png = Path.Combine(_temp.Path, "meta.png");
        var flows = await TalentBotProcess.RunAsync(null, "flows", "--db", _temp.Database, "meta", "--png", png);
        flows.ExitCode.ShouldBe(0, flows.Error);

        await using var chromium = await HeadlessChromium.StartAsync(width: 1000, height: 900);
        // The launcher navigates to a link as written, so the file is given as a file: URL, not a path.
        await using var page = await chromium.OpenAsync(new Uri(new Uri(png).AbsoluteUri));
        var image = (await page.EvaluateAsync("""
            (() => {
              const img = document.images[0];
              return img ? { complete: img.complete, width: img.naturalWidth, height: img.naturalHeight } : null;
            })()
            """))!.AsObject();
        var screenshot = await page.ScreenshotAsync();

        var file = Path.Combine(AppContext.BaseDirectory, "screenshots", "flows.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, screenshot);
        ((bool)image["complete"]!).ShouldBeTrue();
        ((int)image["width"]!).ShouldBe(1000, "the picture decoded at the width it is drawn");
        ((int)image["height"]!).ShouldBeGreaterThan(0);
        serve.Terminate();
        (await serve.WaitForExitAsync(TimeSpan.FromSeconds(60))).ExitCode.ShouldBe(0);
    }
}
