using System.CommandLine;
using Microsoft.Extensions.Options;
using TalentBot.Hosting;
using TalentBot.Knowledge.Ownership;

namespace TalentBot.Commands;

/// <summary>The <c>talentbot</c> command line. Callable in-process, so tests run the same parser and commands.</summary>
internal static class TalentBotCli
{
    /// <summary>
    /// Runs the command line <paramref name="args"/>. <paramref name="owner"/> is set when the store's owner runs it
    /// for a CLI; then <paramref name="cancellationToken"/> is the caller's connection, and the process's signals are
    /// the owner's own business.
    /// </summary>
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, IEnumerable<KeyValuePair<string, string?>>? settings = null,
        StoreOwner? owner = null, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(output, error, settings, args, owner);
        var serve = ServeCommand.Create(context, settings);
        var root = new RootCommand("TalentBot answers questions about the AI talent war from cited news articles.")
        {
            context.Database,
            AskCommand.Create(context),
            FlowsCommand.Create(context),
            IngestCommand.Create(context),
            EvalCommand.Create(context),
            SubscribeCommand.Create(context),
            SubscriptionsCommands.List(context),
            SubscriptionsCommands.Unsubscribe(context),
            SubscriptionsCommands.Resume(context),
            SubscriptionsCommands.Deliveries(context),
            DigestCommand.Create(context),
            FeedsCommand.Create(context),
            serve,
            BackupCommand.Create(context),
            StoreCommand.Create(context),
            DiscordCommand.Create(context, settings),
            SlackCommand.Create(context, settings),
        };
        try
        {
            // Our own handler below: the default one prints the stack trace, which a user should never see.
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            var parsed = root.Parse(args);
            // System.CommandLine turns SIGTERM into a cancellation and ends the process 2 s later whatever runs.
            // serve drains on SIGTERM through its host instead, and a command run inside the owner has no process.
            if (owner is not null || parsed.CommandResult.Command == serve) configuration.ProcessTerminationTimeout = null;
            return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (StoreDamage.IsUnreadable(e))
        {
            error.WriteLine(e is StoreDamagedException damaged ? damaged.Message
                : $"The knowledge base could not be read: {StoreDamage.Describe(e)}. It may be damaged: `talentbot store check` " +
                  "says, and a backup (talentbot backup) restores it.");
            return ExitCodes.Unavailable;
        }
        catch (StoreUnavailableException e)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Unavailable;
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
