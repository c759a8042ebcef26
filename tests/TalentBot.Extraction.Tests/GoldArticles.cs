using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction.Tests;

/// <summary>
/// Hand-written gold articles: invented news prose in four languages, each with the moves and head counts a
/// careful reader finds in it. <c>Gold/</c> is the set the rules were developed against; <c>Blind/</c> was
/// written by someone else and kept from the rules' author, so its score is the honest one for unseen text.
/// People and organisations are named by registry id where the test registry knows them, otherwise by the name
/// as written.
/// </summary>
internal static class GoldArticles
{
    private static readonly JsonSerializerOptions Options = new() { PropertyNameCaseInsensitive = true };

    public static IReadOnlyList<GoldArticle> All { get; } = Load("Gold");

    public static IReadOnlyList<GoldArticle> Blind { get; } = Load("Blind");

    public static IReadOnlyList<GoldArticle> Set(string name) => name == "Blind" ? Blind : All;

    private static List<GoldArticle> Load(string set)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, set);
        return Directory.GetFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => JsonSerializer.Deserialize<List<GoldArticle>>(File.ReadAllText(file), Options)!)
            .ToList();
    }

    /// <summary>The id an extracted entity carries for a gold name: the registry id, or the unregistered id of the name.</summary>
    public static string? IdOf(string? name) =>
        name is null ? null : TestRegistry.Instance.Find(name)?.Id ?? EntityRef.Unregistered(name).Id;
}

internal sealed record GoldArticle(string Id, string Language, string Published, string Text, List<GoldMove> Moves, List<GoldCount> Counts)
{
    public ArticleText ToArticleText()
    {
        LanguageCodes.TryParse(Language, out var language).ShouldBeTrue();
        PartialDate.TryParse(Published, out var published).ShouldBeTrue();
        return new ArticleText(Text, language, published);
    }
}

internal sealed record GoldMove(string Person, string Kind, string? From, string? To, string? When, decimal? Amount)
{
    public string Key => string.Join('|', GoldArticles.IdOf(Person), Kind, GoldArticles.IdOf(From), GoldArticles.IdOf(To));

    public string FullKey => string.Join('|', Key, When ?? "", Amount?.ToString(CultureInfo.InvariantCulture) ?? "");
}

internal sealed record GoldCount(string From, string? To, int Count, [property: JsonConverter(typeof(JsonStringEnumConverter))] CountBound Bound)
{
    public string Key => string.Join('|', GoldArticles.IdOf(From), GoldArticles.IdOf(To), Count, Bound);
}
