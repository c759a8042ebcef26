using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;

namespace TalentBot.Administration;

/// <summary>
/// The CLI's side of the administration socket: hands a command to the process that owns the store and relays what
/// it writes, as it writes it, to this process's standard output and error.
/// </summary>
internal static class AdminClient
{
    /// <summary>
    /// Runs <paramref name="command"/> in the owner listening at <paramref name="socketPath"/> and returns its exit
    /// code; null when nobody answers there (no owner that takes commands, or it has just gone), so the caller may
    /// wait for the store instead. A reply cut off mid-command is said on <paramref name="error"/> and exits 69.
    /// </summary>
    public static async Task<int?> TryRunAsync(
        string socketPath, ForwardedCommand command, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(socketPath)) return null;
        using var client = Create(socketPath);
        HttpResponseMessage response;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, AdminProtocol.CommandsPath)
            {
                Content = JsonContent.Create(command, options: AdminProtocol.Json),
            };
            // Headers only: the owner's output is relayed as it writes it, not once the command has ended.
            response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException e) when (e.InnerException is SocketException)
        {
            // A socket left by an owner that was killed: nobody listens on it.
            return null;
        }
        catch (HttpRequestException)
        {
            return CutOff(error);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                error.WriteLine($"The TalentBot server that owns the store refused the command ({(int)response.StatusCode}): " +
                                (await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)).Trim());
                return Commands.ExitCodes.Unavailable;
            }
            try
            {
                using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false));
                while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
                {
                    var frame = JsonSerializer.Deserialize<CommandFrame>(line, AdminProtocol.Json);
                    if (frame is null) continue;
                    if (frame.Output is { } text) { output.Write(text); output.Flush(); }
                    if (frame.Error is { } message) { error.Write(message); error.Flush(); }
                    if (frame.Exit is { } exit) return exit;
                }
            }
            catch (Exception e) when (e is IOException or HttpRequestException or JsonException)
            {
                // Read below as a reply cut off.
            }
        }
        return CutOff(error);
    }

    private static int CutOff(TextWriter error)
    {
        error.WriteLine("The TalentBot server that owns the store stopped before the command finished. What it committed " +
                        "is kept; run the command again (what is already in is recognised, not added twice).");
        return Commands.ExitCodes.Unavailable;
    }

    private static HttpClient Create(string socketPath) => new(new SocketsHttpHandler
    {
        ConnectCallback = async (_, cancellationToken) =>
        {
            var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            try
            {
                await socket.ConnectAsync(new UnixDomainSocketEndPoint(socketPath), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    {
        BaseAddress = new Uri("http://talentbot.local"),
        // A forwarded ingest of a large folder runs as long as it takes; Ctrl+C cancels it.
        Timeout = Timeout.InfiniteTimeSpan,
    };
}
