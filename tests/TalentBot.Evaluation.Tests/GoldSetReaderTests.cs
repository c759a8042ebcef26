using TalentBot.Core;

namespace TalentBot.Evaluation.Tests;

public sealed class GoldSetReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "talentbot-gold-" + Guid.NewGuid().ToString("N"));

    public GoldSetReaderTests() => Directory.CreateDirectory(Path.Combine(_folder, "articles"));

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    [Fact]
    public void Read_FolderInTheDevelopmentSetsFormat_ReadsEveryFile()
    {
        Write("articles/fr-01.txt", "Titre\n\nAna Ruiz a quitté OpenAI pour Meta.");
        Write("gold.jsonl", """{"article": "fr-01.txt", "person": "Ana Ruiz", "aliases": ["Ruiz"], "kind": "left", "from": "OpenAI", "to": "Meta", "when": null, "amount": null, "evidence": "Ana Ruiz a quitté OpenAI pour Meta."}""" + "\n");
        Write("traps.jsonl", """{"article": "fr-01.txt", "person": "Sam Altman", "must_not": "quoted only", "forbidden": "any"}""" + "\n" +
                             """{"article": "fr-01.txt", "person": "Ana Ruiz", "forbidden": {"kind": "joined", "from": null}}""" + "\n");
        Write("counts.jsonl", """{"article": "fr-01.txt", "from": "OpenAI", "to": null, "count": 10, "bound": "about"}""" + "\n");
        Write("manifest.jsonl", """{"article": "fr-01.txt", "url": "https://example.com/a", "outlet": "Exemple", "published": "2026-03-02", "language": "fr"}""" + "\n");

        var article = GoldSetReader.Read(_folder).Articles.ShouldHaveSingleItem();

        article.Language.ShouldBe(Language.French);
        article.Source.Published.ShouldBe(new PartialDate(2026, 3, 2));
        article.Source.Url.ShouldBe("https://example.com/a");
        article.Moves.ShouldHaveSingleItem().ShouldBe(new GoldMove("Ana Ruiz", ["Ruiz"], MoveKind.Left, "OpenAI", "Meta", null, null, "Ana Ruiz a quitté OpenAI pour Meta."), new GoldMoveComparer());
        article.Traps[0].Fields.ShouldBeNull();
        article.Traps[1].Fields.ShouldBe(new TrapFields(MoveKind.Joined, true, null, false, null));
        article.Counts.ShouldBe([new GoldCount("OpenAI", null, 10, CountBound.About)]);
    }

    [Fact]
    public void Read_NoArticlesFolder_SaysItIsNoGoldSet()
    {
        var empty = Path.Combine(_folder, "empty");
        Directory.CreateDirectory(empty);

        Should.Throw<InvalidDataException>(() => GoldSetReader.Read(empty)).Message.ShouldContain("has no articles/ folder");
    }

    [Theory]
    [InlineData("""{"article": "en-01.txt", "person": "Ana Ruiz", "kind": "poached"}""", "gold.jsonl:2: 'poached' is not a kind of move")]
    [InlineData("""{"article": "en-01.txt", "kind": "left"}""", "gold.jsonl:2: 'person' is missing")]
    [InlineData("""not json""", "gold.jsonl:2:")]
    public void Read_BadLine_NamesTheFileAndTheLine(string line, string expected)
    {
        Write("articles/en-01.txt", "Headline\n\nText.");
        Write("gold.jsonl", """{"article": "en-01.txt", "person": "Ana Ruiz", "kind": "left", "from": "OpenAI"}""" + "\n" + line + "\n");

        Should.Throw<InvalidDataException>(() => GoldSetReader.Read(_folder)).Message.ShouldStartWith(expected);
    }

    [Fact]
    public void Read_AnnotationOfAMissingArticle_IsRefused()
    {
        Write("articles/en-01.txt", "Headline\n\nText.");
        Write("gold.jsonl", """{"article": "en-02.txt", "person": "Ana Ruiz", "kind": "left", "from": "OpenAI"}""" + "\n");

        Should.Throw<InvalidDataException>(() => GoldSetReader.Read(_folder)).Message.ShouldContain("'en-02.txt', which is not in articles/");
    }

    /// <summary>Records with lists compare their lists by reference; a gold move's aliases are compared by content.</summary>
    private sealed class GoldMoveComparer : IEqualityComparer<GoldMove>
    {
        public bool Equals(GoldMove? x, GoldMove? y) =>
            x is not null && y is not null && x with { Aliases = [] } == y with { Aliases = [] } && x.Aliases.SequenceEqual(y.Aliases);

        public int GetHashCode(GoldMove obj) => obj.Person.GetHashCode(StringComparison.Ordinal);
    }
}
