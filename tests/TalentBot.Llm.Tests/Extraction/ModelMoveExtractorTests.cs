using TalentBot.Core;
using TalentBot.Core.Extraction;
using TalentBot.Llm.Extraction;
using TalentBot.Testing;
using static TalentBot.Llm.Tests.Extraction.ExtractionWorld;

namespace TalentBot.Llm.Tests.Extraction;

/// <summary>What verification keeps and rejects of a model's proposals, over the real connector and a scripted server.</summary>
public sealed class ModelMoveExtractorTests
{
    private const string English = """
        Orbital shake-up

        Anthropic has hired Nadia Petrova from OpenAI, the company said on Tuesday. Petrova led OpenAI's evaluation group.
        Harriet Cole, a safety researcher at Microsoft, was quietly named head of research at Mistral AI in   March.
        """;

    private const string ColeQuote = "Harriet Cole, a safety researcher at Microsoft, was quietly named head of research at Mistral AI in March.";

    private static readonly object Cole = new
    {
        person = "Harriet Cole", kind = "appointed", from = "Microsoft", to = "Mistral AI", when = (string?)null, amount = (string?)null,
        quote = ColeQuote,
    };

    private static async Task<(ArticleFacts Rules, ArticleFacts Enriched, ModelExtractionSummary Summary)> RunAsync(
        string text, FakeReply reply, Language language = Language.English)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Enqueue(reply);
        var extractor = Extractor(server);
        var article = Article(text, language);
        var rules = Rules.Extract(article);
        var enriched = await extractor.EnrichAsync(article, rules, Cancel);
        return (rules, enriched, extractor.Summary);
    }

    private static MoveClaim ModelClaim(ArticleFacts facts) => facts.Moves.Where(m => m.FoundBy == ClaimFinder.Model).ShouldHaveSingleItem();

    [Fact]
    public async Task EnrichAsync_VerbatimProposalTheRulesMissed_IsAddedAsTheModelsCitingItsSentence()
    {
        var (rules, enriched, summary) = await RunAsync(English, Proposes(Cole));

        rules.Moves.ShouldNotContain(m => m.Person.Name == "Harriet Cole" && m.Kind == MoveKind.Appointed && m.From != null);
        var claim = ModelClaim(enriched);
        Move.KeyOf(claim.Person, claim.Kind, claim.From, claim.To).ShouldBe("~harriet-cole|appointed|microsoft|mistral");
        claim.SentenceIndexes.ShouldBe([3]);
        enriched.Sentences[3].Text.ShouldStartWith("Harriet Cole, a safety researcher");
        enriched.Moves.Take(rules.Moves.Count).ShouldBe(rules.Moves);
        enriched.Mentions.ShouldContain(m => m.Entity.Id == "~harriet-cole" && m.SentenceIndex == 3 && m.Kind == EntityKind.Person);
        (summary.Proposed, summary.Accepted, summary.ModelOnly, summary.RejectedTotal).ShouldBe((1, 1, 1, 0));
    }

    [Fact]
    public async Task EnrichAsync_QuoteDiffersOnlyInWhitespace_IsAccepted()
    {
        var (_, enriched, _) = await RunAsync(English, Proposes(Cole));

        // The article has three spaces before "March"; the proposal has one.
        ModelClaim(enriched).Person.Name.ShouldBe("Harriet Cole");
    }

    [Theory]
    [InlineData("Harriet Cole, a safety researcher at Microsoft, was named head of research at Mistral AI in March.")]
    [InlineData("Harriet Cole, a safety researcher at Microsoft, was quietly named head of research at Mistral AI in March!")]
    [InlineData("harriet cole, a safety researcher at microsoft, was quietly named head of research at mistral ai in march.")]
    [InlineData("Harriet Cole, une chercheuse de Microsoft, a été nommée chez Mistral AI en mars.")]
    public async Task EnrichAsync_QuoteNotVerbatim_IsRejectedAndTheRulesFactsStand(string quote)
    {
        var (rules, enriched, summary) = await RunAsync(English, Proposes(new
        {
            person = "Harriet Cole", kind = "appointed", from = "Microsoft", to = "Mistral AI", quote,
        }));

        enriched.ShouldBeSameAs(rules);
        summary.Rejected[ProposalRejection.NotVerbatim].ShouldBe(1);
    }

    [Fact]
    public async Task EnrichAsync_NameNeitherRegisteredNorInTheQuote_IsRejected()
    {
        var (rules, enriched, summary) = await RunAsync(English, Proposes(new
        {
            person = "Nadia Petrova", kind = "left", from = "OpenAI", to = (string?)null,
            quote = "Petrova led OpenAI's evaluation group.",
        }));

        enriched.ShouldBeSameAs(rules);
        summary.Rejected[ProposalRejection.UnknownName].ShouldBe(1);
    }

    [Fact]
    public async Task EnrichAsync_OrganisationNeitherRegisteredNorInTheQuote_IsRejected()
    {
        var (rules, enriched, summary) = await RunAsync(English, Proposes(Cole, new
        {
            person = "Harriet Cole", kind = "left", from = "Orbital Labs", to = "Mistral AI", quote = ColeQuote,
        }));

        ModelClaim(enriched).Kind.ShouldBe(MoveKind.Appointed);
        enriched.Moves.Count.ShouldBe(rules.Moves.Count + 1);
        summary.Rejected[ProposalRejection.UnknownName].ShouldBe(1);
    }

    [Fact]
    public async Task EnrichAsync_RegisteredNameTheArticleNeverMentions_IsRejected()
    {
        // Sam Altman is in the registry, but not in this article: the model cannot pin this sentence on him.
        var (rules, enriched, summary) = await RunAsync(English, Proposes(new
        {
            person = "Sam Altman", kind = "left", from = "OpenAI", to = (string?)null,
            quote = "Petrova led OpenAI's evaluation group.",
        }));

        enriched.ShouldBeSameAs(rules);
        summary.Rejected[ProposalRejection.UnknownName].ShouldBe(1);
    }

    [Fact]
    public async Task EnrichAsync_RegisteredPersonNamedElsewhereInTheArticle_IsAcceptedFromAQuoteWithoutTheName()
    {
        const string text = "Julien Roche is moving on.\nHe has left Google DeepMind for Mistral AI after six years.";

        var (_, enriched, summary) = await RunAsync(text, Proposes(new
        {
            person = "Julien Roche", kind = "left", from = "DeepMind", to = "Mistral", quote = "He has left Google DeepMind for Mistral AI after six years.",
        }));

        (summary.Accepted, summary.RejectedTotal).ShouldBe((1, 0));
        enriched.Moves.ShouldContain(m => Move.KeyOf(m.Person, m.Kind, m.From, m.To) == "julien-roche|left|deepmind|mistral");
    }

    [Theory]
    [InlineData("She left Microsoft.", "She")]
    [InlineData("the company", "the company")]
    public async Task EnrichAsync_PronounOrCommonNounAsAnUnregisteredName_IsRejected(string sentence, string name)
    {
        var (rules, enriched, summary) = await RunAsync($"Moves this week.\n{sentence}", Proposes(new
        {
            person = name, kind = "left", from = "Microsoft", to = (string?)null, quote = sentence,
        }));

        enriched.ShouldBeSameAs(rules);
        summary.Rejected[ProposalRejection.UnknownName].ShouldBe(1);
    }

    [Theory]
    [InlineData("poached")]
    [InlineData("Left")]
    [InlineData("hired")]
    public async Task EnrichAsync_InventedKind_IsRejected(string kind)
    {
        var (rules, enriched, summary) = await RunAsync(English, Proposes(new
        {
            person = "Harriet Cole", kind, from = "Microsoft", to = "Mistral AI", quote = ColeQuote,
        }));

        enriched.ShouldBeSameAs(rules);
        summary.Rejected[ProposalRejection.BadKind].ShouldBe(1);
    }

    [Fact]
    public async Task EnrichAsync_ProposalTheRulesAlsoFound_IsMergedIntoTheRulesClaim()
    {
        var (rules, enriched, summary) = await RunAsync(English, Proposes(
            new
            {
                person = "Nadia Petrova", kind = "joined", from = "OpenAI", to = "Anthropic",
                quote = "Anthropic has hired Nadia Petrova from OpenAI, the company said on Tuesday.",
            },
            new
            {
                person = "Nadia Petrova", kind = "joined", from = "Open AI", to = "Anthropic",
                quote = "Anthropic has hired Nadia Petrova from OpenAI, the company said on Tuesday.",
            }));

        rules.Moves.ShouldContain(m => m.Person.Id == "~nadia-petrova" && m.Kind == MoveKind.Joined);
        enriched.ShouldBeSameAs(rules);
        (summary.Accepted, summary.ModelOnly).ShouldBe((2, 0));
    }

    [Fact]
    public async Task EnrichAsync_SameNewMoveProposedTwice_IsAddedOnce()
    {
        var (rules, enriched, summary) = await RunAsync(English, Proposes(Cole, Cole));

        enriched.Moves.Count.ShouldBe(rules.Moves.Count + 1);
        (summary.Accepted, summary.ModelOnly).ShouldBe((2, 1));
    }

    [Fact]
    public async Task EnrichAsync_JapaneseProposal_IsCheckedInItsOwnScript()
    {
        const string text = "サカナAIの人事\n\nサカナAIは、グーグルの研究者だった森健太氏を採用したと発表した。一方、小林真理子氏はエヌビディアを退社した。";

        var (_, enriched, summary) = await RunAsync(text, Proposes(
            new { person = "小林真理子", kind = "left", from = "エヌビディア", to = (string?)null, quote = "一方、小林真理子氏はエヌビディアを退社した。" },
            new { person = "Mariko Kobayashi", kind = "left", from = "Nvidia", to = (string?)null, quote = "一方、小林真理子氏はエヌビディアを退社した。" }),
            Language.Japanese);

        // The rules may read the sentence too; either way the move is there once, cited to its own sentence.
        var claim = enriched.Moves.Where(m => m.Person.Name == "小林真理子").ShouldHaveSingleItem();
        Move.KeyOf(claim.Person, claim.Kind, claim.From, claim.To).ShouldBe("~小林真理子|left|nvidia|");
        claim.SentenceIndexes.ShouldBe([2]);
        summary.Accepted.ShouldBe(1);
        summary.Rejected[ProposalRejection.UnknownName].ShouldBe(1);
    }

    [Fact]
    public async Task EnrichAsync_FencedReplyWithProseAround_IsRead()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(new { moves = new[] { Cole } });

        var (_, enriched, _) = await RunAsync(English, FakeReply.Text($"Sure! Here you go:\n```json\n{json}\n```\nLet me know."));

        ModelClaim(enriched).Person.Name.ShouldBe("Harriet Cole");
    }

    [Fact]
    public async Task EnrichAsync_ItemsBreakingTheSchema_AreRejectedAsMalformedAndTheRestKept()
    {
        var (_, enriched, summary) = await RunAsync(English, FakeReply.Text($$"""
            {"moves": [
              {"person": "Harriet Cole", "kind": "appointed", "to": "Mistral AI"},
              {"person": "Harriet Cole", "kind": "appointed", "to": "Mistral AI", "amount": 5000000, "quote": "{{ColeQuote}}"},
              "Harriet Cole joined Mistral AI",
              {"person": "Harriet Cole", "kind": "appointed", "from": null, "to": null, "quote": "{{ColeQuote}}"},
              {{System.Text.Json.JsonSerializer.Serialize(Cole)}}
            ]}
            """));

        ModelClaim(enriched).From.ShouldNotBeNull().Id.ShouldBe("microsoft");
        (summary.Proposed, summary.Accepted, summary.Rejected[ProposalRejection.Malformed]).ShouldBe((5, 1, 4));
    }

    [Theory]
    [InlineData("""[{"person": "Harriet Cole", "kind": "appointed", "to": "Mistral AI", "quote": "x"}]""")]
    [InlineData("""{"moves": {"person": "Harriet Cole"}}""")]
    [InlineData("""{"moves": [], }""")]
    [InlineData("I could not find any moves in this article.")]
    [InlineData("")]
    public async Task EnrichAsync_ReplyNotTheObjectAskedFor_CountsAsAMalformedReplyAndKeepsTheRulesFacts(string reply)
    {
        var (rules, enriched, summary) = await RunAsync(English, FakeReply.Text(reply));

        enriched.ShouldBeSameAs(rules);
        summary.Failures[ModelFailure.Malformed].ShouldBe(1);
        summary.Proposed.ShouldBe(0);
    }
}
