using System.Collections.Concurrent;
using System.Numerics.Tensors;

namespace TalentBot.Knowledge.Search;

/// <summary>
/// Every sentence vector of one model, normalised and held in memory for exact nearest-neighbour search (a dot
/// product per sentence, vectorised). Exact search is fine to about a million sentences of 768 dimensions on this
/// hardware; past that an approximate index would be needed. Readers see a published snapshot; adding appends and
/// publishes a new one.
/// </summary>
internal sealed class SentenceVectors(string model)
{
    private readonly Lock _gate = new();
    private readonly ConcurrentDictionary<string, int> _positions = new(StringComparer.Ordinal);
    private Snapshot _snapshot = new([], [], 0, 0);

    public string Model { get; } = model;

    public int Count => Volatile.Read(ref _snapshot).Count;

    public bool Contains(string sentenceId) => _positions.ContainsKey(sentenceId);

    /// <summary>
    /// Adds vectors; a sentence already present keeps its vector. Vectors of another length than the first are
    /// refused. Rows go into spare capacity that no published snapshot reads yet, and capacity doubles when it runs
    /// out, so a backfill in many small batches costs amortised constant time per vector, not a copy per batch.
    /// </summary>
    public void Add(IReadOnlyList<(string SentenceId, float[] Vector)> vectors)
    {
        lock (_gate)
        {
            var current = _snapshot;
            var dimensions = current.Dimensions == 0 && vectors.Count > 0 ? vectors[0].Vector.Length : current.Dimensions;
            var fresh = vectors.Where(v => !_positions.ContainsKey(v.SentenceId)).DistinctBy(v => v.SentenceId).ToList();
            if (fresh.Any(v => v.Vector.Length != dimensions))
                throw new ArgumentException($"Every vector of {Model} must have {dimensions} dimensions.", nameof(vectors));
            if (fresh.Count == 0) return;

            var (ids, matrix) = (current.Ids, current.Matrix);
            var count = current.Count + fresh.Count;
            if (count > ids.Length)
            {
                var capacity = Math.Max(count, ids.Length * 2);
                Array.Resize(ref ids, capacity);
                Array.Resize(ref matrix, capacity * dimensions);
            }
            for (var i = 0; i < fresh.Count; i++)
            {
                var row = current.Count + i;
                ids[row] = fresh[i].SentenceId;
                Normalise(fresh[i].Vector, matrix.AsSpan(row * dimensions, dimensions));
            }
            Volatile.Write(ref _snapshot, new Snapshot(ids, matrix, count, dimensions));
            for (var i = 0; i < fresh.Count; i++) _positions[fresh[i].SentenceId] = current.Count + i;
        }
    }

    /// <summary>The <paramref name="hits"/> sentences closest to <paramref name="query"/> by cosine, best first; none if the lengths differ.</summary>
    public IReadOnlyList<(string SentenceId, float Score)> Nearest(float[] query, int hits)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot.Count == 0 || query.Length != snapshot.Dimensions || hits <= 0) return [];
        var normalised = new float[query.Length];
        Normalise(query, normalised);
        var best = new PriorityQueue<int, float>(hits + 1);
        for (var row = 0; row < snapshot.Count; row++)
        {
            var score = TensorPrimitives.Dot(normalised, snapshot.Matrix.AsSpan(row * snapshot.Dimensions, snapshot.Dimensions));
            best.Enqueue(row, score);
            if (best.Count > hits) best.Dequeue();
        }
        var result = new List<(string, float)>(best.Count);
        while (best.TryDequeue(out var row, out var score)) result.Add((snapshot.Ids[row], score));
        result.Reverse();
        return result;
    }

    private static void Normalise(ReadOnlySpan<float> vector, Span<float> destination)
    {
        var norm = TensorPrimitives.Norm(vector);
        if (norm == 0) { destination.Clear(); return; }
        TensorPrimitives.Divide(vector, norm, destination);
    }

    /// <summary>What a search reads: the first <see cref="Count"/> rows; rows past it may be being written.</summary>
    private sealed record Snapshot(string[] Ids, float[] Matrix, int Count, int Dimensions);
}
