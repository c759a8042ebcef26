using TalentBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentBot.Discord.Gateway;

namespace TalentBot.Discord.Tests.Support;

/// <summary>The Gateway client as the host registers it, pointed at the fake Discord, on a fake clock with fixed jitter.</summary>
public sealed class GatewayHarness : IAsyncDisposable
{
    public const string BotToken = "gateway-bot-token.xyz";

    private readonly ServiceProvider _services;

    private GatewayHarness(ServiceProvider services, FakeClock time, CapturedLogs logs)
    {
        _services = services;
        Time = time;
        Logs = logs;
        Client = services.GetRequiredService<GatewayClient>();
    }

    public GatewayClient Client { get; }

    public FakeClock Time { get; }

    public CapturedLogs Logs { get; }

    public static async Task<GatewayHarness> StartAsync(FakeDiscord discord, double jitter = 0.5)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Mode"] = "Gateway",
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            [DiscordOptions.BotTokenVariable] = BotToken,
        }).Build();
        var time = new FakeClock();
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            .AddSingleton<Random>(new FixedRandom(jitter))
            .AddSingleton(FoundingStore.Registry)
            .AddSingleton(FoundingStore.Answers)
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddDiscordBot(configuration);
        var provider = services.BuildServiceProvider();
        var harness = new GatewayHarness(provider, time, logs);
        await harness.Client.StartAsync(CancellationToken.None);
        return harness;
    }

    /// <summary>Moves the clock on by <paramref name="by"/>, after a moment for the client to set its timers.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        await Task.Delay(100);
        Time.Advance(by);
    }

    public async ValueTask DisposeAsync()
    {
        await Client.StopAsync(CancellationToken.None);
        // As the host would: let interactions being answered finish. Polly's pipelines wait for calls in flight on
        // disposal, polling on the injected clock, which here only moves when a test moves it.
        await _services.GetRequiredService<Interactions.FollowUps>().StopAsync(CancellationToken.None);
        await _services.DisposeAsync();
    }
}
