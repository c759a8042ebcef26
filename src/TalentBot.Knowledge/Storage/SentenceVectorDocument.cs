namespace TalentBot.Knowledge.Storage;

/// <summary>
/// A sentence's embedding under one model. Derived data, like the Lucene index: computed once per sentence and
/// model, and recomputable from the sentences if lost. Stored as raw little-endian floats to keep documents small.
/// </summary>
internal sealed class SentenceVectorDocument
{
    /// <summary>The model, then the sentence id, so one sentence can have vectors under several models.</summary>
    public string Id { get; set; } = "";
    public string Model { get; set; } = "";
    public string SentenceId { get; set; } = "";
    public byte[] Vector { get; set; } = [];

    public static string IdOf(string model, string sentenceId) => model + "|" + sentenceId;
}
