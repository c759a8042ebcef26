using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using TalentBot.Feeds.Safety;

namespace TalentBot.Feeds.Tests.Support;

/// <summary>
/// DNS for tests: each host answers from its script, one answer per lookup, repeating the last; an unknown host does
/// not resolve, so no test ever asks the real DNS. Thread-safe.
/// </summary>
public sealed class FakeResolver : IHostResolver
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<IPAddress[]>> _answers = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _lookups = new();

    public IReadOnlyList<string> Lookups => _lookups.ToList();

    /// <summary>Scripts <paramref name="host"/>'s answers, in order; each is a comma-separated address list.</summary>
    public void Answer(string host, params string[] answers) =>
        _answers[host] = new ConcurrentQueue<IPAddress[]>(answers.Select(a => a.Split(',').Select(IPAddress.Parse).ToArray()));

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        _lookups.Enqueue(host);
        if (!_answers.TryGetValue(host, out var queue) || !queue.TryPeek(out var answer))
            throw new SocketException((int)SocketError.HostNotFound);
        if (queue.Count > 1) queue.TryDequeue(out _);
        return Task.FromResult(answer);
    }
}
