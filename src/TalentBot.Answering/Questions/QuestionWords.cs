using TalentBot.Core;

namespace TalentBot.Answering.Questions;

/// <summary>
/// One language's question words, folded (lower case, no accents, punctuation as spaces): the phrases that say what
/// is asked, checked in order so that the more specific wins ("how many" before "how", "which company" before
/// "which"), the words that put an organisation at one end of a move, the phrases that name a kind of move beyond
/// the lexicon's concepts, and the month names. Plain phrase lookups rather than patterns: a question's reading
/// must never depend on a timeout.
/// </summary>
internal abstract class QuestionWords
{
    public abstract Language Language { get; }

    /// <summary>Phrases that say what is asked, most specific first.</summary>
    public abstract IReadOnlyList<(string Phrase, Asked Asked)> Cues { get; }

    /// <summary>Phrases that name a kind of move the lexicon's concepts leave open ("never started", "tornato").</summary>
    public abstract IReadOnlyList<(string Phrase, MoveKind Kind)> KindPhrases { get; }

    /// <summary>Words before an organisation that make it the end a move leaves ("from", "quitté", "da").</summary>
    public virtual IReadOnlySet<string> FromWords => Empty;

    /// <summary>Words before an organisation that make it the end a move reaches ("to", "chez", "per").</summary>
    public virtual IReadOnlySet<string> ToWords => Empty;

    /// <summary>Words shortly before an organisation that rule it out as the destination ("rather than", « au lieu de »).</summary>
    public virtual IReadOnlySet<string> InsteadWords => Empty;

    /// <summary>Japanese marks an organisation's part after it, with a particle.</summary>
    public virtual IReadOnlyList<(string Particle, EndRole Role)> Particles => [];

    /// <summary>Words that make a date the start of a period: "since", « depuis », 以降.</summary>
    public virtual IReadOnlyList<string> SinceWords => [];

    /// <summary>January to December, folded; several spellings may share a month. From the language's <see cref="CalendarWords"/>.</summary>
    public virtual IReadOnlyList<(string Name, int Month)> Months => [];

    /// <summary>Whether the folded question is a yes-or-no one by its form ("did …", "a-t-il …").</summary>
    public virtual bool IsYesNo(string folded) => false;

    protected static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    /// <summary>Every language's words, so that a question is read by its own language's first and then by the others'.</summary>
    public static IReadOnlyList<QuestionWords> All { get; } =
        [new EnglishQuestionWords(), new FrenchQuestionWords(), new ItalianQuestionWords(), new JapaneseQuestionWords()];

    public static QuestionWords For(Language language) => All.First(w => w.Language == language);
}
