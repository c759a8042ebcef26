using System.CommandLine;
using Microsoft.Extensions.Options;
using TalentBot.Commands;

namespace TalentBot.Bench;

/// <summary>The <c>talentbot-bench</c> command line. Callable in-process, so tests run the same parser and runs.</summary>
internal static class BenchCli
{
    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, IEnumerable<KeyValuePair<string, string?>>? settings = null,
        CancellationToken cancellationToken = default)
    {
        var context = new CliContext(output, error, settings, args);
        var root = BenchCommand.Create(context, settings);
        try
        {
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await root.Parse(args).InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            error.WriteLine($"The settings are not valid: {string.Join(" ", e.Failures)}");
            return ExitCodes.BadSettings;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine("Stopped.");
            return 130;
        }
        catch (Exception e)
        {
            // Whoever runs a benchmark is debugging performance; the whole exception says where it broke.
            error.WriteLine($"The benchmark failed: {e}");
            return ExitCodes.Internal;
        }
    }
}
