using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using TalentBot.Answering;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Commands;

/// <summary>
/// <c>flows ORG [--since DATE] [--png FILE] [--json] [--page N]</c>: who came to and who left an organisation (with its
/// parts), by the organisation at the move's other end: the counts and the moves behind them as text, or the JSON
/// contract with a <c>flows</c> object; <c>--png</c> also writes the picture chat platforms show.
/// </summary>
internal static class FlowsCommand
{
    public static Command Create(CliContext context)
    {
        var since = new Option<string?>("--since") { Description = "Only moves from this date on: 2025, 2025-07 or 2025-07-15 (default: every move)." };
        var png = new Option<string?>("--png") { Description = "Also write the picture, as PNG, to this file." };
        var json = new Option<bool>("--json") { Description = "Print the answer as one JSON object (ask --json's contract, with a flows object)." };
        var page = new Option<int>("--page") { Description = "Which page of the moves to show, from 1 (10 moves a page).", DefaultValueFactory = _ => 1 };
        var organisation = new Argument<string[]>("organisation") { Arity = ArgumentArity.OneOrMore, Description = "The organisation: meta, OpenAI, メタ …" };
        var command = new Command("flows", "Who came to and who left an organisation, by organisation, with citations and a picture.")
        {
            since, png, json, page, organisation,
        };
        command.SetAction((result, cancellationToken) => RunAsync(context, result.GetValue(context.Database),
            string.Join(' ', result.GetValue(organisation) ?? []), result.GetValue(since), result.GetValue(png), result.GetValue(json),
            result.GetValue(page), cancellationToken));
        return command;
    }

    private static Task<int> RunAsync(
        CliContext context, string? db, string organisation, string? since, string? png, bool json, int page, CancellationToken cancellationToken) =>
        context.WithStoreAsync(db, async (host, session) =>
        {
            var answerer = new QuestionAnswerer(session.Store, host.Services.GetRequiredService<TimeProvider>(),
                charts: host.Services.GetRequiredService<IFlowChartRenderer>());
            // As ask does: a terminal has no locale, so the reply is in the language of the name typed (メタ: Japanese).
            var language = LanguageDetector.Detect(organisation, Language.English).Language;
            var reply = answerer.Answer(new FlowsRequest(organisation, since) { Page = page }, language);
            var links = host.Services.GetRequiredService<CitationLinks>();
            context.Output.WriteLine(json ? ReplyJson.Serialize(reply, links) : ReplyText.Render(reply, links));
            if (reply.Outcome == ReplyOutcome.InvalidRequest) return ExitCodes.BadInput;
            if (png is null || reply.Outcome != ReplyOutcome.Answered) return ExitCodes.Ok;
            if (reply.Picture is not { } picture)
            {
                context.Error.WriteLine(page == 1
                    ? "No picture was written: this machine has no font that draws every name in it (install fonts-noto-cjk)."
                    : "No picture was written: the picture comes with page 1.");
                return page == 1 ? ExitCodes.Unavailable : ExitCodes.BadInput;
            }
            var path = context.ResolvePath(png);
            await File.WriteAllBytesAsync(path, picture.Png, cancellationToken).ConfigureAwait(false);
            context.Error.WriteLine($"Wrote the picture to {path} ({picture.Png.Length:N0} bytes).");
            return ExitCodes.Ok;
        }, cancellationToken);
}
