using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spectre.Console;
using TalentBot.Commands;
using TalentBot.Hosting;
using TalentBot.Knowledge.Ownership;

namespace TalentBot.Administration;

/// <summary>
/// Where the CLI hands <c>serve</c> its commands while <c>serve</c> owns the store: HTTP on a Unix domain socket in an
/// owner-only folder (<see cref="StorePaths.AdminSocket"/>). A socket rather than loopback TCP because the file
/// system does the authentication: only the operator's account can reach it, there is no token to leak or port to
/// collide, and nothing of it is on the network. Each command runs here exactly as the CLI would run it, on this
/// process's open store, and its output streams back as it is written.
/// </summary>
internal sealed partial class AdminEndpoint(
    IHost host, StoreProvider store, IOptions<ServeOptions> serveOptions, ILogger<AdminEndpoint> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The socket listened on, once started.</summary>
    public string? SocketPath { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var socket = StorePaths.AdminSocket(store.Session.Store.Path);
        var folder = Path.GetDirectoryName(socket)!;
        OwnerOnly.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows() && File.GetUnixFileMode(folder) != OwnerOnly.Directory)
            throw new InvalidOperationException($"{folder} must be the operator's alone (mode 0700) to take commands there.");
        // Left by an owner that was killed; this process holds the store's lock, so the socket is its to replace.
        File.Delete(socket);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [], ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = serveOptions.Value.ShutdownTimeout);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenUnixSocket(socket));
        var app = builder.Build();
        app.MapPost(AdminProtocol.CommandsPath, RunAsync);
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        _app = app;
        SocketPath = socket;
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(socket, OwnerOnly.File);
        Listening(logger, socket);
    }

    /// <summary>Stops taking commands and lets those running finish, until the host's shutdown timeout cancels them.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is null) return;
        await _app.StopAsync(cancellationToken).ConfigureAwait(false);
        if (SocketPath is not null) File.Delete(SocketPath);
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null) await _app.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RunAsync(HttpContext http)
    {
        ForwardedCommand? command;
        try
        {
            command = await http.Request.ReadFromJsonAsync<ForwardedCommand>(AdminProtocol.Json, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            command = null;
        }
        if (command is not { Arguments.Count: > 0 } || !Path.IsPathFullyQualified(command.WorkingDirectory))
        {
            await Results.BadRequest("A command line and the absolute directory it was typed in.").ExecuteAsync(http).ConfigureAwait(false);
            return;
        }
        if (!AdminProtocol.Forwardable.Contains(command.Arguments[0]))
        {
            await Results.BadRequest($"`{command.Arguments[0]}` is not run through a server; stop serve to run it on this store.")
                         .ExecuteAsync(http).ConfigureAwait(false);
            return;
        }

        Forwarded(logger, command.Arguments[0]);
        http.Response.ContentType = "application/x-ndjson";
        var frames = Channel.CreateUnbounded<CommandFrame>(new UnboundedChannelOptions { SingleReader = true });
        var output = new FrameWriter(frames.Writer, isError: false);
        var error = new FrameWriter(frames.Writer, isError: true);
        var owner = new StoreOwner(host, command.WorkingDirectory, Terminal(command.TerminalWidth, output));
        // The caller going away (Ctrl+C, a killed CLI) cancels the command as Ctrl+C would have.
        var run = Task.Run(async () =>
        {
            try
            {
                var exit = await TalentBotCli.RunAsync([.. command.Arguments], output, error, owner: owner, cancellationToken: http.RequestAborted)
                                             .ConfigureAwait(false);
                frames.Writer.TryWrite(new CommandFrame(Exit: exit));
            }
            finally
            {
                frames.Writer.Complete();
            }
        }, CancellationToken.None);

        try
        {
            await foreach (var frame in frames.Reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
            {
                await JsonSerializer.SerializeAsync(http.Response.Body, frame, AdminProtocol.Json, http.RequestAborted).ConfigureAwait(false);
                await http.Response.Body.WriteAsync("\n"u8.ToArray(), http.RequestAborted).ConfigureAwait(false);
                await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or IOException)
        {
            // The caller left; the command saw the same cancellation and stops at its next commit.
        }
        await run.ConfigureAwait(false);
    }

    /// <summary>A console over the caller's output, when the caller has a terminal a progress bar can be drawn on.</summary>
    private static IAnsiConsole? Terminal(int? width, TextWriter output)
    {
        if (width is not > 0) return null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = width.Value;
        return console;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Taking CLI commands on {Socket}")]
    private static partial void Listening(ILogger logger, string socket);

    [LoggerMessage(Level = LogLevel.Information, Message = "Running `{Command}` for the CLI")]
    private static partial void Forwarded(ILogger logger, string command);
}
