using System.Text.Json;
using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

public sealed class ReplyJsonTests
{
    private static readonly string[] ReplyFields =
        ["answer", "intent", "language", "outcome", "total", "page", "pages", "moves", "counts", "citations", "notes"];

    private static readonly string[] MoveFields =
    [
        "id", "person", "person_id", "from", "from_id", "to", "to_id", "kind", "when", "amount", "sources", "first_seen",
        "disputed", "citations", "model_only", "confidence", "confidence_reasons",
    ];

    private static readonly string[] CountFields = ["from", "from_id", "to", "to_id", "count", "bound", "citations"];
    private static readonly string[] CitationFields = ["n", "article", "title", "url", "language", "quote", "outlet", "published", "link"];
    private static readonly string[] AmountFields = ["value", "currency", "text"];

    private readonly QuestionAnswerer _answerer = new(Corpus.KnowledgeBase(), Corpus.Clock);

    [Fact]
    public void Serialize_MovesReply_WritesEveryContractFieldWithItsValue()
    {
        var reply = _answerer.Answer("/who-joined Meta");

        using var json = JsonDocument.Parse(ReplyJson.Serialize(reply));
        var root = json.RootElement;

        Names(root).ShouldBe(ReplyFields);
        root.GetProperty("answer").GetString().ShouldBe(reply.Text);
        root.GetProperty("intent").GetString().ShouldBe("who_joined");
        root.GetProperty("language").GetString().ShouldBe("en");
        root.GetProperty("outcome").GetString().ShouldBe("answered");
        root.GetProperty("total").GetInt32().ShouldBe(reply.Total);
        root.GetProperty("notes").GetArrayLength().ShouldBe(reply.Notes.Count);

        var pang = root.GetProperty("moves")[0];
        Names(pang).ShouldBe(MoveFields);
        pang.GetProperty("id").GetString().ShouldBe("m-pang");
        pang.GetProperty("person").GetString().ShouldBe("Ruoming Pang");
        pang.GetProperty("person_id").GetString().ShouldBe("ruoming-pang");
        pang.GetProperty("from").GetString().ShouldBe("Apple");
        pang.GetProperty("from_id").GetString().ShouldBe("apple");
        pang.GetProperty("to").GetString().ShouldBe("Meta Superintelligence Labs");
        pang.GetProperty("to_id").GetString().ShouldBe("msl");
        pang.GetProperty("kind").GetString().ShouldBe(MoveKind.Left.ToCode());
        pang.GetProperty("when").GetString().ShouldBe("2025-07");
        pang.GetProperty("sources").GetInt32().ShouldBe(2);
        pang.GetProperty("first_seen").GetString().ShouldBe("2025-08-01T09:30:00Z");
        pang.GetProperty("disputed").GetBoolean().ShouldBeFalse();
        pang.GetProperty("model_only").GetBoolean().ShouldBeFalse();
        pang.GetProperty("confidence").GetString().ShouldBe("stated");
        pang.GetProperty("confidence_reasons").GetArrayLength().ShouldBe(0);
        var amount = pang.GetProperty("amount");
        Names(amount).ShouldBe(AmountFields);
        amount.GetProperty("value").GetDecimal().ShouldBe(200_000_000m);
        amount.GetProperty("currency").GetString().ShouldBe("USD");
        amount.GetProperty("text").GetString().ShouldBe("more than $200 million");
        pang.GetProperty("citations").EnumerateArray().Select(c => c.GetProperty("n").GetInt32()).ShouldBe([1, 2]);

        var count = root.GetProperty("counts")[0];
        Names(count).ShouldBe(CountFields);
        count.GetProperty("from_id").GetString().ShouldBe("openai");
        count.GetProperty("to_id").GetString().ShouldBe("meta");
        count.GetProperty("count").GetInt32().ShouldBe(20);
        count.GetProperty("bound").GetString().ShouldBe("more_than");

        var citations = root.GetProperty("citations").EnumerateArray().ToList();
        citations.Count.ShouldBe(reply.Citations.Count);
        citations.ShouldAllBe(c => Names(c).SequenceEqual(CitationFields));
        var japanese = citations[1];
        japanese.GetProperty("n").GetInt32().ShouldBe(2);
        japanese.GetProperty("article").GetString().ShouldBe("a2");
        japanese.GetProperty("title").GetString().ShouldBe(Corpus.PangJa.Title);
        japanese.GetProperty("url").ValueKind.ShouldBe(JsonValueKind.Null);
        japanese.GetProperty("language").GetString().ShouldBe("ja");
        japanese.GetProperty("quote").GetString().ShouldBe(Corpus.PangJa.Quote);
        japanese.GetProperty("outlet").GetString().ShouldBe("日経");
        japanese.GetProperty("link").ValueKind.ShouldBe(JsonValueKind.Null);
        citations[0].GetProperty("link").GetString()!.ShouldStartWith("https://example.com/a1#:~:text=Ruoming%20Pang%2C%20");
    }

    [Fact]
    public void Serialize_WithSourcePages_LinksACitationWithoutAUrlToItsSourcePageInTheReplysLanguage()
    {
        var reply = _answerer.Answer("/who-joined Meta", Language.French);
        var links = new TalentBot.Answering.Links.CitationLinks(new Uri("https://talentbot.example.com/"));

        using var json = JsonDocument.Parse(ReplyJson.Serialize(reply, links));
        var citations = json.RootElement.GetProperty("citations");

        citations[1].GetProperty("link").GetString().ShouldBe("https://talentbot.example.com/sources/a2/0?lang=fr#cited");
        citations[0].GetProperty("link").GetString()!.ShouldStartWith("https://example.com/a1#:~:text=");
    }

    [Fact]
    public void Serialize_MoveWithoutDateOrAmount_WritesNulls()
    {
        var kb = new FakeKnowledgeBase(Corpus.Registry);
        kb.Moves.Add(Corpus.Move("m", Corpus.ChayaNayak, MoveKind.Joined, null, Corpus.Google, null, null, Corpus.NayakFr));

        using var json = JsonDocument.Parse(ReplyJson.Serialize(new QuestionAnswerer(kb, Corpus.Clock).Answer("/moves Chaya Nayak")));
        var move = json.RootElement.GetProperty("moves")[0];

        move.GetProperty("when").ValueKind.ShouldBe(JsonValueKind.Null);
        move.GetProperty("amount").ValueKind.ShouldBe(JsonValueKind.Null);
        move.GetProperty("from").ValueKind.ShouldBe(JsonValueKind.Null);
        move.GetProperty("from_id").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public void Serialize_NonAsciiText_WritesRealCharactersIndented()
    {
        var text = ReplyJson.Serialize(_answerer.Answer("Metaを辞めたのは誰？"));

        text.ShouldContain("\"language\": \"ja\"");
        text.ShouldContain("退社");
        text.ShouldContain("Départs en série chez Meta");
        text.ShouldNotContain("\\u");
        text.ShouldContain("\n  \"intent\": \"who_left\"");
    }

    [Theory]
    [InlineData("/who-left Mta", "who_left", "invalid_request")]
    [InlineData("/who-left NVIDIA", "who_left", "nothing_found")]
    [InlineData("/moves Ruoming Pang", "moves", "answered")]
    [InlineData("why did Meta freeze hiring?", "ask", "answered")]
    [InlineData("/help", "help", "answered")]
    public void Serialize_EachIntentAndOutcome_WritesTheirCodes(string input, string intent, string outcome)
    {
        using var json = JsonDocument.Parse(ReplyJson.Serialize(_answerer.Answer(input)));

        Names(json.RootElement).ShouldBe(ReplyFields);
        json.RootElement.GetProperty("intent").GetString().ShouldBe(intent);
        json.RootElement.GetProperty("outcome").GetString().ShouldBe(outcome);
    }

    [Fact]
    public void Serialize_DisputedMove_MarksItDisputed()
    {
        using var json = JsonDocument.Parse(ReplyJson.Serialize(_answerer.Answer("/moves Chaya Nayak")));

        json.RootElement.GetProperty("moves").EnumerateArray().ShouldAllBe(m => m.GetProperty("disputed").GetBoolean());
        json.RootElement.GetProperty("notes")[0].GetString().ShouldBe("Sources disagree on where Chaya Nayak went: Google / Anthropic.");
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
