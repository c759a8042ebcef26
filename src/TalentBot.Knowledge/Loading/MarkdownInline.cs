using System.Net;
using System.Text;

namespace TalentBot.Knowledge.Loading;

/// <summary>
/// Takes the inline Markdown syntax out of one block's text, keeping what a reader sees: emphasis markers around words
/// go (underscores inside words and asterisks between digits or letters stay, as in snake_case or 2*3), code spans keep
/// their code, links their text, autolinks their URL; images, simple HTML tags and the backslashes of escapes go.
/// Every construct is found in linear time, as CommonMark's own algorithms do (a bracket stack for links, delimiter
/// stacks for emphasis, indexed backtick runs for code, parenthesis matching done once), so a hostile line of
/// unmatched openers costs no more than a plain one. Not thread-safe; <see cref="ToText"/> makes one per call.
/// </summary>
internal sealed class MarkdownInline
{
    // CommonMark lets an implementation stop matching link parentheses past 32 levels; it also bounds the work.
    private const int MaxParenNesting = 32;

    // CommonMark's limit on a link label.
    private const int MaxLabelLength = 999;

    private const int MaxEntityLength = 32;
    private const string AsciiPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private readonly string _text;
    private readonly IReadOnlySet<string> _references;
    private readonly StringBuilder _out = new();
    private readonly List<DelimiterRun> _runs = [];
    private readonly List<Bracket> _brackets = [];
    private readonly List<int> _linkOpenings = [];
    private int[]? _closingParen;
    private readonly Dictionary<int, List<int>> _backtickRuns = [];
    private readonly Dictionary<int, int> _backtickCursors = [];
    private bool _backticksIndexed;

    private MarkdownInline(string text, IReadOnlySet<string> references)
    {
        _text = text;
        _references = references;
    }

    /// <param name="text">One block's text, its lines already joined.</param>
    /// <param name="references">The labels of the document's reference definitions, normalised by <see cref="Label"/>.</param>
    public static string ToText(string text, IReadOnlySet<string> references) => new MarkdownInline(text, references).Run();

    /// <summary>A link label as definitions and references are matched: trimmed, inner whitespace collapsed, case folded.</summary>
    public static string Label(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();

    private string Run()
    {
        var i = 0;
        while (i < _text.Length)
        {
            var c = _text[i];
            i = c switch
            {
                '\\' when i + 1 < _text.Length && AsciiPunctuation.Contains(_text[i + 1]) => Literal(_text[i + 1], i + 2),
                '`' => CodeSpan(i),
                '<' => AngleBracket(i),
                '&' => Entity(i),
                '!' when i + 1 < _text.Length && _text[i + 1] == '[' => OpenBracket(i, image: true),
                '[' => OpenBracket(i, image: false),
                ']' => CloseBracket(i),
                '*' or '_' => Delimiters(i),
                _ => Literal(c, i + 1),
            };
        }
        MatchEmphasis();
        return Assemble();
    }

    private int Literal(char c, int next)
    {
        _out.Append(c);
        return next;
    }

    private int CodeSpan(int start)
    {
        var length = RunLength(start, '`');
        var close = NextBacktickRun(start, length);
        if (close < 0)
        {
            _out.Append('`', length);
            return start + length;
        }
        var code = _text[(start + length)..close].Replace('\n', ' ');
        if (code.Length >= 2 && code[0] == ' ' && code[^1] == ' ' && code.Trim().Length > 0) code = code[1..^1];
        _out.Append(code);
        return close + length;
    }

    /// <summary>The start of the first backtick run of exactly <paramref name="length"/> after <paramref name="start"/>, or -1.</summary>
    private int NextBacktickRun(int start, int length)
    {
        if (!_backticksIndexed)
        {
            _backticksIndexed = true;
            for (var i = 0; i < _text.Length;)
            {
                if (_text[i] != '`')
                {
                    i++;
                    continue;
                }
                var run = RunLength(i, '`');
                if (!_backtickRuns.TryGetValue(run, out var starts)) _backtickRuns[run] = starts = [];
                starts.Add(i);
                i += run;
            }
        }
        if (!_backtickRuns.TryGetValue(length, out var candidates)) return -1;
        // Openers are met left to right, so each length's cursor only moves forward: linear over the block.
        var cursor = _backtickCursors.GetValueOrDefault(length);
        while (cursor < candidates.Count && candidates[cursor] <= start) cursor++;
        _backtickCursors[length] = cursor;
        return cursor < candidates.Count ? candidates[cursor] : -1;
    }

    /// <summary>An autolink (its URL or address stays), a simple HTML tag (goes; &lt;br&gt; breaks the line), or a plain '&lt;'.</summary>
    private int AngleBracket(int start)
    {
        var end = start + 1;
        while (end < _text.Length && _text[end] is not ('>' or '<' or ' ' or '\t' or '\n')) end++;
        if (end < _text.Length && _text[end] == '>')
        {
            var inside = _text[(start + 1)..end];
            if (IsAutolink(inside))
            {
                _out.Append(inside);
                return end + 1;
            }
        }

        var tagEnd = HtmlTagEnd(start);
        if (tagEnd < 0) return Literal('<', start + 1);
        var name = _text[(start + 1)..tagEnd].TrimStart('/').Split([' ', '\t', '\n', '/', '>'], 2)[0];
        if (name.Equals("br", StringComparison.OrdinalIgnoreCase)) _out.Append('\n');
        return tagEnd + 1;
    }

    private static bool IsAutolink(string inside)
    {
        var colon = inside.IndexOf(':', StringComparison.Ordinal);
        if (colon is >= 2 and <= 32 && char.IsAsciiLetter(inside[0]) && inside[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '.' or '-'))
            return true;
        var at = inside.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at < inside.Length - 1 && inside.IndexOf('.', at) > at + 1;
    }

    /// <summary>
    /// Where the HTML tag starting at <paramref name="start"/> ends (its '&gt;'), or -1. The scan stops at the next
    /// '&lt;' or line end even inside quotes, so a run of unclosed tags costs each character one look.
    /// </summary>
    private int HtmlTagEnd(int start)
    {
        var i = start + 1;
        if (i < _text.Length && _text[i] == '/') i++;
        if (i >= _text.Length || !char.IsAsciiLetter(_text[i])) return -1;
        while (i < _text.Length && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] == '-')) i++;
        var quote = '\0';
        for (; i < _text.Length; i++)
        {
            var c = _text[i];
            if (c is '<' or '\n') return -1;
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '>') return i;
        }
        return -1;
    }

    private int Entity(int start)
    {
        var semicolon = _text.IndexOf(';', start + 1, Math.Min(MaxEntityLength, _text.Length - start - 1));
        if (semicolon > start + 1)
        {
            var entity = _text[start..(semicolon + 1)];
            var decoded = WebUtility.HtmlDecode(entity);
            if (decoded != entity)
            {
                _out.Append(decoded.Replace('\u00A0', ' '));
                return semicolon + 1;
            }
        }
        return Literal('&', start + 1);
    }

    private int OpenBracket(int start, bool image)
    {
        var marker = image ? 2 : 1;
        _brackets.Add(new Bracket(_out.Length, start + marker, image, _runs.Count));
        _out.Append(_text, start, marker);
        return start + marker;
    }

    /// <summary>A ']' that may close a link or image: inline <c>(url "title")</c>, full <c>[label]</c>, collapsed or shortcut reference.</summary>
    private int CloseBracket(int close)
    {
        if (_brackets.Count == 0) return Literal(']', close + 1);
        var opener = _brackets[^1];
        _brackets.RemoveAt(_brackets.Count - 1);

        var end = LinkEnd(opener, close);
        if (end < 0) return Literal(']', close + 1);
        if (opener.IsImage)
        {
            // An image is dropped with its alt text, and whatever the alt text held.
            _out.Length = opener.OutputStart;
            _runs.RemoveRange(opener.RunsBefore, _runs.Count - opener.RunsBefore);
            while (_linkOpenings.Count > 0 && _linkOpenings[^1] >= opener.OutputStart) _linkOpenings.RemoveAt(_linkOpenings.Count - 1);
        }
        else
        {
            _linkOpenings.Add(opener.OutputStart);
        }
        return end;
    }

    /// <summary>Where the link closed at <paramref name="close"/> ends (past its destination or label), or -1 when it is no link.</summary>
    private int LinkEnd(Bracket opener, int close)
    {
        var next = close + 1;
        if (next < _text.Length && _text[next] == '(')
        {
            var paren = ClosingParen(next);
            return paren > 0 && IsDestinationAndTitle(next + 1, paren) ? paren + 1 : -1;
        }
        if (next < _text.Length && _text[next] == '[')
        {
            var labelEnd = next + 1;
            while (labelEnd < _text.Length && labelEnd - next <= MaxLabelLength && _text[labelEnd] is not ('[' or ']')) labelEnd++;
            if (labelEnd >= _text.Length || _text[labelEnd] != ']' || labelEnd - next > MaxLabelLength) return -1;
            var label = labelEnd == next + 1 ? LinkText(opener, close) : _text[(next + 1)..labelEnd];
            return label is not null && _references.Contains(Label(label)) ? labelEnd + 1 : -1;
        }
        var shortcut = LinkText(opener, close);
        return shortcut is not null && _references.Contains(Label(shortcut)) ? next : -1;
    }

    /// <summary>The raw text between the brackets, or null when it is too long to be a label.</summary>
    private string? LinkText(Bracket opener, int close) =>
        close - opener.SourceStart is > 0 and <= MaxLabelLength ? _text[opener.SourceStart..close] : null;

    /// <summary>Whether the text between a link's parentheses is a destination, optionally followed by a quoted title.</summary>
    private bool IsDestinationAndTitle(int start, int end)
    {
        var i = SkipSpace(start, end);
        if (i < end && _text[i] == '<')
        {
            var closing = _text.IndexOf('>', i, end - i);
            if (closing < 0) return false;
            i = closing + 1;
        }
        else
        {
            while (i < end && !char.IsWhiteSpace(_text[i])) i++;
        }
        i = SkipSpace(i, end);
        if (i == end) return true;
        var last = end - 1;
        while (char.IsWhiteSpace(_text[last])) last--;
        var quote = _text[i];
        return last > i && quote is '"' or '\'' or '(' && _text[last] == (quote == '(' ? ')' : quote);
    }

    private int SkipSpace(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(_text[start])) start++;
        return start;
    }

    /// <summary>The ')' matching the '(' at <paramref name="open"/>, or -1 (none, or nested past <see cref="MaxParenNesting"/>).</summary>
    private int ClosingParen(int open)
    {
        if (_closingParen is null)
        {
            _closingParen = new int[_text.Length];
            Array.Fill(_closingParen, -1);
            var stack = new Stack<int>();
            for (var i = 0; i < _text.Length; i++)
            {
                if (_text[i] == '\\')
                {
                    i++;
                    continue;
                }
                if (_text[i] == '(') stack.Push(i);
                else if (_text[i] == ')' && stack.Count > 0)
                {
                    var depth = stack.Count;
                    var at = stack.Pop();
                    if (depth <= MaxParenNesting) _closingParen[at] = i;
                }
            }
        }
        return _closingParen[open];
    }

    private int Delimiters(int start)
    {
        var c = _text[start];
        var length = RunLength(start, c);
        var before = start > 0 ? _text[start - 1] : ' ';
        var after = start + length < _text.Length ? _text[start + length] : ' ';
        _out.Append(c, length);

        // CommonMark's flanking rules (which keep snake_case as written), plus one of ours: asterisks between two
        // letters or digits are never emphasis, so 2*3*4 stays as written. Japanese is written without spaces, so
        // there a letter on each side is no sign of maths: **OpenAI**を is bold.
        if (c == '*' && IsWordCharacter(before) && IsWordCharacter(after)) return start + length;
        bool beforeSpace = char.IsWhiteSpace(before), afterSpace = char.IsWhiteSpace(after);
        bool beforePunct = IsPunctuation(before), afterPunct = IsPunctuation(after);
        var leftFlanking = !afterSpace && (!afterPunct || beforeSpace || beforePunct);
        var rightFlanking = !beforeSpace && (!beforePunct || afterSpace || afterPunct);
        var canOpen = c == '*' ? leftFlanking : leftFlanking && (!rightFlanking || beforePunct);
        var canClose = c == '*' ? rightFlanking : rightFlanking && (!leftFlanking || afterPunct);
        if (canOpen || canClose) _runs.Add(new DelimiterRun(c, _out.Length - length, length, canOpen, canClose));
        return start + length;
    }

    /// <summary>Pairs closers with the nearest opener of the same character; the paired characters are dropped.</summary>
    private void MatchEmphasis()
    {
        var openers = new Dictionary<char, List<DelimiterRun>> { ['*'] = [], ['_'] = [] };
        foreach (var run in _runs)
        {
            var stack = openers[run.Char];
            if (run.CanClose)
            {
                while (run.Remaining > 0 && stack.Count > 0)
                {
                    var opener = stack[^1];
                    var used = Math.Min(opener.Remaining, run.Remaining);
                    opener.DroppedSuffix += used;
                    run.DroppedPrefix += used;
                    if (opener.Remaining == 0) stack.RemoveAt(stack.Count - 1);
                }
            }
            if (run.CanOpen && run.Remaining > 0) stack.Add(run);
        }
    }

    private string Assemble()
    {
        var dropped = new bool[_out.Length];
        foreach (var start in _linkOpenings) dropped[start] = true;
        foreach (var run in _runs)
        {
            for (var i = 0; i < run.DroppedPrefix; i++) dropped[run.OutputStart + i] = true;
            for (var i = 0; i < run.DroppedSuffix; i++) dropped[run.OutputStart + run.Length - 1 - i] = true;
        }
        // Indexing a large StringBuilder walks its chunks; a string is indexed in constant time.
        var built = _out.ToString();
        var text = new StringBuilder(built.Length);
        for (var i = 0; i < built.Length; i++)
            if (!dropped[i]) text.Append(built[i]);
        return text.ToString();
    }

    private int RunLength(int start, char c)
    {
        var end = start;
        while (end < _text.Length && _text[end] == c) end++;
        return end - start;
    }

    private static bool IsPunctuation(char c) => char.IsPunctuation(c) || char.IsSymbol(c);

    private static bool IsWordCharacter(char c) => char.IsLetterOrDigit(c) && !MarkdownText.IsWide(c);

    private readonly record struct Bracket(int OutputStart, int SourceStart, bool IsImage, int RunsBefore);

    private sealed class DelimiterRun(char c, int outputStart, int length, bool canOpen, bool canClose)
    {
        public char Char { get; } = c;
        public int OutputStart { get; } = outputStart;
        public int Length { get; } = length;
        public bool CanOpen { get; } = canOpen;
        public bool CanClose { get; } = canClose;
        public int DroppedPrefix { get; set; }
        public int DroppedSuffix { get; set; }
        public int Remaining => Length - DroppedPrefix - DroppedSuffix;
    }
}
