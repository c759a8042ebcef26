using TalentBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TalentBot.Discord.Rest;

namespace TalentBot.Discord.Tests.Support;

/// <summary>The REST client as the host registers it (factory, Polly, buckets), pointed at the fake Discord, on a fake clock.</summary>
public sealed class RestHarness : IAsyncDisposable
{
    public const string BotToken = "bot-token-for-tests.abc.def";

    private readonly ServiceProvider _services;

    private RestHarness(ServiceProvider services, FakeClock time, CapturedLogs logs)
    {
        _services = services;
        Time = time;
        Logs = logs;
    }

    public FakeClock Time { get; }

    public CapturedLogs Logs { get; }

    public DiscordRestClient Client => _services.GetRequiredService<DiscordRestClient>();

    public static RestHarness Create(FakeDiscord discord, string? botToken = BotToken, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl };
        if (botToken is not null) settings[DiscordOptions.BotTokenVariable] = botToken;
        foreach (var (name, value) in extra ?? new Dictionary<string, string?>()) settings[name] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var time = new FakeClock();
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddDiscordRest()
            .BuildServiceProvider();
        return new RestHarness(services, time, logs);
    }

    /// <summary>Moves the fake clock on in steps until <paramref name="task"/> finishes.</summary>
    public async Task<T> AdvanceUntilAsync<T>(Task<T> task, TimeSpan step)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!task.IsCompleted && DateTime.UtcNow < deadline)
        {
            Time.Advance(step);
            await Task.WhenAny(task, Task.Delay(10));
        }
        return await task;
    }

    public async Task AdvanceUntilAsync(Task task, TimeSpan step) =>
        await AdvanceUntilAsync(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return 0; }, TaskScheduler.Default), step);

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
