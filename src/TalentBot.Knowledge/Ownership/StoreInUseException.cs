namespace TalentBot.Knowledge.Ownership;

/// <summary>Another process owns the store (holds its <see cref="StoreLock"/>), so this one may not open it.</summary>
public sealed class StoreInUseException(string storePath)
    : IOException($"The knowledge base at {storePath} is open in another TalentBot process.")
{
    public string StorePath { get; } = storePath;
}
