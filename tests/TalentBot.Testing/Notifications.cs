using TalentBot.Alerts.Delivery;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Alerts;
using TalentBot.Core.Replies;

namespace TalentBot.Testing;

/// <summary>Alerts and digests as the outbox hands them to a sender, built the way the alerts feature builds them.</summary>
public static class Notifications
{
    public static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    public static readonly NotificationReplies Composer = new(EntityRegistry.Empty);

    public static Reply Alert(Language language = Language.English) => Composer.Alert(
        Replies.Move("Jane Roe", "Meta", "OpenAI", [Replies.Cite(1, "Jane Roe left Meta for OpenAI.", "https://example.com/jane")]),
        language);

    /// <summary>
    /// A digest of <paramref name="count"/> moves, each with its own article and a quote of about
    /// <paramref name="quoteLength"/> characters, spread over three destinations and a subscriber's interest in Meta.
    /// </summary>
    public static Reply Digest(int count = 6, int quoteLength = 60)
    {
        var destinations = new[] { "OpenAI", "Anthropic", "Google DeepMind" };
        var moves = Enumerable.Range(1, count)
            .Select(i => Replies.Move($"Person {i}", i % 4 == 0 ? "Meta" : "Somewhere", i % 4 == 0 ? null : destinations[i % 3],
                [Replies.Cite(i, Quote(i, quoteLength), $"https://example.com/article/{i}", $"Article {i}")]))
            .ToList();
        return Composer.Digest(moves, Now.AddDays(-1), Language.English, [new EntityRef("Meta", "Meta")]);
    }

    public static Notification For(DeliveryTarget target, Reply reply, string deliveryId = "dlv-0001")
    {
        var kind = reply.Intent == ReplyIntent.Digest ? DeliveryKind.Digest : DeliveryKind.Alert;
        var subscription = new Subscription("sub-1", target, MoveFilter.Everything, Alerts: true, Digest: null, reply.Language, Now, "tester", Now);
        var delivery = new Core.Alerts.Delivery(deliveryId, subscription.Id, kind, reply.Moves.Select(m => m.Move.Id).ToList(), Now, DeliveryStatus.Waiting, 0, Now);
        return new Notification(delivery, subscription, reply);
    }

    private static string Quote(int i, int length)
    {
        var text = $"Quote {i}: ";
        while (text.Length < length) text += "the researcher moved on to a new lab, sources said. ";
        return text[..length];
    }
}
