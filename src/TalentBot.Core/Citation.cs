namespace TalentBot.Core;

/// <summary>
/// Where a claim comes from: an article and the sentence in it, quoted verbatim in the article's own language.
/// </summary>
public sealed record Citation(
    string ArticleId,
    string Title,
    string? Url,
    string? Outlet,
    Language Language,
    int SentenceIndex,
    string Quote,
    PartialDate? Published = null);
