using Microsoft.Extensions.Time.Testing;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Knowledge;

namespace TalentBot.Testing;

/// <summary>
/// A knowledge base over the founding registry in which <see cref="Count"/> invented people left Meta, one a month,
/// newest first: more moves than one reply shows, for paging through them all. Moves are filtered and paged as the
/// store pages them (offset, limit, total); it holds no sentences, counts or other entities. Immutable; thread-safe.
/// </summary>
public sealed class ManyDepartures : IKnowledgeBase
{
    private const string Padding = " Colleagues say the move had been planned for months.";

    private readonly IReadOnlyList<Move> _moves;

    /// <param name="quoteLength">
    /// The least length of each move's quote: long quotes make one page of moves take several chat messages.
    /// </param>
    public ManyDepartures(int count, int quoteLength = 0)
    {
        Count = count;
        var meta = Registry.Find("meta")!.ToRef();
        var seen = new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
        _moves = Enumerable.Range(1, count)
            .Select(i =>
            {
                var person = EntityRef.Unregistered(Name(i));
                var quote = $"{Name(i)} left Meta for Lab {i}.";
                while (quote.Length < quoteLength) quote += Padding;
                var citation = new Citation($"many-{i}", $"Departure {i}", $"https://example.com/many/{i}", null, Language.English, 0, quote);
                return new Move($"many-{i}", person, meta, EntityRef.Unregistered($"Lab {i}"), MoveKind.Left,
                    new PartialDate(2000 + i / 12, i % 12 + 1), null, [citation], seen);
            })
            .Reverse()
            .ToList();
        Answers = new OfflineAnswerService(new QuestionAnswerer(this, new FakeTimeProvider(seen)));
    }

    public int Count { get; }

    /// <summary>The offline answers over these moves.</summary>
    public IAnswerService Answers { get; }

    public EntityRegistry Registry => FoundingStore.Registry;

    /// <summary>The invented name of the <paramref name="i"/>-th to leave (from 1).</summary>
    public static string Name(int i) => $"Leaver Number{i:000}";

    public MovePage FindMoves(MoveQuery query)
    {
        var matching = _moves
            .Where(m => query.PersonId is null || m.Person.Id == query.PersonId)
            .Where(m => query.LeavingAny is null || MoveKinds.Leaves(m.Kind, m.From?.Id, m.To?.Id, query.LeavingAny))
            .Where(m => query.ArrivingAny is null || MoveKinds.Reaches(m.Kind, m.To?.Id, query.ArrivingAny))
            .Where(m => query.FromAny is null || (m.From is not null && query.FromAny.Contains(m.From.Id)))
            .Where(m => query.ToAny is null || (m.To is not null && query.ToAny.Contains(m.To.Id)))
            .Where(m => query.Kinds is null || query.Kinds.Contains(m.Kind))
            .ToList();
        return new MovePage(query.PageOf(matching.Skip(query.Offset).ToList(), m => m.Person.Id), matching.Count);
    }

    public IReadOnlyList<CountFact> FindCounts(IReadOnlySet<string> organisationIds) => [];

    public IReadOnlyList<Evidence> SearchEvidence(EvidenceQuery query) => [];

    public IReadOnlyList<EntityRef> FindEntities(EntityKind kind, string name) => [];

    public KnowledgeStats Stats() => new(Count, Count, Count, 0, Count, 1);
}
