using System.Globalization;
using TalentBot.Chat.Replies;
using TalentBot.Core;

namespace TalentBot.Slack.Messages;

/// <summary>
/// A question as it was asked: what the user typed (a slash command with its text, or a question), the language
/// for whatever the input does not settle, and which page of its moves to show (from 1). Slack sends no locale with
/// a command, so the language is read from the text itself, English when it does not say.
/// </summary>
public sealed record AskedInput(string Input, Language Fallback, int Page = 1)
{
    public static AskedInput Of(string input, string languageHint) =>
        new(input, LanguageDetector.Detect(languageHint, Language.English).Language);
}

/// <summary>What a click asks for, decoded from a button's <c>action_id</c> and <c>value</c>.</summary>
public abstract record ButtonAction;

/// <summary>"Sources" and "More": page <see cref="Page"/> (from 0) of a view of the answer to <see cref="Asked"/>.</summary>
public sealed record ShowPage(ReplyView View, int Page, AskedInput Asked) : ButtonAction;

/// <summary>A did-you-mean suggestion: ask again with the suggested name.</summary>
public sealed record AskAgain(AskedInput Asked) : ButtonAction;

/// <summary>"Subscribe to alerts for ORG", clicked by someone reading in <see cref="Language"/>.</summary>
public sealed record SubscribeTo(string OrganisationId, Language Language) : ButtonAction;

/// <summary>
/// Builds TalentBot's buttons and reads them back. A button's value (up to 2000 characters) holds the whole question,
/// so a click needs no server state and survives a restart; a question too long to fit gets no button rather than a
/// broken one. The page of moves rides beside the language (<see cref="LanguageAndPage"/>). Stateless.
/// </summary>
public static class ButtonActions
{
    public const string SourcesId = "talentbot-sources";
    public const string MoreId = "talentbot-more";
    public const string SubscribeId = "talentbot-subscribe";

    /// <summary>Suggestion buttons are numbered: action ids must be unique within their block.</summary>
    public const string AgainPrefix = "talentbot-again-";

    private const char Separator = '|';

    /// <summary>"Sources" (the first page of the sources view) or "More" (any later page).</summary>
    public static ButtonElement? Page(string label, ReplyView view, int page, AskedInput asked)
    {
        var more = view == ReplyView.Answer || page > 0;
        var value = string.Join(Separator, view == ReplyView.Answer ? "a" : "s", page.ToString(CultureInfo.InvariantCulture), Encode(asked));
        return Button(label, more ? MoreId : SourcesId, value, more ? "primary" : null);
    }

    public static ButtonElement? Again(string label, int index, AskedInput asked) =>
        Button(label, AgainPrefix + index.ToString(CultureInfo.InvariantCulture), Encode(asked), null);

    public static ButtonElement? Subscribe(string label, string organisationId, Language language) =>
        Button(label, SubscribeId, language.ToCode() + Separator + organisationId, null);

    /// <summary>The action, or null when the click is not on one of ours or its value is not one we wrote.</summary>
    public static ButtonAction? Decode(string? actionId, string? value)
    {
        if (actionId is null || string.IsNullOrEmpty(value)) return null;
        if (actionId == SubscribeId)
        {
            var parts = value.Split(Separator, 2);
            return parts.Length == 2 && LanguageCodes.TryParse(parts[0], out var language) && parts[1].Length > 0
                ? new SubscribeTo(parts[1], language)
                : null;
        }
        if (actionId.StartsWith(AgainPrefix, StringComparison.Ordinal)) return Decode(value) is { } asked ? new AskAgain(asked) : null;
        if (actionId is not (SourcesId or MoreId)) return null;

        var fields = value.Split(Separator, 3);
        if (fields.Length != 3 || fields[0] is not ("a" or "s")
            || !int.TryParse(fields[1], NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            || Decode(fields[2]) is not { } request)
            return null;
        return new ShowPage(fields[0] == "a" ? ReplyView.Answer : ReplyView.Sources, page, request);
    }

    private static string Encode(AskedInput asked) => LanguageAndPage.Encode(asked.Fallback, asked.Page) + Separator + asked.Input;

    private static AskedInput? Decode(string text)
    {
        var fields = text.Split(Separator, 2);
        return fields.Length == 2 && fields[1].Length > 0 && LanguageAndPage.TryDecode(fields[0], out var language, out var page)
            ? new AskedInput(fields[1], language, page)
            : null;
    }

    private static ButtonElement? Button(string label, string actionId, string value, string? style) =>
        value.Length <= SlackLimits.ButtonValue
            ? new ButtonElement(TextObject.Plain(SlackText.Truncate(label, SlackLimits.ButtonText)), actionId, value, style)
            : null;
}
