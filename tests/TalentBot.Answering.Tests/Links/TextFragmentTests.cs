using TalentBot.Answering.Links;

namespace TalentBot.Answering.Tests.Links;

/// <summary>
/// Text fragments by the Scroll-to-Text-Fragment spec's rules: UTF-8 percent-encoding, the directive's own syntax
/// characters (- &amp; ,) encoded in the text, and a long quote cut into start,end at word boundaries within budget.
/// </summary>
public sealed class TextFragmentTests
{
    [Fact]
    public void Append_ShortQuote_SpellsItOutWhole()
    {
        TextFragment.Append("https://news.example.com/meta", "Shengjia Zhao joined Meta.", 512)
            .ShouldBe("https://news.example.com/meta#:~:text=Shengjia%20Zhao%20joined%20Meta.");
    }

    [Theory]
    [InlineData("Meta, said Zuckerberg", "Meta%2C%20said%20Zuckerberg")]
    [InlineData("a co-founder left", "a%20co%2Dfounder%20left")]
    [InlineData("AT&T hired him", "AT%26T%20hired%20him")]
    [InlineData("He said \"no\" and 'never'", "He%20said%20%22no%22%20and%20%27never%27")]
    [InlineData("« Il part », dit-elle", "%C2%AB%20Il%20part%20%C2%BB%2C%20dit%2Delle")]
    [InlineData("#1 (top) 50% of ~staff?", "%231%20%28top%29%2050%25%20of%20~staff%3F")]
    public void Value_EncodesTheDirectivesSyntaxAndEverythingButUnreservedCharacters(string quote, string expected)
    {
        TextFragment.Value(quote, 512).ShouldBe(expected);
    }

    [Fact]
    public void Value_Japanese_IsUtf8PercentEncoded()
    {
        var value = TextFragment.Value("メタはアップルから引き抜いた。", 512)!;

        value.ShouldBe("%E3%83%A1%E3%82%BF%E3%81%AF%E3%82%A2%E3%83%83%E3%83%97%E3%83%AB%E3%81%8B%E3%82%89%E5%BC%95%E3%81%8D%E6%8A%9C%E3%81%84%E3%81%9F%E3%80%82");
        Uri.UnescapeDataString(value).ShouldBe("メタはアップルから引き抜いた。");
    }

    [Fact]
    public void Value_RunsOfWhitespace_AreOneSpaceAsTheBrowserRendersThem()
    {
        TextFragment.Value("  Jane\n   left\tMeta. ", 512).ShouldBe("Jane%20left%20Meta.");
    }

    [Fact]
    public void Value_LongQuote_IsItsFirstAndLastWordsWithinTheBudget()
    {
        var quote = "Alexandr Wang, the founder of Scale AI, " + string.Concat(Enumerable.Repeat("who built a data-labelling empire, ", 30))
                    + "now leads Meta Superintelligence Labs alongside Nat Friedman.";

        var value = TextFragment.Value(quote, 200)!;

        value.Length.ShouldBeLessThanOrEqualTo(200);
        var parts = value.Split(',');
        parts.Length.ShouldBe(2, "one comma, between textStart and textEnd; the quote's own commas are encoded");
        var start = Uri.UnescapeDataString(parts[0]);
        var end = Uri.UnescapeDataString(parts[1]);
        quote.ShouldStartWith(start);
        quote.ShouldEndWith(end);
        quote[start.Length].ShouldBe(' ', "the start ends on a word boundary");
        quote[quote.Length - end.Length - 1].ShouldBe(' ', "the end begins on a word boundary");
        start.ShouldStartWith("Alexandr Wang");
        end.ShouldEndWith("Nat Friedman.");
    }

    [Fact]
    public void Value_LongJapaneseQuote_CutsAtPunctuationOrBetweenWordsNeverInsideOne()
    {
        var quote = "メタ・プラットフォームズは、" + string.Concat(Enumerable.Repeat("人工知能の研究者を高額の報酬で次々と引き抜き、", 10))
                    + "超知能研究所を立ち上げた。";

        var value = TextFragment.Value(quote, 300)!;

        var parts = value.Split(',');
        parts.Length.ShouldBe(2);
        var start = Uri.UnescapeDataString(parts[0]);
        var end = Uri.UnescapeDataString(parts[1]);
        quote.ShouldStartWith(start);
        quote.ShouldEndWith(end);
        start.ShouldEndWith("、");
        end.ShouldBe("超知能研究所を立ち上げた。");
    }

    [Fact]
    public void Value_ABudgetTooSmallForEvenOneWordEachEnd_IsNull()
    {
        TextFragment.Value("Supercalifragilistic expialidocious antidisestablishmentarianism", 20).ShouldBeNull();
        TextFragment.Value("   ", 100).ShouldBeNull();
    }

    [Fact]
    public void Append_KeepsTheUrlsFragmentAndReplacesAnOldDirective()
    {
        TextFragment.Append("https://example.com/a#section", "Jane left.", 512).ShouldBe("https://example.com/a#section:~:text=Jane%20left.");
        TextFragment.Append("https://example.com/a#:~:text=old", "Jane left.", 512).ShouldBe("https://example.com/a#:~:text=Jane%20left.");
    }

    [Fact]
    public void Append_NeverExceedsTheLimit_ForManyQuotes()
    {
        var random = new Random(15);
        string[] words = ["abc", "déf,", "ghi-jkl", "&", "«mno»", "\"pq\"", "メタは", "アップル、", "研究者。", "Zhao", "🧠", "a,b-c&d"];
        for (var i = 0; i < 500; i++)
        {
            var quote = string.Join(' ', Enumerable.Range(0, random.Next(1, 150)).Select(_ => words[random.Next(words.Length)]));
            var link = TextFragment.Append("https://example.com/story", quote, 512);
            if (link is null) continue;
            link.Length.ShouldBeLessThanOrEqualTo(512);
            var value = link[(link.IndexOf(TextFragment.Directive, StringComparison.Ordinal) + TextFragment.Directive.Length)..];
            value.ShouldNotContain('-');
            value.ShouldNotContain('&');
            value.ShouldNotContain(' ');
            value.Count(c => c == ',').ShouldBeLessThanOrEqualTo(1);
            foreach (var part in value.Split(','))
                string.Join(' ', quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ShouldContain(Uri.UnescapeDataString(part));
        }
    }
}
