using System.Globalization;
using System.Text;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Replies;
using TalentBot.Extraction;
using TalentBot.Knowledge;

namespace TalentBot.Evaluation;

/// <summary>Where a right answer was found in a reply.</summary>
public enum AnswerPlace
{
    /// <summary>Not in the reply's own words nor in its first three citations.</summary>
    Missed,

    /// <summary>In the reply's own words: its title, direct answer, moves, counts or notes.</summary>
    OwnWords,

    /// <summary>Only in the verbatim quote of one of its first three citations.</summary>
    Citation,
}

/// <summary>One question's outcome, with the reply's own words kept so that a reader can judge what it claims.</summary>
public sealed record QuestionResult(
    GoldQuestion Question,
    Language QuestionLanguage,
    Language ArticleLanguage,
    ReplyOutcome Outcome,
    AnswerPlace Place,
    string OwnWords,
    IReadOnlyList<string> FirstCitations)
{
    public bool Answered => Place != AnswerPlace.Missed;

    public bool CrossLanguage => QuestionLanguage != ArticleLanguage;
}

/// <summary>Every question of a set and how it was answered.</summary>
public sealed record QuestionReport(string Folder, int Articles, IReadOnlyList<QuestionResult> Results)
{
    public Ratio Answered => Of(Results);

    public Ratio Of(IEnumerable<QuestionResult> results)
    {
        var list = results.ToList();
        return new Ratio(list.Count(r => r.Answered), list.Count);
    }
}

/// <summary>
/// Answers a gold set's questions as the bot would without a model: the set's articles are ingested into a fresh
/// LiteDB store with the offline extractor, and each question goes to <see cref="QuestionAnswerer"/> as typed.
/// A question counts as answered when its pattern matches the reply's own words or the quotes of its first three
/// citations, which is what a reader sees first. Every question is asked at <see cref="AskedAt"/>.
/// </summary>
public static class QuestionEvaluator
{
    /// <summary>Citations a reader is assumed to check: the first few, as a chat reply shows them.</summary>
    public const int CitationsRead = 3;

    /// <summary>
    /// When every question is asked, so that "last month" or « cette année » reads the same on every run and a score
    /// never drifts with the calendar: a fixed day after the newest date in the committed gold sets (2026-11-02).
    /// </summary>
    public static readonly DateTimeOffset AskedAt = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);

    /// <param name="storeFolder">An empty folder for the store; the caller owns and deletes it.</param>
    /// <param name="time">The ingestion's clock; questions are asked at <see cref="AskedAt"/> whatever it says.</param>
    public static QuestionReport Run(GoldSet set, IReadOnlyList<GoldQuestion> questions, EntityRegistry registry, string storeFolder, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(questions);
        using var store = KnowledgeStore.Open(Path.Combine(storeFolder, "questions.db"), registry);
        new ArticleIngestion(store, new RuleBasedExtractor(registry), time).IngestMany(set.Articles.Select(a => a.Source).ToList());
        var answerer = new QuestionAnswerer(store, new FixedClock(AskedAt), registry);
        var languages = set.Articles.ToDictionary(a => a.File, a => a.Language, StringComparer.Ordinal);
        var results = questions.Select(q => Score(q, answerer, languages[q.Article])).ToList();
        return new QuestionReport(set.Folder, set.Articles.Count, results);
    }

    private static QuestionResult Score(GoldQuestion question, QuestionAnswerer answerer, Language articleLanguage)
    {
        var asked = LanguageDetector.Detect(question.Question, articleLanguage).Language;
        var reply = answerer.Answer(question.Question, asked);
        var ownWords = OwnWords(reply);
        var quotes = reply.Citations.Take(CitationsRead).Select(c => c.Citation.Quote).ToList();
        var place = question.Answer.IsMatch(ownWords) ? AnswerPlace.OwnWords
            : quotes.Any(question.Answer.IsMatch) ? AnswerPlace.Citation
            : AnswerPlace.Missed;
        return new QuestionResult(question, asked, articleLanguage, reply.Outcome, place, ownWords, quotes);
    }

    /// <summary>What the reply says in its own words, one line each: never a quote.</summary>
    public static string OwnWords(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var text = new StringBuilder().AppendLine(reply.Title);
        if (reply.Answer is { Length: > 0 } answer) text.AppendLine(answer);
        foreach (var shown in reply.Moves)
        {
            var move = shown.Move;
            text.Append(CultureInfo.InvariantCulture, $"{move.Person.Name}: {move.Kind.ToCode()} {move.From?.Name ?? "?"} → {move.To?.Name ?? "?"}");
            if (move.When is { } when) text.Append(' ').Append(when.ToString());
            if (move.Amount is { } amount) text.Append(' ').Append(amount.Text);
            text.AppendLine();
        }
        foreach (var shown in reply.Counts)
            text.AppendLine(CultureInfo.InvariantCulture, $"{shown.Count.Count} ({shown.Count.Bound}) {shown.Count.From.Name} → {shown.Count.To?.Name ?? "?"}");
        foreach (var note in reply.Notes) text.AppendLine(note.Text);
        return text.ToString().TrimEnd();
    }

    /// <summary>A clock stopped at one instant.</summary>
    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
