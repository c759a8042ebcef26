namespace TalentBot.Knowledge.Ownership;

/// <summary>
/// The store file exists but cannot be read as a store: empty, cut short, or with pages that do not read. It is
/// never repaired or replaced behind the operator's back; the message says what was found and what to do.
/// </summary>
public sealed class StoreDamagedException : Exception
{
    public StoreDamagedException(string storePath, string problem, Exception? innerException = null)
        : base($"The knowledge base at {storePath} is damaged: {problem}. Nothing was changed. Restore it from a backup " +
               "(talentbot backup makes one), or move it aside and a new one is built from the corpus.", innerException)
    {
        StorePath = storePath;
        Problem = problem;
    }

    public string StorePath { get; }

    /// <summary>What is wrong with the file, in a few words.</summary>
    public string Problem { get; }
}
