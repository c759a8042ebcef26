using TalentBot.Testing;
using System.Text;
using System.Text.RegularExpressions;
using TalentBot.Core;
using TalentBot.Chat.Replies;
using TalentBot.Core.Replies;
using TalentBot.Slack.Messages;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>
/// The Block Kit renderer at each limit, and with long and hostile text: every page fits every limit (blocks,
/// header, section, context, buttons, total text), a citation stays on the page of its article's heading, no link is
/// ever cut, and text from articles and users cannot forge mrkdwn.
/// </summary>
public sealed class ReplyRendererTests
{
    private static readonly ReplyRenderer Renderer = new();
    private static readonly ReplyMessages Messages = new(Renderer, EntityRegistry.Empty);
    private static readonly AskedInput Asked = new("/who-left meta", Language.English);

    [Fact]
    public void FoundingCorpusAnswer_IsOneMessage_HeaderMovesNotesThenSources()
    {
        var reply = FoundingStore.Answerer.Answer("/who-left meta");

        var page = Renderer.Answer(reply).ShouldHaveSingleItem();

        page[0].ShouldBe(new HeaderBlock(TextObject.Plain("Who left Meta")));
        page.OfType<SectionBlock>().Count(s => s.Text.Text.Contains("\n_(")).ShouldBe(reply.Moves.Count);
        page.OfType<HeaderBlock>().Select(h => h.Text.Text).ShouldBe(["Who left Meta", "Sources"]);
        ContextTexts(page).Count(t => Regex.IsMatch(t, @"^\[\d+\]")).ShouldBe(reply.Citations.Count);
    }

    [Fact]
    public void TitleOfExactly150_IsTheHeader()
    {
        var title = new string('T', SlackLimits.HeaderText);

        var page = Renderer.Answer(Replies.WhoLeft([], title)).Single();

        page[0].ShouldBe(new HeaderBlock(TextObject.Plain(title)));
    }

    [Fact]
    public void TitleOver150_IsABoldSection_Whole()
    {
        var title = new string('T', SlackLimits.HeaderText + 1);

        var page = Renderer.Answer(Replies.WhoLeft([], title)).Single();

        page[0].ShouldBe(new SectionBlock(TextObject.Markdown("*" + title + "*")));
    }

    [Fact]
    public void ManyMovesWithLongQuotes_SplitIntoPages_EachWithinEveryLimit()
    {
        var reply = Replies.WhoLeft(Enumerable.Range(1, 40)
            .Select(i => Replies.Move($"Person {i}", "Meta", "OpenAI", [Replies.Cite(i, Quote(i, 2900)), Replies.Cite(100 + i, Quote(i, 40))]))
            .ToList());

        var messages = AllPages(reply, ReplyView.Answer);

        messages.Count.ShouldBeGreaterThan(3);
        foreach (var message in messages) CheckLimits(message);
    }

    [Fact]
    public void FiftyShortMoves_OverflowTheBlockLimit_OntoASecondPage()
    {
        var citation = Replies.Cite(1, "Short.");
        var reply = Replies.WhoLeft(Enumerable.Range(1, 50).Select(i => Replies.Move($"P{i}", "Meta", null, [citation])).ToList());

        var pages = Renderer.Answer(reply);

        pages.Count.ShouldBe(2);
        pages[0].Count.ShouldBe(SlackLimits.BlocksPerMessage - 2);
        pages[1][0].ShouldBe(new HeaderBlock(TextObject.Plain("Who left Meta (continued)")));
        ContextTexts(pages[0]).Last().ShouldBe("Page 1 of 2");
        ContextTexts(pages[1]).Last().ShouldBe("Page 2 of 2");
        foreach (var message in AllPages(reply, ReplyView.Answer)) CheckLimits(message);
    }

    [Fact]
    public void EveryCitation_IsShownOnce_OnThePageOfItsArticlesHeading()
    {
        var articles = Enumerable.Range(1, 6).ToList();
        var citations = articles.SelectMany(a => Enumerable.Range(1, 8).Select(s =>
            new Citation($"a{a}", $"Article {a}", $"https://news.example/{a}", "Outlet", Language.French, s, Quote(a * 10 + s, 1400)))).ToList();
        var reply = Replies.WhoLeft(citations.Select((c, i) => Replies.Move($"P{i}", "Meta", null, [c])).ToList());

        var pages = Renderer.Sources(reply);

        pages.Count.ShouldBeGreaterThan(1);
        var shown = new List<int>();
        foreach (var page in pages)
        {
            string? heading = null;
            foreach (var block in page)
            {
                if (block is SectionBlock section) heading = section.Text.Text;
                if (block is not ContextBlock context || Regex.Match(context.Elements[0].Text, @"^\[(\d+)\]") is not { Success: true } marker) continue;
                var number = int.Parse(marker.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
                shown.Add(number);
                heading.ShouldNotBeNull();
                heading.ShouldContain($"|{reply.Citations[number - 1].Citation.Title}>");
            }
        }
        shown.ShouldBe(Enumerable.Range(1, reply.Citations.Count));
    }

    [Fact]
    public void LongLink_IsKeptWhole_WhileTheTitleGivesWay()
    {
        var url = "https://news.example/" + new string('a', 2500);
        var reply = Replies.WhoLeft([Replies.Move("P", "Meta", null, [Replies.Cite(1, "Quote.", url, title: new string('T', 2000))])]);

        var heading = Renderer.Answer(reply).Single().OfType<SectionBlock>().Single(s => s.Text.Text.Contains("news.example")).Text.Text;

        heading.ShouldContain("<" + url + "|");
        heading.Length.ShouldBeLessThanOrEqualTo(SlackLimits.SectionText);
    }

    [Fact]
    public void LinkWithCharactersThatWouldEndIt_IsEncoded()
    {
        var reply = Replies.WhoLeft([Replies.Move("P", "Meta", null, [Replies.Cite(1, "Quote.", "https://news.example/a|b>c?q=1", title: "Title")])]);

        var heading = Renderer.Answer(reply).Single().OfType<SectionBlock>().Single(s => s.Text.Text.Contains("news.example")).Text.Text;

        heading.ShouldBe("*<https://news.example/a%7Cb%3Ec?q=1|Title>*");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example/x")]
    [InlineData("not a url")]
    public void LinkThatIsNotHttp_IsNotALink(string url)
    {
        var reply = Replies.WhoLeft([Replies.Move("P", "Meta", null, [Replies.Cite(1, "Quote.", url, title: "Title")])]);

        var heading = Renderer.Answer(reply).Single().OfType<SectionBlock>().Single(s => s.Text.Text.Contains("Title")).Text.Text;

        heading.ShouldBe("*Title* — no link");
    }

    [Fact]
    public void TextFromArticlesAndUsers_CannotForgeMentionsOrLinks()
    {
        var citation = Replies.Cite(1, "Click <https://evil.example|here> & ping <!channel>", title: "<@U0BOSS> & co");
        var reply = Replies.WhoLeft([Replies.Move("<!here> Eve", "A&B <Lab>", null, [citation])], title: "Who left <!everyone>");

        var message = Messages.Page(reply, Asked, ReplyView.Answer, 0, privately: false, inChannel: true);
        var mrkdwn = string.Join("\n", message.Blocks.Where(b => b is not HeaderBlock).SelectMany(TextsOf));

        mrkdwn.ShouldContain("*&lt;!here&gt; Eve*");
        mrkdwn.ShouldContain("A&amp;B &lt;Lab&gt;");
        mrkdwn.ShouldContain("“Click &lt;https://evil.example|here&gt; &amp; ping &lt;!channel&gt;”");
        mrkdwn.ShouldContain("*&lt;@U0BOSS&gt; &amp; co*");
        message.Text.ShouldBe("Who left &lt;!everyone&gt;");
        // Headers are plain_text, which Slack shows as typed and never parses for mentions.
        message.Blocks[0].ShouldBe(new HeaderBlock(TextObject.Plain("Who left <!everyone>")));
        Regex.IsMatch(mrkdwn, "<[!@#]").ShouldBeFalse();
    }

    [Fact]
    public void HeaderIsPlainText_SoItIsNotEscaped()
    {
        var page = Renderer.Answer(Replies.WhoLeft([], "Who left AT&T")).Single();

        page[0].ShouldBe(new HeaderBlock(TextObject.Plain("Who left AT&T")));
    }

    [Fact]
    public void ModelAnswer_ComesFirst_InSectionsBrokenBetweenSentences()
    {
        var sentence = "Researchers left Meta for higher pay and smaller teams, according to several reports [1][2]. ";
        var answer = string.Concat(Enumerable.Repeat(sentence, 90)).TrimEnd();
        var reply = Replies.WhoLeft([], title: "Here is what the sources say:", intent: ReplyIntent.Ask, answer: answer);

        var sections = Renderer.Answer(reply).Single().OfType<SectionBlock>().Select(s => s.Text.Text).ToList();

        sections.Count.ShouldBe(3);
        sections.ShouldAllBe(s => s.Length <= SlackLimits.SectionText && s.EndsWith("[1][2]."));
        string.Join(" ", sections).ShouldBe(answer);
    }

    [Fact]
    public void JapaneseModelAnswer_BreaksAfterASentenceAndItsMarkers()
    {
        var sentence = "研究者たちはより高い報酬を求めてMetaを去った[1]。";
        var answer = string.Concat(Enumerable.Repeat(sentence, 200));
        var reply = Replies.WhoLeft([], title: "資料によると:", language: Language.Japanese, intent: ReplyIntent.Ask, answer: answer);

        var sections = Renderer.Answer(reply).Single().OfType<SectionBlock>().Select(s => s.Text.Text).ToList();

        sections.Count.ShouldBeGreaterThan(1);
        sections.ShouldAllBe(s => s.Length <= SlackLimits.SectionText && s.EndsWith("[1]。"));
        string.Concat(sections).ShouldBe(answer);
    }

    [Fact]
    public void MoveFoundOnlyByTheModel_IsMarked()
    {
        var move = Replies.Move("Ada", "Meta", "OpenAI", [Replies.Cite(1, "Ada left Meta for OpenAI.")]) with { FoundOnlyByModel = true };

        var section = Renderer.Answer(Replies.WhoLeft([move])).Single().OfType<SectionBlock>().First();

        section.Text.Text.ShouldBe("*Ada* — left: Meta → OpenAI, 2025-07 [1]\n_(1 source, first seen 2026-11-23) · found only by the language model_");
    }

    [Fact]
    public void MoveInferredFromContext_IsMarked()
    {
        var move = Replies.Move("Ada", "Meta", "OpenAI", [Replies.Cite(1, "She left Meta for OpenAI.")])
                   with { Confidence = MoveConfidence.InferredBy(InferenceReason.Coreference) };

        var section = Renderer.Answer(Replies.WhoLeft([move])).Single().OfType<SectionBlock>().First();

        section.Text.Text.ShouldBe("*Ada* — left: Meta → OpenAI, 2025-07 [1]\n_(1 source, first seen 2026-11-23) · inferred from context_");
    }

    [Theory]
    [InlineData(Language.English, "inferred from context")]
    [InlineData(Language.French, "déduit du contexte")]
    [InlineData(Language.Italian, "dedotto dal contesto")]
    [InlineData(Language.Japanese, "文脈から推定")]
    public void MoveInferredFromContext_IsMarkedInTheRepliesLanguage_AndAStatedOneIsNot(Language language, string marker)
    {
        var inferred = Replies.Move("Ada", "Meta", "OpenAI", [Replies.Cite(1, "She left Meta for OpenAI.")])
                       with { Confidence = MoveConfidence.InferredBy(InferenceReason.NeighbouringSentence) };
        var stated = Replies.Move("Bo", "Meta", "Google", [Replies.Cite(2, "Bo left Meta for Google.")]);

        var sections = Renderer.Answer(Replies.WhoLeft([inferred, stated], language: language)).Single()
                               .OfType<SectionBlock>().Select(s => s.Text.Text).ToList();

        sections.Single(t => t.StartsWith("*Ada*", StringComparison.Ordinal)).ShouldEndWith(" · " + marker + "_");
        sections.Single(t => t.StartsWith("*Bo*", StringComparison.Ordinal)).ShouldNotContain(marker);
    }

    [Fact]
    public void DigestOfInferredModelOnlyMovesWithHugeRoutes_FitsEveryPage_AndKeepsEveryMarker()
    {
        var moves = Enumerable.Range(1, 25)
            .Select(i => Replies.Move($"Researcher {i}", "Meta Platforms " + Quote(i, 2950), "OpenAI", [Replies.Cite(i, Quote(i, 2500), $"https://example.com/{i}")])
                         with { FoundOnlyByModel = true, Confidence = MoveConfidence.InferredBy(InferenceReason.GuessedRole) })
            .ToList();
        var digest = Notifications.Composer.Digest(moves, Notifications.Now.AddDays(-1), Language.Japanese);

        var messages = Renderer.Messages(digest);

        foreach (var message in messages) CheckLimits(message);
        var sections = messages.SelectMany(m => m.Blocks).OfType<SectionBlock>().Select(s => s.Text.Text)
                               .Where(t => t.StartsWith("*Researcher ", StringComparison.Ordinal)).ToList();
        sections.Count.ShouldBe(25);
        sections.ShouldAllBe(t => t.EndsWith(" · 言語モデルのみが抽出 · 文脈から推定_", StringComparison.Ordinal));
    }

    [Fact]
    public void Notes_AreContextLines()
    {
        var notes = new List<ReplyNote> { new(ReplyNoteKind.Disagreement, "Sources disagree."), new(ReplyNoteKind.Model, "Written by a model.") };

        var page = Renderer.Answer(Replies.WhoLeft([], notes: notes)).Single();

        ContextTexts(page).ShouldContain("⚠ Sources disagree.\nWritten by a model.");
    }

    [Fact]
    public void SourcesView_HasOnlyTheSources()
    {
        var reply = Replies.WhoLeft([Replies.Move("Ada", "Meta", null, [Replies.Cite(1, "Ada left.")])]);

        var page = Renderer.Sources(reply).Single();

        page[0].ShouldBe(new HeaderBlock(TextObject.Plain("Sources")));
        page.OfType<SectionBlock>().ShouldAllBe(s => !s.Text.Text.Contains("Ada —"));
    }

    [Fact]
    public void ReplyCitingNothing_HasNoSourcesView()
    {
        Renderer.Sources(Replies.WhoLeft([])).ShouldBeEmpty();
    }

    [Fact]
    public void ButtonLabels_FitSeventyFive()
    {
        var registry = FoundingStore.Registry;
        var reply = FoundingStore.Answerer.Answer("/who-left meta", Language.Italian);
        var messages = new ReplyMessages(Renderer, registry);

        var message = messages.Page(reply, new AskedInput("/who-left meta", Language.Italian), ReplyView.Answer, 0, privately: false, inChannel: true);

        var buttons = message.Blocks.OfType<ActionsBlock>().Single().Elements;
        buttons.Select(b => b.ActionId).ShouldBe(["talentbot-sources", "talentbot-subscribe"]);
        buttons.ShouldAllBe(b => b.Text.Text.Length <= SlackLimits.ButtonText);
    }

    [Fact]
    public void FoundingCorpusWithSourcePages_LinksEveryCitationToItsSentence()
    {
        var reply = FoundingStore.Answerer.Answer("/who-left meta", Language.French);
        var renderer = new ReplyRenderer(new TalentBot.Answering.Links.CitationLinks(new Uri("https://talentbot.example.com/")));

        var pages = renderer.Answer(reply);

        var lines = pages.SelectMany(p => p).OfType<ContextBlock>().SelectMany(c => c.Elements).OfType<TextObject>()
                         .Select(t => t.Text).Where(t => t.StartsWith('[')).ToList();
        lines.Count.ShouldBe(reply.Citations.Count);
        foreach (var (number, citation) in reply.Citations)
            lines.ShouldContain(l => l.StartsWith($"[{number}] <https://talentbot.example.com/sources/{citation.ArticleId}/{citation.SentenceIndex}?lang=fr#cited|"));
        string.Join("\n", pages.SelectMany(p => p).SelectMany(TextsOf)).ShouldNotContain("pas de lien");
    }

    [Fact]
    public void EvidenceQuotedInTheAnswer_IsLinkedFromItsSourceLineInTheRepliesLanguage()
    {
        var cited = Replies.Cite(1, "Jane Roe left Meta.", "https://example.com/jane");
        var reply = Replies.WhoLeft([], language: Language.Italian, intent: ReplyIntent.Ask, evidenceCitations: [cited]);

        var line = Renderer.Answer(reply).SelectMany(p => p).OfType<ContextBlock>().SelectMany(c => c.Elements).OfType<TextObject>()
                           .Single(t => t.Text.StartsWith("[1]", StringComparison.Ordinal)).Text;

        line.ShouldBe("[1] <https://example.com/jane#:~:text=Jane%20Roe%20left%20Meta.|vedi la frase>");
    }

    [Fact]
    public void QuoteWithMrkdwnInIt_CannotBreakOutOfItsLink()
    {
        var reply = Replies.WhoLeft([Replies.Move("Jane Roe", "Meta", null,
            [Replies.Cite(1, "Jane <!channel> left | see <https://evil.example|here> & more.", "https://example.com/jane")])]);

        var line = Renderer.Answer(reply).SelectMany(p => p).OfType<ContextBlock>().SelectMany(c => c.Elements).OfType<TextObject>()
                           .Single(t => t.Text.StartsWith("[1]", StringComparison.Ordinal)).Text;

        line.ShouldStartWith("[1] <https://example.com/jane#:~:text=Jane%20%3C%21channel%3E%20left%20%7C%20see%20");
        line.ShouldContain("|“Jane &lt;!channel&gt; left | see &lt;https://evil.example|here&gt; &amp; more.”>");
        line.Count(c => c == '<').ShouldBe(1);
        line.Count(c => c == '>').ShouldBe(1);
    }

    [Fact]
    public void Alert_IsOneMessage_WhoseNotificationTextNamesTheMove()
    {
        var message = Renderer.Messages(Notifications.Alert()).ShouldHaveSingleItem();

        CheckLimits(message);
        message.IsPrivate.ShouldBeFalse();
        message.Text.ShouldBe("New move reported: Jane Roe — left");
        message.Blocks[0].ShouldBe(new HeaderBlock(TextObject.Plain("New move reported")));
        message.Blocks.OfType<ActionsBlock>().ShouldBeEmpty();
        var text = string.Join("\n", message.Blocks.SelectMany(TextsOf));
        text.ShouldContain("*<https://example.com/jane|An article>*");
        text.ShouldContain("[1] <https://example.com/jane#:~:text=Jane%20Roe%20left%20Meta%20for%20OpenAI.|“Jane Roe left Meta for OpenAI.”>");
    }

    [Fact]
    public void Digest_OpensEachGroupWithItsHeading_ThenItsMoves()
    {
        var digest = Notifications.Digest(count: 6);

        var message = Renderer.Messages(digest).ShouldHaveSingleItem();

        CheckLimits(message);
        // The answer: up to the sources' header, whose article headings are bold too.
        var sections = message.Blocks.Skip(1).TakeWhile(b => b is not HeaderBlock).OfType<SectionBlock>().Select(s => s.Text.Text).ToList();
        var headings = sections.Where(t => t.StartsWith('*') && t.EndsWith('*') && !t.Contains('\n')).ToList();
        headings.ShouldBe(digest.Moves.Select(m => $"*{m.Group}*").Distinct());
        foreach (var group in digest.Moves.GroupBy(m => m.Group))
        {
            var at = sections.IndexOf($"*{group.Key}*");
            sections.Skip(at + 1).Take(group.Count()).ShouldAllBe(t => group.Any(m => t.StartsWith($"*{m.Move.Person.Name}*")));
        }
    }

    [Fact]
    public void Digest_OfTwentyFiveMovesWithLongQuotes_FitsEveryPage_AndRepeatsAGroupsHeadingOnANewPage()
    {
        var moves = Enumerable.Range(1, 25)
            .Select(i => Replies.Move($"Researcher {i}", "Meta Platforms " + Quote(i, 900), "OpenAI", [Replies.Cite(i, Quote(i, 2500), $"https://example.com/{i}")]))
            .ToList();
        var digest = Notifications.Composer.Digest(moves, Notifications.Now.AddDays(-1), Language.English);

        var messages = Renderer.Messages(digest);

        foreach (var message in messages) CheckLimits(message);
        var sections = messages.SelectMany(m => m.Blocks).OfType<SectionBlock>().Select(s => s.Text.Text).ToList();
        sections.Count(t => t.StartsWith("*Researcher ", StringComparison.Ordinal)).ShouldBe(25);
        var withMoves = messages.Where(m => m.Blocks.OfType<SectionBlock>().Any(s => s.Text.Text.StartsWith("*Researcher ", StringComparison.Ordinal))).ToList();
        withMoves.Count.ShouldBeGreaterThan(1);
        foreach (var message in withMoves) message.Blocks.OfType<SectionBlock>().First().Text.Text.ShouldBe("*OpenAI*");
    }

    private static List<SlackMessage> AllPages(Reply reply, ReplyView view)
    {
        var pages = (view == ReplyView.Answer ? Renderer.Answer(reply) : Renderer.Sources(reply)).Count;
        return Enumerable.Range(0, pages).Select(p => Messages.Page(reply, Asked, view, p, privately: false, inChannel: true)).ToList();
    }

    private static void CheckLimits(SlackMessage message)
    {
        message.Blocks.Count.ShouldBeLessThanOrEqualTo(SlackLimits.BlocksPerMessage);
        message.Blocks.Sum(b => TextsOf(b).Sum(t => t.Length)).ShouldBeLessThanOrEqualTo(SlackLimits.MessageTextBudget);
        message.Text.Length.ShouldBeLessThanOrEqualTo(SlackLimits.MessageText);
        foreach (var block in message.Blocks)
        {
            switch (block)
            {
                case HeaderBlock header:
                    header.Text.Text.Length.ShouldBeInRange(1, SlackLimits.HeaderText);
                    break;
                case SectionBlock section:
                    section.Text.Text.Length.ShouldBeInRange(1, SlackLimits.SectionText);
                    break;
                case ContextBlock context:
                    context.Elements.Count.ShouldBeInRange(1, SlackLimits.ContextElements);
                    context.Elements.ShouldAllBe(e => e.Text.Length >= 1 && e.Text.Length <= SlackLimits.ContextElementText);
                    break;
                case ActionsBlock actions:
                    actions.Elements.Count.ShouldBeInRange(1, SlackLimits.ActionsElements);
                    actions.Elements.ShouldAllBe(b => b.Text.Text.Length <= SlackLimits.ButtonText && b.Value.Length <= SlackLimits.ButtonValue
                                                      && b.ActionId.Length <= SlackLimits.ActionId);
                    break;
            }
        }
    }

    private static IEnumerable<string> TextsOf(Block block) => block switch
    {
        HeaderBlock h => [h.Text.Text],
        SectionBlock s => [s.Text.Text],
        ContextBlock c => c.Elements.Select(e => e.Text),
        ActionsBlock a => a.Elements.Select(e => e.Text.Text),
        _ => [],
    };

    private static List<string> ContextTexts(IEnumerable<Block> page) =>
        page.OfType<ContextBlock>().SelectMany(c => c.Elements).Select(e => e.Text).ToList();

    private static string Quote(int seed, int length)
    {
        var text = new StringBuilder();
        while (text.Length < length) text.Append(Words(seed)).Append(' ');
        return text.ToString(0, length - 1) + ".";
    }

    private static string Words(int seed) => (seed % 3) switch
    {
        0 => "Le chercheur a quitté Meta pour OpenAI",
        1 => "研究者はMetaを去った",
        _ => "Il ricercatore ha lasciato Meta 🚀",
    };
}
