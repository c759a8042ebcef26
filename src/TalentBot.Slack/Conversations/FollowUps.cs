using Microsoft.Extensions.Logging;
using TalentBot.Chat.FollowUps;

namespace TalentBot.Slack.Conversations;

/// <summary>Slack's follow-up runner: finishes acknowledged deliveries while their <c>response_url</c> still works. Thread-safe.</summary>
public sealed class FollowUps(TimeProvider time, ILogger<FollowUps> logger) : FollowUpRunner("Slack", TokenLifetime, time, logger)
{
    /// <summary>A <c>response_url</c> lasts 30 minutes; work still running after 29 could no longer be delivered.</summary>
    public static readonly TimeSpan TokenLifetime = TimeSpan.FromMinutes(29);
}
