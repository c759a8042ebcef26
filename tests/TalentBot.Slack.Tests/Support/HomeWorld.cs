using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TalentBot.Alerts;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Knowledge;
using TalentBot.Extraction;
using TalentBot.Knowledge;

namespace TalentBot.Slack.Tests.Support;

/// <summary>
/// A store of its own, seeded from the founding corpus on a fixed day (so its moves were first seen then), with the
/// alerts services the host registers: for the App Home, which reads subscriptions and recent moves. Deleted on dispose.
/// </summary>
public sealed class HomeWorld : IDisposable
{
    /// <summary>When the founding articles were read: the moves' first-seen time.</summary>
    public static readonly DateTimeOffset Seeded = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "talentbot-home-" + Guid.NewGuid().ToString("N")[..10]);

    public HomeWorld()
    {
        Directory.CreateDirectory(_folder);
        var corpus = Corpus.Load(Path.Combine(AppContext.BaseDirectory, "knowledge"));
        Store = KnowledgeBootstrap.Open(Path.Combine(_folder, "home.db"), corpus, new RuleBasedExtractor(corpus.Registry), new FakeTimeProvider(Seeded)).Store;
    }

    public KnowledgeStore Store { get; }

    /// <summary>A channel subscription to <paramref name="organisation"/>, made in <paramref name="language"/>.</summary>
    public Subscription Subscribe(string channel, string organisation, Language language, DigestSchedule? digest = null)
    {
        var entity = Store.Registry.Resolve(organisation, EntityKind.Organisation).Select(m => m.Value).First();
        var filter = MoveFilter.Everything with { Organisations = [new EntityRef(entity.Id, entity.Name)] };
        return Store.Alerts.Subscribe(new NewSubscription(DeliveryTarget.SlackChannel(channel), filter, Alerts: true,
            digest ?? new DigestSchedule(DigestSchedule.DailyAtNine, "Europe/Paris"), language, Payloads.User), Seeded);
    }

    /// <summary>Registers the store and the alerts services as the host does.</summary>
    public void Register(IServiceCollection services)
    {
        services.AddSingleton<IKnowledgeBase>(Store);
        services.AddSingleton(Store.Alerts);
        services.AddTalentBotAlerts();
    }

    public void Dispose()
    {
        Store.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // The OS cleans the temp folder later.
        }
    }
}

/// <summary>The events behind the App Home and direct messages, shaped as Slack's reference pages show them.</summary>
internal static class HomePayloads
{
    public const string DirectChannel = "D0TALENTDM";

    /// <summary>A <c>message.im</c> event: a person writing to the bot in its Messages tab.</summary>
    public static JsonObject DirectMessage(string text, string? eventId = null, string ts = "1700000011.000100", string? subtype = null,
        string? botId = null, string user = Payloads.User, string? threadTs = null)
    {
        var message = new JsonObject
        {
            ["type"] = "message",
            ["channel"] = DirectChannel,
            ["user"] = user,
            ["text"] = text,
            ["ts"] = ts,
            ["event_ts"] = ts,
            ["channel_type"] = "im",
            ["client_msg_id"] = "6f4c2c41-1b5e-4f0c-9d5a-2d1b9c5e7a10",
            ["team"] = Payloads.Team,
        };
        if (subtype is not null) message["subtype"] = subtype;
        if (botId is not null) message["bot_id"] = botId;
        if (threadTs is not null) message["thread_ts"] = threadTs;
        return Envelope(message, eventId);
    }

    /// <summary>An <c>app_home_opened</c> event for <paramref name="tab"/> (<c>home</c> or <c>messages</c>).</summary>
    public static JsonObject HomeOpened(string tab = "home", string? eventId = null, string user = Payloads.User) => Envelope(new JsonObject
    {
        ["type"] = "app_home_opened",
        ["user"] = user,
        ["channel"] = DirectChannel,
        ["tab"] = tab,
        ["event_ts"] = "1700000012.000200",
        ["view"] = new JsonObject { ["id"] = "V0HOMEVIEW", ["team_id"] = Payloads.Team, ["type"] = "home", ["blocks"] = new JsonArray() },
    }, eventId);

    private static JsonObject Envelope(JsonObject inner, string? eventId)
    {
        var envelope = Payloads.Mention("", eventId);
        envelope["event"] = inner;
        return envelope;
    }
}
