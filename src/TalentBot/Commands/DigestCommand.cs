using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Alerts.Digests;
using TalentBot.Answering;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Core.Alerts;

namespace TalentBot.Commands;

/// <summary>
/// <c>digest [--since 24h] [--subscription ID] [--json]</c>: the moves first reported in a window, grouped by
/// organisation; as a subscription's digest does, only stated ones (first stated in the window) unless the
/// subscription includes inferred moves.
/// </summary>
internal static class DigestCommand
{
    public static Command Create(CliContext context)
    {
        var since = new Option<string>("--since") { Description = "How far back: 90m, 24h, 7d (default 24h).", DefaultValueFactory = _ => "24h" };
        var subscription = new Option<string?>("--subscription") { Description = "Only the moves this subscription follows." };
        var json = new Option<bool>("--json") { Description = "Print the digest as one JSON object, as ask --json does." };
        var command = new Command("digest", "Print a digest of the moves first reported recently, with citations.") { since, subscription, json };
        command.SetAction((result, cancellationToken) =>
        {
            if (!TryParseWindow(result.GetValue(since)!, out var window))
            {
                context.Error.WriteLine($"--since must be a number followed by m, h or d (such as 24h), not '{result.GetValue(since)}'.");
                return Task.FromResult(ExitCodes.BadInput);
            }
            return context.WithStoreAsync(result.GetValue(context.Database), (host, session) =>
            {
                var chosen = result.GetValue(subscription);
                var followed = chosen is null ? null : session.Store.Alerts.FindSubscription(chosen);
                if (chosen is not null && followed is null)
                {
                    context.Error.WriteLine($"There is no subscription '{chosen}'; `talentbot subscriptions` lists them.");
                    return Task.FromResult(ExitCodes.BadInput);
                }
                var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
                var start = now - window;
                var filter = followed?.Filter ?? MoveFilter.Everything;
                var language = followed?.Language ?? Language.English;
                // Without a subscription, the moves a new subscription would hear of: stated ones.
                var moves = host.Services.GetRequiredService<DigestScheduler>().MovesFor(filter, followed?.IncludeInferred ?? false, start, now);
                var reply = host.Services.GetRequiredService<NotificationReplies>().Digest(moves, start, language, filter.Organisations);
                var links = host.Services.GetRequiredService<CitationLinks>();
                context.Output.WriteLine(result.GetValue(json) ? ReplyJson.Serialize(reply, links) : ReplyText.Render(reply, links));
                return Task.FromResult(ExitCodes.Ok);
            }, cancellationToken);
        });
        return command;
    }

    private static bool TryParseWindow(string text, out TimeSpan window)
    {
        window = default;
        text = text.Trim();
        if (text.Length < 2 || !int.TryParse(text[..^1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var amount) || amount <= 0)
            return false;
        window = char.ToLowerInvariant(text[^1]) switch
        {
            'm' => TimeSpan.FromMinutes(amount),
            'h' => TimeSpan.FromHours(amount),
            'd' => TimeSpan.FromDays(amount),
            _ => default,
        };
        return window > TimeSpan.Zero && window <= TimeSpan.FromDays(366);
    }
}
