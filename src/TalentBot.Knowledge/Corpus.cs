using System.Text.Json;
using System.Text.Json.Serialization;
using TalentBot.Core;

namespace TalentBot.Knowledge;

/// <summary>
/// The founding corpus in a knowledge folder: <c>registry.json</c> (the entity registry) and <c>articles.json</c>
/// (the manifest: id, file relative to the folder, title, language, outlet, url, published; where it gives none, what
/// the file itself declares, in HTML metadata or Markdown front matter, stands). A missing or malformed
/// manifest or registry is a broken deployment and throws <see cref="InvalidDataException"/> or
/// <see cref="FileNotFoundException"/>; an article file that cannot be read is listed in <see cref="Problems"/>
/// and the rest load.
/// </summary>
public sealed record Corpus(EntityRegistry Registry, IReadOnlyList<ArticleSource> Articles, IReadOnlyList<string> Problems)
{
    public const string RegistryFile = "registry.json";
    public const string ManifestFile = "articles.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static Corpus Load(string knowledgeFolder, ArticleLoader? loader = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(knowledgeFolder);
        loader ??= new ArticleLoader();
        var registry = EntityRegistry.FromJson(File.ReadAllText(Path.Combine(knowledgeFolder, RegistryFile)));
        var manifestPath = Path.Combine(knowledgeFolder, ManifestFile);
        Manifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<Manifest>(File.ReadAllText(manifestPath), JsonOptions)
                       ?? throw new InvalidDataException($"'{manifestPath}' is empty.");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"'{manifestPath}' is not a valid manifest: {ex.Message}", ex);
        }

        var articles = new List<ArticleSource>();
        var problems = new List<string>();
        foreach (var entry in manifest.Articles ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.File))
            {
                problems.Add($"{ManifestFile}: an entry needs an id and a file");
                continue;
            }
            var load = loader.LoadFile(Path.Combine(knowledgeFolder, entry.File));
            if (load.Article is null)
            {
                problems.Add($"{entry.Id}: {load.Error}");
                continue;
            }
            articles.Add(load.Article with
            {
                Id = entry.Id,
                Title = string.IsNullOrWhiteSpace(entry.Title) ? load.Article.Title : entry.Title,
                Language = LanguageCodes.TryParse(entry.Language, out var language) ? language : load.Article.Language,
                Outlet = string.IsNullOrWhiteSpace(entry.Outlet) ? load.Article.Outlet : entry.Outlet,
                Url = string.IsNullOrWhiteSpace(entry.Url) ? load.Article.Url : entry.Url,
                Published = PartialDate.TryParse(entry.Published, out var published) ? published : load.Article.Published,
            });
        }
        return new Corpus(registry, articles, problems);
    }

    private sealed record Manifest([property: JsonPropertyName("articles")] List<ManifestEntry>? Articles);

    private sealed record ManifestEntry(
        string? Id, string? File, string? Title, string? Language, string? Outlet, string? Url, string? Published);
}
