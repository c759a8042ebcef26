using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Evaluation;

/// <summary>A move the extractor found in a gold article, and what it matched there.</summary>
/// <param name="Strict">The gold move it is: same person, kind, origin and destination.</param>
/// <param name="Consistent">A gold move it agrees with as far as it goes (an organisation left empty is no error).</param>
/// <param name="Trap">The trap it falls into, when it is consistent with no gold move.</param>
public sealed record PredictedOutcome(MoveClaim Move, GoldMove? Strict, GoldMove? Consistent, GoldTrap? Trap);

/// <summary>A gold move, and the prediction that found it (strictly, or consistently), if any.</summary>
public sealed record GoldOutcome(GoldMove Move, MoveClaim? Strict, MoveClaim? Consistent)
{
    /// <summary>The prediction whose date and amount are judged: the strict match, else the consistent one.</summary>
    public MoveClaim? Best => Strict ?? Consistent;
}

/// <summary>A gold head count, and whether it was found with the same organisations, number and bound.</summary>
public sealed record CountOutcome(GoldCount Count, bool Found);

/// <summary>What one gold article scored.</summary>
public sealed record ArticleScore(
    GoldArticle Article,
    IReadOnlyList<PredictedOutcome> Predicted,
    IReadOnlyList<GoldOutcome> Gold,
    IReadOnlyList<GoldTrap> TrapsHit,
    IReadOnlyList<CountClaim> PredictedCounts,
    IReadOnlyList<CountOutcome> Counts,
    int CountsRight);

/// <summary>
/// Scores one article's extracted facts against its gold annotation. Predicted moves are compared as a set (a move
/// stated twice is one claim). A left and a joined line with the same person, origin and destination are the same
/// move, as the gold convention says. Thread-safe.
/// </summary>
public sealed class ExtractionScorer
{
    private readonly GoldMatcher _match;

    public ExtractionScorer(EntityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _match = new GoldMatcher(registry);
    }

    public ArticleScore Score(GoldArticle article, ArticleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(facts);
        var claims = facts.Moves.DistinctBy(m => Move.KeyOf(m.Person, m.Kind, m.From, m.To)).ToList();

        var predicted = claims.Select(claim =>
        {
            var strict = article.Moves.FirstOrDefault(g => IsStrict(claim, g));
            var consistent = strict ?? article.Moves.FirstOrDefault(g => IsConsistent(claim, g));
            var trap = consistent is null ? article.Traps.FirstOrDefault(t => Violates(claim, t)) : null;
            return new PredictedOutcome(claim, strict, consistent, trap);
        }).ToList();

        var gold = article.Moves.Select(g => new GoldOutcome(
            g,
            claims.Where(c => IsStrict(c, g)).OrderByDescending(c => Attached(c, g)).FirstOrDefault(),
            claims.Where(c => IsConsistent(c, g)).OrderByDescending(c => Attached(c, g)).FirstOrDefault())).ToList();

        var counts = article.Counts.Select(g => new CountOutcome(g, facts.Counts.Any(c => SameCount(c, g)))).ToList();
        var countsRight = facts.Counts.Count(c => article.Counts.Any(g => SameCount(c, g)));
        var trapsHit = predicted.Select(p => p.Trap).OfType<GoldTrap>().Distinct().ToList();
        return new ArticleScore(article, predicted, gold, trapsHit, facts.Counts, counts, countsRight);
    }

    private bool IsStrict(MoveClaim claim, GoldMove gold) =>
        _match.SamePerson(claim.Person, gold.Names)
        && _match.SameOrganisation(claim.From, gold.From)
        && _match.SameOrganisation(claim.To, gold.To)
        && (claim.Kind == gold.Kind || (IsLeftOrJoined(claim.Kind) && IsLeftOrJoined(gold.Kind) && gold.From is not null && gold.To is not null));

    /// <summary>
    /// True as far as it goes: the same person and kind, and every organisation it names the gold one. "Joined
    /// Meta" is consistent with "left OpenAI for Meta", since the gold line says where she went.
    /// </summary>
    private bool IsConsistent(MoveClaim claim, GoldMove gold)
    {
        if (!_match.SamePerson(claim.Person, gold.Names)) return false;
        var kindAgrees = claim.Kind == gold.Kind
                         || (claim.Kind == MoveKind.Joined && gold.Kind == MoveKind.Left && gold.To is not null)
                         || (claim.Kind == MoveKind.Left && gold.Kind == MoveKind.Joined && gold.From is not null);
        return kindAgrees
               && (claim.From is null || _match.SameOrganisation(claim.From, gold.From))
               && (claim.To is null || _match.SameOrganisation(claim.To, gold.To));
    }

    private bool Violates(MoveClaim claim, GoldTrap trap)
    {
        if (!_match.SamePerson(claim.Person, trap.Names)) return false;
        if (trap.Fields is not { } fields) return true;
        return (fields.Kind is null || fields.Kind == claim.Kind)
               && (!fields.HasFrom || (fields.From is null ? claim.From is null : _match.RelatedOrganisation(claim.From, fields.From)))
               && (!fields.HasTo || (fields.To is null ? claim.To is null : _match.RelatedOrganisation(claim.To, fields.To)));
    }

    private bool SameCount(CountClaim claim, GoldCount gold) =>
        claim.Count == gold.Count && claim.Bound == gold.Bound
        && _match.SameOrganisation(claim.From, gold.From) && _match.SameOrganisation(claim.To, gold.To);

    /// <summary>How many of the gold line's date and amount a claim carries, to pick the best of several matches.</summary>
    private static int Attached(MoveClaim claim, GoldMove gold) =>
        (DateAgrees(claim, gold) ? 1 : 0) + (AmountAgrees(claim, gold) ? 1 : 0);

    internal static bool DateAgrees(MoveClaim claim, GoldMove gold) => claim.When?.ToString() == gold.When;

    /// <summary>Amounts agree when both are absent, or the gold text reads as the same sum in the same currency.</summary>
    internal static bool AmountAgrees(MoveClaim claim, GoldMove gold)
    {
        if (gold.Amount is null || claim.Amount is null) return gold.Amount is null && claim.Amount is null;
        return GoldAmounts.Parse(gold.Amount) is { } money
            ? money.Amount == claim.Amount.Amount && money.Currency == claim.Amount.Currency
            : TextFolding.Fold(gold.Amount) == TextFolding.Fold(claim.Amount.Text);
    }

    private static bool IsLeftOrJoined(MoveKind kind) => kind is MoveKind.Left or MoveKind.Joined;
}
