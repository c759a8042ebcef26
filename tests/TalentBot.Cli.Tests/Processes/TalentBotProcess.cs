using System.Collections.Concurrent;
using System.Diagnostics;

namespace TalentBot.Cli.Tests.Processes;

/// <summary>
/// A real <c>talentbot</c> process, as an operator runs it: its own environment, its output read line by line so a
/// test waits for what it says rather than for time to pass.
/// </summary>
internal sealed class TalentBotProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly List<(Func<string, bool> Match, TaskCompletionSource<string> Seen)> _waits = [];
    private readonly Lock _lock = new();
    private readonly System.Text.StringBuilder _output = new();
    private readonly System.Text.StringBuilder _error = new();

    private TalentBotProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <summary>Where a serve process said it listens, once it has.</summary>
    public Uri? BaseAddress { get; set; }

    public bool HasExited => _process.HasExited;

    /// <summary>Starts <c>talentbot ARGS</c> with the corpus beside the tests and <paramref name="environment"/> on top.</summary>
    public static TalentBotProcess Start(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "talentbot.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["Knowledge__Path"] = Path.Combine(AppContext.BaseDirectory, "knowledge");
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        var child = new TalentBotProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        child._process.OutputDataReceived += (_, e) => child.Received(e.Data, child._output);
        child._process.ErrorDataReceived += (_, e) => child.Received(e.Data, child._error);
        child._process.Start();
        child._process.BeginOutputReadLine();
        child._process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Runs <c>talentbot ARGS</c> to the end.</summary>
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        using var child = Start(environment, args);
        return await child.WaitForExitAsync(TimeSpan.FromMinutes(3));
    }

    /// <summary>The first line (standard output or error) that <paramref name="match"/> accepts, said already or yet to come.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var seen = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            foreach (var line in _lines)
                if (match(line)) return line;
            _waits.Add((match, seen));
        }
        var exited = _process.WaitForExitAsync();
        var first = await Task.WhenAny(seen.Task, exited, Task.Delay(timeout));
        if (first == seen.Task) return await seen.Task;
        throw new TimeoutException((first == exited ? "the process exited" : "timed out") + " before the line; it said:\n" + Said());
    }

    public async Task<CliResult> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("the process did not exit; it said:\n" + Said());
        }
        _process.WaitForExit();
        lock (_lock) return new CliResult(_process.ExitCode, _output.ToString(), _error.ToString());
    }

    /// <summary>SIGKILL: what a crash, the OOM killer or a pulled plug does.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>SIGTERM: what a service manager sends to stop it.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public string Said()
    {
        lock (_lock) return _output + "\n" + _error;
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    private void Received(string? line, System.Text.StringBuilder into)
    {
        if (line is null) return;
        lock (_lock)
        {
            into.AppendLine(line);
            _lines.Enqueue(line);
            foreach (var wait in _waits.Where(w => w.Match(line)).ToList())
            {
                _waits.Remove(wait);
                wait.Seen.TrySetResult(line);
            }
        }
    }
}
