using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace TalentBot.Knowledge.Loading;

/// <summary>What one pass over an HTML page's tokens found.</summary>
/// <param name="Text">The visible text, laid out in lines and paragraphs.</param>
/// <param name="ReaderInput">
/// The page rewritten well-formed and small enough for SmartReader (see <see cref="HtmlScan"/>), or null when it is
/// too big for it or was not asked for.
/// </param>
internal sealed record ScannedHtml(
    string Text,
    string? ReaderInput,
    string? Title,
    string? Url,
    string? SiteName,
    string? Published,
    string? Language);

/// <summary>
/// Reads an HTML page in one linear pass over AngleSharp's tokenizer, without its tree builder: the text, the
/// metadata, and a copy of the page for SmartReader. The HTML5 tree builder walks its stack of open elements on most
/// tags, and SmartReader walks the tree again per candidate paragraph, so a page of 100,000 nested &lt;div&gt;s or
/// 60,000 unclosed tables takes minutes. Here every token costs constant time (<see cref="HtmlOpenElements"/>), and
/// the copy handed to SmartReader closes every element explicitly (nothing left for the tree builder to reconstruct
/// or adopt), flattens nesting below <see cref="MaxReaderDepth"/> and is withheld past
/// <see cref="MaxReaderElements"/>, which bounds what the tree builder and SmartReader can cost. <see cref="Read"/> is
/// thread-safe: each call has its own scanner.
/// </summary>
internal sealed class HtmlScan
{
    /// <summary>
    /// Deeper elements are merged into their ancestor at this depth in SmartReader's copy. News pages rarely nest past
    /// 40; SmartReader's time grows with depth times size (measured: 5,000 elements 64 deep, about 2 s on 2 busy cores).
    /// </summary>
    public const int MaxReaderDepth = 64;

    /// <summary>
    /// A page with more elements (scripts, styles and SVG not counted) is read without SmartReader, from the whole
    /// body less its boilerplate: SmartReader takes about 0.3 ms an element, a news article has 1,000 to 4,000.
    /// </summary>
    public const int MaxReaderElements = 5_000;

    private static readonly HashSet<string> VoidElements =
    [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "frame", "basefont", "bgsound", "image",
    ];

    private static readonly HashSet<string> ParagraphBlocks =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "legend", "main", "menu", "nav", "ol", "p", "pre", "listing", "plaintext", "xmp", "section", "search",
        "summary", "table", "ul",
    ];

    private static readonly HashSet<string> LineBlocks = ["li", "dt", "dd", "tr", "td", "th", "caption", "option", "thead", "tbody", "tfoot"];

    private static readonly Dictionary<string, ElementRoles> Roles = new(StringComparer.Ordinal)
    {
        ["head"] = ElementRoles.NoText,
        ["title"] = ElementRoles.NoText,
        ["script"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["style"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["noscript"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["template"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["iframe"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["noembed"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["noframes"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["object"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["canvas"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["audio"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["video"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["select"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["datalist"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["textarea"] = ElementRoles.NoText | ElementRoles.NotForReader | ElementRoles.Preformatted,
        ["button"] = ElementRoles.NoText | ElementRoles.NotForReader,
        ["svg"] = ElementRoles.NoText | ElementRoles.NotForReader | ElementRoles.Foreign,
        ["math"] = ElementRoles.NoText | ElementRoles.NotForReader | ElementRoles.Foreign,
        ["nav"] = ElementRoles.Boilerplate,
        ["footer"] = ElementRoles.Boilerplate,
        ["aside"] = ElementRoles.Boilerplate,
        ["form"] = ElementRoles.Boilerplate,
        ["menu"] = ElementRoles.Boilerplate,
        ["header"] = ElementRoles.Boilerplate | ElementRoles.Header,
        ["article"] = ElementRoles.Article,
        ["pre"] = ElementRoles.Preformatted,
        ["listing"] = ElementRoles.Preformatted,
        ["plaintext"] = ElementRoles.Preformatted,
    };

    private readonly HtmlOpenElements _open = new();
    private readonly HtmlTextWriter _text = new();
    private readonly bool _wholePage;
    private StringBuilder? _reader;
    private int _readerDepth;
    private int _readerElements;
    private StringBuilder? _titleText;
    private string? _title, _ogTitle, _canonical, _ogUrl, _siteName, _metaPublished, _markedTime, _articleTime, _pageTime, _lang;

    private HtmlScan(bool wholePage, bool forReader)
    {
        _wholePage = wholePage;
        if (forReader) _reader = new StringBuilder("<!DOCTYPE html>");
    }

    /// <summary>
    /// Reads <paramref name="html"/>. A whole page loses its boilerplate (navigation, page header and footer, asides,
    /// forms) from the text and yields a copy for SmartReader; an article SmartReader cut out keeps all its text.
    /// </summary>
    public static ScannedHtml Read(string html, bool wholePage)
    {
        var scan = new HtmlScan(wholePage, forReader: wholePage);
        scan.Run(html);
        return new ScannedHtml(
            scan._text.ToString(),
            scan._reader?.ToString(),
            scan._ogTitle ?? scan._title,
            scan._canonical ?? scan._ogUrl,
            scan._siteName,
            scan._metaPublished ?? scan._markedTime ?? scan._articleTime ?? scan._pageTime,
            scan._lang);
    }

    private void Run(string html)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        while (true)
        {
            var token = tokenizer.Get();
            switch (token.Type)
            {
                case HtmlTokenType.EndOfFile:
                    while (_open.Count > 0) Pop();
                    return;
                case HtmlTokenType.StartTag:
                    StartTag(token.AsTag(), tokenizer);
                    break;
                case HtmlTokenType.EndTag:
                    EndTag(token.Name);
                    break;
                case HtmlTokenType.Character:
                    Text(token.Data);
                    break;
            }
        }
    }

    private void StartTag(HtmlTagToken tag, HtmlTokenizer tokenizer)
    {
        var name = tag.Name;
        ReadMetadata(tag);
        if (name is "html" or "head" or "body" && _open.IsOpen(name)) return;
        if (name == "form" && _open.IsOpen("form")) return; // the tree builder ignores a form inside a form

        var closed = _open.ClosedBy(name);
        if (closed >= 0) PopTo(closed);
        Breaks(name);
        // Only SVG and MathML honour a self-closing tag: <div/> opens a div.
        if (VoidElements.Contains(name) || (tag.IsSelfClosing && (_open.Has(ElementRoles.Foreign) || name is "svg" or "math")))
        {
            EmitStart(tag, isVoid: true);
            return;
        }

        var roles = Roles.GetValueOrDefault(name);
        if (name == "script" && IsJsonLd(tag)) roles &= ~ElementRoles.NotForReader; // SmartReader reads the date there
        var emitted = EmitStart(tag, isVoid: false, roles);
        _open.Push(name, roles, emitted);
        if (name == "title" && _title is null && !_open.Has(ElementRoles.Foreign)) _titleText = new StringBuilder();
        if (!_open.Has(ElementRoles.Foreign)) tokenizer.State = TextModeOf(name);
    }

    private void EndTag(string name)
    {
        var closed = _open.ClosedByEnd(name);
        if (closed >= 0) PopTo(closed);
        Breaks(name); // </br> reads as <br>, and a stray </p> as an empty paragraph
    }

    private void Text(string text)
    {
        // Text straight in a head left open ends it, and is the body's.
        if (_open.Count > 0 && _open[^1].Name == "head" && !string.IsNullOrWhiteSpace(text)) PopTo(_open.Count - 1);
        _titleText?.Append(text);
        if (IsTextShown) _text.Write(text, _open.Has(ElementRoles.Preformatted));
        if (_reader is not null && !_open.Has(ElementRoles.NotForReader))
            _reader.Append(_open.Count > 0 && _open[^1].Name == "script" ? text : Escape(text, inAttribute: false));
    }

    private bool IsTextShown => !_open.Has(ElementRoles.NoText) && !(_wholePage && _open.Has(ElementRoles.Boilerplate));

    /// <summary>The line or paragraph break a tag makes, where its text would show: an option in a dropped form is no line.</summary>
    private void Breaks(string name)
    {
        if (!IsTextShown) return;
        if (name == "br") _text.Break();
        else if (ParagraphBlocks.Contains(name)) _text.EndParagraph();
        else if (LineBlocks.Contains(name)) _text.EndLine();
    }

    private void PopTo(int index)
    {
        while (_open.Count > index) Pop();
    }

    private void Pop()
    {
        var entry = _open.Pop();
        if (entry.Name == "title" && _titleText is not null)
        {
            _title = Collapse(_titleText.ToString());
            _titleText = null;
        }
        if (!entry.Emitted) return;
        _readerDepth--;
        _reader?.Append("</").Append(entry.Name).Append('>');
    }

    /// <summary>Writes the start tag into SmartReader's copy, if it belongs there; true when it was written.</summary>
    private bool EmitStart(HtmlTagToken tag, bool isVoid, ElementRoles roles = ElementRoles.None)
    {
        if (_reader is null || _open.Has(ElementRoles.NotForReader) || (roles & ElementRoles.NotForReader) != 0) return false;
        // Elements flattened away still count: what SmartReader costs grows with the page, not only with the copy.
        if (++_readerElements > MaxReaderElements)
        {
            _reader = null;
            return false;
        }
        if (!IsPlainName(tag.Name) || (!isVoid && _readerDepth >= MaxReaderDepth)) return false;
        _reader.Append('<').Append(tag.Name);
        foreach (var attribute in tag.Attributes)
        {
            if (!IsPlainName(attribute.Name)) continue;
            _reader.Append(' ').Append(attribute.Name).Append("=\"").Append(Escape(attribute.Value, inAttribute: true)).Append('"');
        }
        _reader.Append('>');
        if (!isVoid) _readerDepth++;
        return !isVoid;
    }

    private void ReadMetadata(HtmlTagToken tag)
    {
        switch (tag.Name)
        {
            case "html":
                _lang ??= NonEmpty(tag.GetAttribute("lang"));
                break;
            case "meta":
                var key = (NonEmpty(tag.GetAttribute("property")) ?? NonEmpty(tag.GetAttribute("name")) ?? NonEmpty(tag.GetAttribute("itemprop")))?.ToLowerInvariant();
                var content = NonEmpty(tag.GetAttribute("content"));
                if (content is null) return;
                switch (key)
                {
                    case "og:title": _ogTitle ??= Collapse(content); break;
                    case "og:url": _ogUrl ??= DeclaredMetadata.HttpUrl(content); break;
                    case "og:site_name": _siteName ??= Collapse(content); break;
                    case "article:published_time" or "og:published_time": _metaPublished ??= content.Trim(); break;
                    case "datepublished": _markedTime ??= content.Trim(); break;
                }
                break;
            case "link":
                if (tag.GetAttribute("rel").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains("canonical", StringComparer.OrdinalIgnoreCase))
                    _canonical ??= DeclaredMetadata.HttpUrl(tag.GetAttribute("href"));
                break;
            case "time":
                var datetime = NonEmpty(tag.GetAttribute("datetime"))?.Trim();
                if (datetime is null || _open.Has(ElementRoles.NoText)) return;
                // The article's own date: marked as such, or the first inside the article (its header included), or
                // the first on the page outside the navigation, asides and footers, which date other stories.
                if (tag.GetAttribute("itemprop").Equals("datePublished", StringComparison.OrdinalIgnoreCase) || tag.Attributes.Any(a => a.Name == "pubdate"))
                    _markedTime ??= datetime;
                else if (_open.Has(ElementRoles.Article) && _open.OpenWith(ElementRoles.Boilerplate) == _open.OpenWith(ElementRoles.Header))
                    _articleTime ??= datetime;
                else if (!_open.Has(ElementRoles.Boilerplate))
                    _pageTime ??= datetime;
                break;
        }
    }

    private static HtmlParseMode TextModeOf(string name) => name switch
    {
        "script" => HtmlParseMode.Script,
        "style" or "xmp" or "iframe" or "noembed" or "noframes" => HtmlParseMode.Rawtext,
        "title" or "textarea" => HtmlParseMode.RCData,
        "plaintext" => HtmlParseMode.Plaintext,
        _ => HtmlParseMode.PCData,
    };

    private static bool IsJsonLd(HtmlTagToken tag) => tag.GetAttribute("type").Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase);

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static string? Collapse(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }

    /// <summary>Names the copy can carry as they are; anything odder (quotes, angle brackets) would not read back the same.</summary>
    private static bool IsPlainName(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or ':' or '.');

    private static string Escape(string text, bool inAttribute)
    {
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
        return inAttribute ? escaped.Replace("\"", "&quot;", StringComparison.Ordinal) : escaped;
    }
}
