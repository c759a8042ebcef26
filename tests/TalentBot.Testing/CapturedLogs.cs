using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TalentBot.Testing;

/// <summary>One log line as written: level, event id, category, the formatted message, and the whole line as text.</summary>
public sealed record LogLine(LogLevel Level, int EventId, string Category, string Message, string Text)
{
    /// <summary>The exception logged with the line, whose stack trace a console logger would print.</summary>
    public Exception? Exception { get; init; }
}

/// <summary>
/// Every log line a host wrote, with its structured values and exception, so tests can check what the logs say
/// (an event reported once) and never say (a secret).
/// </summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _entries = new();

    /// <summary>Completed, and replaced, at each line written.</summary>
    private TaskCompletionSource _logged = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyList<LogLine> Entries => _entries.ToList();

    /// <summary>Each line as text: level, category, event id, message, structured values and exception.</summary>
    public IReadOnlyList<string> Lines => _entries.Select(e => e.Text).ToList();

    public string All => string.Join("\n", Lines);

    public int Count(int eventId) => _entries.Count(e => e.EventId == eventId);

    /// <summary>
    /// Completes when a line matching <paramref name="match"/> has been written, woken by each line as it is logged;
    /// the timeout only bounds a test that would otherwise hang.
    /// </summary>
    public async Task<LogLine> WaitForAsync(Func<LogLine, bool> match, TimeSpan? timeout = null)
    {
        while (true)
        {
            var next = _logged.Task;
            if (_entries.FirstOrDefault(match) is { } line) return line;
            await next.WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, this);

    public void Dispose()
    {
    }

    private void Add(LogLine line)
    {
        _entries.Enqueue(line);
        Interlocked.Exchange(ref _logged, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    private sealed class Logger(string category, CapturedLogs logs) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? " {" + string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) + "}"
                : "";
            logs.Add(new LogLine(logLevel, eventId.Id, category, message + (exception is null ? "" : " " + exception),
                $"{logLevel} {category} [{eventId.Id}] {message}{structured} {exception}") { Exception = exception });
        }
    }
}
