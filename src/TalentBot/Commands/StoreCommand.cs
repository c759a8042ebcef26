using System.CommandLine;
using TalentBot.Knowledge.Ownership;

namespace TalentBot.Commands;

/// <summary><c>store check</c>: reads the whole store and checks the search index, saying what it found.</summary>
internal static class StoreCommand
{
    public static Command Create(CliContext context)
    {
        var check = new Command("check", "Read every document of the knowledge base and check its search index, rebuilding the index if it is damaged.");
        check.SetAction((result, cancellationToken) => context.WithStoreAsync(result.GetValue(context.Database), (_, session) =>
        {
            try
            {
                var found = session.Store.Check();
                context.Output.WriteLine($"The knowledge base at {session.Store.Path} reads cleanly: {found.Documents:N0} documents in {found.Collections.Count} collections.");
                if (found.IndexRebuilt)
                    context.Output.WriteLine($"Its search index failed its checksums and was rebuilt from the store.");
                return Task.FromResult(ExitCodes.Ok);
            }
            catch (StoreDamagedException e)
            {
                context.Error.WriteLine(e.Message);
                return Task.FromResult(ExitCodes.Unavailable);
            }
        }, cancellationToken));
        return new Command("store", "Look after the knowledge base file.") { check };
    }
}
