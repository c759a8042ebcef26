using System.Net;
using System.Text;
using TalentBot.Core;
using TalentBot.Knowledge.Tests.Support;

namespace TalentBot.Knowledge.Tests;

public sealed class ArticleLoaderTests : IDisposable
{
    private const string ArticleParagraph =
        "Shengjia Zhao, a co-creator of ChatGPT, left OpenAI in June to join Meta Superintelligence Labs as its chief scientist. " +
        "Within weeks, several researchers who had followed him from OpenAI were reported to be weighing offers elsewhere. " +
        "People familiar with the matter said the pay packages were among the largest the industry has ever seen.";

    private readonly TempFolder _folder = new();
    private readonly ArticleLoader _loader = new();

    [Fact]
    public void LoadFile_PlainText_TitleIsFirstNonEmptyLineAndLanguageDetected()
    {
        var path = _folder.Write("a.txt", "\n\n  Le départ de Zhao  \nIl a quitté OpenAI pour rejoindre Meta, selon les sources.");

        var load = _loader.LoadFile(path);

        load.Succeeded.ShouldBeTrue(load.Error);
        load.Article!.Title.ShouldBe("Le départ de Zhao");
        load.Article.Language.ShouldBe(Language.French);
        load.Article.Text.ShouldContain("Il a quitté OpenAI");
    }

    [Fact]
    public void LoadFile_Markdown_TitleWithoutHashes()
    {
        var path = _folder.Write("a.md", "## Zhao leaves OpenAI\n\nThe researcher left the company in June.");

        _loader.LoadFile(path).Article!.Title.ShouldBe("Zhao leaves OpenAI");
    }

    [Fact]
    public void LoadFile_HtmlWithBoilerplate_KeepsArticleTextAndTitle()
    {
        var html = $$"""
            <!DOCTYPE html><html lang="en"><head><title>Meta's talent raid</title></head><body>
            <nav><a href="/">Home</a> <a href="/subscribe">Subscribe to our newsletter today</a></nav>
            <article><h1>Meta's talent raid</h1><p>{{ArticleParagraph}}</p><p>{{ArticleParagraph}}</p></article>
            <footer>Copyright 2025 Example Media. All rights reserved. Cookie settings.</footer>
            </body></html>
            """;
        var path = _folder.Write("a.html", html);

        var article = _loader.LoadFile(path).Article!;

        article.Title.ShouldBe("Meta's talent raid");
        article.Text.ShouldContain("co-creator of ChatGPT");
        article.Text.ShouldNotContain("Subscribe to our newsletter");
        article.Text.ShouldNotContain("Cookie settings");
        article.Language.ShouldBe(Language.English);
    }

    [Fact]
    public void LoadFile_UnknownExtensionWithHtml_IsSniffedAsHtml()
    {
        var path = _folder.Write("page.dat", $"<html><head><title>Sniffed</title></head><body><p>{ArticleParagraph}</p></body></html>");

        var article = _loader.LoadFile(path).Article!;

        article.Title.ShouldBe("Sniffed");
        article.Text.ShouldNotContain("<p>");
    }

    [Fact]
    public void LoadFile_Empty_FailsSayingEmpty()
    {
        var load = _loader.LoadFile(_folder.Write("empty.txt", ""));

        load.Succeeded.ShouldBeFalse();
        load.Error.ShouldBe("empty file");
    }

    [Fact]
    public void LoadFile_WhitespaceOnly_FailsSayingEmpty()
    {
        _loader.LoadFile(_folder.Write("blank.txt", " \n\t\n")).Error!.ShouldStartWith("empty file");
    }

    [Fact]
    public void LoadFile_NulBytes_FailsAsBinary()
    {
        _loader.LoadFile(_folder.Write("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])).Error!.ShouldStartWith("binary file");
    }

    [Fact]
    public void LoadFile_NotUtf8_FailsAsBinary()
    {
        _loader.LoadFile(_folder.Write("latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0xFF])).Error.ShouldBe("binary file (not valid UTF-8 text)");
    }

    [Fact]
    public void LoadFile_TenMegabytes_RefusedOverTheCap()
    {
        var path = _folder.File("huge.txt");
        using (var stream = File.Create(path)) stream.SetLength(10 * 1024 * 1024);

        var load = _loader.LoadFile(path);

        load.Error.ShouldBe("file is 10 MiB, over the 2 MiB cap");
    }

    [Fact]
    public void LoadFile_Missing_FailsSayingSo()
    {
        _loader.LoadFile(_folder.File("nope.txt")).Error.ShouldBe("no such file or folder");
    }

    [Fact]
    public async Task LoadAsync_Folder_SupportedFilesOnlyRecursiveSortedAndFailuresDoNotStopOthers()
    {
        _folder.Write("b.txt", "Second article text.");
        _folder.Write("a.md", "# First\nFirst article text.");
        _folder.Write("sub/c.htm", $"<html><head><title>Third</title></head><body><p>{ArticleParagraph}</p></body></html>");
        _folder.Write("sub/empty.txt", "");
        _folder.Write("notes.pdf", "%PDF-1.4");

        var loads = await _loader.LoadAsync(_folder.Path);

        loads.Select(l => Path.GetRelativePath(_folder.Path, l.Location).Replace('\\', '/')).ShouldBe(["a.md", "b.txt", "sub/c.htm", "sub/empty.txt"]);
        loads.Select(l => l.Succeeded).ShouldBe([true, true, true, false]);
    }

    [Fact]
    public async Task LoadAsync_Url_FetchesHtmlAndKeepsTheUrl()
    {
        var handler = StubHttpHandler.Returning(HttpStatusCode.OK,
            $"<html><head><title>Fetched</title></head><body><article><p>{ArticleParagraph}</p></article></body></html>", "text/html");
        var loader = new ArticleLoader(new HttpClient(handler));

        var load = (await loader.LoadAsync("https://news.example.com/zhao")).Single();

        load.Article!.Title.ShouldBe("Fetched");
        load.Article.Url.ShouldBe("https://news.example.com/zhao");
        load.Article.Text.ShouldContain("chief scientist");
    }

    [Fact]
    public async Task LoadUrlAsync_Unreachable_FailsSayingUnreachable()
    {
        var loader = new ArticleLoader(new HttpClient(new StubHttpHandler(_ => throw new HttpRequestException("Connection refused"))));

        var load = await loader.LoadUrlAsync(new Uri("https://down.example.com/"));

        load.Error.ShouldBe("unreachable: Connection refused");
    }

    [Fact]
    public async Task LoadUrlAsync_NotFound_FailsWithStatus()
    {
        var loader = new ArticleLoader(new HttpClient(StubHttpHandler.Returning(HttpStatusCode.NotFound, "gone", "text/html")));

        var load = await loader.LoadUrlAsync(new Uri("https://news.example.com/missing"));

        load.Error.ShouldBe("HTTP 404 Not Found");
    }

    [Fact]
    public async Task LoadUrlAsync_ImageContentType_FailsNamingTheType()
    {
        var loader = new ArticleLoader(new HttpClient(new StubHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent([0x89, 0x50]) { Headers = { ContentType = new("image/png") } },
        })));

        var load = await loader.LoadUrlAsync(new Uri("https://news.example.com/photo"));

        load.Error.ShouldBe("content type 'image/png' is not text, Markdown or HTML");
    }

    [Fact]
    public async Task LoadUrlAsync_BodyOverTheCap_Refused()
    {
        var big = new string('a', 3000);
        var loader = new ArticleLoader(new HttpClient(StubHttpHandler.Returning(HttpStatusCode.OK, big, "text/plain")),
                                       new ArticleLoaderOptions { MaxBytes = 1024 });

        var load = await loader.LoadUrlAsync(new Uri("https://news.example.com/big"));

        load.Error!.ShouldContain("over the 1 KiB cap");
    }

    [Fact]
    public async Task LoadUrlAsync_NoHttpClient_FailsSayingNotConfigured()
    {
        var load = await _loader.LoadUrlAsync(new Uri("https://news.example.com/"));

        load.Succeeded.ShouldBeFalse();
    }

    [Fact]
    public async Task LoadUrlAsync_Latin1Charset_DecodedByTheDeclaredCharset()
    {
        var loader = new ArticleLoader(new HttpClient(new StubHttpHandler(_ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new ByteArrayContent(Encoding.Latin1.GetBytes("Café talent\nIl a quitté la société."))
            {
                Headers = { ContentType = new("text/plain") { CharSet = "iso-8859-1" } },
            },
        })));

        var load = await loader.LoadUrlAsync(new Uri("https://news.example.com/fr"));

        load.Article!.Title.ShouldBe("Café talent");
    }

    public void Dispose() => _folder.Dispose();
}
