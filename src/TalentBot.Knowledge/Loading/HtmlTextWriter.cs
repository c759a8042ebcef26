using System.Text;

namespace TalentBot.Knowledge.Loading;

/// <summary>
/// Lays out the text of an HTML page as a browser would, in plain text: whitespace collapses to one space, a block
/// (heading, paragraph, quote, list, table) starts a new paragraph, a list item, table row or cell and a
/// <c>&lt;br&gt;</c> start a new line, and inline elements leave the text alone. Sentences are later split at line
/// breaks, so a heading run into its first paragraph would read as one sentence ("MetaKenji Watanabe left…").
/// Not thread-safe.
/// </summary>
internal sealed class HtmlTextWriter
{
    private const int Line = 1;
    private const int Paragraph = 2;

    private readonly StringBuilder _text = new();
    private int _pendingBreaks;
    private bool _pendingSpace;

    /// <summary>Ends the current block; the next text starts a paragraph.</summary>
    public void EndParagraph() => _pendingBreaks = Paragraph;

    /// <summary>Ends the current line, as a list item or table cell does.</summary>
    public void EndLine() => _pendingBreaks = Math.Max(_pendingBreaks, Line);

    /// <summary>A <c>&lt;br&gt;</c>: one more line break, so two in a row leave a blank line.</summary>
    public void Break() => _pendingBreaks = Math.Min(Paragraph, _pendingBreaks + 1);

    /// <summary>Text; in preformatted text (<c>&lt;pre&gt;</c>) line breaks are kept, other whitespace still collapses.</summary>
    public void Write(string text, bool preformatted)
    {
        foreach (var c in text)
        {
            if (preformatted && c == '\n')
            {
                Break();
                continue;
            }
            // A non-breaking space (also whitespace here) is layout, not meaning: kept, "Kenji Watanabe" would not match.
            if (char.IsWhiteSpace(c))
            {
                _pendingSpace = true;
                continue;
            }
            if (_text.Length > 0 && _pendingBreaks > 0) _text.Append('\n', _pendingBreaks);
            else if (_text.Length > 0 && _pendingSpace) _text.Append(' ');
            _pendingBreaks = 0;
            _pendingSpace = false;
            _text.Append(c);
        }
    }

    public override string ToString() => _text.ToString();
}
