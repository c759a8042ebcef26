using System.Text;
using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Knowledge.Loading;

/// <summary>
/// Turns Markdown into the plain text a reader sees, laid out for sentence splitting: each heading, paragraph, list
/// item and quote on its own line (a paragraph's soft-wrapped lines joined), a blank line between blocks, list items
/// one line each. Heading marks, setext underlines, list bullets, quote marks, thematic breaks, code fences, reference
/// definitions and HTML comments go; inline syntax goes through <see cref="MarkdownInline"/>. Every pass is linear in
/// the text. <see cref="ToPlainText"/> is thread-safe: each call reads with its own instance.
/// </summary>
internal sealed partial class MarkdownText
{
    private readonly string[] _lines;
    private readonly HashSet<string> _references;
    private readonly HashSet<int> _definitions;
    private readonly StringBuilder _text = new();
    private readonly List<string> _paragraph = [];
    private bool _paragraphIsListItem;
    private int _paragraphQuoteDepth;
    private List<string>? _code;
    private string _fence = "";
    private bool _lastWasListItem;
    private bool _blankLineSince;

    private MarkdownText(string markdown)
    {
        _lines = WithoutComments(markdown.ReplaceLineEndings("\n")).Split('\n');
        (_references, _definitions) = ReferenceDefinitions(_lines);
    }

    public static string ToPlainText(string markdown) => new MarkdownText(markdown).Read();

    private string Read()
    {
        for (var index = 0; index < _lines.Length; index++) ReadLine(index);
        EndParagraph();
        if (_code is not null) Add(string.Join('\n', _code), isListItem: false);
        return _text.ToString();
    }

    private void ReadLine(int index)
    {
        var line = WithoutQuoteMarks(_lines[index], out var quoteDepth);
        if (_code is not null)
        {
            if (IsFence(line, out var closing) && closing[0] == _fence[0] && closing.Length >= _fence.Length && line.Trim() == closing)
            {
                Add(string.Join('\n', _code), isListItem: false);
                _code = null;
            }
            else
            {
                _code.Add(_lines[index]);
            }
            return;
        }

        // A deeper quote starts a block of its own; a shallower or unmarked line may go on lazily, as in CommonMark.
        if (quoteDepth > _paragraphQuoteDepth) EndParagraph();
        if (_paragraph.Count == 0) _paragraphQuoteDepth = quoteDepth;
        if (line.Trim().Length == 0)
        {
            EndParagraph();
            _blankLineSince = true;
        }
        else if (IsFence(line, out var fence))
        {
            EndParagraph();
            _fence = fence;
            _code = [];
        }
        else if (AtxHeading(line) is { } heading)
        {
            EndParagraph();
            Add(MarkdownInline.ToText(heading, _references), isListItem: false);
        }
        else if (_paragraph.Count > 0 && !_paragraphIsListItem && IsSetextUnderline(line))
        {
            EndParagraph(); // the paragraph was a heading: a line of its own all the same
        }
        else if (IsThematicBreak(line))
        {
            EndParagraph();
        }
        // An ordered list interrupts a paragraph only from 1, so a line starting "2025." goes on with its paragraph.
        else if (ListItem(line, out var startsList) is { } item && (_paragraph.Count == 0 || _paragraphIsListItem || startsList))
        {
            EndParagraph();
            _paragraph.Add(item);
            _paragraphIsListItem = true;
        }
        else if (_paragraph.Count > 0 || !_definitions.Contains(index))
        {
            _paragraph.Add(line);
        }
    }

    private void EndParagraph()
    {
        if (_paragraph.Count > 0) Add(MarkdownInline.ToText(Join(_paragraph), _references), _paragraphIsListItem);
        _paragraph.Clear();
        _paragraphIsListItem = false;
    }

    /// <summary>
    /// Adds a block, if it has any text: after a blank line, except that items of one list written without blank lines
    /// between them go on the next line each.
    /// </summary>
    private void Add(string block, bool isListItem)
    {
        var lines = block.Split('\n').Select(l => Spaces().Replace(l, " ").Trim()).Where(l => l.Length > 0);
        var tidy = string.Join('\n', lines);
        if (tidy.Length == 0) return;
        if (_text.Length > 0) _text.Append(isListItem && _lastWasListItem && !_blankLineSince ? "\n" : "\n\n");
        _text.Append(tidy);
        _lastWasListItem = isListItem;
        _blankLineSince = false;
    }

    /// <summary>
    /// A paragraph's lines as one, so a wrapped sentence is one sentence: a soft line break is a space (none next to
    /// Japanese, which is written without them), a hard one (two trailing spaces or a backslash) stays a line break.
    /// </summary>
    private static string Join(List<string> lines)
    {
        var text = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].TrimStart();
            var hardBreak = line.EndsWith("  ", StringComparison.Ordinal) || (line.EndsWith('\\') && i < lines.Count - 1);
            line = line.TrimEnd();
            if (line.EndsWith('\\') && i < lines.Count - 1) line = line[..^1].TrimEnd();
            if (text.Length > 0 && text[^1] != '\n' && !(IsWide(text[^1]) || (line.Length > 0 && IsWide(line[0])))) text.Append(' ');
            text.Append(line);
            if (hardBreak) text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Japanese, or a full-width form: text written without spaces between words.</summary>
    internal static bool IsWide(char c) => Scripts.IsJapanese(c) || c is >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF';

    /// <summary>
    /// The line without its blockquote marks ("&gt;", "&gt; &gt;", any depth): a quote reads as the text quoted.
    /// </summary>
    private static string WithoutQuoteMarks(string line, out int depth)
    {
        depth = 0;
        var i = 0;
        while (true)
        {
            var j = i;
            while (j < line.Length && j - i < 3 && line[j] == ' ') j++;
            if (j >= line.Length || line[j] != '>') break;
            depth++;
            i = j + 1;
            if (i < line.Length && line[i] is ' ' or '\t') i++;
        }
        return i == 0 ? line : line[i..];
    }

    private static bool IsFence(string line, out string fence)
    {
        var trimmed = line.TrimStart();
        fence = "";
        if (trimmed.Length < 3 || trimmed[0] is not ('`' or '~')) return false;
        var length = 0;
        while (length < trimmed.Length && trimmed[length] == trimmed[0]) length++;
        if (length < 3 || (trimmed[0] == '`' && trimmed.IndexOf('`', length) >= 0)) return false;
        fence = trimmed[..length];
        return true;
    }

    /// <summary>The text of an ATX heading ("## Title ##"), or null when the line is not one ("#hashtag" is not).</summary>
    private static string? AtxHeading(string line)
    {
        var trimmed = line.TrimStart();
        if (line.Length - trimmed.Length > 3) return null;
        var level = 0;
        while (level < trimmed.Length && trimmed[level] == '#') level++;
        if (level is 0 or > 6 || (level < trimmed.Length && trimmed[level] is not (' ' or '\t'))) return null;
        var text = trimmed[level..].Trim();
        var closing = text.Length;
        while (closing > 0 && text[closing - 1] == '#') closing--;
        if (closing == 0 || text[closing - 1] is ' ' or '\t') text = text[..closing].TrimEnd();
        return text;
    }

    private static bool IsSetextUnderline(string line)
    {
        var trimmed = line.Trim();
        return line.Length - line.TrimStart().Length <= 3 && trimmed.Length > 0 && trimmed.All(c => c == trimmed[0]) && trimmed[0] is '=' or '-';
    }

    private static bool IsThematicBreak(string line)
    {
        var mark = '\0';
        var count = 0;
        foreach (var c in line)
        {
            if (c is ' ' or '\t') continue;
            if (c is not ('-' or '*' or '_') || (mark != '\0' && c != mark)) return false;
            mark = c;
            count++;
        }
        return count >= 3;
    }

    /// <summary>
    /// The text of a list item ("- ", "* ", "+ ", "1. ", "1) "), or null when the line does not start one;
    /// <paramref name="startsList"/> when it is a bullet or numbered 1.
    /// </summary>
    private static string? ListItem(string line, out bool startsList)
    {
        startsList = false;
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t') i++;
        var markerStart = i;
        if (i < line.Length && line[i] is '-' or '*' or '+')
        {
            i++;
            startsList = true;
        }
        else
        {
            while (i < line.Length && i - markerStart < 9 && char.IsAsciiDigit(line[i])) i++;
            if (i == markerStart || i >= line.Length || line[i] is not ('.' or ')')) return null;
            startsList = line.AsSpan(markerStart, i - markerStart).TrimStart('0') is "1";
            i++;
        }
        if (i < line.Length && line[i] is not (' ' or '\t')) return null;
        return line[i..].Trim();
    }

    /// <summary>The labels of the link reference definitions, and the lines they take, which are no text.</summary>
    private static (HashSet<string> Labels, HashSet<int> Lines) ReferenceDefinitions(string[] lines)
    {
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var definitionLines = new HashSet<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].TrimStart().StartsWith('[')) continue;
            var match = Definition().Match(lines[i]);
            if (!match.Success) continue;
            labels.Add(MarkdownInline.Label(match.Groups["label"].Value));
            definitionLines.Add(i);
        }
        return (labels, definitionLines);
    }

    /// <summary>HTML comments out, even across lines; one that spans lines leaves a line break so the lines around stay apart.</summary>
    private static string WithoutComments(string text)
    {
        var start = text.IndexOf("<!--", StringComparison.Ordinal);
        if (start < 0) return text;
        var kept = new StringBuilder(text.Length);
        var from = 0;
        while (start >= 0)
        {
            kept.Append(text, from, start - from);
            var end = text.IndexOf("-->", start + 4, StringComparison.Ordinal);
            if (end < 0) return kept.ToString(); // an unclosed comment hides the rest, as it would in a browser
            if (text.AsSpan(start, end - start).Contains('\n')) kept.Append('\n');
            from = end + 3;
            start = text.IndexOf("<!--", from, StringComparison.Ordinal);
        }
        kept.Append(text, from, text.Length - from);
        return kept.ToString();
    }

    // NonBacktracking: linear in the line whatever it holds.
    [GeneratedRegex("""^ {0,3}\[(?<label>[^\]\n]{1,999})\]:[ \t]*(<[^>\n]*>|[^ \t\n<]+)([ \t]+("[^"\n]*"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$""", RegexOptions.NonBacktracking)]
    private static partial Regex Definition();

    [GeneratedRegex("[ \t]{2,}|\t")]
    private static partial Regex Spaces();

}
