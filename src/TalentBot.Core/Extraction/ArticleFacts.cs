namespace TalentBot.Core.Extraction;

/// <summary>An article's text as the extractor reads it. <see cref="Published"/> supplies the year a date leaves out.</summary>
public sealed record ArticleText(string Text, Language Language, PartialDate? Published = null);

/// <summary>A sentence: its position in the article and its verbatim text (an exact substring of the article).</summary>
public sealed record SentenceSpan(int Index, int Start, string Text);

/// <summary>An entity named in a sentence, registered or found in text only.</summary>
public sealed record Mention(EntityRef Entity, EntityKind Kind, int SentenceIndex, string Surface)
{
    /// <summary>
    /// The sentence refers to the entity without naming it: a pronoun, a role ("la chercheuse", 同氏) or "the company"
    /// (同社) that coreference resolved to it, whose words are <see cref="Surface"/>, or a subject the sentence leaves
    /// out, whose <see cref="Surface"/> is empty. False (a name) unless set.
    /// </summary>
    public bool ThroughReference { get; init; }
}

/// <summary>Which extractor made a claim: the offline rules, or a language model whose proposal was checked against the article.</summary>
public enum ClaimFinder
{
    Rules,
    Model,
}

/// <summary>
/// One article's claim that a person moved. <see cref="SentenceIndexes"/> are the sentences that say it; the first
/// is the one that states the move, the rest are neighbours that supplied an organisation, a date or an amount.
/// <see cref="FoundBy"/> is <see cref="ClaimFinder.Rules"/> unless only a model found it in this article.
/// <see cref="Confidence"/> says whether the article states it outright or the reading had to infer part of it.
/// </summary>
public sealed record MoveClaim(
    EntityRef Person,
    MoveKind Kind,
    EntityRef? From,
    EntityRef? To,
    PartialDate? When,
    Money? Amount,
    IReadOnlyList<int> SentenceIndexes,
    ClaimFinder FoundBy = ClaimFinder.Rules)
{
    /// <summary>How directly the article states the move; <see cref="MoveConfidence.Stated"/> unless set.</summary>
    public MoveConfidence Confidence { get; init; } = MoveConfidence.Stated;
}

/// <summary>One article's claim of a head count with no names ("more than 20 from OpenAI").</summary>
public sealed record CountClaim(EntityRef From, EntityRef? To, int Count, CountBound Bound, int SentenceIndex);

/// <summary>What the extractor found in one article.</summary>
public sealed record ArticleFacts(
    IReadOnlyList<SentenceSpan> Sentences,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<MoveClaim> Moves,
    IReadOnlyList<CountClaim> Counts);

/// <summary>Turns article text into sentences, mentions, moves and counts. Implementations are deterministic and thread-safe.</summary>
public interface IFactExtractor
{
    ArticleFacts Extract(ArticleText article);
}

/// <summary>
/// An optional second pass over an article after its <see cref="IFactExtractor"/>, which may add facts (a model's
/// proposals, checked against the text). Asynchronous because it calls out. An implementation handles its own
/// outside failures (a model down, slow or wrong) by returning the facts it was given; it throws only for a bug or
/// for cancellation by the caller. Implementations are thread-safe.
/// </summary>
public interface IFactEnricher
{
    Task<ArticleFacts> EnrichAsync(ArticleText article, ArticleFacts facts, CancellationToken cancellationToken);
}
