namespace TalentBot.Core.Knowledge;

/// <summary>
/// Where sentence embeddings are kept: computed once per sentence and model, then loaded for every search.
/// Implementations are thread-safe.
/// </summary>
public interface ISentenceVectorStore
{
    /// <summary>Loads the vectors of <paramref name="model"/> for search; returns how many sentences have one.</summary>
    int UseSentenceVectors(string model);

    /// <summary>Sentences with no vector under <paramref name="model"/> yet, at most <paramref name="max"/>: ids and verbatim text.</summary>
    IReadOnlyList<(string SentenceId, string Text)> SentencesWithoutVectors(string model, int max);

    /// <summary>Stores vectors durably and makes them searchable.</summary>
    void AddSentenceVectors(string model, IReadOnlyList<(string SentenceId, float[] Vector)> vectors);
}
