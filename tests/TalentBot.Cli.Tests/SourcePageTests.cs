using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using NSec.Cryptography;
using TalentBot.Commands;
using TalentBot.Knowledge;

namespace TalentBot.Cli.Tests;

/// <summary>
/// Source pages in the serve host as <c>talentbot serve</c> builds it, on loopback: served only with
/// <c>Serve:PublicUrl</c>, linked from every citation of the founding corpus on Discord and Slack, the cited sentence
/// highlighted in a short passage, everything escaped, strict headers, and a 404 page for any link to nothing.
/// </summary>
public sealed class SourcePageTests : IAsyncLifetime
{
    private const string PublicUrl = "https://talentbot.example.com/";
    private const string SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";

    private readonly TempFolder _temp = new();
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
    private LoopbackServe? _serve;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_serve is not null) await _serve.DisposeAsync();
        _key.Dispose();
        _temp.Dispose();
    }

    [Fact]
    public async Task DiscordWhoLeftMeta_LinksEveryCitationToASourcePageThatHighlightsItsQuote()
    {
        await StartAsync();

        var response = await PostDiscordAsync("""
            {"type":2,"id":"100000000000000000","application_id":"200000000000000000","token":"tok","locale":"fr","channel_id":"300000000000000000","guild_id":"400000000000000000",
             "member":{"user":{"id":"500000000000000000"},"permissions":"0"},
             "data":{"id":"600000000000000000","name":"who-left","type":1,"options":[{"name":"org","type":3,"value":"meta"}]}}
            """);
        var embeds = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["data"]!["embeds"]!.AsArray();
        var lines = embeds.Where(e => (string?)e!["title"] == "Sources")
                          .SelectMany(e => ((string)e!["description"]!).Split('\n')).Where(l => l.StartsWith('[')).ToList();

        lines.ShouldNotBeEmpty();
        foreach (var line in lines)
        {
            line.ShouldMatch(@"^\[\d+\] \[.+\]\(https://talentbot\.example\.com/sources/[^/]+/\d+\?lang=fr#cited\)$");
            await ShouldHighlightAsync(line[(line.LastIndexOf("](", StringComparison.Ordinal) + 2)..^1], "fr");
        }
    }

    [Fact]
    public async Task SlackWhoLeftMeta_LinksEveryCitationToASourcePageThatHighlightsItsQuote()
    {
        await StartAsync();

        var response = await PostSlackAsync("command=%2Fwho-left&text=meta&user_id=U1&channel_id=C1&team_id=T1" +
                                            "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=1.2.3");
        var blocks = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["blocks"]!.AsArray();
        var lines = blocks.Where(b => (string?)b!["type"] == "context")
                          .Select(b => (string)b!["elements"]![0]!["text"]!).Where(t => t.StartsWith('[')).ToList();

        lines.ShouldNotBeEmpty();
        foreach (var line in lines)
        {
            line.ShouldMatch(@"^\[\d+\] <https://talentbot\.example\.com/sources/[^/|]+/\d+\?lang=en#cited\|.+>$");
            await ShouldHighlightAsync(line[(line.IndexOf('<', StringComparison.Ordinal) + 1)..line.IndexOf('|', StringComparison.Ordinal)], "en");
        }
    }

    [Fact]
    public async Task SourcePage_ShowsTheArticlesParticularsAndTwoSentencesEitherSideInTheReadersLanguage()
    {
        await StartAsync();
        var passage = Store.FindPassage("002_d8b27adb75d86937", 5, 2).ShouldNotBeNull();

        var response = await _serve!.Http.GetAsync("/sources/002_d8b27adb75d86937/5?lang=ja");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldStartWith("<!doctype html>\n<html lang=\"ja\">");
        html.ShouldContain("<h1 lang=\"fr\">L&#x27;exode des talents AGI de Meta : l&#x27;argent ne peut pas acheter la loyauté</h1>");
        html.ShouldContain("<dt>言語</dt><dd>フランス語</dd>");
        html.ShouldContain("<dt>媒体</dt><dd>");
        html.ShouldContain("元の記事のリンクは不明です。");
        passage.Before.Count.ShouldBe(2);
        passage.After.Count.ShouldBe(2);
        html.ShouldContain("<mark id=\"cited\">" + Encoded(passage.Sentence) + "</mark>");
        foreach (var neighbour in passage.Before.Concat(passage.After)) html.ShouldContain(Encoded(neighbour));
        // Never more of the article: the sentence three before is not there.
        html.ShouldNotContain(Encoded(Store.FindPassage("002_d8b27adb75d86937", 5, 3)!.Before[0]));
    }

    [Fact]
    public async Task SourcePage_SendsAStrictPolicyNoSniffingNoReferrerAndCaching()
    {
        await StartAsync();

        var response = await _serve!.Http.GetAsync("/sources/000_ff97695cd6ad6ecf/1?lang=en");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/html; charset=utf-8");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldStartWith("default-src 'none'; style-src 'sha256-");
        policy.ShouldNotContain("unsafe");
        policy.ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.GetValues("Referrer-Policy").Single().ShouldBe("no-referrer");
        response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=86400");
        // The one style sheet is the one the policy's hash allows.
        var style = html[(html.IndexOf("<style>", StringComparison.Ordinal) + 7)..html.IndexOf("</style>", StringComparison.Ordinal)];
        policy.ShouldContain("'sha256-" + Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(style))) + "'");
        html.ShouldNotContain("<script");
    }

    [Fact]
    public async Task Head_AnswersWithTheHeadersAndNoBody()
    {
        await StartAsync();

        using var request = new HttpRequestMessage(HttpMethod.Head, "/sources/000_ff97695cd6ad6ecf/1?lang=en");
        var response = await _serve!.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
        (await response.Content.ReadAsByteArrayAsync()).ShouldBeEmpty();
    }

    [Fact]
    public async Task ArticleWithMarkupInItsTextAndTitle_IsShownEscapedNeverRun()
    {
        await StartAsync();
        const string hostile = "<script>alert('title')</script> Meta hires\n\n" +
                               "Owen Farrell has left Google to join Meta, the company said. " +
                               "\"><img src=x onerror=alert(1)> </mark><script>alert(2)</script> & <style>body{display:none}</style> was in the release. " +
                               "The <a href=\"javascript:alert(3)\">link</a> went nowhere.\n";
        var report = (await _serve!.Services.GetRequiredService<TalentBot.Feeds.IArticleSink>().IngestAsync(
            [new ArticleSource(hostile, Url: "javascript:alert(4)")], CancellationToken.None)).Single();

        var pages = new List<string>();
        for (var sentence = 0; ; sentence++)
        {
            var response = await _serve!.Http.GetAsync($"/sources/{report.ArticleId}/{sentence}");
            if (response.StatusCode == HttpStatusCode.NotFound) break;
            pages.Add(await response.Content.ReadAsStringAsync());
        }

        pages.Count.ShouldBeGreaterThan(1);
        foreach (var html in pages)
        {
            html.Split("<script").Length.ShouldBe(1);
            html.ShouldNotContain("<img");
            html.ShouldNotContain("<a href=\"javascript");
            html.ShouldNotContain("href=\"javascript");
            html.Split("<style>").Length.ShouldBe(2, "only the page's own sheet");
            html.Split("<mark").Length.ShouldBe(2, "one highlighted sentence");
            html.Split("</mark>").Length.ShouldBe(2, "the article's </mark> is text");
            html.ShouldContain("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;");
        }
        string.Concat(pages).ShouldContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    }

    [Theory]
    [InlineData("/sources/no-such-article/0")]
    [InlineData("/sources/000_ff97695cd6ad6ecf/100000")]
    [InlineData("/sources/000_ff97695cd6ad6ecf/-1")]
    [InlineData("/sources/000_ff97695cd6ad6ecf/one")]
    [InlineData("/sources/000_ff97695cd6ad6ecf/1.5")]
    [InlineData("/sources/000_ff97695cd6ad6ecf/99999999999999999999")]
    [InlineData("/sources/000_ff97695cd6ad6ecf")]
    [InlineData("/sources/000_ff97695cd6ad6ecf/1/extra")]
    [InlineData("/sources/")]
    [InlineData("/sources/%3Cscript%3E/0")]
    public async Task LinkToNothing_IsA404PageWithTheSameHeaders(string path)
    {
        await StartAsync();

        var response = await _serve!.Http.GetAsync(path + "?lang=it");
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        html.ShouldContain("<html lang=\"it\">");
        html.ShouldContain("<h1>Fonte non trovata</h1>");
        html.ShouldNotContain("<script");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
    }

    [Fact]
    public async Task LongArticleId_IsA404WithoutALookUp()
    {
        await StartAsync();

        var response = await _serve!.Http.GetAsync("/sources/" + new string('a', 5000) + "/0");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Source not found");
    }

    [Fact]
    public async Task WithoutAPublicUrl_ThereAreNoSourcePagesAndCitationsSayNoLink()
    {
        await StartAsync(publicUrl: null);

        var page = await _serve!.Http.GetAsync("/sources/000_ff97695cd6ad6ecf/1");
        var answer = await PostSlackAsync("command=%2Fwho-left&text=meta&user_id=U1&channel_id=C1&team_id=T1" +
                                          "&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1%2F1%2Fx&trigger_id=1.2.9");

        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync()).ShouldBeEmpty();
        (await answer.Content.ReadAsStringAsync()).ShouldContain("no link");
    }

    [Theory]
    [InlineData("talentbot.example.com")]
    [InlineData("ftp://talentbot.example.com/")]
    [InlineData("https://talentbot.example.com/?a=b")]
    public async Task APublicUrlThatIsNotAnAbsoluteHttpAddress_StopsServeAndSaysSo(string url)
    {
        var result = await Cli.RunAsync(new Dictionary<string, string?> { ["Serve:PublicUrl"] = url },
            "serve", "--urls", "http://127.0.0.1:0", "--db", _temp.Database);

        result.ExitCode.ShouldBe(ExitCodes.BadSettings);
        result.Error.ShouldContain("Serve:PublicUrl must be an absolute http or https address");
        result.Error.ShouldContain(url);
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task Ask_WithAPublicUrl_PrintsEachCitationsSourcePage()
    {
        var settings = new Dictionary<string, string?> { ["Serve:PublicUrl"] = PublicUrl };

        var text = await Cli.RunAsync(settings, "ask", "--db", _temp.Database, "/who-left meta");
        var json = await Cli.RunAsync(settings, "ask", "--json", "--db", _temp.Database, "/who-left meta");

        text.ExitCode.ShouldBe(ExitCodes.Ok);
        text.Output.ShouldNotContain("no link");
        var citations = JsonNode.Parse(json.Output)!["citations"]!.AsArray();
        citations.ShouldNotBeEmpty();
        foreach (var citation in citations)
        {
            var link = (string)citation!["link"]!;
            link.ShouldMatch($"^{PublicUrl}sources/{(string)citation["article"]!}/[0-9]+\\?lang=en#cited$");
            text.Output.ShouldContain("        " + link + "\n");
        }
    }

    private KnowledgeStore Store => _serve!.Services.GetRequiredService<KnowledgeStore>();

    /// <summary>The source page at <paramref name="link"/> (on this host) marks a sentence some citation quotes, in <paramref name="language"/>.</summary>
    private async Task ShouldHighlightAsync(string link, string language)
    {
        var uri = new Uri(link);
        var response = await _serve!.Http.GetAsync(uri.PathAndQuery);
        var html = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, link);
        html.ShouldContain($"<html lang=\"{language}\">");
        var segments = uri.AbsolutePath.Split('/');
        var passage = Store.FindPassage(Uri.UnescapeDataString(segments[2]), int.Parse(segments[3], System.Globalization.CultureInfo.InvariantCulture), 2)!;
        html.ShouldContain("<mark id=\"cited\">" + Encoded(passage.Sentence) + "</mark>");
    }

    private static string Encoded(string text) =>
        System.Text.Encodings.Web.HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All).Encode(text);

    private async Task StartAsync(string? publicUrl = PublicUrl)
    {
        var settings = new Dictionary<string, string?>
        {
            ["DISCORD_PUBLIC_KEY"] = Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
            ["SLACK_SIGNING_SECRET"] = SlackSecret,
            ["SLACK_BOT_TOKEN"] = "xoxb-source-pages",
        };
        if (publicUrl is not null) settings["Serve:PublicUrl"] = publicUrl;
        _serve = await LoopbackServe.StartAsync(_temp.Database, settings);
    }

    private Task<HttpResponseMessage> PostDiscordAsync(string json) => _serve!.PostDiscordAsync(_key, json);

    private Task<HttpResponseMessage> PostSlackAsync(string form) => _serve!.PostSlackCommandAsync(SlackSecret, form);
}
