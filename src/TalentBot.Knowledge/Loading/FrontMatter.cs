namespace TalentBot.Knowledge.Loading;

/// <summary>
/// The YAML-style front matter a Markdown article may open with (<c>---</c>, <c>key: value</c> lines, <c>---</c>),
/// read for the keys an article needs: <c>title</c>, <c>url</c>, <c>outlet</c> (or <c>source</c>, <c>site</c>),
/// <c>date</c> (or <c>published</c>) and <c>language</c> (or <c>lang</c>). Other keys are ignored. Values are the
/// raw text; what they mean is for the caller to decide. Only what a news article's front matter holds is understood:
/// scalars, quoted or not, folded over indented lines; not YAML at large.
/// </summary>
internal sealed record FrontMatter(string? Title, string? Url, string? Outlet, string? Date, string? Language)
{
    private const string Fence = "---";

    /// <summary>
    /// Splits <paramref name="content"/> (with \n line ends) into its front matter and the Markdown after it. No front
    /// matter (<see cref="FrontMatterSplit.Fields"/> null) when the first line is not <c>---</c> or what follows is
    /// not key-value lines (a thematic break, say); an error when it opens like front matter but never closes, since
    /// then there is no telling where the article starts.
    /// </summary>
    public static FrontMatterSplit Split(string content)
    {
        var firstLineEnd = content.IndexOf('\n', StringComparison.Ordinal);
        if (firstLineEnd < 0 || content[..firstLineEnd].TrimEnd() != Fence) return new FrontMatterSplit(null, content, null);

        var lines = content.Split('\n');

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is Fence or "...");
        if (close < 0)
        {
            return IsKeyLine(lines[1])
                ? new FrontMatterSplit(null, content, "front matter opened with '---' on the first line never closes")
                : new FrontMatterSplit(null, content, null);
        }
        if (!lines[1..close].All(IsYamlLine)) return new FrontMatterSplit(null, content, null);

        var fields = Fields(lines[1..close]);
        return new FrontMatterSplit(
            new FrontMatter(
                First(fields, "title"),
                First(fields, "url"),
                First(fields, "outlet", "source", "site"),
                First(fields, "date", "published"),
                First(fields, "language", "lang")),
            string.Join('\n', lines[(close + 1)..]),
            null);
    }

    /// <summary>Whether <paramref name="content"/> opens with front matter that closes: what a Markdown file looks like.</summary>
    public static bool Opens(string content) =>
        content.StartsWith(Fence, StringComparison.Ordinal) && Split(content.ReplaceLineEndings("\n")).Fields is not null;

    private static bool IsYamlLine(string line) =>
        line.Trim().Length == 0 || line[0] is ' ' or '\t' or '#' || line.StartsWith("- ", StringComparison.Ordinal) || IsKeyLine(line);

    /// <summary>"key: value" or "key:", the key a plain word (letters, digits, _ - . and spaces).</summary>
    private static bool IsKeyLine(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || !(char.IsLetter(line[0]) || line[0] == '_')) return false;
        if (colon + 1 < line.Length && line[colon + 1] is not (' ' or '\t')) return false;
        return line[..colon].All(c => char.IsLetterOrDigit(c) || c is '_' or '-' or '.' or ' ');
    }

    /// <summary>Each key (lower case) with its value; indented lines continue the value before them.</summary>
    private static List<(string Key, string Value)> Fields(string[] lines)
    {
        var fields = new List<(string Key, string Value)>();
        foreach (var line in lines)
        {
            if (line.Trim().Length == 0 || line[0] == '#') continue;
            if (IsKeyLine(line))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                var value = line[(colon + 1)..].Trim();
                // A block scalar (| or >) starts empty; its lines follow, indented.
                if (value.Length > 0 && value[0] is '|' or '>' && value.TrimEnd('-', '+').Length == 1) value = "";
                fields.Add((line[..colon].Trim().ToLowerInvariant(), value));
            }
            else if (fields.Count > 0)
            {
                var (key, value) = fields[^1];
                fields[^1] = (key, value.Length == 0 ? line.Trim() : value + " " + line.Trim());
            }
        }
        return fields;
    }

    private static string? First(List<(string Key, string Value)> fields, params string[] keys)
    {
        foreach (var (key, value) in fields)
        {
            if (!keys.Contains(key)) continue;
            var scalar = Scalar(value);
            if (scalar is not null) return scalar;
        }
        return null;
    }

    /// <summary>The value without its quotes, or without a trailing " # comment" when unquoted; null when empty.</summary>
    private static string? Scalar(string value)
    {
        string text;
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            text = value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        else if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
            text = value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        else
        {
            var comment = value.IndexOf(" #", StringComparison.Ordinal);
            text = comment < 0 ? value : value[..comment];
        }
        text = text.Trim();
        return text.Length == 0 ? null : text;
    }
}

/// <summary>
/// A Markdown file cut at the end of its front matter: the <see cref="Fields"/> (null when there is none), the
/// <see cref="Body"/> after it, or the <see cref="Error"/> that stops it being read.
/// </summary>
internal readonly record struct FrontMatterSplit(FrontMatter? Fields, string Body, string? Error);
