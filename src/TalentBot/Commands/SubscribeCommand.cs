using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentBot.Alerts;
using TalentBot.Alerts.Digests;
using TalentBot.Alerts.Subscriptions;
using TalentBot.Core;
using TalentBot.Core.Alerts;

namespace TalentBot.Commands;

/// <summary>
/// <c>subscribe (--webhook URL | --discord-channel ID | --slack-channel ID) [--company ORG]... [--person NAME]...
/// [--kind KIND]... [--format json|discord|slack] [--digest CRON] [--tz ZONE] [--no-digest] [--no-alerts]
/// [--include-inferred] [--language CODE]</c>. The operator's webhook URL is trusted as given, loopback included.
/// </summary>
internal static class SubscribeCommand
{
    public static Command Create(CliContext context)
    {
        var webhook = new Option<string?>("--webhook") { Description = "Post to this URL: a Discord or Slack incoming webhook, or any endpoint taking JSON." };
        var discordChannel = new Option<string?>("--discord-channel") { Description = "Post to this Discord channel id with the bot's token." };
        var slackChannel = new Option<string?>("--slack-channel") { Description = "Post to this Slack channel id with the bot's token." };
        var companies = new Option<string[]>("--company") { Description = "Follow an organisation (and its parts); repeat for several." };
        var people = new Option<string[]>("--person") { Description = "Follow a person; repeat for several." };
        var kinds = new Option<string[]>("--kind") { Description = $"Only these kinds of move: {string.Join(", ", Enum.GetValues<MoveKind>().Select(k => k.ToCode()))}." };
        var format = new Option<string?>("--format") { Description = "json, discord or slack (default: from the webhook's host, else json)." };
        var digest = new Option<string?>("--digest") { Description = "The digest's cron schedule, five fields (default: Alerts:DefaultDigestCron, 09:00 daily)." };
        var zone = new Option<string?>("--tz") { Description = "The digest's time zone, e.g. Europe/Paris (default: Alerts:DefaultTimeZone)." };
        var noDigest = new Option<bool>("--no-digest") { Description = "No digest, alerts only." };
        var noAlerts = new Option<bool>("--no-alerts") { Description = "No alerts, digest only." };
        var includeInferred = new Option<bool>("--include-inferred")
        {
            Description = "Send moves inferred from context too, not only those an article states (alerts and digest).",
        };
        var language = new Option<string?>("--language") { Description = "The language of alerts and digests: en, fr, it or ja (default en)." };
        var command = new Command("subscribe", "Send alerts on new moves, and a digest, to a webhook or a channel.")
        {
            webhook, discordChannel, slackChannel, companies, people, kinds, format, digest, zone, noDigest, noAlerts, includeInferred, language,
        };
        command.SetAction((result, cancellationToken) =>
        {
            var request = new Request(
                result.GetValue(webhook), result.GetValue(discordChannel), result.GetValue(slackChannel),
                result.GetValue(companies) ?? [], result.GetValue(people) ?? [], result.GetValue(kinds) ?? [],
                result.GetValue(format), result.GetValue(digest), result.GetValue(zone), result.GetValue(noDigest),
                result.GetValue(noAlerts), result.GetValue(includeInferred), result.GetValue(language));
            return RunAsync(context, result.GetValue(context.Database), request, cancellationToken);
        });
        return command;
    }

    private sealed record Request(
        string? Webhook, string? DiscordChannel, string? SlackChannel, string[] Companies, string[] People, string[] Kinds,
        string? Format, string? Digest, string? Zone, bool NoDigest, bool NoAlerts, bool IncludeInferred, string? Language);

    private static Task<int> RunAsync(CliContext context, string? db, Request request, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var target = Target(request, problems);
        var kinds = Kinds(request.Kinds, problems);
        var language = Language.English;
        if (request.Language is not null && !LanguageCodes.TryParse(request.Language, out language))
            problems.Add($"--language must be en, fr, it or ja, not '{request.Language}'.");
        if (request.NoAlerts && request.NoDigest) problems.Add("--no-alerts with --no-digest would send nothing.");
        if (problems.Count > 0) return Task.FromResult(Fail(context, problems));

        return context.WithStoreAsync(db, (host, session) =>
        {
            var defaults = host.Services.GetRequiredService<IOptions<AlertsOptions>>().Value;
            DigestSchedule? schedule = null;
            if (!request.NoDigest && !DigestSchedules.TryCreate(request.Digest ?? defaults.DefaultDigestCron, request.Zone ?? defaults.DefaultTimeZone, out schedule, out var error))
                return Task.FromResult(Fail(context, [error!]));

            var subjects = host.Services.GetRequiredService<SubjectResolver>();
            var notes = new List<string>();
            var organisations = Resolve(subjects, request.Companies, EntityKind.Organisation, problems, notes);
            var persons = Resolve(subjects, request.People, EntityKind.Person, problems, notes);
            if (problems.Count > 0) return Task.FromResult(Fail(context, problems));

            var filter = new MoveFilter(organisations, persons, kinds);
            var time = host.Services.GetRequiredService<TimeProvider>();
            var subscription = session.Store.Alerts.Subscribe(
                new NewSubscription(target!, filter, Alerts: !request.NoAlerts, schedule, language, CreatedBy: "cli")
                {
                    IncludeInferred = request.IncludeInferred,
                },
                time.GetUtcNow());
            foreach (var note in notes) context.Output.WriteLine(note);
            context.Output.WriteLine(
                $"Subscribed {subscription.Id}: {subscription.Target.Display} ({subscription.Target.Format.ToString().ToLowerInvariant()}) follows " +
                $"{ChannelSubscriptions.Describe(filter, Language.English)}; {SubscriptionsCommands.Confidence(subscription)}; " +
                $"alerts {(subscription.Alerts ? "on" : "off")}; digest {(schedule is null ? "off" : $"{schedule.Cron} {schedule.TimeZone}")}.");
            return Task.FromResult(ExitCodes.Ok);
        }, cancellationToken);
    }

    private static DeliveryTarget? Target(Request request, List<string> problems)
    {
        var given = new[] { request.Webhook, request.DiscordChannel, request.SlackChannel }.Count(t => !string.IsNullOrWhiteSpace(t));
        if (given != 1)
        {
            problems.Add("Give exactly one target: --webhook URL, --discord-channel ID or --slack-channel ID.");
            return null;
        }
        if (request.Format is not null && string.IsNullOrWhiteSpace(request.Webhook))
            problems.Add("--format applies to webhooks only: a channel gets its own platform's format.");
        if (!string.IsNullOrWhiteSpace(request.DiscordChannel))
        {
            if (ChannelIds.IsDiscordSnowflake(request.DiscordChannel.Trim())) return DeliveryTarget.DiscordChannel(request.DiscordChannel);
            problems.Add("--discord-channel takes a channel id: 17 to 20 digits (Copy Channel ID in Discord's developer mode).");
            return null;
        }
        if (!string.IsNullOrWhiteSpace(request.SlackChannel))
        {
            if (ChannelIds.IsSlackConversation(request.SlackChannel.Trim())) return DeliveryTarget.SlackChannel(request.SlackChannel);
            problems.Add("--slack-channel takes a channel id such as C0123ABCDEF (a C, G or D, then capitals and digits; shown in the channel's details).");
            return null;
        }

        if (!Uri.TryCreate(request.Webhook!.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add("--webhook must be an absolute http(s) URL.");
            return null;
        }
        DeliveryFormat format;
        if (request.Format is null) format = FormatFor(url);
        else if (!Enum.TryParse(request.Format, ignoreCase: true, out format) || !Enum.IsDefined(format))
        {
            problems.Add($"--format must be json, discord or slack, not '{request.Format}'.");
            return null;
        }
        return DeliveryTarget.Webhook(url, format);
    }

    /// <summary>Discord's and Slack's incoming webhooks are known by their hosts; anything else gets the JSON contract.</summary>
    private static DeliveryFormat FormatFor(Uri url) => url.Host.ToLowerInvariant() switch
    {
        "discord.com" or "discordapp.com" or "canary.discord.com" or "ptb.discord.com" when url.AbsolutePath.StartsWith("/api/webhooks/", StringComparison.Ordinal) => DeliveryFormat.Discord,
        "hooks.slack.com" => DeliveryFormat.Slack,
        _ => DeliveryFormat.Json,
    };

    private static HashSet<MoveKind> Kinds(IEnumerable<string> codes, List<string> problems)
    {
        var kinds = new HashSet<MoveKind>();
        foreach (var code in codes)
        {
            if (MoveKinds.TryParse(code, out var kind)) kinds.Add(kind);
            else problems.Add($"--kind '{code}' is not a kind of move; use {string.Join(", ", Enum.GetValues<MoveKind>().Select(k => k.ToCode()))}.");
        }
        return kinds;
    }

    private static List<EntityRef> Resolve(SubjectResolver subjects, IEnumerable<string> names, EntityKind kind, List<string> problems, List<string> notes)
    {
        var resolved = new List<EntityRef>();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            if (SubjectResolver.IsTooLong(name))
            {
                problems.Add($"A name is at most {SubjectResolver.MaxNameLength} characters; '{name[..20]}…' has {name.Trim().Length}.");
                continue;
            }
            var subject = subjects.ResolveOrAnticipate(name, kind);
            if (!subject.IsResolved)
            {
                var what = kind == EntityKind.Organisation ? "an organisation" : "a person";
                var suggestion = subject.Suggestions.Count > 0 ? $" Did you mean {string.Join(" / ", subject.Suggestions)}?" : "";
                problems.Add($"'{name}' is not clearly {what} I know.{suggestion}");
                continue;
            }
            if (subject.NotSeenYet) notes.Add($"No article names '{name}' yet; the subscription will match it once one does.");
            if (resolved.All(e => e.Id != subject.Entity!.Id)) resolved.Add(subject.Entity!);
        }
        return resolved;
    }

    private static int Fail(CliContext context, IEnumerable<string> problems)
    {
        foreach (var problem in problems) context.Error.WriteLine(problem);
        return ExitCodes.BadInput;
    }
}
