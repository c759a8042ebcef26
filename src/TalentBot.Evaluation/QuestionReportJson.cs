using System.Text.Json;
using TalentBot.Core;

namespace TalentBot.Evaluation;

/// <summary>
/// A <see cref="QuestionReport"/> as one JSON object: the totals and, for each question, what the reply said in its
/// own words and its first citations, so that someone who never read the code can judge whether it claims anything false.
/// </summary>
public static class QuestionReportJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    public static string Serialize(QuestionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Serialize(new
        {
            folder = report.Folder,
            articles = report.Articles,
            questions = report.Results.Count,
            answered = report.Answered.Hits,
            cross_language = new { answered = report.Of(report.Results.Where(r => r.CrossLanguage)).Hits, total = report.Results.Count(r => r.CrossLanguage) },
            results = report.Results.Select(r => new
            {
                id = r.Question.Id,
                article = r.Question.Article,
                question = r.Question.Question,
                asked_in = r.QuestionLanguage.ToCode(),
                article_language = r.ArticleLanguage.ToCode(),
                outcome = JsonNamingPolicy.SnakeCaseLower.ConvertName(r.Outcome.ToString()),
                found = r.Place.ToString().ToLowerInvariant(),
                own_words = r.OwnWords,
                first_citations = r.FirstCitations,
            }),
        }, Options);
    }
}
