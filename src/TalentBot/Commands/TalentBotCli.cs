using System.CommandLine;
using Microsoft.Extensions.Options;
using TalentBot.Bench;

namespace TalentBot.Commands;

/// <summary>The <c>talentbot</c> command line. Callable in-process, so tests run the same parser and commands.</summary>
internal static class TalentBotCli
{
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        var context = new CliContext(output, error, settings);
        var root = new RootCommand("TalentBot answers questions about the AI talent war from cited news articles.")
        {
            context.Database,
            AskCommand.Create(context),
            IngestCommand.Create(context),
            EvalCommand.Create(context),
            SubscribeCommand.Create(context),
            SubscriptionsCommands.List(context),
            SubscriptionsCommands.Unsubscribe(context),
            SubscriptionsCommands.Resume(context),
            SubscriptionsCommands.Deliveries(context),
            DigestCommand.Create(context),
            FeedsCommand.Create(context),
            BenchCommand.Create(context, settings),
            ServeCommand.Create(context, settings),
            DiscordCommand.Create(context, settings),
        };
        try
        {
            // Our own handler below: the default one prints the stack trace, which a user should never see.
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await root.Parse(args).InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            error.WriteLine($"The settings are not valid: {string.Join(" ", e.Failures)}");
            return ExitCodes.BadSettings;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("Stopped; everything committed before the stop is kept.");
            return 130;
        }
        catch (Exception e)
        {
            error.WriteLine($"Something went wrong inside TalentBot ({e.GetType().Name}: {e.Message.ReplaceLineEndings(" ")}). Nothing committed was lost; please report this.");
            return ExitCodes.Internal;
        }
    }
}
