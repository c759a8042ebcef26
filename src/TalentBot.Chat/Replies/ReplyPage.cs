using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Chat.Replies;

/// <summary>Which rendering of a reply a page belongs to.</summary>
public enum ReplyView
{
    Answer,
    Sources,
}

/// <summary>
/// "More": the page a button turns to. <see cref="MovesPage"/> is set when it asks the question again for the answer's
/// next page of moves (past the reply's last message), null when it stays on the same answer.
/// </summary>
public sealed record PageTurn(ReplyView View, int Page, int? MovesPage = null);

/// <summary>
/// The paging state of one page of a reply, as every platform offers it: the Sources button (on the answer, when it
/// cites anything), More (to this view's next page, else, past the reply's last message, to the answer's next page of
/// moves, so every move is reachable) and whether it opens the answer (its first page, where a picture and a
/// Subscribe button go).
/// Immutable.
/// </summary>
public sealed record ReplyPage(ReplyView View, int Page, bool OffersSources, PageTurn? More, bool OpensAnswer)
{
    /// <summary>Page <paramref name="page"/> (from 0, brought within range) of <paramref name="pageCount"/> of a view of <paramref name="reply"/>.</summary>
    public static ReplyPage Of(Reply reply, ReplyView view, int page, int pageCount)
    {
        ArgumentNullException.ThrowIfNull(reply);
        page = Math.Clamp(page, 0, Math.Max(pageCount - 1, 0));
        var more = page + 1 < pageCount ? new PageTurn(view, page + 1)
            : view == ReplyView.Answer && reply.Page < reply.Pages ? new PageTurn(ReplyView.Answer, 0, reply.Page + 1)
            : null;
        return new ReplyPage(view, page, view == ReplyView.Answer && reply.Citations.Count > 0, more, view == ReplyView.Answer && page == 0);
    }

    /// <summary>"Page 2 of 3", in <paramref name="language"/>, for page <paramref name="index"/> from 0.</summary>
    public static string Indicator(Language language, int index, int count) => Phrases.Format(language, Phrase.ChatPage, index + 1, count);

    /// <summary>"Title (continued)", in <paramref name="language"/>: a section or group carried on to another page or block.</summary>
    public static string Continued(Language language, string title) => Phrases.Format(language, Phrase.ChatContinued, title);
}
