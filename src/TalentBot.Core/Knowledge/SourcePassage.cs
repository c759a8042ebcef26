namespace TalentBot.Core.Knowledge;

/// <summary>
/// A cited sentence in its context, as a source page shows it: the article's particulars, the sentence, and the few
/// sentences either side of it (never the whole article, whose text belongs to its publisher).
/// </summary>
public sealed record SourcePassage(
    string ArticleId,
    string Title,
    string? Url,
    string? Outlet,
    Language Language,
    PartialDate? Published,
    IReadOnlyList<string> Before,
    string Sentence,
    IReadOnlyList<string> After);
