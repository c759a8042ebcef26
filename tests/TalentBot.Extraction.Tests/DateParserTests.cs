using TalentBot.Core;

namespace TalentBot.Extraction.Tests;

public sealed class DateParserTests
{
    private static readonly PartialDate Published = new(2025, 7, 20);

    [Theory]
    [InlineData(Language.English, "She left on July 15.", "2025-07-15")]
    [InlineData(Language.English, "She left on 15 July 2024.", "2024-07-15")]
    [InlineData(Language.English, "He joined on Oct. 3, 2023.", "2023-10-03")]
    [InlineData(Language.English, "He quit in April.", "2025-04")]
    [InlineData(Language.English, "They left in late June.", "2025-06")]
    [InlineData(Language.English, "He joined last December.", "2024-12")]
    [InlineData(Language.English, "She joined OpenAI in 2021.", "2021")]
    [InlineData(Language.French, "Il a quitté Google le 15 juillet.", "2025-07-15")]
    [InlineData(Language.French, "Elle est partie le 1er mars 2024.", "2024-03-01")]
    [InlineData(Language.French, "Il a rejoint Meta en avril.", "2025-04")]
    [InlineData(Language.French, "Il avait signé en décembre dernier.", "2024-12")]
    [InlineData(Language.Italian, "Ha lasciato OpenAI il 15 luglio.", "2025-07-15")]
    [InlineData(Language.Italian, "È entrata in Meta nell'aprile 2024.", "2024-04")]
    [InlineData(Language.Italian, "Si è dimesso lo scorso settembre.", "2024-09")]
    [InlineData(Language.Japanese, "7月15日に退社した。", "2025-07-15")]
    [InlineData(Language.Japanese, "2024年4月に入社した。", "2024-04")]
    [InlineData(Language.Japanese, "4月にメタに移籍した。", "2025-04")]
    [InlineData(Language.Japanese, "昨年12月に契約した。", "2024-12")]
    [InlineData(Language.Japanese, "２０２３年に退職した。", "2023")]
    [InlineData(Language.English, "She joined in June of last year.", "2024-06")]
    [InlineData(Language.English, "She joined in June last year.", "2024-06")]
    [InlineData(Language.French, "Elle est arrivée en juin de l'année dernière.", "2024-06")]
    [InlineData(Language.French, "Elle est arrivée en juin l'an dernier.", "2024-06")]
    [InlineData(Language.Italian, "È arrivata nel giugno dello scorso anno.", "2024-06")]
    [InlineData(Language.Italian, "È arrivata a giugno dell'anno scorso.", "2024-06")]
    [InlineData(Language.Japanese, "昨年6月に入社した。", "2024-06")]
    public void FindAll_DateInText_ParsesAsPreciselyAsWritten(Language language, string text, string expected)
    {
        var date = DateParser.FindAll(text, language, Published).ShouldHaveSingleItem();

        date.Date.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData("Jun-ho Seo will join Nvidia.")]
    [InlineData("May-Britt Larsen left OpenAI.")]
    [InlineData("Jan-Erik Solberg is joining Meta.")]
    public void FindAll_MonthNameThatStartsAHyphenatedName_IsNoDate(string text)
    {
        DateParser.FindAll(text, Language.English, Published).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(Language.English, "She joined last week.", "2025-07")]
    [InlineData(Language.English, "He left two years ago.", "2023")]
    [InlineData(Language.English, "She resigned on Monday.", "2025-07-14")]
    [InlineData(Language.English, "He joined last month.", "2025-06")]
    [InlineData(Language.French, "Elle est partie la semaine dernière.", "2025-07")]
    [InlineData(Language.French, "Il a démissionné lundi.", "2025-07-14")]
    [InlineData(Language.French, "Il a rejoint Meta il y a deux ans.", "2023")]
    [InlineData(Language.French, "Elle est partie le mois dernier.", "2025-06")]
    [InlineData(Language.Italian, "Se n'è andata la settimana scorsa.", "2025-07")]
    [InlineData(Language.Italian, "Si è dimesso lunedì.", "2025-07-14")]
    [InlineData(Language.Italian, "È entrato due anni fa.", "2023")]
    [InlineData(Language.Italian, "Se n'è andato il mese scorso.", "2025-06")]
    [InlineData(Language.Japanese, "先週退社した。", "2025-07")]
    [InlineData(Language.Japanese, "17日に退社した。", "2025-07-17")]
    [InlineData(Language.Japanese, "2年前に入社した。", "2023")]
    [InlineData(Language.Japanese, "先月退社した。", "2025-06")]
    public void FindAll_RelativeDate_CountsFromThePublicationDateAsPreciselyAsItSays(Language language, string text, string expected)
    {
        // Published on Sunday 20 July 2025: "Monday" is the 14th, "last week" is a week in July, not a day.
        var date = DateParser.FindAll(text, language, Published).ShouldHaveSingleItem();

        date.Date.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData(Language.English, "She joined last week.")]
    [InlineData(Language.French, "Il a démissionné lundi.")]
    [InlineData(Language.Italian, "È entrato due anni fa.")]
    [InlineData(Language.Japanese, "先月退社した。")]
    public void FindAll_RelativeDateWithoutPublicationDate_IsNoDate(Language language, string text) =>
        DateParser.FindAll(text, language).ShouldBeEmpty();

    [Fact]
    public void FindAll_NoPublicationDate_LeavesYearUnknownAndNeverInventsADay()
    {
        var dates = DateParser.FindAll("She left in March and joined on April 2.", Language.English);

        dates.Select(d => d.Date.ToString()).ShouldBe(["--03", "--04-02"]);
    }

    [Theory]
    [InlineData(Language.English, "He may join Meta, and might march on.")]
    [InlineData(Language.English, "A $2025 million deal.")]
    [InlineData(Language.Italian, "Non ha mai lasciato OpenAI.")]
    public void FindAll_WordsThatLookLikeDates_FindsNothing(Language language, string text) =>
        DateParser.FindAll(text, language, Published).ShouldBeEmpty();
    [Theory]
    [InlineData(Language.English, "She left in November.", true)]
    [InlineData(Language.English, "She left in March.", false)]
    [InlineData(Language.English, "She left in November 2024.", false)]
    [InlineData(Language.English, "She left last November.", false)]
    [InlineData(Language.French, "Elle est partie en novembre.", true)]
    [InlineData(Language.Italian, "È andata via a novembre.", true)]
    [InlineData(Language.Japanese, "11月に退社した。", true)]
    [InlineData(Language.Japanese, "昨年11月に退社した。", false)]
    public void FindAll_MonthWithoutYearLaterThanTheArticles_IsMarkedAhead(Language language, string text, bool ahead)
    {
        DateParser.FindAll(text, language, Published).ShouldHaveSingleItem().MonthAheadOfReference.ShouldBe(ahead);
    }

    [Fact]
    public void YearEarlier_OfTheTwentyNinthOfFebruary_KeepsTheMonth()
    {
        new DateMention(new PartialDate(2028, 2, 29), 0, 5).YearEarlier().ShouldBe(new PartialDate(2027, 2));
        new DateMention(new PartialDate(2026, 11, 3), 0, 5).YearEarlier().ShouldBe(new PartialDate(2025, 11, 3));
    }
}
