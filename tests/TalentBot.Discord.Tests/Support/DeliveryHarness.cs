using TalentBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TalentBot.Alerts.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Discord.Delivery;

namespace TalentBot.Discord.Tests.Support;

/// <summary>
/// The Discord senders as the host registers them (<see cref="DiscordServices.AddDiscordDelivery"/>), pointed at the
/// fake Discord, on a fake clock, with every log line captured.
/// </summary>
public sealed class DeliveryHarness : IAsyncDisposable
{
    public const string WebhookId = "1700000000000000001";

    /// <summary>The secret part of the webhook's URL: it must appear in no log line and no reason.</summary>
    public const string WebhookToken = "s3cr3t-webhook-token_ABCdef";

    private readonly ServiceProvider _services;

    private DeliveryHarness(ServiceProvider services, FakeClock time, CapturedLogs logs, FakeDiscord discord)
    {
        _services = services;
        Time = time;
        Logs = logs;
        Webhook = DeliveryTarget.Webhook(new Uri($"{discord.ApiBaseUrl}/webhooks/{WebhookId}/{WebhookToken}"), DeliveryFormat.Discord);
    }

    public FakeClock Time { get; }

    public CapturedLogs Logs { get; }

    public DeliveryTarget Webhook { get; }

    public static DeliveryTarget Channel { get; } = DeliveryTarget.DiscordChannel(Payloads.ChannelId);

    public IReadOnlyList<IDeliverySender> Senders => _services.GetServices<IDeliverySender>().ToList();

    public DiscordWebhookSender WebhookSender => Senders.OfType<DiscordWebhookSender>().Single();

    public DiscordChannelSender ChannelSender => Senders.OfType<DiscordChannelSender>().Single();

    /// <param name="restRetries">Retries of the REST client (channel posts); none by default, so each refusal is seen as sent.</param>
    public static DeliveryHarness Create(FakeDiscord discord, string? botToken = RestHarness.BotToken, int restRetries = 0)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:ApiMaxRetries"] = restRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (botToken is not null) settings[DiscordOptions.BotTokenVariable] = botToken;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var time = new FakeClock(Notifications.Now);
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddDiscordDelivery(configuration)
            .BuildServiceProvider();
        return new DeliveryHarness(services, time, logs, discord);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
