namespace TalentBot.Chat.FollowUps;

/// <summary>
/// Work that finishes a request after its platform has been answered (a deferred reply, an acknowledged command);
/// <see cref="Id"/> names it in logs (an interaction, trigger or event id).
/// </summary>
public sealed record FollowUp(string Id, Func<CancellationToken, Task> Work);
