using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using TalentBot.Answering.Links;
using TalentBot.Testing;

namespace TalentBot.Cli.Tests.Browser;

/// <summary>
/// The text fragments citations carry, opened in headless Chromium on a long article page served on loopback: the
/// browser finds the quote (whole, or as textStart,textEnd for a long one) and scrolls it into view. Proof that the
/// encoding and the word-boundary cuts are the ones a browser reads. (Written while finding that System.Uri's normal
/// form decodes %2D back to '-', after which Chromium matches nothing: a link is passed on as the string it is.)
/// </summary>
public sealed class TextFragmentBrowserTests
{
    public static TheoryData<string, string, int> Quotes => new()
    {
        { "en", "Priya Raman, the lab's co-founder, said \"goodbye\" to R&D at Orbital-Minds — for good.", 512 },
        { "fr", "« Je pars », a-t-elle dit, après dix ans chez Meta & consorts.", 512 },
        { "en", "Alexandr Wang, the founder of Scale AI, " + string.Concat(Enumerable.Repeat("who built a data-labelling empire, ", 25)) +
                "now leads Meta Superintelligence Labs.", 512 },
        { "ja", "メタ・プラットフォームズは、" + string.Concat(Enumerable.Repeat("人工知能の研究者を高額の報酬で次々と引き抜き、", 6)) +
                "超知能研究所を立ち上げた。", 512 },
    };

    [Theory]
    [MemberData(nameof(Quotes))]
    public async Task Fragment_ScrollsTheBrowserToTheQuote(string language, string quote, int limit)
    {
        var page = Page(language, quote);
        var (server, address) = await LoopbackServer.StartAsync(context =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(page, context.RequestAborted);
        });
        await using var _ = server;
        var link = TextFragment.Append(new Uri(address, "story").AbsoluteUri, quote, limit)!;
        link.Length.ShouldBeLessThanOrEqualTo(limit);
        new Uri(link).OriginalString.ShouldBe(link);

        await using var chromium = await HeadlessChromium.StartAsync();
        await using var tab = await chromium.OpenAsync(new Uri(link));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        // Chromium scrolls to a matched fragment once the page has loaded; a fragment that matched nothing never scrolls.
        var shown = (await tab.EvaluateAsync("""
            new Promise(resolve => {
              const report = () => {
                const box = document.getElementById('quote').getBoundingClientRect();
                resolve({ scrolled: scrollY, top: box.top, bottom: box.bottom, height: innerHeight });
              };
              if (scrollY > 0) report(); else addEventListener('scroll', report, { once: true });
            })
            """, cancel.Token))!.AsObject();

        ((double)shown["scrolled"]!).ShouldBeGreaterThan(0);
        ((double)shown["bottom"]!).ShouldBeGreaterThan(0);
        ((double)shown["top"]!).ShouldBeLessThan((double)shown["height"]!);
    }

    /// <summary>An article far longer than the window, the quote in its own paragraph near the end.</summary>
    private static string Page(string language, string quote)
    {
        var html = new StringBuilder($"<!doctype html><html lang=\"{language}\"><head><meta charset=\"utf-8\"><title>Story</title></head><body>");
        for (var i = 0; i < 60; i++) html.Append("<p>Filler paragraph number ").Append(i).Append(" says nothing about anyone.</p>");
        html.Append("<p id=\"quote\">").Append(WebUtility.HtmlEncode(quote)).Append("</p>");
        for (var i = 0; i < 5; i++) html.Append("<p>Closing paragraph.</p>");
        return html.Append("</body></html>").ToString();
    }
}
