using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using TalentBot.Answering;
using TalentBot.Chat.Replies;
using TalentBot.Core;
using TalentBot.Discord.Messages;

namespace TalentBot.Discord.Interactions;

/// <summary>A request as it was asked: what to answer, and the asker's language for what the request does not settle.</summary>
public sealed record AskedRequest(BotRequest Request, Language Fallback);

/// <summary>What a button click asks for, decoded from its <c>custom_id</c>.</summary>
public abstract record ButtonAction;

/// <summary>"Sources" and "More": page <see cref="Page"/> (from 0) of a view of the reply to <see cref="Request"/>.</summary>
public sealed record ShowPage(ReplyView View, int Page, AskedRequest Request) : ButtonAction;

/// <summary>"Subscribe to alerts for ORG".</summary>
public sealed record SubscribeTo(string OrganisationId) : ButtonAction;

/// <summary>A did-you-mean suggestion: ask again with the suggested name.</summary>
public sealed record AskAgain(AskedRequest Request) : ButtonAction;

/// <summary>A button whose request was only remembered in memory, and is no longer.</summary>
public sealed record ExpiredButton : ButtonAction;

/// <summary>
/// Encodes button actions in <c>custom_id</c> (at most 100 characters), so a click needs no server state: the
/// request travels in the button and is answered again, its page of moves beside its language
/// (<see cref="LanguageAndPage"/>). A request too long to travel (a long free question)
/// is kept in <see cref="RecentRequests"/> under a short key. Stateless apart from that memory; thread-safe.
/// </summary>
public sealed class ButtonIds(RecentRequests recent)
{
    private const char Separator = '|';
    private const string PagePrefix = "p";
    private const string SubscribePrefix = "sub";
    private const string AgainPrefix = "dym";
    private const string RememberedMarker = "#";

    public string Page(ReplyView view, int page, AskedRequest request) =>
        Fit($"{PagePrefix}|{(view == ReplyView.Answer ? "a" : "s")}|{page}|", request);

    public string Again(AskedRequest request) => Fit($"{AgainPrefix}|", request);

    /// <summary>Registry ids are short; one too long for a button gets no button rather than a broken one.</summary>
    public static string? Subscribe(string organisationId)
    {
        var id = $"{SubscribePrefix}|{organisationId}";
        return id.Length <= DiscordLimits.CustomId ? id : null;
    }

    /// <summary>The action, or null when <paramref name="customId"/> is not one of ours.</summary>
    public ButtonAction? Decode(string? customId)
    {
        if (string.IsNullOrEmpty(customId)) return null;
        var parts = customId.Split(Separator, 2);
        switch (parts[0])
        {
            case SubscribePrefix when parts.Length == 2 && parts[1].Length > 0:
                return new SubscribeTo(parts[1]);
            case AgainPrefix when parts.Length == 2:
                return DecodeRequest(parts[1]) switch
                {
                    AskedRequest request => new AskAgain(request),
                    ExpiredButton expired => expired,
                    _ => null,
                };
            case PagePrefix when parts.Length == 2:
                var fields = parts[1].Split(Separator, 3);
                if (fields.Length != 3 || fields[0] is not ("a" or "s") || !int.TryParse(fields[1], out var page) || page < 0)
                    return null;
                var view = fields[0] == "a" ? ReplyView.Answer : ReplyView.Sources;
                return DecodeRequest(fields[2]) switch
                {
                    AskedRequest request => new ShowPage(view, page, request),
                    ExpiredButton expired => expired,
                    _ => null,
                };
            default:
                return null;
        }
    }

    private string Fit(string prefix, AskedRequest request)
    {
        var inline = prefix + Inline(request);
        return inline.Length <= DiscordLimits.CustomId ? inline : prefix + RememberedMarker + Separator + recent.Remember(request);
    }

    private static string Inline(AskedRequest asked)
    {
        var (intent, argument) = asked.Request switch
        {
            WhoLeftRequest r => ("wl", r.Organisation),
            WhoJoinedRequest r => ("wj", r.Organisation),
            MovesRequest r => ("mv", r.Person),
            FlowsRequest r => ("fl", r.AsText()),
            AskRequest r => ("q", r.Question),
            HelpRequest => ("h", ""),
            _ => throw new ArgumentOutOfRangeException(nameof(asked), asked.Request, "Unknown request type."),
        };
        return $"{LanguageAndPage.Encode(asked.Fallback, asked.Request.Page)}|{intent}|{argument}";
    }

    private object? DecodeRequest(string text)
    {
        var fields = text.Split(Separator, 3);
        if (fields.Length == 2 && fields[0] == RememberedMarker)
            return recent.Recall(fields[1]) is { } remembered ? remembered : new ExpiredButton();
        if (fields.Length != 3 || !LanguageAndPage.TryDecode(fields[0], out var language, out var page)) return null;
        var argument = fields[2];
        BotRequest? request = fields[1] switch
        {
            "wl" => new WhoLeftRequest(argument),
            "wj" => new WhoJoinedRequest(argument),
            "mv" => new MovesRequest(argument),
            "fl" => FlowsRequest.FromText(argument),
            "q" => new AskRequest(argument),
            "h" => new HelpRequest(),
            _ => null,
        };
        return request is null ? null : new AskedRequest(request with { Page = page }, language);
    }

    /// <summary>The key of a remembered request: a digest of its text, so asking the same again reuses one entry.</summary>
    internal static string KeyOf(AskedRequest request)
    {
        var digest = SHA256.HashData(Encoding.UTF8.GetBytes(Inline(request)));
        return Convert.ToBase64String(digest, 0, 12).Replace('+', '-').Replace('/', '_');
    }
}

/// <summary>
/// Requests too long to travel in a button, kept for a day or until 10,000 newer ones push them out. Lost on
/// restart, in which case the button says the answer is no longer available. Thread-safe.
/// </summary>
public sealed class RecentRequests : IDisposable
{
    private const int Capacity = 10_000;
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(1);

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public string Remember(AskedRequest request)
    {
        var key = ButtonIds.KeyOf(request);
        _cache.Set(key, request, new MemoryCacheEntryOptions { Size = 1, SlidingExpiration = Lifetime });
        return key;
    }

    public AskedRequest? Recall(string key) => _cache.TryGetValue(key, out AskedRequest? request) ? request : null;

    public void Dispose() => _cache.Dispose();
}
