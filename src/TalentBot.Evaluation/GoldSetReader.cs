using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Knowledge;

namespace TalentBot.Evaluation;

/// <summary>
/// Reads a gold-annotated folder (see <see cref="GoldSet"/>). Articles are loaded by the same
/// <see cref="ArticleLoader"/> as <c>ingest</c>, so the extractor sees what it would see in production. A folder
/// that is not a gold set, or a line that is not valid, throws <see cref="InvalidDataException"/> naming the file
/// and line. Stateless; safe to share.
/// </summary>
public static class GoldSetReader
{
    public const string ArticlesFolder = "articles";
    public const string MovesFile = "gold.jsonl";
    public const string TrapsFile = "traps.jsonl";
    public const string CountsFile = "counts.jsonl";
    public const string ManifestFile = "manifest.jsonl";
    public const string QuestionsFile = "questions.jsonl";

    /// <summary>A regex written for Python's <c>re</c>; the questions' patterns use only what .NET reads alike.</summary>
    private static readonly TimeSpan AnswerMatchTimeout = TimeSpan.FromSeconds(1);

    public static GoldSet Read(string folder, ArticleLoader? loader = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var articlesFolder = Path.Combine(folder, ArticlesFolder);
        if (!Directory.Exists(articlesFolder))
            throw new InvalidDataException($"'{folder}' is not a gold set: it has no {ArticlesFolder}/ folder.");
        if (!File.Exists(Path.Combine(folder, MovesFile)))
            throw new InvalidDataException($"'{folder}' is not a gold set: it has no {MovesFile}.");

        var moves = Lines(folder, MovesFile, ReadMove);
        var traps = Lines(folder, TrapsFile, ReadTrap);
        var counts = Lines(folder, CountsFile, ReadCount);
        var manifest = Lines(folder, ManifestFile, ReadManifestEntry).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

        loader ??= new ArticleLoader();
        var articles = new List<GoldArticle>();
        foreach (var load in loader.LoadFolder(articlesFolder))
        {
            var file = Path.GetRelativePath(articlesFolder, load.Location).Replace('\\', '/');
            if (load.Article is null) throw new InvalidDataException($"{ArticlesFolder}/{file}: {load.Error}");
            var source = load.Article;
            Language? declared = null;
            if (manifest.TryGetValue(file, out var entry))
            {
                source = source with
                {
                    Url = entry.Url ?? source.Url,
                    Outlet = entry.Outlet ?? source.Outlet,
                    Published = entry.Published ?? source.Published,
                };
                declared = entry.Language;
            }
            // The gold language is the annotator's (the manifest, else the file's prefix); the extractor still gets
            // the detected one, as ingest would.
            var language = declared ?? LanguageOfName(file) ?? source.Language ?? Language.English;
            articles.Add(new GoldArticle(
                file, language, source with { Id = Path.GetFileNameWithoutExtension(file) },
                For(moves, file), For(traps, file), For(counts, file)));
        }

        var known = articles.Select(a => a.File).ToHashSet(StringComparer.Ordinal);
        var orphan = moves.Select(m => m.Key).Concat(traps.Select(t => t.Key)).Concat(counts.Select(c => c.Key))
                          .FirstOrDefault(a => !known.Contains(a));
        if (orphan is not null) throw new InvalidDataException($"'{folder}' annotates '{orphan}', which is not in {ArticlesFolder}/.");
        return new GoldSet(folder, articles);
    }

    /// <summary>
    /// The questions of a gold folder (<c>questions.jsonl</c>: <c>id</c>, <c>q</c>, <c>answer_regex</c>, <c>article</c>),
    /// each about an article of <paramref name="set"/>.
    /// </summary>
    public static IReadOnlyList<GoldQuestion> ReadQuestions(GoldSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        if (!File.Exists(Path.Combine(set.Folder, QuestionsFile)))
            throw new InvalidDataException($"'{set.Folder}' has no {QuestionsFile}.");
        var questions = Lines(set.Folder, QuestionsFile, ReadQuestion).Select(l => l.Value with { Article = l.Key }).ToList();
        var known = set.Articles.Select(a => a.File).ToHashSet(StringComparer.Ordinal);
        if (questions.FirstOrDefault(q => !known.Contains(q.Article)) is { } orphan)
            throw new InvalidDataException($"{QuestionsFile}: question '{orphan.Id}' is about '{orphan.Article}', which is not in {ArticlesFolder}/.");
        return questions;
    }

    private static GoldQuestion ReadQuestion(JsonElement e)
    {
        var pattern = RequiredString(e, "answer_regex");
        Regex answer;
        try
        {
            answer = new Regex(pattern, RegexOptions.CultureInvariant, AnswerMatchTimeout);
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"'answer_regex' is not a regular expression: {ex.Message}");
        }
        return new GoldQuestion(RequiredString(e, "id"), Article: "", RequiredString(e, "q"), answer);
    }

    private static List<T> For<T>(List<KeyValuePair<string, T>> lines, string file) =>
        lines.Where(l => l.Key == file).Select(l => l.Value).ToList();

    private static Language? LanguageOfName(string file) =>
        file.Length >= 2 && LanguageCodes.TryParse(Path.GetFileName(file)[..2], out var language) ? language : null;

    private static List<KeyValuePair<string, T>> Lines<T>(string folder, string name, Func<JsonElement, T> read)
    {
        var path = Path.Combine(folder, name);
        var result = new List<KeyValuePair<string, T>>();
        if (!File.Exists(path)) return result;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                result.Add(new(RequiredString(root, "article"), read(root)));
            }
            catch (Exception e) when (e is JsonException or InvalidDataException or KeyNotFoundException or InvalidOperationException)
            {
                throw new InvalidDataException($"{name}:{number.ToString(CultureInfo.InvariantCulture)}: {e.Message}", e);
            }
        }
        return result;
    }

    private static GoldMove ReadMove(JsonElement e) => new(
        RequiredString(e, "person"),
        Aliases(e),
        Kind(RequiredString(e, "kind")),
        OptionalString(e, "from"),
        OptionalString(e, "to"),
        OptionalString(e, "when"),
        OptionalString(e, "amount"),
        OptionalString(e, "evidence"));

    private static GoldTrap ReadTrap(JsonElement e)
    {
        var person = RequiredString(e, "person");
        var aliases = Aliases(e);
        var reason = OptionalString(e, "must_not");
        if (!e.TryGetProperty("forbidden", out var forbidden))
            throw new InvalidDataException("a trap needs 'forbidden': \"any\" or an object of kind, from and to");
        if (forbidden.ValueKind == JsonValueKind.String && forbidden.GetString() == "any") return new GoldTrap(person, aliases, reason, null);
        if (forbidden.ValueKind != JsonValueKind.Object)
            throw new InvalidDataException("'forbidden' must be \"any\" or an object of kind, from and to");
        var kind = forbidden.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String ? Kind(k.GetString()!) : (MoveKind?)null;
        var hasFrom = forbidden.TryGetProperty("from", out var from);
        var hasTo = forbidden.TryGetProperty("to", out var to);
        return new GoldTrap(person, aliases, reason, new TrapFields(
            kind, hasFrom, hasFrom && from.ValueKind == JsonValueKind.String ? from.GetString() : null,
            hasTo, hasTo && to.ValueKind == JsonValueKind.String ? to.GetString() : null));
    }

    private static GoldCount ReadCount(JsonElement e) => new(
        OptionalString(e, "from"),
        OptionalString(e, "to"),
        e.GetProperty("count").GetInt32(),
        RequiredString(e, "bound") switch
        {
            "exactly" => CountBound.Exactly,
            "at_least" => CountBound.AtLeast,
            "more_than" => CountBound.MoreThan,
            "about" => CountBound.About,
            var other => throw new InvalidDataException($"'{other}' is not a bound (exactly, at_least, more_than, about)"),
        });

    private static ManifestEntry ReadManifestEntry(JsonElement e) => new(
        OptionalString(e, "url"),
        OptionalString(e, "outlet"),
        PartialDate.TryParse(OptionalString(e, "published"), out var published) ? published : null,
        LanguageCodes.TryParse(OptionalString(e, "language"), out var language) ? language : null);

    private static List<string> Aliases(JsonElement e) =>
        e.TryGetProperty("aliases", out var aliases) && aliases.ValueKind == JsonValueKind.Array
            ? aliases.EnumerateArray().Select(a => a.ValueKind == JsonValueKind.String ? a.GetString() : null).OfType<string>().Where(a => a.Length > 0).ToList()
            : [];

    private static MoveKind Kind(string code) =>
        MoveKinds.TryParse(code, out var kind) ? kind : throw new InvalidDataException($"'{code}' is not a kind of move");

    private static string RequiredString(JsonElement e, string name) =>
        OptionalString(e, name) is { Length: > 0 } value ? value : throw new InvalidDataException($"'{name}' is missing");

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } s ? s : null;

    private sealed record ManifestEntry(string? Url, string? Outlet, PartialDate? Published, Language? Language);
}
