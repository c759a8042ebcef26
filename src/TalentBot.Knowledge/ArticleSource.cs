using TalentBot.Core;

namespace TalentBot.Knowledge;

/// <summary>
/// An article to ingest: its text and whatever is known about it. Missing parts are inferred at ingestion: the
/// language is detected, the title is the first non-empty line, the id comes from the content.
/// </summary>
public sealed record ArticleSource(
    string Text,
    string? Title = null,
    Language? Language = null,
    string? Url = null,
    string? Outlet = null,
    PartialDate? Published = null,
    string? Id = null);
