using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TalentBot.Testing;

/// <summary>
/// A real headless Chromium (Debian's <c>chromium</c>, or <c>CHROMIUM</c> from the environment), driven over the
/// DevTools protocol on a loopback websocket, so a test can open a page as a person would, ask the page what it
/// shows (<see cref="ChromiumPage.EvaluateAsync"/>) and keep a screenshot. Started with every switch that keeps it
/// from reaching the internet (no sync, no component updates, no background networking, no QUIC) and a fresh profile
/// that is deleted on dispose. Not finding Chromium is a failure, not a skip: CI installs it.
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    public const string DefaultExecutable = "/usr/bin/chromium";

    private const string ListeningPrefix = "DevTools listening on ";

    private readonly Process _process;
    private readonly DirectoryInfo _profile;
    private readonly Uri _endpoint;

    private HeadlessChromium(Process process, DirectoryInfo profile, Uri endpoint)
    {
        _process = process;
        _profile = profile;
        _endpoint = endpoint;
    }

    /// <summary>Starts Chromium with a <paramref name="width"/>×<paramref name="height"/> window and waits until it accepts DevTools connections.</summary>
    public static async Task<HeadlessChromium> StartAsync(int width = 1000, int height = 800, TimeSpan? timeout = null)
    {
        var executable = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } configured ? configured : DefaultExecutable;
        if (!File.Exists(executable))
            throw new FileNotFoundException($"Chromium is not at {executable}: install it (apt-get install -y chromium; .ci/run does) or set CHROMIUM.", executable);
        var profile = Directory.CreateTempSubdirectory("talentbot-chromium-");
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        string[] switches =
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
            "--disable-default-apps", "--disable-dev-shm-usage", "--metrics-recording-only", "--mute-audio", "--hide-scrollbars",
            "--force-device-scale-factor=1", $"--window-size={width},{height}", $"--user-data-dir={profile.FullName}",
            "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "about:blank",
        ];
        foreach (var option in switches) start.ArgumentList.Add(option);

        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var said = new ConcurrentQueue<string>();
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not { } line) return;
            said.Enqueue(line);
            if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal)) listening.TrySetResult(new Uri(line[ListeningPrefix.Length..].Trim()));
        };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is { } line) said.Enqueue(line);
        };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("Chromium exited before it listened:\n" + string.Join('\n', said)));
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            var browser = await listening.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
            return new HeadlessChromium(process, profile, new Uri($"http://{browser.Authority}/"));
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            Stop(process, profile);
            throw new InvalidOperationException("Chromium did not start listening:\n" + string.Join('\n', said), e);
        }
    }

    /// <summary>Opens <paramref name="url"/> in a new tab and returns once it has loaded.</summary>
    public async Task<ChromiumPage> OpenAsync(Uri url, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        using var http = new HttpClient { BaseAddress = _endpoint };
        // A new blank tab, then navigation over the protocol, so the load event is not missed.
        using var created = await http.PutAsync("json/new?about:blank", null, cancel.Token);
        created.EnsureSuccessStatusCode();
        var target = (await created.Content.ReadFromJsonAsync<JsonObject>(cancel.Token))!;
        var page = await ChromiumPage.ConnectAsync(new Uri((string)target["webSocketDebuggerUrl"]!), cancel.Token);
        try
        {
            await page.NavigateAsync(url, cancel.Token);
            return page;
        }
        catch
        {
            await page.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop(_process, _profile);
        return ValueTask.CompletedTask;
    }

    private static void Stop(Process process, DirectoryInfo profile)
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        try
        {
            profile.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A crash reporter may still be writing into the profile for a moment; the OS cleans temp later.
        }
    }
}

/// <summary>One tab of a <see cref="HeadlessChromium"/>, over its DevTools websocket.</summary>
public sealed class ChromiumPage : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _calls = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<JsonObject>> _events = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _receiving;
    private int _nextId;

    private ChromiumPage(ClientWebSocket socket)
    {
        _socket = socket;
        _receiving = Task.Run(ReceiveAsync);
    }

    internal static async Task<ChromiumPage> ConnectAsync(Uri debugger, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await socket.ConnectAsync(debugger, cancellationToken);
        return new ChromiumPage(socket);
    }

    internal async Task NavigateAsync(Uri url, CancellationToken cancellationToken)
    {
        await CallAsync("Page.enable", null, cancellationToken);
        var loaded = NextEvent("Page.loadEventFired");
        // As written: Uri's normal form would turn %2D back into '-', which a text fragment must not have.
        var navigated = await CallAsync("Page.navigate", new JsonObject { ["url"] = url.OriginalString }, cancellationToken);
        if (navigated["errorText"] is { } error) throw new InvalidOperationException($"Chromium could not open {url}: {error}");
        // The new tab's own about:blank may still report its load: wait for the load of the page asked for. Compared
        // without the fragment, which a page never sees whole (a text fragment's :~: directive is taken out of it).
        var asked = url.GetLeftPart(UriPartial.Query);
        while (true)
        {
            await loaded.WaitAsync(cancellationToken);
            loaded = NextEvent("Page.loadEventFired");
            var at = await EvaluateAsync("document.readyState === 'complete' ? location.href.split('#')[0] : ''", cancellationToken);
            if (at?.GetValue<string>() == asked) return;
        }
    }

    /// <summary>The value of a JavaScript <paramref name="expression"/> in the page, as JSON (objects by value); throws what the page threw.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression, CancellationToken cancellationToken = default)
    {
        var result = await CallAsync("Runtime.evaluate",
            new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true }, cancellationToken);
        if (result["exceptionDetails"] is { } thrown) throw new InvalidOperationException("The page threw: " + thrown.ToJsonString());
        return result["result"]?["value"]?.DeepClone();
    }

    /// <summary>A PNG of what the tab shows, or with <paramref name="wholePage"/> of the whole page, scrolled or not.</summary>
    public async Task<byte[]> ScreenshotAsync(bool wholePage = false, CancellationToken cancellationToken = default)
    {
        var parameters = new JsonObject { ["format"] = "png" };
        if (wholePage)
        {
            var size = (await CallAsync("Page.getLayoutMetrics", null, cancellationToken))["cssContentSize"]!;
            parameters["captureBeyondViewport"] = true;
            parameters["clip"] = new JsonObject
            {
                ["x"] = 0, ["y"] = 0, ["width"] = (double)size["width"]!, ["height"] = (double)size["height"]!, ["scale"] = 1,
            };
        }
        var result = await CallAsync("Page.captureScreenshot", parameters, cancellationToken);
        return Convert.FromBase64String((string)result["data"]!);
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync();
        _socket.Abort();
        await ((Task)_receiving).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _socket.Dispose();
        _closing.Dispose();
    }

    private Task<JsonObject> NextEvent(string method) =>
        _events.GetOrAdd(method, _ => new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    private async Task<JsonObject> CallAsync(string method, JsonObject? parameters, CancellationToken cancellationToken)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _calls[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, cancellationToken);
        var reply = await answer.Task.WaitAsync(cancellationToken);
        if (reply["error"] is { } error) throw new InvalidOperationException($"{method} failed: {error.ToJsonString()}");
        return reply["result"]?.AsObject() ?? new JsonObject();
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        try
        {
            while (!_closing.IsCancellationRequested)
            {
                var received = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (received.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (json["id"] is { } id && _calls.TryRemove((int)id, out var call)) call.TrySetResult(json);
                else if (json["method"] is { } method && _events.TryRemove((string)method!, out var waiting)) waiting.TrySetResult(json);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closing, or Chromium went away: whoever still waits hears it below.
        }
        foreach (var call in _calls.Values) call.TrySetException(new InvalidOperationException("Chromium closed the DevTools connection."));
        foreach (var waiting in _events.Values) waiting.TrySetException(new InvalidOperationException("Chromium closed the DevTools connection."));
    }
}
