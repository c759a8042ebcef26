using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TalentBot.Chat.Adapters;
using TalentBot.Chat.Connections;
using TalentBot.Chat.Requests;
using TalentBot.Testing;

namespace TalentBot.Chat.Tests.Adapters;

/// <summary>
/// The shared connection registration in a real container: endpoint mode gets the signed-request reader and the
/// endpoints and no socket; socket mode runs the socket as a hosted service; the readiness check, tagged ready,
/// reports either in the platform's words as the socket connects, is greeted and stops.
/// </summary>
public sealed class ChatConnectionTests
{
    private static readonly ConnectionReadiness Readiness = new("test", "socket_or_endpoint", "endpoints at /test",
        "test_socket", Ready: "Test socket ready", Connecting: "connecting to the test socket", Stopped: "Test socket stopped");

    [Fact]
    public async Task EndpointMode_RegistersReaderAndEndpoints_NoSocket_AndIsReady()
    {
        using var provider = Container(overSocket: false);

        provider.GetService<SignedRequestReader<TestSignature>>().ShouldNotBeNull();
        provider.GetService<TestEndpoints>().ShouldNotBeNull();
        provider.GetService<TestSocket>().ShouldBeNull();
        provider.GetServices<IHostedService>().OfType<SocketClient>().ShouldBeEmpty();
        var check = await CheckAsync(provider);
        check.Status.ShouldBe(HealthStatus.Healthy);
        check.Description.ShouldBe("endpoints at /test");
        check.Data["mode"].ShouldBe("socket_or_endpoint");
        check.Data.ContainsKey("test_socket").ShouldBeFalse();
        check.Tags.ShouldBe([ChatAdapterServices.ReadinessTag]);
    }

    [Fact]
    public async Task SocketMode_RunsTheSocketAsHostedService_ReadinessFollowsItsStatus()
    {
        using var provider = Container(overSocket: true);
        provider.GetService<SignedRequestReader<TestSignature>>().ShouldBeNull();
        provider.GetService<TestEndpoints>().ShouldBeNull();
        var socket = provider.GetRequiredService<TestSocket>();
        provider.GetServices<IHostedService>().OfType<SocketClient>().ShouldHaveSingleItem().ShouldBeSameAs(socket);

        var connecting = await CheckAsync(provider);
        connecting.Status.ShouldBe(HealthStatus.Degraded);
        connecting.Description.ShouldBe("connecting to the test socket");
        connecting.Data["test_socket"].ShouldBe("connecting");

        await socket.StartAsync(CancellationToken.None);
        await socket.Greeting.Task;
        var ready = await CheckAsync(provider);
        ready.Status.ShouldBe(HealthStatus.Healthy);
        ready.Description.ShouldBe("Test socket ready");
        ready.Data["test_socket"].ShouldBe("ready");

        socket.End.SetResult(ConnectionEnd.Final("the token was refused"));
        await socket.ExecuteTask!;
        var stopped = await CheckAsync(provider);
        stopped.Status.ShouldBe(HealthStatus.Unhealthy);
        stopped.Description.ShouldBe("Test socket stopped: the token was refused");
        stopped.Data["test_socket"].ShouldBe("stopped");
    }

    private static ServiceProvider Container(bool overSocket)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(new FakeClock());
        services.AddOptions<TestOptions>();
        services.AddChatConnection<TestOptions, TestSignature, TestEndpoints, TestSocket>(new()
        {
            OverSocket = overSocket,
            Signature = _ => new TestSignature(),
            Policy = options => new SignedRequestPolicy("Test", options.MaxRequestBytes, TimeSpan.FromMinutes(5)),
            Readiness = Readiness,
        });
        return services.BuildServiceProvider();
    }

    private static async Task<HealthReportEntry> CheckAsync(IServiceProvider provider) =>
        (await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync(check => check.Tags.Contains(ChatAdapterServices.ReadinessTag)))
        .Entries.ShouldHaveSingleItem().Value;

    private sealed class TestOptions
    {
        public int MaxRequestBytes { get; set; } = 4096;
    }

    private sealed class TestEndpoints;

    private sealed class TestSignature : IRequestSignature
    {
        public static string SignatureHeader => "X-Test-Signature";

        public static string TimestampHeader => "X-Test-Timestamp";

        public bool Verify(string timestamp, ReadOnlySpan<byte> body, string signature) => false;
    }

    /// <summary>A socket that is greeted, says so, and ends when the test says how.</summary>
    private sealed class TestSocket(TimeProvider time, Random random, ILogger<TestSocket> logger) : SocketClient("Test", time, random, logger)
    {
        public TaskCompletionSource Greeting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<ConnectionEnd> End { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        protected override async Task<ConnectionEnd> ConnectOnceAsync(CancellationToken stoppingToken)
        {
            Greeted();
            Greeting.SetResult();
            return await End.Task.WaitAsync(stoppingToken);
        }
    }
}
