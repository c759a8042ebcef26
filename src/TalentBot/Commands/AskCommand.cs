using System.CommandLine;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentBot.Answering;
using TalentBot.Answering.Links;
using TalentBot.Core;
using TalentBot.Llm;
using TalentBot.Core.Replies;
using TalentBot.Hosting;

namespace TalentBot.Commands;

/// <summary>
/// <c>ask [--json] [--page N] [--db PATH] TEXT</c>: one page of an answer from the store, as chat text ending with the
/// command for the next page, or as the JSON contract.
/// </summary>
internal static class AskCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print the answer as one JSON object (the contract in README.md)." };
        var page = new Option<int>("--page")
        {
            Description = "Which page of the moves to show, from 1 (10 moves a page).",
            DefaultValueFactory = _ => 1,
        };
        var text = new Argument<string[]>("text")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "A command (/who-left meta, /who-joined openai, /moves NAME) or a question in any of en, ja, fr, it.",
        };
        var command = new Command("ask", "Answer a question from the knowledge base, with citations.") { json, page, text };
        command.SetAction((result, cancellationToken) => RunAsync(
            context, result.GetValue(context.Database), result.GetValue(json), result.GetValue(page),
            string.Join(' ', result.GetValue(text) ?? []), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? db, bool json, int page, string question, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            // Refused before the store is opened, so an empty question is bad input even where no store opens.
            if (json) context.Output.WriteLine(ReplyJson.Serialize(ReplyBuilder.EmptyQuestion(Language.English)));
            else context.Error.WriteLine("Ask a question, for example: talentbot ask \"/who-left meta\"");
            return ExitCodes.BadInput;
        }
        return await context.WithStoreAsync(db, async (host, session) =>
        {
            // With an Llm endpoint configured, free questions go to the model; commands and failures stay offline.
            var answers = await host.Services.GetRequiredService<ConfiguredModel>().AnswerServiceForAsync(session.Store,
                host.Services.GetRequiredService<TimeProvider>(), host.Services.GetRequiredService<ILoggerFactory>(),
                host.Services.GetService<IMeterFactory>(), cancellationToken).ConfigureAwait(false);
            // A terminal has no locale to go by, so what the question does not settle (a command, an error) is in the
            // language of its words, as in Slack: "/who-left メタ" is answered in Japanese.
            var language = LanguageDetector.Detect(question, Language.English).Language;
            var reply = await answers.AnswerAsync(question, language, page, cancellationToken).ConfigureAwait(false);
            var links = host.Services.GetRequiredService<CitationLinks>();
            context.Output.WriteLine(json ? ReplyJson.Serialize(reply, links) : Text(reply, links, db, question));
            return reply.Outcome == ReplyOutcome.InvalidRequest ? ExitCodes.BadInput : ExitCodes.Ok;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The reply's text, its citations linked, and, when more pages follow, the command that shows the next one.</summary>
    private static string Text(Reply reply, CitationLinks links, string? db, string question)
    {
        var text = ReplyText.Render(reply, links);
        if (reply.Outcome != ReplyOutcome.Answered || reply.Page >= reply.Pages) return text;
        var next = "talentbot ask" + (db is null ? "" : " --db " + ShellWord(db)) + $" --page {reply.Page + 1} " + ShellWord(question);
        return text + Environment.NewLine + Environment.NewLine + Phrases.Format(reply.Language, Phrase.NextPage, next);
    }

    /// <summary>
    /// <paramref name="word"/> as a POSIX shell reads it back unchanged: bare when it is plain, in double quotes when
    /// only spaces and punctuation need them, else in single quotes, where nothing expands.
    /// </summary>
    private static string ShellWord(string word)
    {
        if (word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || "/-_.,:@%+=".Contains(c))) return word;
        return word.AsSpan().IndexOfAny("\"$`\\!") < 0 ? "\"" + word + "\"" : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
    }
}
