using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction.Tests;

/// <summary>
/// Which date a move takes: a month later than the article's and without a year is last year's for a move made and
/// this year's for one to come; "since 2023" dates a stay; a dateline dates the report, not the move, when the text
/// says when the move happened. Articles are dated 20 July 2025 (<see cref="Extraction.Of"/>).
/// </summary>
public sealed class MoveDateTests
{
    [Theory]
    [InlineData(Language.English, "Priya Raman rejoined Google DeepMind in November after 14 months at Meta.")]
    [InlineData(Language.English, "Priya Raman has left Meta in November, people familiar with the matter said.")]
    [InlineData(Language.French, "Priya Raman a quitté Meta en novembre pour rejoindre Mistral AI.")]
    [InlineData(Language.Italian, "Priya Raman ha lasciato Meta a novembre per entrare in Mistral AI.")]
    [InlineData(Language.Japanese, "プリヤ・ラマン氏は11月にメタを退社した。")]
    public void Extract_MoveMadeInALaterMonthWithoutAYear_IsDatedLastYear(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        move.When.ShouldBe(new PartialDate(2024, 11));
    }

    [Theory]
    [InlineData(Language.English, "Priya Raman will join Google DeepMind in November, the company said.")]
    [InlineData(Language.English, "Priya Raman is expected to leave Meta in November.")]
    [InlineData(Language.French, "Priya Raman rejoindra Mistral AI en novembre.")]
    [InlineData(Language.Italian, "Priya Raman entrerà in Mistral AI a novembre.")]
    [InlineData(Language.Japanese, "プリヤ・ラマン氏は11月にメタに入社する予定だ。")]
    public void Extract_MoveStillToComeInALaterMonth_IsDatedThisYear(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        move.When.ShouldBe(new PartialDate(2025, 11));
    }

    [Fact]
    public void Extract_LaterMonthOfARelativeClauseAfterAMoveMade_IsStillToCome()
    {
        var move = Extraction.Of(Language.English,
            "Priya Raman, a research scientist, has been hired by Anthropic, where she starts in November.").Moves.ShouldHaveSingleItem();

        // A relative clause's date dates no move outside it, so the move may stay undated; never last year's November.
        move.When.ShouldBeOneOf(null, new PartialDate(2025, 11));
    }

    [Fact]
    public void Extract_EarlierMonthOfAMoveMade_StaysThisYear()
    {
        var move = Extraction.Of(Language.English, "Priya Raman left Meta in March to join Anthropic.").Moves.ShouldHaveSingleItem();

        move.When.ShouldBe(new PartialDate(2025, 3));
    }

    [Theory]
    [InlineData(Language.English, "Priya Raman, who has led research at Meta since 2023, has left the company.")]
    [InlineData(Language.French, "Priya Raman, qui dirigeait la recherche de Meta depuis 2023, a quitté l'entreprise.")]
    [InlineData(Language.Italian, "Priya Raman, che guidava la ricerca di Meta fin dal 2023, ha lasciato l'azienda.")]
    [InlineData(Language.Japanese, "2023年以来メタの研究を率いてきたプリヤ・ラマン氏がメタを退社した。")]
    public void Extract_DateThatStartsAStay_DoesNotDateTheMove(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.Single(m => m.Kind == MoveKind.Left);

        move.When.ShouldBeNull();
    }

    [Theory]
    [InlineData(Language.French, "PARIS, 15 juillet 2025 — Meta a recruté Priya Raman le mois dernier.", 2025, 6)]
    [InlineData(Language.English, "LONDON, July 15, 2025 — Meta hired Priya Raman last month.", 2025, 6)]
    [InlineData(Language.Japanese, "【東京＝2025年7月15日】メタは先月、プリヤ・ラマン氏を採用した。", 2025, 6)]
    public void Extract_DatelineBesideTheMovesOwnDate_GivesWayToIt(Language language, string text, int year, int month)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        move.When.ShouldBe(new PartialDate(year, month));
    }

    // Places written as words, not capitals, and a byline after the date on the same line.
    [Theory]
    [InlineData(Language.French, "Portrait de Priya Raman\n\nLyon, 12 mai 2026 – Propos recueillis par notre rédaction\n\nPriya Raman a rejoint Mistral AI en avril.")]
    [InlineData(Language.English, "Priya Raman profile\n\nBristol, May 12, 2026 - Interview by our staff reporter\n\nPriya Raman joined Mistral AI in April.")]
    [InlineData(Language.Italian, "Ritratto di Priya Raman\n\nTorino, 12 maggio 2026 – Intervista della nostra redazione\n\nPriya Raman è entrata in Mistral AI ad aprile.")]
    public void Extract_DatelineOfATitleCasePlaceWithABylineAfterIt_GivesTheMonthItsYear(Language language, string text)
    {
        var undated = new ArticleText(text, language, Published: null);

        var move = Extraction.Extractor.Extract(undated).Moves.ShouldHaveSingleItem();

        move.When.ShouldBe(new PartialDate(2026, 4));
    }

    [Fact]
    public void Extract_ShortDateSentenceAfterAnIntroOnTheSameLine_DatesTheArticle()
    {
        var text = "The week in AI hiring\n\nOur weekly look at who moved where. Week ending 23 October 2026.\n\nPriya Raman joined Mistral AI this month.";

        var move = Extraction.Extractor.Extract(new ArticleText(text, Language.English, Published: null)).Moves.ShouldHaveSingleItem();

        move.When.ShouldBe(new PartialDate(2026, 10));
    }

    [Fact]
    public void Extract_LongSentenceWithADateInsideTheFirstParagraph_DoesNotDateTheArticle()
    {
        var text = "Priya Raman profile\n\nShe grew up in Lyon. Her first employer, a small Paris start-up founded in May 2019 by three former Google researchers, was bought by Meta.\n\nPriya Raman joined Mistral AI in April.";

        var move = Extraction.Extractor.Extract(new ArticleText(text, Language.English, Published: null)).Moves.ShouldHaveSingleItem();

        move.When.ShouldBe(new PartialDate(null, 4));
    }

    [Fact]
    public void Extract_DatelineAlone_DatesTheMoveUntilAnotherSentenceSaysWhen()
    {
        var alone = Extraction.Of(Language.English,
            "LONDON, 15 July 2025 — Google DeepMind has appointed Priya Raman to lead post-training.").Moves.ShouldHaveSingleItem();
        var told = Extraction.Of(Language.English,
            "LONDON, 15 July 2025 — Google DeepMind has appointed Priya Raman to lead post-training.\n\n" +
            "Raman was named head of post-training at Google DeepMind on Monday in an internal memo.").Moves.ShouldHaveSingleItem();

        alone.When.ShouldBe(new PartialDate(2025, 7, 15));
        told.When.ShouldBe(new PartialDate(2025, 7, 14));
    }
    [Theory]
    [InlineData(Language.English, "Priya Raman, who had worked at OpenAI until May 2024, will return to OpenAI.")]
    [InlineData(Language.Italian, "Priya Raman, che aveva lavorato in OpenAI fino al maggio 2024, rientrerà in OpenAI.")]
    public void Extract_DateOfARelativeClauseTheMoveIsNotIn_DoesNotDateTheMove(Language language, string text)
    {
        var move = Extraction.Of(language, text).Moves.ShouldHaveSingleItem();

        move.When.ShouldBeNull();
    }
}
