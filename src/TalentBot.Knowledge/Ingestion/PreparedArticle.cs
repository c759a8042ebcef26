using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Knowledge.Ingestion;

/// <summary>An article with its metadata settled and its facts extracted, ready for one store write.</summary>
internal sealed record PreparedArticle(
    string Id,
    string ContentKey,
    string Title,
    Language Language,
    string? Url,
    string? Outlet,
    PartialDate? Published,
    string Text,
    ArticleFacts Facts);
