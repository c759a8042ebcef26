using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TalentBot.Bench;

/// <summary>How the load client judged one response.</summary>
internal enum LoadOutcome
{
    Answered,
    Private,
    Failed,
}

internal sealed record LoadResult(double[] LatenciesMs, int Failures, int Answered, int Private);

/// <summary>
/// What the platform load runs share: firing prepared requests over keep-alive connections, one in flight per
/// connection, and reporting throughput and latency percentiles in the README's table shape.
/// </summary>
internal static class LoopbackLoad
{
    /// <summary>The store the loaded host answers from; not talentbot's <c>--db</c>, whose default is the user's store.</summary>
    public static Option<string?> StoreOption() => new("--db")
    {
        Description = "The knowledge base the host answers from (default: the founding corpus in a temporary store, deleted after).",
    };

    /// <summary>
    /// Opens <paramref name="concurrency"/> keep-alive connections, loads the host for <paramref name="warmUp"/> so
    /// tiered compilation settles, then times one batch and reports it. True when every timed request succeeded.
    /// </summary>
    /// <param name="warmUpBatch">The next warm-up round (called until the warm-up time is spent).</param>
    /// <param name="timedBatch">The batch that is timed, made before the clock starts.</param>
    /// <param name="what">What one request is, for the report ("signed /who-left commands").</param>
    public static async Task<bool> MeasureAsync(
        Uri address, int concurrency, TimeSpan warmUp, Func<byte[][]> warmUpBatch, Func<byte[][]> timedBatch,
        Func<int, ReadOnlySpan<byte>, LoadOutcome> classify, string what, TextWriter output, TextWriter status,
        CancellationToken cancellationToken)
    {
        var connections = await ConnectAsync(address, concurrency, cancellationToken).ConfigureAwait(false);
        try
        {
            status.WriteLine($"Warming up for {warmUp.TotalSeconds:N0} s …");
            var warming = Stopwatch.StartNew();
            do await FireAsync(connections, warmUpBatch(), classify, cancellationToken).ConfigureAwait(false);
            while (warming.Elapsed < warmUp);
            var timed = timedBatch();
            status.WriteLine($"Timing {timed.Length} {what}, {concurrency} in flight …");
            var clock = Stopwatch.StartNew();
            var result = await FireAsync(connections, timed, classify, cancellationToken).ConfigureAwait(false);
            clock.Stop();
            Report(output, result, $"{timed.Length:N0} {what}", concurrency, clock.Elapsed);
            return result.Failures == 0;
        }
        finally
        {
            foreach (var connection in connections) connection.Dispose();
        }
    }

    private static async Task<LoadResult> FireAsync(
        LoadConnection[] connections, ReadOnlyMemory<byte[]> batch, Func<int, ReadOnlySpan<byte>, LoadOutcome> classify,
        CancellationToken cancellationToken)
    {
        var latencies = new double[batch.Length];
        int next = -1, failures = 0, answered = 0, privately = 0;
        var workers = connections.Select(async connection =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < batch.Length)
            {
                var started = Stopwatch.GetTimestamp();
                var (status, body) = await connection.SendAsync(batch.Span[index], cancellationToken).ConfigureAwait(false);
                latencies[index] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                switch (classify(status, body.Span))
                {
                    case LoadOutcome.Answered: Interlocked.Increment(ref answered); break;
                    case LoadOutcome.Private: Interlocked.Increment(ref privately); break;
                    default: Interlocked.Increment(ref failures); break;
                }
            }
        });
        await Task.WhenAll(workers).ConfigureAwait(false);
        return new LoadResult(latencies, failures, answered, privately);
    }

    private static async Task<LoadConnection[]> ConnectAsync(Uri address, int count, CancellationToken cancellationToken)
    {
        var target = new IPEndPoint(IPAddress.Loopback, address.Port);
        return await Task.WhenAll(Enumerable.Range(0, count).Select(_ => LoadConnection.OpenAsync(target, cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>A whole HTTP/1.1 POST, built before the clock starts.</summary>
    public static byte[] HttpPost(string path, string authority, string contentType, byte[] body, params (string Name, string Value)[] headers)
    {
        var head = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"POST {path} HTTP/1.1\r\nHost: {authority}\r\nContent-Type: {contentType}\r\n")
            .Append(CultureInfo.InvariantCulture, $"Content-Length: {body.Length}\r\n");
        foreach (var (name, value) in headers) head.Append(name).Append(": ").Append(value).Append("\r\n");
        head.Append("\r\n");
        return [.. Encoding.ASCII.GetBytes(head.ToString()), .. body];
    }

    private static void Report(TextWriter output, LoadResult result, string what, int concurrency, TimeSpan elapsed)
    {
        var sorted = result.LatenciesMs.Order().ToArray();
        double Percentile(double p) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
        output.WriteLine();
        output.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, {(Debugger.IsAttached ? "debugger attached, " : "")}" +
                         $"{what} over loopback, {concurrency} in flight");
        output.WriteLine("| throughput | p50 | p90 | p99 | max | answered in channel / private (nothing found) | failed |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {sorted.Length / elapsed.TotalSeconds:N0} req/s | {Percentile(0.50):F1} ms | {Percentile(0.90):F1} ms | {Percentile(0.99):F1} ms " +
            $"| {sorted[^1]:F1} ms | {result.Answered:N0} / {result.Private:N0} | {result.Failures:N0} |"));
    }
}

/// <summary>
/// One keep-alive HTTP/1.1 connection of the load run: sends a prepared request, reads the status and the
/// Content-Length body. Lean on purpose, so the run measures the server rather than a general-purpose client
/// sharing its two cores. Not thread-safe: one request at a time.
/// </summary>
internal sealed class LoadConnection(Socket socket) : IDisposable
{
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] ContentLength = "content-length:"u8.ToArray();

    private byte[] _buffer = new byte[64 * 1024];

    public static async Task<LoadConnection> OpenAsync(IPEndPoint endpoint, CancellationToken cancellationToken)
    {
        var socket = new Socket(endpoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        await socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
        return new LoadConnection(socket);
    }

    public async Task<(int Status, ReadOnlyMemory<byte> Body)> SendAsync(byte[] request, CancellationToken cancellationToken)
    {
        await socket.SendAsync(request, SocketFlags.None, cancellationToken).ConfigureAwait(false);
        var filled = 0;
        int headerEnd;
        while ((headerEnd = _buffer.AsSpan(0, filled).IndexOf(HeaderEnd)) < 0) filled += await ReceiveAsync(filled, cancellationToken).ConfigureAwait(false);
        var headers = _buffer.AsSpan(0, headerEnd);
        var status = int.Parse(headers.Slice("HTTP/1.1 ".Length, 3), CultureInfo.InvariantCulture);
        var total = headerEnd + HeaderEnd.Length + BodyLength(headers);
        if (_buffer.Length < total) Array.Resize(ref _buffer, total);
        while (filled < total) filled += await ReceiveAsync(filled, cancellationToken).ConfigureAwait(false);
        return (status, _buffer.AsMemory(headerEnd + HeaderEnd.Length, total - headerEnd - HeaderEnd.Length));
    }

    public void Dispose() => socket.Dispose();

    private async Task<int> ReceiveAsync(int filled, CancellationToken cancellationToken)
    {
        if (filled == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
        var read = await socket.ReceiveAsync(_buffer.AsMemory(filled), SocketFlags.None, cancellationToken).ConfigureAwait(false);
        return read > 0 ? read : throw new IOException("The server closed the connection.");
    }

    private static int BodyLength(ReadOnlySpan<byte> headers)
    {
        foreach (var range in headers.Split("\r\n"u8))
        {
            var line = headers[range];
            if (line.Length > ContentLength.Length && Ascii.EqualsIgnoreCase(line[..ContentLength.Length], ContentLength))
                return int.Parse(line[ContentLength.Length..].Trim((byte)' '), CultureInfo.InvariantCulture);
        }
        return 0;
    }
}
