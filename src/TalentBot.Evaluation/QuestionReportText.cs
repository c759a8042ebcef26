using System.Globalization;
using System.Text;
using TalentBot.Core;

namespace TalentBot.Evaluation;

/// <summary>Formats a <see cref="QuestionReport"/> for a terminal: totals, by language, then optionally each miss.</summary>
public static class QuestionReportText
{
    public static string Format(QuestionReport report, bool diff)
    {
        ArgumentNullException.ThrowIfNull(report);
        var results = report.Results;
        var text = new StringBuilder()
            .AppendLine(CultureInfo.InvariantCulture, $"Questions on {report.Folder}: {results.Count} over {report.Articles} articles")
            .AppendLine(CultureInfo.InvariantCulture,
                $"Answered: {Show(report.Answered)} (in the reply's own words {results.Count(r => r.Place == AnswerPlace.OwnWords)}, only in its first {QuestionEvaluator.CitationsRead} citations {results.Count(r => r.Place == AnswerPlace.Citation)})")
            .AppendLine(CultureInfo.InvariantCulture,
                $"  asked in the article's language {Show(report.Of(results.Where(r => !r.CrossLanguage)))}, in another {Show(report.Of(results.Where(r => r.CrossLanguage)))}");
        foreach (var language in Enum.GetValues<Language>())
        {
            var asked = results.Where(r => r.QuestionLanguage == language).ToList();
            if (asked.Count > 0) text.AppendLine(CultureInfo.InvariantCulture, $"  asked in {language.ToCode()}: {Show(report.Of(asked))}");
        }
        if (!diff) return text.ToString();

        foreach (var result in results.Where(r => !r.Answered))
        {
            text.AppendLine()
                .AppendLine(CultureInfo.InvariantCulture, $"- {result.Question.Id} ({result.Question.Article}, {result.Outcome}): {result.Question.Question}")
                .AppendLine(CultureInfo.InvariantCulture, $"    wanted: {result.Question.Answer}");
            foreach (var line in result.OwnWords.Split('\n')) text.Append("    | ").AppendLine(line.TrimEnd());
            for (var i = 0; i < result.FirstCitations.Count; i++)
                text.AppendLine(CultureInfo.InvariantCulture, $"    [{i + 1}] {result.FirstCitations[i]}");
        }
        return text.ToString();
    }

    private static string Show(Ratio ratio) =>
        string.Create(CultureInfo.InvariantCulture, $"{ratio.Hits}/{ratio.Total} ({ratio.Value:P0})");
}
