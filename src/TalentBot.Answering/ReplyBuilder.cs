using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering;

/// <summary>
/// Builds replies outside the offline composer (a model's grounded prose) and amends them, keeping
/// <see cref="Reply.Text"/> in step with the parts.
/// </summary>
public static class ReplyBuilder
{
    /// <summary>
    /// A free-question reply whose prose a model wrote. <paramref name="answer"/>'s markers must already be checked
    /// and numbered into <paramref name="citations"/> (1..n, in order of first use).
    /// </summary>
    public static Reply FromModel(Language language, string answer, IReadOnlyList<NumberedCitation> citations, IReadOnlyList<ReplyNote> notes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(answer);
        ArgumentNullException.ThrowIfNull(citations);
        var reply = new Reply(ReplyIntent.Ask, language, ReplyOutcome.Answered, Phrases.Get(language, Phrase.AskLead),
            [], [], [], citations, notes, [], citations.Count, "", answer);
        return reply with { Text = ReplyText.Render(reply) };
    }

    /// <summary>
    /// The refusal of an empty question, the same the answerer gives, for a caller that refuses it before opening a
    /// store (the CLI, whose store may not even open).
    /// </summary>
    public static Reply EmptyQuestion(Language language) =>
        ReplyComposer.Refusal(ReplyIntent.Ask, language, Phrases.Get(language, Phrase.EmptyInput));

    /// <summary>The same reply with one more note at the end.</summary>
    public static Reply WithNote(Reply reply, ReplyNote note)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var amended = reply with { Notes = [.. reply.Notes, note] };
        return amended with { Text = ReplyText.Render(amended) };
    }
}
