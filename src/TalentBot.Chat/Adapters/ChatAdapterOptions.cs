using System.ComponentModel.DataAnnotations;
using TalentBot.Chat.Api;

namespace TalentBot.Chat.Adapters;

/// <summary>
/// The settings every chat adapter's section has beside its API client's (<c>Discord:AnswerBudgetMilliseconds</c>,
/// <c>Slack:AnswerBudgetMilliseconds</c> …): how long an answer may take, and how large a signed request may be.
/// Read once at start; treat as immutable.
/// </summary>
public abstract class ChatAdapterOptions : PlatformApiOptions
{
    /// <param name="maxRequestBytes">The platform's default for <see cref="MaxRequestBytes"/>.</param>
    protected ChatAdapterOptions(string apiBaseUrl, int maxRequestBytes) : base(apiBaseUrl) => MaxRequestBytes = maxRequestBytes;

    /// <summary>
    /// How long an answer may take before the request is acknowledged and the answer follows (a Discord follow-up, a
    /// Slack <c>response_url</c>). Default 2000 ms: both platforms give up on a request not answered within 3 s, and
    /// the response still has to travel.
    /// </summary>
    [Range(50, 2800)]
    public int AnswerBudgetMilliseconds { get; set; } = 2000;

    /// <summary>Largest signed request body accepted, in bytes: a button click carries its whole message.</summary>
    [Range(4096, 4 * 1024 * 1024)]
    public int MaxRequestBytes { get; set; }

    public TimeSpan AnswerBudget => TimeSpan.FromMilliseconds(AnswerBudgetMilliseconds);
}
