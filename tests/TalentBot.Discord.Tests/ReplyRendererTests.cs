using TalentBot.Testing;
using System.Text;
using TalentBot.Core;
using TalentBot.Core.Replies;
using TalentBot.Discord.Messages;
using TalentBot.Discord.Tests.Support;

namespace TalentBot.Discord.Tests;

/// <summary>
/// The renderer at each Discord limit, and over random replies with long and odd text (CJK, emoji, markdown,
/// 200 moves, huge quotes, long links): every page fits every limit, and no citation or link is ever cut.
/// </summary>
public sealed class ReplyRendererTests
{
    private static readonly ReplyRenderer Renderer = new();

    [Fact]
    public void FoundingCorpusAnswer_IsOnePageWithTheAnswerThenTheSources()
    {
        var reply = FoundingStore.Answerer.Answer("/who-left meta");

        var pages = Renderer.Answer(reply);

        var page = pages.ShouldHaveSingleItem();
        page[0].Title.ShouldBe("Who left Meta");
        page[0].Fields!.Count.ShouldBe(reply.Moves.Count);
        page[^1].Description!.ShouldContain($"[{reply.Citations.Count}]");
        CheckLimits(pages);
    }

    [Fact]
    public void FoundingCorpusWithSourcePages_LinksEveryCitationToItsSentence()
    {
        var reply = FoundingStore.Answerer.Answer("/who-left meta", Language.Japanese);
        var renderer = new ReplyRenderer(new TalentBot.Answering.Links.CitationLinks(new Uri("https://talentbot.example.com/")));

        var pages = renderer.Answer(reply);

        CheckLimits(pages);
        var sources = pages.SelectMany(p => p).Where(e => e.Title == "出典").Select(e => e.Description!).ToList();
        var lines = sources.SelectMany(d => d.Split('\n')).Where(l => l.StartsWith('[')).ToList();
        lines.Count.ShouldBe(reply.Citations.Count);
        foreach (var (number, citation) in reply.Citations)
            lines.ShouldContain(l => l.StartsWith($"[{number}] [") &&
                                     l.EndsWith($"](https://talentbot.example.com/sources/{citation.ArticleId}/{citation.SentenceIndex}?lang=ja#cited)"));
        string.Join("\n", sources).ShouldNotContain("リンクなし");
    }

    [Fact]
    public void ReplyOnOneArticle_LinksItsTitleToTheSentence_NamesTheOutlet_AndCarriesTheDatedMove()
    {
        var citation = Replies.Cite(1, "Jane Roe left Meta.", "https://news.example.com/jane", outlet: "Example News") with
        {
            Published = new PartialDate(2025, 7, 16),
        };
        var move = Replies.Move("Jane Roe", "Meta", null, [citation]) with { When = new PartialDate(2025, 7, 15) };

        var page = Renderer.Answer(Replies.WhoLeft([move])).Single();

        page[0].Url.ShouldBe("https://news.example.com/jane#:~:text=Jane%20Roe%20left%20Meta.");
        page[0].Author.ShouldBe(new EmbedAuthor("Example News"));
        page[0].Timestamp.ShouldBe(new DateTimeOffset(2025, 7, 15, 12, 0, 0, TimeSpan.Zero));
        page.Skip(1).ShouldAllBe(e => e.Url == null && e.Author == null && e.Timestamp == null);
        CheckLimits([page]);
    }

    [Fact]
    public void MoveDatedOnlyToTheMonth_TakesTheArticlesDay_AndAnArticleWithoutALink_ItsSourcePage()
    {
        var citation = Replies.Cite(1, "Jane Roe left Meta.") with { Published = new PartialDate(2025, 7, 16) };
        var renderer = new ReplyRenderer(new TalentBot.Answering.Links.CitationLinks(new Uri("https://talentbot.example.com/")));

        var embed = renderer.Answer(Replies.WhoLeft([Replies.Move("Jane Roe", "Meta", null, [citation])])).Single()[0];

        embed.Timestamp.ShouldBe(new DateTimeOffset(2025, 7, 16, 12, 0, 0, TimeSpan.Zero));
        embed.Url.ShouldBe("https://talentbot.example.com/sources/a1/0?lang=en#cited");
        embed.Author.ShouldBeNull();
    }

    [Fact]
    public void ReplyOnSeveralArticles_HasNoSingleLinkAuthorOrTime()
    {
        var moves = new[]
        {
            Replies.Move("Jane Roe", "Meta", null, [Replies.Cite(1, "Jane Roe left Meta.", "https://a.example.com/1", outlet: "A")]),
            Replies.Move("John Doe", "Meta", null, [Replies.Cite(2, "John Doe left Meta.", "https://b.example.com/2", outlet: "B")]),
        };

        var embed = Renderer.Answer(Replies.WhoLeft(moves)).Single()[0];

        embed.Url.ShouldBeNull();
        embed.Author.ShouldBeNull();
        embed.Timestamp.ShouldBeNull("two moves dated only to the month");
    }

    [Fact]
    public void LinkAuthorAndTime_GoOutInDiscordsShape()
    {
        var citation = Replies.Cite(1, "Jane Roe left Meta.", "https://news.example.com/jane", outlet: "Example News");
        var move = Replies.Move("Jane Roe", "Meta", null, [citation]) with { When = new PartialDate(2025, 7, 15) };
        var message = new MessageData { Embeds = Renderer.Answer(Replies.WhoLeft([move])).Single() };

        var json = System.Text.Json.Nodes.JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(message, DiscordJson.Default.MessageData))!;

        var embed = json["embeds"]![0]!;
        ((string)embed["url"]!).ShouldStartWith("https://news.example.com/jane");
        ((string)embed["author"]!["name"]!).ShouldBe("Example News");
        DateTimeOffset.Parse((string)embed["timestamp"]!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(new DateTimeOffset(2025, 7, 15, 12, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void QuoteWithMarkdownInIt_CannotBreakOutOfItsMaskedLink()
    {
        var reply = Replies.WhoLeft([Replies.Move("Jane Roe", "Meta", null,
            [Replies.Cite(1, "Jane [left](https://evil.example) Meta) @everyone.", "https://example.com/jane")])]);

        var sources = Renderer.Answer(reply).Single().Single(e => e.Title == "Sources").Description!;

        sources.ShouldContain(@"[1] [“Jane \[left\]\(https://evil.example\) Meta\) @everyone.”](https://example.com/jane#:~:text=Jane%20%5Bleft%5D%28https%3A%2F%2Fevil.example%29%20Meta%29%20%40everyone.)");
    }

    [Fact]
    public void TitleOfExactly256_StaysTheTitle()
    {
        var title = new string('T', DiscordLimits.EmbedTitle);

        var page = Renderer.Answer(Replies.WhoLeft([], title)).Single();

        page[0].Title.ShouldBe(title);
    }

    [Fact]
    public void TitleOver256_MovesWholeIntoTheDescription()
    {
        var title = new string('T', DiscordLimits.EmbedTitle + 1);

        var page = Renderer.Answer(Replies.WhoLeft([], title)).Single();

        page[0].Title.ShouldBeNull();
        page[0].Description.ShouldBe(title);
    }

    [Fact]
    public void TwentyFiveMoves_FitOneEmbed_TheTwentySixthStartsAnother()
    {
        var citation = Replies.Cite(1, "Short.");
        Reply Of(int count) => Replies.WhoLeft(Enumerable.Range(1, count).Select(i => Replies.Move($"P{i}", "Meta", null, [citation])).ToList());

        Renderer.Answer(Of(25)).Single()[0].Fields!.Count.ShouldBe(25);
        var split = Renderer.Answer(Of(26)).Single();
        split[0].Fields!.Count.ShouldBe(25);
        split[1].Fields!.Count.ShouldBe(1);
        split[1].Title.ShouldBeNull();
    }

    [Fact]
    public void TwoHundredMoves_ArePagedWithEveryMoveShownOnceAndPagesNumbered()
    {
        var moves = Enumerable.Range(1, 200)
            .Select(i => Replies.Move($"研究者{i} 👩‍🔬", "メタ・プラットフォームズ", "OpenAI", [Replies.Cite(i, $"研究者{i}はメタを去った。", $"https://example.jp/{i}")]))
            .ToList();

        var pages = Renderer.Answer(Replies.WhoLeft(moves, "Metaを辞めた人", Language.Japanese));

        pages.Count.ShouldBeGreaterThan(1);
        CheckLimits(pages);
        pages.SelectMany(p => p).SelectMany(e => e.Fields ?? []).Count().ShouldBe(200);
        pages[1][0].Footer!.Text.ShouldEndWith($"2/{pages.Count}ページ");
        pages[1][0].Title.ShouldBe("Metaを辞めた人（続き）");
        CheckCitations(pages, Replies.WhoLeft(moves));
    }

    [Fact]
    public void HugeQuote_IsShortenedButKeepsItsNumberAndLink()
    {
        var quote = string.Concat(Enumerable.Repeat("Un très long passage 🧠 ", 800));
        var reply = Replies.WhoLeft([Replies.Move("Jane Roe", "Meta", null, [Replies.Cite(1, quote, "https://example.fr/a(1)")])]);

        var pages = Renderer.Answer(reply);

        CheckLimits(pages);
        var sources = pages.SelectMany(p => p).Single(e => e.Title == "Sources").Description!;
        sources.ShouldContain("(https://example.fr/a%281%29)");
        sources.ShouldContain("[1] [“Un très long passage");
        sources.ShouldContain("…”](https://example.fr/a%281%29#:~:text=Un%20tr%C3%A8s%20long%20passage%20");
        sources.ShouldEndWith(")");
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/a")]
    [InlineData("not a url")]
    public void LinkThatIsNotHttp_IsShownAsNoLink(string url)
    {
        var reply = Replies.WhoLeft([Replies.Move("Jane Roe", "Meta", null, [Replies.Cite(1, "Quote.", url)])]);

        var sources = Renderer.Answer(reply).Single().Single(e => e.Title == "Sources").Description!;

        sources.ShouldContain("no link");
        sources.ShouldNotContain(url);
    }

    [Fact]
    public void LinkTooLongToKeepWhole_IsShownAsNoLinkRatherThanCut()
    {
        var url = "https://example.com/" + new string('a', 600);
        var reply = Replies.WhoLeft([Replies.Move("Jane Roe", "Meta", null, [Replies.Cite(1, "Quote.", url)])]);

        var sources = Renderer.Answer(reply).Single().Single(e => e.Title == "Sources").Description!;

        sources.ShouldContain("no link");
        sources.ShouldNotContain("https://example.com/aaa");
    }

    [Fact]
    public void MarkdownInNamesAndQuotes_IsEscaped()
    {
        var reply = Replies.WhoLeft([Replies.Move("**Bold** _x_", "[Meta](https://evil.example)", null,
            [Replies.Cite(1, "See <@123> and `code` ~~gone~~ | spoiler", title: "A [title](x)")])]);

        var page = Renderer.Answer(reply).Single();

        page[0].Fields![0].Name.ShouldStartWith(@"\*\*Bold\*\* \_x\_");
        page[0].Fields![0].Value.ShouldStartWith(@"\[Meta\]\(https://evil.example\)");
        page[1].Description!.ShouldContain(@"See \<@123\> and \`code\` \~\~gone\~\~ \| spoiler");
        page[1].Description!.ShouldContain(@"**A \[title\]\(x\)**");
    }

    [Fact]
    public void AskEvidence_IsQuotedInTheAnswerAndNotRepeatedInTheSources()
    {
        var evidence = Replies.Cite(1, "メタはAI部門の採用を凍結した。", language: Language.Japanese);
        var reply = Replies.WhoLeft([], "Here is what the sources say:", intent: ReplyIntent.Ask, evidenceCitations: [evidence]);

        var page = Renderer.Answer(reply).Single();

        page[0].Description.ShouldBe("• “メタはAI部門の採用を凍結した。” [1]");
        page[1].Description!.ShouldEndWith("\n[1]");
        Renderer.Sources(reply).Single()[0].Description!.ShouldContain("[1] “メタはAI部門の採用を凍結した。”");
    }

    [Fact]
    public void Notes_GoInTheFooter()
    {
        var reply = Replies.WhoLeft([Replies.Move("Jane Roe", "Meta", null, [Replies.Cite(1, "Q.")])],
            notes: [new ReplyNote(ReplyNoteKind.MoreNotShown, "and 3 more not shown"), new ReplyNote(ReplyNoteKind.Disagreement, "Sources disagree.")]);

        var page = Renderer.Answer(reply).Single();

        page[0].Footer!.Text.ShouldBe("… and 3 more not shown\n⚠ Sources disagree.");
    }

    [Fact]
    public void ReplyWithoutCitations_HasNoSourcesView()
    {
        Renderer.Sources(Replies.WhoLeft([])).ShouldBeEmpty();
    }

    [Fact]
    public void Alert_ShowsItsTitleTheMoveAndItsSourceWithLinkAndQuote()
    {
        var pages = Renderer.Answer(Notifications.Alert());

        var page = pages.ShouldHaveSingleItem();
        page[0].Title.ShouldBe("New move reported");
        page[0].Fields!.ShouldHaveSingleItem().Name.ShouldBe("Jane Roe — left");
        page[1].Description!.ShouldContain("(https://example.com/jane)");
        page[1].Description!.ShouldContain("[1] [“Jane Roe left Meta for OpenAI.”](https://example.com/jane#:~:text=Jane%20Roe%20left%20Meta%20for%20OpenAI.)");
    }

    [Fact]
    public void Digest_ShowsEachGroupAsAFieldHeadedByIt_AMoveALine()
    {
        var digest = Notifications.Digest(count: 6);

        var pages = Renderer.Answer(digest);

        CheckLimits(pages);
        CheckCitations(pages, digest);
        var fields = pages.SelectMany(p => p).SelectMany(e => e.Fields ?? []).ToList();
        fields.Select(f => f.Name).ShouldBe(digest.Moves.Select(m => m.Group!).Distinct());
        fields.Select(f => f.Name).ShouldContain("Meta");
        foreach (var shown in digest.Moves)
        {
            var line = fields.Single(f => f.Name == shown.Group).Value.Split('\n').Single(l => l.Contains($"**{shown.Move.Person.Name}**"));
            line.ShouldStartWith("• ");
            line.ShouldEndWith(" " + string.Concat(shown.CitationNumbers.Select(n => $"[{n}]")));
        }
    }

    [Fact]
    public void Digest_OfTwentyFiveMovesWithLongQuotes_StaysWithinEveryLimit()
    {
        var digest = Notifications.Digest(count: 25, quoteLength: 3000);

        var pages = Renderer.Answer(digest);

        pages.Count.ShouldBeGreaterThan(1);
        CheckLimits(pages);
        CheckCitations(pages, digest);
        pages.SelectMany(p => p).SelectMany(e => e.Fields ?? []).Sum(f => f.Value.Split('\n').Length).ShouldBe(25);
    }

    [Fact]
    public void GroupTooLongForOneField_GoesOnInFieldsMarkedContinued()
    {
        var moves = Enumerable.Range(1, 25)
            .Select(i => Replies.Move($"Researcher {i} " + new string('x', 150), "Meta", "OpenAI", [Replies.Cite(i, "Quote.")]))
            .ToList();
        var digest = Notifications.Composer.Digest(moves, Notifications.Now.AddDays(-1), Language.English);

        var pages = Renderer.Answer(digest);

        CheckLimits(pages);
        var fields = pages.SelectMany(p => p).SelectMany(e => e.Fields ?? []).ToList();
        fields.Count.ShouldBeGreaterThan(1);
        fields[0].Name.ShouldBe("OpenAI");
        fields.Skip(1).ShouldAllBe(f => f.Name == @"OpenAI \(continued\)");
        fields.Sum(f => f.Value.Split('\n').Length).ShouldBe(25);
    }

    [Theory]
    [InlineData(Language.English, "inferred from context")]
    [InlineData(Language.French, "déduit du contexte")]
    [InlineData(Language.Italian, "dedotto dal contesto")]
    [InlineData(Language.Japanese, "文脈から推定")]
    public void MoveInferredFromContext_IsMarkedInItsField_AndAStatedOneIsNot(Language language, string marker)
    {
        var inferred = Replies.Move("Ada", "Meta", "OpenAI", [Replies.Cite(1, "She left Meta for OpenAI.")])
                       with { Confidence = MoveConfidence.InferredBy(InferenceReason.Coreference) };
        var stated = Replies.Move("Bo", "Meta", "Google", [Replies.Cite(2, "Bo left Meta for Google.")]);

        var fields = Renderer.Answer(Replies.WhoLeft([inferred, stated], language: language)).Single().SelectMany(e => e.Fields ?? []).ToList();

        fields.Single(f => f.Name.StartsWith("Ada", StringComparison.Ordinal)).Value.ShouldEndWith("\n· " + marker);
        fields.Single(f => f.Name.StartsWith("Bo", StringComparison.Ordinal)).Value.ShouldNotContain(marker);
    }

    [Fact]
    public void DigestLineOfAMoveInferredFromContext_IsMarked()
    {
        var inferred = Replies.Move("Ada", "Meta", "OpenAI", [Replies.Cite(1, "She left Meta for OpenAI.")])
                       with { Confidence = MoveConfidence.InferredBy(InferenceReason.Coreference) };
        var stated = Replies.Move("Bo", "Meta", "OpenAI", [Replies.Cite(2, "Bo left Meta for OpenAI.")]);
        var digest = Notifications.Composer.Digest([inferred, stated], Notifications.Now.AddDays(-1), Language.French);

        var lines = Renderer.Answer(digest).SelectMany(p => p).SelectMany(e => e.Fields ?? []).Single().Value.Split('\n');

        lines.Single(l => l.Contains("**Ada**", StringComparison.Ordinal)).ShouldEndWith(" [1] · déduit du contexte");
        lines.Single(l => l.Contains("**Bo**", StringComparison.Ordinal)).ShouldEndWith(" [2]");
    }

    [Fact]
    public void InferredModelOnlyMovesWithHugeRoutes_FitEveryLimit_AndKeepEveryMarker()
    {
        var moves = Enumerable.Range(1, 25)
            .Select(i => Replies.Move($"Researcher {i} " + new string('x', 200), "Meta Platforms " + new string('m', 1500), "OpenAI",
                                      [Replies.Cite(i, "Quote " + i)])
                         with { FoundOnlyByModel = true, Confidence = MoveConfidence.InferredBy(InferenceReason.GuessedRole) })
            .ToList();
        var answer = Renderer.Answer(Replies.WhoLeft(moves, language: Language.Japanese));
        var digest = Renderer.Answer(Notifications.Composer.Digest(moves, Notifications.Now.AddDays(-1), Language.Japanese));

        CheckLimits(answer);
        CheckLimits(digest);
        var fields = answer.SelectMany(p => p).SelectMany(e => e.Fields ?? []).ToList();
        fields.Count.ShouldBe(25);
        fields.ShouldAllBe(f => f.Value.EndsWith("\n· 言語モデルのみが抽出\n· 文脈から推定", StringComparison.Ordinal));
        var lines = digest.SelectMany(p => p).SelectMany(e => e.Fields ?? []).SelectMany(f => f.Value.Split('\n')).ToList();
        lines.Count.ShouldBe(25);
        lines.ShouldAllBe(l => l.EndsWith(" · 言語モデルのみが抽出 · 文脈から推定", StringComparison.Ordinal));
    }

    [Fact]
    public void RandomRepliesWithOddText_AlwaysFitAndNeverCutACitation()
    {
        var random = new Random(20261123);
        for (var run = 0; run < 150; run++)
        {
            var reply = RandomReply(random);
            var answer = Renderer.Answer(reply);
            var sources = Renderer.Sources(reply);

            CheckLimits(answer);
            CheckLimits(sources);
            answer.SelectMany(p => p).SelectMany(e => e.Fields ?? []).Count().ShouldBe(reply.Moves.Count);
            CheckCitations(sources, reply);
        }
    }

    private static Reply RandomReply(Random random)
    {
        // An article has one title, link and outlet, whichever of its sentences is cited.
        var articles = Enumerable.Range(1, 12)
            .Select(_ => (Url: Url(random), Title: Text(random, random.Next(0, 4) == 0 ? 1000 : 80), Outlet: random.Next(2) == 0 ? null : Text(random, 40)))
            .ToList();
        var citations = Enumerable.Range(1, random.Next(1, 40))
            .Select(_ => (Article: random.Next(articles.Count), Quote: Text(random, random.Next(0, 3) == 0 ? 6000 : 400)))
            .Select(c => Replies.Cite(c.Article, c.Quote, articles[c.Article].Url, articles[c.Article].Title, articles[c.Article].Outlet))
            .ToList();
        var moves = Enumerable.Range(0, random.Next(0, 3) == 0 ? 200 : random.Next(0, 30))
            .Select(_ => Replies.Move(Text(random, random.Next(0, 5) == 0 ? 500 : 30), Text(random, random.Next(0, 5) == 0 ? 1500 : 20),
                random.Next(2) == 0 ? null : Text(random, 20), citations.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList()))
            .ToList();
        var notes = Enumerable.Range(0, random.Next(0, 3)).Select(_ => new ReplyNote(ReplyNoteKind.Hint, Text(random, 1500))).ToList();
        return Replies.WhoLeft(moves, Text(random, random.Next(0, 4) == 0 ? 400 : 60), (Language)random.Next(4), notes);
    }

    private static readonly string[] Pieces =
    [
        "Meta", "OpenAI", " ", "メタ", "趙晟佳", "한국어", "Zuckerberg's", "👩‍🔬", "🇯🇵", "e\u0301", "**", "__", "[", "](", ")", "`", "~~",
        "||", "<@123>", "@everyone", "#", "- ", "\\", "«", "»", "“", "”", "\n", "https://example.com/x",
    ];

    private static string Text(Random random, int approximateLength)
    {
        var text = new StringBuilder();
        while (text.Length < approximateLength) text.Append(Pieces[random.Next(Pieces.Length)]);
        return text.ToString();
    }

    private static string? Url(Random random) => random.Next(5) switch
    {
        0 => null,
        1 => "https://example.com/" + new string('p', random.Next(400, 700)),
        2 => "https://example.com/wiki/Meta_(company)?q=a b",
        _ => $"https://example.com/{random.Next()}",
    };

    private static void CheckLimits(IReadOnlyList<IReadOnlyList<Embed>> pages)
    {
        foreach (var page in pages)
        {
            page.Count.ShouldBeInRange(1, DiscordLimits.EmbedsPerMessage);
            page.Sum(e => e.Length).ShouldBeLessThanOrEqualTo(DiscordLimits.MessageEmbedTotal);
            // Discord merges the embeds of a message that share a URL.
            page.Where(e => e.Url is not null).Select(e => e.Url).ShouldBeUnique();
            foreach (var embed in page)
            {
                (embed.Author?.Name.Length ?? 0).ShouldBeLessThanOrEqualTo(DiscordLimits.AuthorName);
                (embed.Url?.Length ?? 0).ShouldBeLessThanOrEqualTo(DiscordLimits.Url);
                (embed.Title ?? embed.Description ?? (embed.Fields?.Count > 0 ? "fields" : null)).ShouldNotBeNull("an empty embed");
                (embed.Title?.Length ?? 0).ShouldBeLessThanOrEqualTo(DiscordLimits.EmbedTitle);
                (embed.Description?.Length ?? 0).ShouldBeLessThanOrEqualTo(DiscordLimits.EmbedDescription);
                (embed.Footer?.Text.Length ?? 0).ShouldBeLessThanOrEqualTo(DiscordLimits.FooterText);
                (embed.Fields?.Count ?? 0).ShouldBeLessThanOrEqualTo(DiscordLimits.FieldsPerEmbed);
                foreach (var field in embed.Fields ?? [])
                {
                    field.Name.Length.ShouldBeInRange(1, DiscordLimits.FieldName);
                    field.Value.Length.ShouldBeInRange(1, DiscordLimits.FieldValue);
                    CheckWellFormed(field.Name);
                    CheckWellFormed(field.Value);
                }
                CheckWellFormed(embed.Title);
                CheckWellFormed(embed.Description);
                CheckWellFormed(embed.Footer?.Text);
            }
        }
    }

    /// <summary>Each citation's line appears exactly once, in a description that also carries its article's link when it has one.</summary>
    private static void CheckCitations(IReadOnlyList<IReadOnlyList<Embed>> pages, Reply reply)
    {
        var descriptions = pages.SelectMany(p => p).Select(e => e.Description ?? "").ToList();
        foreach (var (number, citation) in reply.Citations)
        {
            var marker = $"[{number}]";
            var holders = descriptions.Where(d => d.Split('\n').Any(line => line == marker || line.StartsWith(marker + " ", StringComparison.Ordinal))).ToList();
            holders.Count.ShouldBe(1, $"citation {number}");
            if (DiscordMarkup.Instance.SafeUrl(citation.Url) is { } url) holders[0].ShouldContain($"]({url})");
        }
    }

    private static void CheckWellFormed(string? text)
    {
        if (text is null) return;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else char.IsSurrogate(text[i]).ShouldBeFalse("a split surrogate pair");
        }
    }
}
