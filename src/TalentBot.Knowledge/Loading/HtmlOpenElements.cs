namespace TalentBot.Knowledge.Loading;

/// <summary>What an open element means for reading the page.</summary>
[Flags]
internal enum ElementRoles
{
    None = 0,

    /// <summary>Never text: the head, scripts, styles, templates, images drawn in SVG, form controls.</summary>
    NoText = 1,

    /// <summary>Around the article rather than in it: navigation, page headers and footers, asides, forms, menus.</summary>
    Boilerplate = 2,

    /// <summary>A header: boilerplate for a page, but an article's own header holds its date.</summary>
    Header = 4,

    Article = 8,

    /// <summary>Whitespace is kept as written.</summary>
    Preformatted = 16,

    /// <summary>SVG or MathML, where a self-closing tag really closes.</summary>
    Foreign = 32,

    /// <summary>Not worth handing to SmartReader: it would drop it anyway.</summary>
    NotForReader = 64,
}

/// <summary>
/// The elements open at each point of an HTML page read token by token, close enough to the HTML5 tree builder's stack
/// that a well-formed page comes out the same and a sloppy one (unclosed paragraphs, list items and cells, stray end
/// tags) comes out as a browser would roughly show it. Every step is constant time, amortised: an end tag finds its
/// element through a per-name index and checks it against the nearest scope boundary stored with each entry, so no
/// step walks the stack, which is what makes the real tree builder quadratic on deep pages. Not thread-safe.
/// </summary>
internal sealed class HtmlOpenElements
{
    private static readonly HashSet<string> ScopeBoundaries =
        ["applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"];

    private static readonly HashSet<string> TableScopeBoundaries = ["html", "table", "template"];

    // The HTML spec's "special" elements: an end tag for an ordinary element (a span) cannot close past one.
    private static readonly HashSet<string> Special =
    [
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed",
        "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
        "head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main",
        "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext",
        "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td",
        "template", "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp",
    ];

    /// <summary>Start tags that close an open paragraph, as the tree builder's "close a p element" does.</summary>
    private static readonly HashSet<string> ClosesParagraph =
    [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "plaintext", "table", "hr",
        "xmp", "li", "dd", "dt",
    ];

    /// <summary>What a head holds; any other start tag ends a head left open, as &lt;/head&gt; is optional.</summary>
    private static readonly HashSet<string> HeadContent =
        ["base", "basefont", "bgsound", "link", "meta", "noframes", "noscript", "script", "style", "template", "title"];

    private static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];
    private static readonly HashSet<string> TableSections = ["tbody", "thead", "tfoot"];
    private static readonly HashSet<string> TableParts = ["table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption", "colgroup"];

    private readonly List<Entry> _stack = [];
    private readonly Dictionary<string, List<int>> _positions = new(StringComparer.Ordinal);
    private readonly int[] _roleCounts = new int[8];

    public int Count => _stack.Count;

    public Entry this[int index] => _stack[index];

    public bool Has(ElementRoles role) => OpenWith(role) > 0;

    /// <summary>How many open elements have <paramref name="role"/> (a single flag).</summary>
    public int OpenWith(ElementRoles role) => _roleCounts[System.Numerics.BitOperations.Log2((uint)role)];

    public bool IsOpen(string name) => Topmost(name) >= 0;

    /// <summary>
    /// The lowest index that <paramref name="startTag"/> closes before it opens (an open paragraph, the previous list
    /// item or cell), or -1. Pop down to it, then <see cref="Push"/>.
    /// </summary>
    public int ClosedBy(string startTag)
    {
        var target = -1;
        if (!HeadContent.Contains(startTag)) target = Topmost("head");
        if (ClosesParagraph.Contains(startTag)) target = Lowest(target, InScope("p", Top.ScopeFloor));
        switch (startTag)
        {
            case "li":
                target = Lowest(target, InScope("li", Top.ListFloor));
                break;
            case "dd" or "dt":
                target = Lowest(target, Math.Max(InScope("dd", Top.ListFloor), InScope("dt", Top.ListFloor)));
                break;
            case "option" when Top.Name == "option":
            case "h1" or "h2" or "h3" or "h4" or "h5" or "h6" when Headings.Contains(Top.Name):
                target = Lowest(target, _stack.Count - 1);
                break;
            case "tr":
                target = Lowest(target, InScope("tr", Top.TableFloor));
                break;
            case "td" or "th":
                target = Lowest(target, Math.Max(InScope("td", Top.TableFloor), InScope("th", Top.TableFloor)));
                break;
            case "tbody" or "thead" or "tfoot":
                foreach (var section in TableSections) target = Lowest(target, InScope(section, Top.TableFloor));
                break;
            case "table" when Top.Name is "table" or "tbody" or "thead" or "tfoot" or "tr":
                // A table straight inside a table (not inside a cell) ends the first one.
                target = Lowest(target, InScope("table", -1));
                break;
            case "a" or "nobr" or "button":
                target = Lowest(target, InScope(startTag, Top.ScopeFloor));
                break;
        }
        return target;
    }

    /// <summary>The index an end tag closes down to, or -1 when the tree builder would ignore it.</summary>
    public int ClosedByEnd(string endTag)
    {
        if (endTag is "body" or "html" || _stack.Count == 0) return -1;
        if (TableParts.Contains(endTag)) return InScope(endTag, endTag == "table" ? -1 : Top.TableFloor);
        if (endTag == "li") return InScope(endTag, Top.ListFloor);
        return InScope(endTag, Special.Contains(endTag) ? Top.ScopeFloor : Top.SpecialFloor);
    }

    public void Push(string name, ElementRoles roles, bool emitted)
    {
        var index = _stack.Count;
        var below = index == 0 ? Entry.Bottom : _stack[^1];
        _stack.Add(new Entry(
            name,
            roles,
            emitted,
            ScopeBoundaries.Contains(name) ? index : below.ScopeFloor,
            TableScopeBoundaries.Contains(name) ? index : below.TableFloor,
            Special.Contains(name) && name is not ("address" or "div" or "p") ? index : below.ListFloor,
            Special.Contains(name) ? index : below.SpecialFloor));
        if (!_positions.TryGetValue(name, out var at)) _positions[name] = at = [];
        at.Add(index);
        Tally(roles, +1);
    }

    public Entry Pop()
    {
        var entry = _stack[^1];
        _stack.RemoveAt(_stack.Count - 1);
        var at = _positions[entry.Name];
        at.RemoveAt(at.Count - 1);
        Tally(entry.Roles, -1);
        return entry;
    }

    /// <summary>The index of the topmost open element named <paramref name="name"/>, or -1.</summary>
    public int Topmost(string name) => _positions.TryGetValue(name, out var at) && at.Count > 0 ? at[^1] : -1;

    private Entry Top => _stack.Count == 0 ? Entry.Bottom : _stack[^1];

    /// <summary>The topmost open element named <paramref name="name"/> above <paramref name="floor"/>, or -1.</summary>
    private int InScope(string name, int floor)
    {
        if (!_positions.TryGetValue(name, out var at) || at.Count == 0) return -1;
        // The floor may be the element itself (a table closing its own scope).
        var index = at[^1];
        return index >= floor ? index : -1;
    }

    private static int Lowest(int a, int b) => a < 0 ? b : b < 0 ? a : Math.Min(a, b);

    private void Tally(ElementRoles roles, int delta)
    {
        for (var bit = 0; bit < _roleCounts.Length; bit++)
            if (((int)roles & (1 << bit)) != 0) _roleCounts[bit] += delta;
    }

    /// <summary>
    /// One open element, with the index of the nearest element at or below it that bounds each kind of scope, so a
    /// scope check is one comparison.
    /// </summary>
    internal readonly record struct Entry(
        string Name, ElementRoles Roles, bool Emitted, int ScopeFloor, int TableFloor, int ListFloor, int SpecialFloor)
    {
        public static Entry Bottom { get; } = new("", ElementRoles.None, false, -1, -1, -1, -1);
    }
}
