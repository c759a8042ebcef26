using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Knowledge;

namespace TalentBot.Evaluation;

/// <summary>A move a careful reader finds in a gold article. Organisations are named as written in the gold file.</summary>
public sealed record GoldMove(
    string Person,
    IReadOnlyList<string> Aliases,
    MoveKind Kind,
    string? From,
    string? To,
    string? When,
    string? Amount,
    string? Evidence)
{
    public IEnumerable<string> Names => Aliases.Prepend(Person);
}

/// <summary>
/// What must not be extracted: any move of <see cref="Person"/> when <see cref="Fields"/> is null, otherwise a
/// move of that person whose fields match every key given (a key present with a null value means the field is empty).
/// </summary>
public sealed record GoldTrap(string Person, IReadOnlyList<string> Aliases, string? Reason, TrapFields? Fields)
{
    public IEnumerable<string> Names => Aliases.Prepend(Person);
}

/// <summary>The keys a specific trap forbids; an absent key (<see cref="HasFrom"/> false) matches anything.</summary>
public sealed record TrapFields(MoveKind? Kind, bool HasFrom, string? From, bool HasTo, string? To);

/// <summary>A head count without names.</summary>
public sealed record GoldCount(string? From, string? To, int Count, CountBound Bound);

/// <summary>
/// A question a reader asks about one gold article, and what a right answer contains: <see cref="Answer"/> must
/// match the reply's own words or the quotes of its first three citations.
/// </summary>
public sealed record GoldQuestion(string Id, string Article, string Question, Regex Answer);

/// <summary>One gold article: its source as ingest would read it, and what the annotator found in it.</summary>
public sealed record GoldArticle(
    string File,
    Language Language,
    ArticleSource Source,
    IReadOnlyList<GoldMove> Moves,
    IReadOnlyList<GoldTrap> Traps,
    IReadOnlyList<GoldCount> Counts);

/// <summary>
/// A gold-annotated folder in the format of the development set: <c>articles/</c> (one file an article, read as
/// <c>ingest</c> reads it) with <c>gold.jsonl</c>, and optionally <c>traps.jsonl</c>, <c>counts.jsonl</c> and
/// <c>manifest.jsonl</c> (an article's url, outlet, published date and language). Immutable.
/// </summary>
public sealed record GoldSet(string Folder, IReadOnlyList<GoldArticle> Articles)
{
    public int MoveCount => Articles.Sum(a => a.Moves.Count);
    public int TrapCount => Articles.Sum(a => a.Traps.Count);
    public int CountCount => Articles.Sum(a => a.Counts.Count);
}
