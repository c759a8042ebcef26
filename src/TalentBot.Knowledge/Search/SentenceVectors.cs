using System.Numerics.Tensors;

namespace TalentBot.Knowledge.Search;

/// <summary>
/// Every sentence vector of one model, normalised and held in memory for exact nearest-neighbour search (a dot
/// product per sentence, vectorised). Exact search is fine to about a million sentences of 768 dimensions on this
/// hardware; past that an approximate index would be needed. Readers see an immutable snapshot; adding swaps it.
/// </summary>
internal sealed class SentenceVectors(string model)
{
    private readonly Lock _gate = new();
    private Snapshot _snapshot = new([], [], 0);

    public string Model { get; } = model;

    public int Count => Volatile.Read(ref _snapshot).Ids.Length;

    public bool Contains(string sentenceId) => Volatile.Read(ref _snapshot).Positions.ContainsKey(sentenceId);

    /// <summary>Adds vectors; a sentence already present keeps its vector. Vectors of another length than the first are refused.</summary>
    public void Add(IReadOnlyList<(string SentenceId, float[] Vector)> vectors)
    {
        lock (_gate)
        {
            var current = _snapshot;
            var dimensions = current.Dimensions == 0 && vectors.Count > 0 ? vectors[0].Vector.Length : current.Dimensions;
            var fresh = vectors.Where(v => !current.Positions.ContainsKey(v.SentenceId)).DistinctBy(v => v.SentenceId).ToList();
            if (fresh.Any(v => v.Vector.Length != dimensions))
                throw new ArgumentException($"Every vector of {Model} must have {dimensions} dimensions.", nameof(vectors));
            if (fresh.Count == 0) return;

            var ids = new string[current.Ids.Length + fresh.Count];
            current.Ids.CopyTo(ids, 0);
            var matrix = new float[ids.Length * dimensions];
            current.Matrix.CopyTo(matrix, 0);
            var positions = new Dictionary<string, int>(current.Positions, StringComparer.Ordinal);
            for (var i = 0; i < fresh.Count; i++)
            {
                var row = current.Ids.Length + i;
                ids[row] = fresh[i].SentenceId;
                positions[fresh[i].SentenceId] = row;
                Normalise(fresh[i].Vector, matrix.AsSpan(row * dimensions, dimensions));
            }
            Volatile.Write(ref _snapshot, new Snapshot(ids, matrix, dimensions) { Positions = positions });
        }
    }

    /// <summary>The <paramref name="hits"/> sentences closest to <paramref name="query"/> by cosine, best first; none if the lengths differ.</summary>
    public IReadOnlyList<(string SentenceId, float Score)> Nearest(float[] query, int hits)
    {
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot.Ids.Length == 0 || query.Length != snapshot.Dimensions || hits <= 0) return [];
        var normalised = new float[query.Length];
        Normalise(query, normalised);
        var best = new PriorityQueue<int, float>(hits + 1);
        for (var row = 0; row < snapshot.Ids.Length; row++)
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

    private sealed record Snapshot(string[] Ids, float[] Matrix, int Dimensions)
    {
        public IReadOnlyDictionary<string, int> Positions { get; init; } = new Dictionary<string, int>(StringComparer.Ordinal);
    }
}
