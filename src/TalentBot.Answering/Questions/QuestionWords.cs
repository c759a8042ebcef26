using TalentBot.Core;

namespace TalentBot.Answering.Questions;

/// <summary>
/// One language's question words, folded (lower case, no accents, punctuation as spaces): the phrases that say what
/// is asked, checked in order so that the more specific wins ("how many" before "how", "which company" before
/// "which"), the words that put an organisation at one end of a move, the phrases that name a kind of move beyond
/// the lexicon's concepts, the month names, and the periods named from the day of asking ("last month"). Plain
/// phrase lookups rather than patterns: a question's reading must never depend on a timeout.
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

    /// <summary>
    /// Calendar periods named from the day the question is asked, as the unit and how many before the current one:
    /// "this year" (0), "last month" (1), « hier » (a day, 1). Longer phrases first where one holds another (一昨年, 昨年).
    /// </summary>
    public virtual IReadOnlyList<(string Phrase, DateUnit Unit, int Back)> CalendarPhrases => [];

    /// <summary>
    /// Spans that end on the day the question is asked, with # where their number stands: "past # months", « depuis #
    /// mois », 「過去#か月」. A phrase without # spans one unit ("last week").
    /// </summary>
    public virtual IReadOnlyList<(string Phrase, DateUnit Unit)> SpanPhrases => [];

    /// <summary>Numbers a span may be counted in, as words: "two", « deux », "due", 三.</summary>
    public virtual IReadOnlyDictionary<string, int> Numbers => NoNumbers;

    /// <summary>Whether the folded question is a yes-or-no one by its form ("did …", "a-t-il …").</summary>
    public virtual bool IsYesNo(string folded) => false;

    protected static readonly IReadOnlySet<string> Empty = new HashSet<string>();

    private static readonly IReadOnlyDictionary<string, int> NoNumbers = new Dictionary<string, int>();

    /// <summary>Number words from one up, in order, a slash between forms of one number: <c>Counted("un/une", "deux")</c>.</summary>
    protected static IReadOnlyDictionary<string, int> Counted(params string[] numbers) =>
        numbers.SelectMany((forms, i) => forms.Split('/').Select(form => (form, i + 1)))
               .ToDictionary(n => n.form, n => n.Item2, StringComparer.Ordinal);

    /// <summary>Every language's words, so that a question is read by its own language's first and then by the others'.</summary>
    public static IReadOnlyList<QuestionWords> All { get; } =
        [new EnglishQuestionWords(), new FrenchQuestionWords(), new ItalianQuestionWords(), new JapaneseQuestionWords()];

    public static QuestionWords For(Language language) => All.First(w => w.Language == language);
}
