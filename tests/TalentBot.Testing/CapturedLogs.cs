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

    public IReadOnlyList<LogLine> Entries => _entries.ToList();

    /// <summary>Each line as text: level, category, event id, message, structured values and exception.</summary>
    public IReadOnlyList<string> Lines => _entries.Select(e => e.Text).ToList();

    public string All => string.Join("\n", Lines);

    public int Count(int eventId) => _entries.Count(e => e.EventId == eventId);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? " {" + string.Join(", ", pairs.Select(p => $"{p.Key}={p.Value}")) + "}"
                : "";
            entries.Enqueue(new LogLine(logLevel, eventId.Id, category, message + (exception is null ? "" : " " + exception),
                $"{logLevel} {category} [{eventId.Id}] {message}{structured} {exception}") { Exception = exception });
        }
    }
}
