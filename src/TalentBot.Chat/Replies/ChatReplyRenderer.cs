using TalentBot.Answering.Links;
using TalentBot.Core.Replies;

namespace TalentBot.Chat.Replies;

/// <summary>
/// What every platform's renderer does alike: lays a reply out once (<see cref="ReplyLayout"/> or, for the Sources
/// button, <see cref="SourcesLayout"/>) with the citations' links and the platform's longest URL, and hands it to the
/// platform to map onto its pages. Immutable; safe to share across threads.
/// </summary>
/// <typeparam name="TPage">One message of the platform: its embeds or its blocks.</typeparam>
/// <param name="links">The citations' links; articles' own pages only when not given.</param>
/// <param name="maxUrl">The longest URL the platform's markup takes.</param>
public abstract class ChatReplyRenderer<TPage>(CitationLinks? links, int maxUrl)
{
    /// <summary>The citations' links.</summary>
    protected CitationLinks Links { get; } = links ?? CitationLinks.ArticlesOnly;

    /// <summary>The answer then its sources, as pages.</summary>
    public IReadOnlyList<TPage> Answer(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var layout = ReplyLayout.Of(reply, Links, maxUrl);
        return Pages(reply, layout, layout.Sources);
    }

    /// <summary>Only the sources, as pages (for the Sources button); empty when the reply cites nothing.</summary>
    public IReadOnlyList<TPage> Sources(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return Pages(reply, null, SourcesLayout.Of(reply, Links, maxUrl, quotedInAnswer: false));
    }

    /// <summary>The platform's pages: <paramref name="answer"/> when given, then <paramref name="sources"/> when the reply cites anything.</summary>
    protected abstract IReadOnlyList<TPage> Pages(Reply reply, ReplyLayout? answer, SourcesLayout? sources);
}
