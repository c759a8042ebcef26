namespace TalentBot.Core.Knowledge;

/// <summary>
/// Where sentence embeddings are kept: computed once per sentence and model, then loaded for every search.
/// Implementations are thread-safe.
/// </summary>
public interface ISentenceVectorStore
{
    /// <summary>Loads the vectors of <paramref name="model"/> for search; returns how many sentences have one.</summary>
    int UseSentenceVectors(string model);

    /// <summary>
    /// Sentences with no vector under <paramref name="model"/> yet, in id order after <paramref name="after"/> (null: from
    /// the start), at most <paramref name="max"/>: ids and verbatim text. Pass the last id returned to go on, so a
    /// backfill reads the sentences once rather than from the start for every batch.
    /// </summary>
    IReadOnlyList<(string SentenceId, string Text)> SentencesWithoutVectors(string model, string? after, int max);

    /// <summary>Stores vectors durably and makes them searchable.</summary>
    void AddSentenceVectors(string model, IReadOnlyList<(string SentenceId, float[] Vector)> vectors);
}
