using TalentBot.Answering;
using TalentBot.Chat.Replies;
using TalentBot.Core;
using TalentBot.Core.Replies;
using TalentBot.Discord.Interactions;

namespace TalentBot.Discord.Messages;

/// <summary>
/// Turns a reply into the message for one page of one view, with its buttons: Sources, More (when a next page
/// exists: of this reply's messages, then of the answer's moves), Subscribe to alerts for the organisation asked
/// about (in a server only: alerts belong to a server channel, so in a direct message the button could only be
/// refused), and a button per did-you-mean suggestion. Stateless apart from the button memory; thread-safe.
/// </summary>
public sealed class ReplyMessages(ReplyRenderer renderer, ButtonIds buttonIds, EntityRegistry registry)
{
    /// <param name="inServer">Asked in a server channel (the interaction has a guild), where a channel can subscribe.</param>
    public MessageData Page(Reply reply, AskedRequest asked, ReplyView view, int page, bool ephemeral, bool inServer)
    {
        var pages = view == ReplyView.Answer ? renderer.Answer(reply) : renderer.Sources(reply);
        if (pages.Count == 0) return Notice(reply.Language, Phrase.ChatExpired);
        var shown = ReplyPage.Of(reply, view, page, pages.Count);
        var language = reply.Language;

        var actions = new List<Button>();
        if (shown.OffersSources)
            actions.Add(new Button(ButtonStyle.Secondary, Label(language, Phrase.ChatSourcesButton), buttonIds.Page(ReplyView.Sources, 0, asked)));
        if (shown.More is { } more)
            actions.Add(new Button(ButtonStyle.Primary, Label(language, Phrase.ChatMoreButton), buttonIds.Page(more.View, more.Page,
                more.MovesPage is { } movesPage ? asked with { Request = asked.Request with { Page = movesPage } } : asked)));
        if (shown.OpensAnswer && inServer && SubscribeButton(reply, asked) is { } subscribe)
            actions.Add(subscribe);

        var rows = new List<ActionRow>();
        if (actions.Count > 0) rows.Add(new ActionRow(actions));
        if (SuggestionButtons(reply, asked) is { Count: > 0 } suggestions) rows.Add(new ActionRow(suggestions));

        var message = new MessageData
        {
            Embeds = pages[shown.Page],
            Components = rows.Count == 0 ? null : rows,
            Flags = ephemeral || reply.IsPrivate ? MessageData.EphemeralFlag : null,
        };
        return shown.OpensAnswer ? WithPicture(message, reply.Picture) : message;
    }

    /// <summary>
    /// The reply's picture uploaded with the message and shown as its first embed's image, its alt text as the
    /// attachment's description. A picture past the upload limit stays out: the embed's text says the same numbers.
    /// </summary>
    private static MessageData WithPicture(MessageData message, ReplyPicture? picture)
    {
        if (picture is null || picture.Png.Length > DiscordLimits.AttachmentBytes || message.Embeds is not { Count: > 0 } embeds) return message;
        return message with
        {
            Embeds = [embeds[0] with { Image = new EmbedImage("attachment://" + picture.FileName) }, .. embeds.Skip(1)],
            Attachments = [new AttachmentInfo(0, picture.FileName, DiscordText.Truncate(picture.AltText, DiscordLimits.AttachmentDescription))],
            Files = [new FileUpload(picture.FileName, picture.Png, "image/png")],
        };
    }

    /// <summary>A short private message from the adapter itself (permissions, expired buttons, failures).</summary>
    public static MessageData Notice(Language language, DiscordPhrase phrase, params object?[] args) =>
        Notice(DiscordPhrases.Table.Format(language, phrase, args));

    /// <summary>A short private message in words the adapters share (failures, expired buttons).</summary>
    public static MessageData Notice(Language language, Phrase phrase) => Notice(Phrases.Get(language, phrase));

    public static MessageData Notice(string text) => new()
    {
        Content = DiscordText.Truncate(text, DiscordLimits.Content),
        Flags = MessageData.EphemeralFlag,
    };

    /// <summary>The organisation a who-left or who-joined answer was about, when the registry knows it as one organisation.</summary>
    private Button? SubscribeButton(Reply reply, AskedRequest asked)
    {
        if (reply.Outcome != ReplyOutcome.Answered) return null;
        var name = asked.Request switch
        {
            WhoLeftRequest r => r.Organisation,
            WhoJoinedRequest r => r.Organisation,
            _ => null,
        };
        if (name is null) return null;
        var matches = registry.Resolve(name, EntityKind.Organisation).Select(m => m.Value).DistinctBy(e => e.Id).ToList();
        if (matches.Count != 1 || ButtonIds.Subscribe(matches[0].Id) is not { } customId) return null;
        var label = DiscordText.Truncate(Phrases.Format(reply.Language, Phrase.ChatSubscribeButton, matches[0].Name), DiscordLimits.ButtonLabel);
        return new Button(ButtonStyle.Success, label, customId);
    }

    private List<Button> SuggestionButtons(Reply reply, AskedRequest asked) =>
        reply.Suggestions
             .Take(DiscordLimits.ButtonsPerRow)
             .Select(name => (Name: name, Request: WithName(asked.Request, name)))
             .Where(s => s.Request is not null)
             .Select(s => new Button(ButtonStyle.Secondary, DiscordText.Truncate(s.Name, DiscordLimits.ButtonLabel),
                 buttonIds.Again(asked with { Request = s.Request! })))
             .ToList();

    private static BotRequest? WithName(BotRequest request, string name) => request switch
    {
        WhoLeftRequest r => r with { Organisation = name },
        WhoJoinedRequest r => r with { Organisation = name },
        MovesRequest r => r with { Person = name },
        _ => null,
    };

    private static string Label(Language language, Phrase phrase) =>
        DiscordText.Truncate(Phrases.Get(language, phrase), DiscordLimits.ButtonLabel);
}
