using TalentBot.Answering.Links;
using TalentBot.Chat.Replies;
using TalentBot.Chat.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;
using Sample = TalentBot.Testing.Replies;

namespace TalentBot.Chat.Tests;

/// <summary>A reply's wording, laid out once for both platforms: each language's words, markers, routes, quotes and sources.</summary>
public sealed class ReplyLayoutTests
{
    private static readonly StarMarkup Markup = StarMarkup.Instance;

    [Theory]
    [InlineData(Language.English, "left", "“Jane left Meta.”", "Sources", "(1 source, first seen 2026-11-23)", "view the sentence")]
    [InlineData(Language.French, "a quitté", "« Jane left Meta. »", "Sources", "(1 source, vu pour la première fois le 2026-11-23)", "voir la phrase")]
    [InlineData(Language.Italian, "ha lasciato", "«Jane left Meta.»", "Fonti", "(1 fonte, vista per la prima volta il 2026-11-23)", "vedi la frase")]
    [InlineData(Language.Japanese, "退社", "「Jane left Meta.」", "出典", "（資料1件、初出 2026-11-23）", "該当箇所を見る")]
    public void EachLanguage_HasItsOwnWords(Language language, string kind, string quoted, string sources, string provenance, string open)
    {
        var citation = Sample.Cite(1, "Jane left Meta.", url: "https://news.example/jane");
        var reply = Sample.WhoLeft([Sample.Move("Jane Roe", "Meta", "OpenAI", [citation])], language: language, evidenceCitations: [citation]);

        var layout = ReplyLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl);

        layout.Language.ShouldBe(language);
        var move = layout.Moves.ShouldHaveSingleItem().Moves.ShouldHaveSingleItem();
        move.Kind.ShouldBe(kind);
        move.Provenance.ShouldBe(provenance);
        layout.Evidence.ShouldHaveSingleItem().Render(Markup, 100).ShouldBe($"• {quoted} [1]");
        layout.Sources!.Title.ShouldBe(sources);
        // The answer quotes it already: the sources give only the marker and the link, in the reply's words.
        layout.Sources.Articles.ShouldHaveSingleItem().Citations.ShouldHaveSingleItem().Render(Markup, 200)
              .ShouldStartWith($"[1] <https://news.example/jane#:~:text=");
        layout.Sources.Articles[0].Citations[0].Render(Markup, 200).ShouldEndWith($"|{open}>");
    }

    [Fact]
    public void Route_NamesBothEnds_TheDate_AndAQuestionMarkForAnUnknownEnd()
    {
        var reply = Sample.WhoLeft([Sample.Move("Jane Roe", null, "OpenAI", [Sample.Cite(1, "q")])]);

        var move = ReplyLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl).Moves[0].Moves[0];

        move.Person.ShouldBe("Jane Roe");
        move.Route.ShouldBe("? → OpenAI, 2025-07");
        move.Markers.ShouldBe("[1]");
    }

    [Theory]
    [InlineData(Language.English, "inferred from context", "found only by the language model", "⚠ sources disagree")]
    [InlineData(Language.Japanese, "文脈から推定", "言語モデルのみが抽出", "⚠ 資料に食い違いあり")]
    public void Markers_InferredModelOnlyAndContested_AreWordedInTheReplysLanguage(Language language, string inferred, string modelOnly, string disputed)
    {
        var plain = Sample.Move("Jane Roe", "Meta", "OpenAI", [Sample.Cite(1, "q")]);
        var marked = plain with { FoundOnlyByModel = true, Confidence = MoveConfidence.InferredBy(InferenceReason.Coreference) };
        var reply = Sample.WhoLeft([marked], language: language);
        reply = reply with { Moves = [reply.Moves[0] with { Disputed = true }] };

        var move = ReplyLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl).Moves[0].Moves[0];

        move.Remarks.ShouldBe([modelOnly, inferred]);
        move.Disputed.ShouldBe(disputed);
    }

    [Fact]
    public void StatedUndisputedMove_HasNoMarkers()
    {
        var reply = Sample.WhoLeft([Sample.Move("Jane Roe", "Meta", "OpenAI", [Sample.Cite(1, "q")])]);

        var move = ReplyLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl).Moves[0].Moves[0];

        move.Remarks.ShouldBeEmpty();
        move.Disputed.ShouldBeNull();
    }

    [Fact]
    public void ThreatToLeave_IsItsOwnKind()
    {
        var reply = Sample.WhoLeft([Sample.Move("Jane Roe", "Meta", null, [Sample.Cite(1, "q")], MoveKind.ThreatenedToLeave)],
            language: Language.French);

        ReplyLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl).Moves[0].Moves[0].Kind.ShouldBe("a menacé de partir");
    }

    [Fact]
    public void DigestGroups_AreRunsOfConsecutiveMoves_AndUngroupedMovesStandAlone()
    {
        var moves = new[] { "A", "B", "C", "D" }.Select(p => Sample.Move(p, "Meta", "OpenAI", [Sample.Cite(1, "q")])).ToList();
        var reply = Sample.WhoLeft(moves);
        reply = reply with
        {
            Moves = [reply.Moves[0] with { Group = "OpenAI" }, reply.Moves[1] with { Group = "OpenAI" }, reply.Moves[2] with { Group = " " },
                     reply.Moves[3] with { Group = "Meta" }],
        };

        var runs = ReplyLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl).Moves;

        runs.Select(r => (r.Group, string.Join(",", r.Moves.Select(m => m.Person)))).ShouldBe([("OpenAI", "A,B"), (null, "C"), ("Meta", "D")]);
    }

    [Fact]
    public void AskAnswer_WithMoves_HasTheMovesHeading_AndTheModelsProse()
    {
        var reply = Sample.WhoLeft([Sample.Move("Jane Roe", "Meta", "OpenAI", [Sample.Cite(1, "q")])], intent: ReplyIntent.Ask,
            language: Language.Italian, answer: "Jane Roe ha lasciato Meta [1].");

        var layout = ReplyLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl);

        layout.MovesHeading.ShouldBe("Spostamenti noti:");
        layout.Answer.ShouldBe("Jane Roe ha lasciato Meta [1].");
    }

    [Fact]
    public void EmptyReply_HasNoEvidenceMovesOrSources_OnlyItsTitleAndNotes()
    {
        var reply = Sample.WhoLeft([], title: "The sources have nothing on who left Meta.",
            notes: [new ReplyNote(ReplyNoteKind.Hint, "Try the organisation's full name.")]);

        var layout = ReplyLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl);

        layout.Title.ShouldBe("The sources have nothing on who left Meta.");
        layout.Evidence.ShouldBeEmpty();
        layout.Moves.ShouldBeEmpty();
        layout.MovesHeading.ShouldBeNull();
        layout.Answer.ShouldBeNull();
        layout.Sources.ShouldBeNull();
        layout.Notes.ShouldHaveSingleItem().ShouldEndWith("Try the organisation's full name.");
    }

    [Fact]
    public void Evidence_LongerThanItsRoom_ShortensTheQuote_NeverTheMarksOrTheMarker()
    {
        var citation = Sample.Cite(1, new string('*', 50));
        var reply = Sample.WhoLeft([Sample.Move("Jane Roe", "Meta", "OpenAI", [citation])], evidenceCitations: [citation]);

        var line = ReplyLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl).Evidence[0].Render(Markup, 20);

        line.ShouldBe("• “\\*\\*\\*\\*\\*…” [1]");
        line.Length.ShouldBeLessThanOrEqualTo(20);
    }

    [Fact]
    public void Sources_GroupCitationsByArticle_InOrderOfFirstUse()
    {
        var first = Sample.Cite(2, "second article, first cited", title: "B");
        var second = Sample.Cite(1, "first article", title: "A");
        var third = Sample.Cite(2, "second article, again", title: "B");
        var reply = Sample.WhoLeft([Sample.Move("X", "Meta", null, [first, second]), Sample.Move("Y", "Meta", null, [third])]);

        var sources = SourcesLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl, quotedInAnswer: false)!;

        sources.Articles.Select(a => (a.Title, string.Join(",", a.Citations.Select(c => c.Number)))).ShouldBe([("B", "1,3"), ("A", "2")]);
    }

    [Fact]
    public void SourceLine_WithALink_LinksTheQuote_AndTheQuoteGivesWayToTheLink()
    {
        var citation = Sample.Cite(1, new string('q', 100)) with { SentenceIndex = 4 };
        var reply = Sample.WhoLeft([Sample.Move("X", "Meta", null, [citation])]);
        var links = new CitationLinks(new Uri("https://bot.example"));

        var line = SourcesLayout.Of(reply, links, Markup.MaxUrl, quotedInAnswer: false)!.Articles[0].Citations[0].Render(Markup, 90);

        line.ShouldStartWith("[1] <https://bot.example/sources/a1/4?lang=en#cited|“qqq");
        line.ShouldEndWith("…”>");
        line.Length.ShouldBeLessThanOrEqualTo(90);
    }

    [Fact]
    public void Article_WithoutAnyLink_SaysNoLink_AndOneWithSourcePages_DoesNot()
    {
        var reply = Sample.WhoLeft([Sample.Move("X", "Meta", null, [Sample.Cite(1, "q", outlet: "Le *Monde*")])], language: Language.Italian);

        var bare = SourcesLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl, quotedInAnswer: false)!.Articles[0];
        var linked = SourcesLayout.Of(reply, new CitationLinks(new Uri("https://bot.example")), Markup.MaxUrl, quotedInAnswer: false)!.Articles[0];

        bare.NoLink.ShouldBe("nessun link");
        bare.Citations[0].Render(Markup, 100).ShouldBe("[1] «q»");
        bare.Details(Markup).ShouldBe(" · Le \\*Monde\\*");
        linked.NoLink.ShouldBeNull();
    }

    [Fact]
    public void Counts_AreSentencesWithTheirMarkers()
    {
        var count = new ReplyCount(new CountFact("c1", new EntityRef("openai", "OpenAI"), new EntityRef("meta", "Meta"), 25, CountBound.MoreThan,
            [Sample.Cite(1, "q")]), [1, 2]);
        var reply = Sample.WhoLeft([]) with { Counts = [count] };

        var line = ReplyLayout.Of(reply, CitationLinks.ArticlesOnly, Markup.MaxUrl).Counts.ShouldHaveSingleItem();

        line.Markers.ShouldBe("[1][2]");
        line.Render(Markup, 200).ShouldBe($"• {line.Sentence} [1][2]");
        line.Sentence.ShouldContain("OpenAI");
    }
}
