namespace TalentBot.Extraction.Tests;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("Mr. Smith left OpenAI. He joined Meta.", 2)]
    [InlineData("Dr. Ana Ruiz joined Meta Inc. in May. She had left Google.", 2)]
    [InlineData("The model scored 3.5 points higher. Nobody expected it.", 2)]
    [InlineData("J. R. R. Tolkien never worked at OpenAI. Obviously.", 2)]
    [InlineData("Big labs (e.g. Meta, i.e. the richest) hire in the U.S. market. Others wait.", 2)]
    [InlineData("M. Dupont a quitté Google. Mme. Durand aussi.", 2)]
    [InlineData("Il Sig. Rossi e il Dott. Bianchi sono passati a Meta. Ing. Verdi no.", 2)]
    [InlineData("He paused... then said yes. It was over.", 2)]
    [InlineData("He waited… and left. Then he joined Meta!", 2)]
    [InlineData("Did she leave? Nobody knows. She did!", 3)]
    public void Split_LatinText_SplitsOnlyAtSentenceEnds(string text, int expected) =>
        SentenceSplitter.Split(text).Count.ShouldBe(expected);

    [Fact]
    public void Split_JapaneseQuote_KeepsFullStopsInsideQuotes()
    {
        var sentences = SentenceSplitter.Split("彼は「退社しました。理由は言えない。」と述べた。メタに入社した！本当か？");

        sentences.Select(s => s.Text).ShouldBe(["彼は「退社しました。理由は言えない。」と述べた。", "メタに入社した！", "本当か？"]);
    }

    [Fact]
    public void Split_HeadlineAndListItems_EndSentencesAtNewlines()
    {
        var sentences = SentenceSplitter.Split("Meta hires three\n\nMore than 20 came from OpenAI, at least 13 from Google\n- 3 from Apple\n");

        sentences.Select(s => s.Text).ShouldBe(["Meta hires three", "More than 20 came from OpenAI, at least 13 from Google", "- 3 from Apple"]);
    }

    [Fact]
    public void Split_AnyText_GivesTrimmedVerbatimSubstringsAtTheirOffsets()
    {
        const string text = "  Headline here  \n\n  Ana Ruiz left Google.   She joined Meta.  \r\n\r\n 田中氏は退社した。 ";

        var sentences = SentenceSplitter.Split(text);

        sentences.Count.ShouldBe(4);
        foreach (var s in sentences)
        {
            text.Substring(s.Start, s.Text.Length).ShouldBe(s.Text);
            s.Text.ShouldBe(s.Text.Trim());
        }
        sentences.Select(s => s.Index).ShouldBe([0, 1, 2, 3]);
    }

    [Fact]
    public void Split_WhitespaceOnly_GivesNoSentences() =>
        SentenceSplitter.Split(" \n\n \t ").ShouldBeEmpty();
}
