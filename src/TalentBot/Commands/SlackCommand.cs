using System.CommandLine;
using Microsoft.Extensions.Configuration;
using TalentBot.Hosting;
using TalentBot.Slack;
using TalentBot.Slack.Conversations;
using TalentBot.Slack.Manifest;

namespace TalentBot.Commands;

/// <summary>
/// <c>slack manifest [--socket-mode] [--prefix tb-] [--url URL]</c>: prints the Slack app manifest for these choices,
/// generated from the commands, events and scopes the adapter serves. The prefix defaults to <c>Slack:CommandPrefix</c>,
/// so the manifest declares what serve routes. Needs no store and no secrets.
/// </summary>
internal static class SlackCommand
{
    public static Command Create(CliContext context, IEnumerable<KeyValuePair<string, string?>>? settings)
    {
        var socketMode = new Option<bool>("--socket-mode") { Description = "For Socket Mode (Slack__Mode=SocketMode): no request URLs." };
        var prefix = new Option<string?>("--prefix")
        {
            Description = "Put before every command's name, such as tb- for /tb-ask (default: Slack:CommandPrefix, else none).",
        };
        var url = new Option<string?>("--url")
        {
            Description = $"The public HTTPS address serve answers on, for the request URLs (default: {ManifestChoices.ExampleUrl.AbsoluteUri.TrimEnd('/')}).",
        };
        var manifest = new Command("manifest", "Print the Slack app manifest (YAML) to paste at api.slack.com/apps.") { socketMode, prefix, url };
        manifest.SetAction(result =>
        {
            var sources = new ConfigurationBuilder();
            sources.AddTalentBotSources(settings);
            var configured = sources.Build();
            var prefixText = result.GetValue(prefix) ?? configured[$"{SlackOptions.Section}:{nameof(SlackOptions.CommandPrefix)}"];
            var problems = new List<string>();
            if (!CommandPrefix.TryParse(prefixText, out var chosenPrefix, out var prefixError)) problems.Add($"--prefix {prefixError}");
            var chosenUrl = ManifestChoices.ExampleUrl;
            if (result.GetValue(url) is { } urlText)
            {
                if (result.GetValue(socketMode)) problems.Add("--url is for HTTP delivery; with --socket-mode Slack needs no URL.");
                // serve answers at its root, so the /slack/... paths go straight after the host.
                else if (!Uri.TryCreate(urlText, UriKind.Absolute, out chosenUrl) || chosenUrl.Scheme != Uri.UriSchemeHttps
                         || chosenUrl.AbsolutePath != "/" || chosenUrl.Query.Length > 0 || chosenUrl.Fragment.Length > 0)
                    problems.Add($"--url must be the https address serve answers on, with no path, such as https://talentbot.example.com (Slack only posts to HTTPS), not '{urlText}'.");
            }
            if (problems.Count > 0)
            {
                foreach (var problem in problems) context.Error.WriteLine(problem);
                return ExitCodes.BadInput;
            }
            context.Output.Write(ManifestGenerator.ToYaml(new ManifestChoices(chosenPrefix!, result.GetValue(socketMode), chosenUrl!)));
            return ExitCodes.Ok;
        });
        return new Command("slack", "Set up the Slack app.") { manifest };
    }
}
