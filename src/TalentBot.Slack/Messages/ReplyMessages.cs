using TalentBot.Answering;
using TalentBot.Chat.Replies;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Slack.Messages;

/// <summary>
/// Turns a reply into the message for one page of one view, with its buttons: Sources, More (when a next page
/// exists: of this reply's messages, then of the answer's moves), Subscribe to alerts for the organisation a
/// <c>/who-left</c> or <c>/who-joined</c> named (in a channel only: in a direct message it could only be refused), and
/// one per did-you-mean suggestion. Stateless; thread-safe.
/// </summary>
public sealed class ReplyMessages(ReplyRenderer renderer, EntityRegistry registry)
{
    private const int MaxSuggestions = 5;

    /// <param name="privately">Whether only the asker sees the page even when the reply itself is public (Sources, More).</param>
    /// <param name="inChannel">Asked in a channel, which can subscribe; false in a direct message.</param>
    public SlackMessage Page(Reply reply, AskedInput asked, ReplyView view, int page, bool privately, bool inChannel)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var pages = view == ReplyView.Answer ? renderer.Answer(reply) : renderer.Sources(reply);
        if (pages.Count == 0) return Notice(reply.Language, Phrase.ChatExpired);
        var shown = ReplyPage.Of(reply, view, page, pages.Count);
        var language = reply.Language;

        var buttons = new List<ButtonElement?>();
        if (shown.OffersSources)
            buttons.Add(ButtonActions.Page(Phrases.Get(language, Phrase.ChatSourcesButton), ReplyView.Sources, 0, asked));
        if (shown.More is { } more)
            buttons.Add(ButtonActions.Page(Phrases.Get(language, Phrase.ChatMoreButton), more.View, more.Page,
                more.MovesPage is { } movesPage ? asked with { Page = movesPage } : asked));
        if (shown.OpensAnswer && inChannel) buttons.Add(SubscribeButton(reply, asked));
        buttons.AddRange(SuggestionButtons(reply, asked));

        var blocks = pages[shown.Page].ToList();
        if (buttons.OfType<ButtonElement>().ToList() is { Count: > 0 } present) blocks.Add(new ActionsBlock(present));
        var isPrivate = privately || reply.IsPrivate;
        return new SlackMessage(SlackText.EscapeWithin(reply.Title, SlackLimits.MessageText), blocks, isPrivate)
        {
            // A picture is shared in the channel, so a private answer (Sources, More) never carries one.
            Picture = shown.OpensAnswer && !isPrivate ? reply.Picture : null,
        };
    }

    /// <summary>A short private message from the adapter itself (unknown commands, alerts, failures).</summary>
    public static SlackMessage Notice(Language language, SlackPhrase phrase, params object?[] args) =>
        Notice(SlackPhrases.Table.Format(language, phrase, args));

    /// <summary>A short private message in words the adapters share (failures, expired buttons).</summary>
    public static SlackMessage Notice(Language language, Phrase phrase) => Notice(Phrases.Get(language, phrase));

    /// <summary>A private message of plain text, escaped.</summary>
    public static SlackMessage Notice(string text) => Text(text, isPrivate: true);

    public static SlackMessage Text(string text, bool isPrivate) => new(
        SlackText.EscapeWithin(text, SlackLimits.MessageText),
        [new SectionBlock(TextObject.Markdown(SlackText.EscapeWithin(text, SlackLimits.SectionText)))],
        isPrivate);

    /// <summary>The organisation a who-left or who-joined command named, when the registry knows it as exactly one.</summary>
    private ButtonElement? SubscribeButton(Reply reply, AskedInput asked)
    {
        if (reply.Outcome != ReplyOutcome.Answered || reply.Intent is not (ReplyIntent.WhoLeft or ReplyIntent.WhoJoined)) return null;
        if (ArgumentOf(asked.Input) is not { } name) return null;
        var matches = registry.Resolve(name, EntityKind.Organisation).Select(m => m.Value).DistinctBy(e => e.Id).ToList();
        if (matches.Count != 1) return null;
        var label = Phrases.Format(reply.Language, Phrase.ChatSubscribeButton, matches[0].Name);
        return ButtonActions.Subscribe(label, matches[0].Id, reply.Language);
    }

    /// <summary>A button per suggestion, asking the same kind of question with the suggested name.</summary>
    private static IEnumerable<ButtonElement?> SuggestionButtons(Reply reply, AskedInput asked)
    {
        var command = reply.Intent switch
        {
            ReplyIntent.WhoLeft => "/who-left",
            ReplyIntent.WhoJoined => "/who-joined",
            ReplyIntent.MovesOf => "/moves",
            _ => null,
        };
        if (command is null) return [];
        return reply.Suggestions.Take(MaxSuggestions)
                    .Select((name, i) => ButtonActions.Again(name, i, asked with { Input = command + " " + name }));
    }

    /// <summary>The text after a slash command (<c>/who-left meta</c> → <c>meta</c>), or null for a question.</summary>
    private static string? ArgumentOf(string input)
    {
        if (!input.StartsWith('/')) return null;
        var split = input.AsSpan().IndexOfAny(" \t\r\n\u3000");
        return split < 0 || input[(split + 1)..].Trim() is not { Length: > 0 } argument ? null : argument;
    }
}
