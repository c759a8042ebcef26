using System.CommandLine;
using TalentBot.Answering;
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
        command.SetAction((result, cancellationToken) => Task.FromResult(Run(
            context, result.GetValue(context.Database), result.GetValue(json),
            string.Join(' ', result.GetValue(text) ?? []), cancellationToken)));
        return command;
    }

    private static int Run(CliContext context, string? db, bool json, string question, CancellationToken cancellationToken)
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
            var reply = new QuestionAnswerer(session.Store).Answer(question);
            context.Output.WriteLine(json ? ReplyJson.Serialize(reply) : reply.Text);
            return reply.Outcome == ReplyOutcome.InvalidRequest ? ExitCodes.BadInput : ExitCodes.Ok;
        }
    }
}
