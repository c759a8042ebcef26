using TalentBot.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using TalentBot.Alerts.Delivery;
using TalentBot.Core.Alerts;
using TalentBot.Slack.Delivery;

namespace TalentBot.Slack.Tests.Support;

/// <summary>
/// The Slack senders as the host registers them (<see cref="SlackServices.AddSlackDelivery"/>), pointed at the fake
/// Slack, on a fake clock, with every log line captured.
/// </summary>
public sealed class DeliveryHarness : IAsyncDisposable
{
    public const string Channel = "C0ALERTS01";

    /// <summary>The secret part of the webhook's URL: it must appear in no log line and no reason.</summary>
    public const string WebhookSecret = "s3cr3tW3bh00kS3cr3tXYZ";

    private readonly ServiceProvider _services;

    private DeliveryHarness(ServiceProvider services, FakeClock time, CapturedLogs logs, FakeSlack slack)
    {
        _services = services;
        Time = time;
        Logs = logs;
        Webhook = DeliveryTarget.Webhook(new Uri($"{slack.BaseUrl}/hooks/services/T0TEAM/B0HOOK/{WebhookSecret}"), DeliveryFormat.Slack);
    }

    public FakeClock Time { get; }

    public CapturedLogs Logs { get; }

    public DeliveryTarget Webhook { get; }

    public static DeliveryTarget ChannelTarget { get; } = DeliveryTarget.SlackChannel(Channel);

    public IReadOnlyList<IDeliverySender> Senders => _services.GetServices<IDeliverySender>().ToList();

    public SlackWebhookSender WebhookSender => Senders.OfType<SlackWebhookSender>().Single();

    public SlackChannelSender ChannelSender => Senders.OfType<SlackChannelSender>().Single();

    /// <param name="postInterval">Least time between two posts to one channel or webhook; none by default, so pages need no clock.</param>
    public static DeliveryHarness Create(FakeSlack slack, string? botToken = SlackHost.BotToken, int postInterval = 0)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:ApiBaseUrl"] = slack.ApiBaseUrl,
            ["Slack:ApiMaxRetries"] = "0",
            ["Slack:ChannelPostIntervalMilliseconds"] = postInterval.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (botToken is not null) settings[SlackOptions.BotTokenVariable] = botToken;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var time = new FakeClock(Notifications.Now);
        var logs = new CapturedLogs();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(time)
            .AddLogging(b => b.AddProvider(logs).SetMinimumLevel(LogLevel.Trace))
            .AddSlackDelivery(configuration)
            .BuildServiceProvider();
        return new DeliveryHarness(services, time, logs, slack);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
