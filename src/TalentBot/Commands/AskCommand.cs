using System.CommandLine;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Llm;
using TalentBot.Core.Replies;
using TalentBot.Hosting;

namespace TalentBot.Commands;

/// <summary><c>ask [--json] [--db PATH] TEXT</c>: one answer from the store, as chat text or as the JSON contract.</summary>
internal static class AskCommand
{
    public static Command Create(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "Print the answer as one JSON object (the contract in README.md)." };
        var text = new Argument<string[]>("text")
        {
            Arity = ArgumentArity.ZeroOrMore,
            Description = "A command (/who-left meta, /who-joined openai, /moves NAME) or a question in any of en, ja, fr, it.",
        };
        var command = new Command("ask", "Answer a question from the knowledge base, with citations.") { json, text };
        command.SetAction((result, cancellationToken) => RunAsync(
            context, result.GetValue(context.Database), result.GetValue(json),
            string.Join(' ', result.GetValue(text) ?? []), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string? db, bool json, string question, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            context.Error.WriteLine("Ask a question, for example: talentbot ask \"/who-left meta\"");
            return ExitCodes.BadInput;
        }
        using var host = context.BuildHost();
        var (session, error) = StoreSession.Open(host, db, context.Error, cancellationToken);
        if (session is null)
        {
            context.Error.WriteLine(error);
            return ExitCodes.Unavailable;
        }
        using (session)
        {
            // With an Llm endpoint configured, free questions go to the model; commands and failures stay offline.
            var answers = await host.Services.GetRequiredService<ConfiguredModel>().AnswerServiceForAsync(session.Store,
                host.Services.GetRequiredService<TimeProvider>(), host.Services.GetRequiredService<ILoggerFactory>(),
                host.Services.GetService<IMeterFactory>(), cancellationToken).ConfigureAwait(false);
            var reply = await answers.AnswerAsync(question, Language.English, cancellationToken).ConfigureAwait(false);
            context.Output.WriteLine(json ? ReplyJson.Serialize(reply) : reply.Text);
            return reply.Outcome == ReplyOutcome.InvalidRequest ? ExitCodes.BadInput : ExitCodes.Ok;
        }
    }
}
