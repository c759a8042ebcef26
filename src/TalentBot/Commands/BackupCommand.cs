using System.CommandLine;

namespace TalentBot.Commands;

/// <summary>
/// <c>backup PATH</c>: a consistent copy of the knowledge base, subscriptions and outbox included, taken by whichever
/// process owns the store (a running serve keeps serving while it copies).
/// </summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var destination = new Argument<string>("path") { Description = "Where to write the copy (a file; replaced if it exists)." };
        var command = new Command("backup", "Copy the knowledge base to PATH, consistently, while it is in use.") { destination };
        command.SetAction((result, cancellationToken) =>
        {
            var target = context.ResolvePath(result.GetValue(destination)!);
            return context.WithStoreAsync(result.GetValue(context.Database), (_, session) =>
            {
                if (Directory.Exists(target))
                {
                    context.Error.WriteLine($"{target} is a folder; give the backup a file name, for example {Path.Combine(target, "talentbot.db")}.");
                    return Task.FromResult(ExitCodes.BadInput);
                }
                try
                {
                    var bytes = session.Store.Backup(target);
                    context.Output.WriteLine($"Backed up {session.Store.Path} to {target} ({bytes / 1024.0 / 1024.0:0.0} MiB). " +
                                             $"To restore, stop TalentBot and copy it back to {session.Store.Path}.");
                    return Task.FromResult(ExitCodes.Ok);
                }
                catch (ArgumentException e)
                {
                    context.Error.WriteLine(e.Message.Split(" (Parameter", 2)[0]);
                    return Task.FromResult(ExitCodes.BadInput);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    context.Error.WriteLine($"Could not write the backup to {target}: {e.Message.ReplaceLineEndings(" ")}");
                    return Task.FromResult(ExitCodes.Unavailable);
                }
            }, cancellationToken);
        });
        return command;
    }
}
