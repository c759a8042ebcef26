using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using TalentBot.Cli.Tests.Processes;
using TalentBot.Testing;

namespace TalentBot.Cli.Tests.Browser;

/// <summary>
/// A real browser opens a citation's link as a person would: <c>serve</c> runs as a process with a public address on
/// loopback, the CLI's <c>/who-left meta</c> on the founding corpus (whose articles have no URLs) gives each citation
/// its source page, and headless Chromium shows the cited sentence highlighted and on screen, styled by the sheet
/// the page's Content-Security-Policy allows. A screenshot of the whole page stays in <c>screenshots/source-page.png</c>
/// beside the tests (README's <c>docs/source-page.png</c> is a copy of it).
/// </summary>
public sealed class SourcePageBrowserTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task CitationLink_OpensInChromiumWithItsSentenceHighlightedAndVisible()
    {
        var port = FreeLoopbackPort();
        var publicUrl = $"http://127.0.0.1:{port}/";
        var environment = new Dictionary<string, string> { ["Serve__PublicUrl"] = publicUrl };
        using var serve = TalentBotProcess.Start(environment, "serve", "--db", _temp.Database, "--urls", publicUrl);
        await serve.WaitForLineAsync(l => l.Contains("TalentBot is serving on", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
        var asked = await TalentBotProcess.RunAsync(environment, "ask", "--json", "--db", _temp.Database, "/who-left meta");
        var citations = JsonNode.Parse(asked.Output)!["citations"]!.AsArray();
        citations.ShouldAllBe(c => ((string)c!["link"]!).StartsWith(publicUrl + "sources/", StringComparison.Ordinal));
        var citation = citations[0]!;

        await using var chromium = await HeadlessChromium.StartAsync(width: 1000, height: 760);
        await using var page = await chromium.OpenAsync(new Uri((string)citation["link"]!));
        var shown = (await page.EvaluateAsync("""
            (() => {
              const mark = document.querySelector('mark#cited');
              if (!mark) return null;
              const box = mark.getBoundingClientRect();
              // An inline element's first line box: where the sentence starts, mid-line after the one before it.
              const first = mark.getClientRects()[0];
              const hit = document.elementFromPoint(first.left + Math.min(first.width / 2, 20), first.top + first.height / 2);
              return {
                text: mark.textContent,
                top: box.top, bottom: box.bottom, left: box.left, right: box.right,
                width: innerWidth, height: innerHeight,
                onTop: hit === mark || mark.contains(hit),
                background: getComputedStyle(mark).backgroundColor,
                page: getComputedStyle(document.body).backgroundColor,
                marks: document.querySelectorAll('mark').length,
                scripts: document.scripts.length,
              };
            })()
            """))!.AsObject();
        var screenshot = await page.ScreenshotAsync(wholePage: true);

        var file = Path.Combine(AppContext.BaseDirectory, "screenshots", "source-page.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, screenshot);
        ((string)shown["text"]!).ShouldBe((string)citation["quote"]!);
        ((int)shown["marks"]!).ShouldBe(1);
        ((int)shown["scripts"]!).ShouldBe(0);
        // On screen: it starts inside the window (a long passage is scrolled to it by the link's #cited).
        ((double)shown["top"]!).ShouldBeGreaterThanOrEqualTo(0);
        ((double)shown["top"]!).ShouldBeLessThan((double)shown["height"]! - 20);
        ((double)shown["left"]!).ShouldBeGreaterThanOrEqualTo(0);
        ((double)shown["right"]!).ShouldBeLessThanOrEqualTo((double)shown["width"]!);
        ((bool)shown["onTop"]!).ShouldBeTrue("nothing covers the highlighted sentence");
        // The page's own sheet applied (its hash is in the policy): the highlight's colour and the page's background.
        ((string)shown["background"]!).ShouldBe("rgb(255, 224, 102)");
        ((string)shown["page"]!).ShouldBe("rgb(250, 250, 250)");
        screenshot.AsSpan(0, 8).SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }).ShouldBeTrue("a PNG");
    }

    /// <summary>A loopback port nothing listens on now, so the public address can be given before serve starts.</summary>
    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
