using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TalentBot.Alerts.Tests.Support;

/// <summary>One log line as written: its event id and level, and the formatted message.</summary>
public sealed record LogLine(LogLevel Level, int EventId, string Category, string Message);

/// <summary>Every log line the alerts services wrote, so tests can count events (a pause is reported once).</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyList<LogLine> Lines => _lines.ToList();

    public int Count(int eventId) => _lines.Count(l => l.EventId == eventId);

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(logLevel, eventId.Id, category, formatter(state, exception) + (exception is null ? "" : " " + exception)));
    }
}
