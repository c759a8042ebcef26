using Microsoft.Extensions.Logging;
using TalentBot.Chat.FollowUps;

namespace TalentBot.Discord.Interactions;

/// <summary>Discord's follow-up runner: finishes deferred interactions while their token still works. Thread-safe.</summary>
public sealed class FollowUps(TimeProvider time, ILogger<FollowUps> logger) : FollowUpRunner("Discord", TokenLifetime, time, logger)
{
    /// <summary>An interaction token lasts 15 minutes; work still running after 14 could no longer be delivered.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(14);
}
