namespace TalentBot.Knowledge;

/// <summary>
/// What opening the evidence index did: how many articles it replayed from the store (those committed after its
/// last commit), and whether it was rebuilt because it was unreadable or did not match the store.
/// </summary>
public sealed record IndexRecovery(int ArticlesReplayed, bool Rebuilt);
