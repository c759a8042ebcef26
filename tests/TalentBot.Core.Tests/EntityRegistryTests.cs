using TalentBot.Core;

namespace TalentBot.Core.Tests;

public class EntityRegistryTests
{
    private readonly EntityRegistry _registry = TestRegistry.Build();

    [Theory]
    [InlineData("Meta", "meta")]
    [InlineData("facebook", "meta")]
    [InlineData("メタ", "meta")]
    [InlineData("ＭＥＴＡ", "meta")]
    [InlineData("deepmind", "deepmind")]
    [InlineData("Gogle", "google")]
    [InlineData("open ai", "openai")]
    public void Resolve_OrganisationAliasInAnyScriptOrWithTypo_FindsIt(string name, string expectedId)
    {
        var matches = _registry.Resolve(name, EntityKind.Organisation);

        matches.Select(m => m.Value.Id).ShouldBe([expectedId]);
    }

    [Theory]
    [InlineData("Zhao Shengjia", "zhao")]
    [InlineData("sheng xha jao", "zhao")]
    [InlineData("イーサンナイト", "knight")]
    [InlineData("Loredana Crisan", "loredana")]
    [InlineData("Ahmad Al Dahle", "dahle")]
    public void Resolve_PersonInEitherOrderScriptOrAccent_FindsIt(string name, string expectedId)
    {
        _registry.Resolve(name, EntityKind.Person).Single().Value.Id.ShouldBe(expectedId);
    }

    [Fact]
    public void Resolve_OneLetterOff_IsMarkedFuzzy()
    {
        var match = _registry.Resolve("Mata", EntityKind.Organisation).Single();

        match.Value.Id.ShouldBe("meta");
        match.Quality.ShouldBe(MatchQuality.Fuzzy);
    }

    [Fact]
    public void Resolve_ThreeLetterNameOneLetterOff_DoesNotGuess()
    {
        _registry.Resolve("SSL", EntityKind.Organisation).ShouldBeEmpty();
    }

    [Fact]
    public void SelfAndParts_Parent_IncludesItsParts()
    {
        _registry.SelfAndParts("meta").ShouldBe(["meta", "msl"], ignoreOrder: true);
        _registry.SelfAndParts("msl").ShouldBe(["msl"]);
    }

    [Fact]
    public void AreRelated_ParentAndPart_AreRelatedButSiblingsAreNot()
    {
        _registry.AreRelated("deepmind", "google").ShouldBeTrue();
        _registry.AreRelated("meta", "google").ShouldBeFalse();
    }

    [Fact]
    public void FromJson_UnknownParent_FailsWithTheIdNamed()
    {
        var error = Should.Throw<InvalidDataException>(() => EntityRegistry.FromJson(
            """{ "organisations": [ { "id": "a", "name": "A", "parent": "nope" } ] }"""));

        error.Message.ShouldContain("nope");
    }

    [Fact]
    public void HeadquarteredAt_APlaceOneOrganisationIsBasedIn_IsThatOrganisation()
    {
        var registry = EntityRegistry.FromJson(
            """{ "organisations": [ { "id": "meta", "name": "Meta", "headquarters": ["Menlo Park"] }, { "id": "a", "name": "A", "headquarters": ["Paris"] }, { "id": "b", "name": "B", "headquarters": ["Paris"] } ] }""");

        registry.HeadquarteredAt("Menlo Park, Calif.").ShouldBe((registry.Find("meta")!, "Menlo Park".Length));
        registry.HeadquarteredAt("menlo park").ShouldNotBeNull();
        registry.HeadquarteredAt("Menlo Parkway").ShouldBeNull();
        registry.HeadquarteredAt("Paris").ShouldBeNull(); // two organisations are based there: the town names neither
    }

    [Fact]
    public void FromJson_PersonWithHeadquarters_Fails()
    {
        Should.Throw<InvalidDataException>(() => EntityRegistry.FromJson(
            """{ "people": [ { "id": "p", "name": "P", "headquarters": ["Paris"] } ] }"""));
    }

    [Fact]
    public void LedBy_ANameOfSomeoneWhoLeadsOneOrganisation_IsThatOrganisation()
    {
        var registry = EntityRegistry.FromJson(
            """
            { "organisations": [ { "id": "openai", "name": "OpenAI" }, { "id": "x", "name": "X" }, { "id": "y", "name": "Y" } ],
              "people": [ { "id": "sam", "name": "Sam Altman", "aliases": ["Altman"], "leads": ["openai"] },
                          { "id": "two", "name": "Ann Two", "leads": ["x", "y"] } ] }
            """);

        registry.LedBy("Sam Altman's company").ShouldBe((registry.Find("openai")!, "Sam Altman".Length));
        registry.LedBy("Altman").ShouldBe((registry.Find("openai")!, "Altman".Length));
        registry.LedBy("Altmann").ShouldBeNull();
        registry.LedBy("Ann Two").ShouldBeNull(); // she leads two: her name says neither
    }

    [Theory]
    [InlineData("""{ "organisations": [ { "id": "a", "name": "A", "leads": ["a"] } ] }""")]
    [InlineData("""{ "people": [ { "id": "p", "name": "P", "leads": ["nowhere"] } ] }""")]
    [InlineData("""{ "people": [ { "id": "p", "name": "P", "leads": ["q"] }, { "id": "q", "name": "Q" } ] }""")]
    public void FromJson_LeaderThatIsNoPersonOrLeadsNoOrganisation_Fails(string json)
    {
        Should.Throw<InvalidDataException>(() => EntityRegistry.FromJson(json));
    }

    [Fact]
    public void FromJson_DuplicateId_Fails()
    {
        Should.Throw<InvalidDataException>(() => EntityRegistry.FromJson(
            """{ "organisations": [ { "id": "a", "name": "A" } ], "people": [ { "id": "a", "name": "B" } ] }"""));
    }

    [Fact]
    public void FindAliases_MixedScriptText_FindsEachNameWithItsOffsets()
    {
        const string text = "元OpenAI研究者のイーサン・ナイトはMetaを去り、Google DeepMindへ。";

        var hits = _registry.FindAliases(text);

        hits.Select(h => (h.Entity.Id, text.Substring(h.Start, h.Length))).ShouldBe(
        [
            ("openai", "OpenAI"),
            ("knight", "イーサン・ナイト"),
            ("meta", "Meta"),
            ("deepmind", "Google DeepMind"),
        ]);
    }

    [Theory]
    [InlineData("I met a friend at the metaverse launch.")]
    [InlineData("メタバースの話")]
    [InlineData("Metaphysics is hard.")]
    public void FindAliases_NameInsideAnotherWord_IsNotAMention(string text)
    {
        _registry.FindAliases(text).ShouldBeEmpty();
    }

    [Fact]
    public void FindAliases_KatakanaNameRunningIntoItsJapaneseArm_IsAMention()
    {
        var hit = _registry.FindAliases("研究者はメタジャパンを辞めた。").ShouldHaveSingleItem();

        (hit.Entity.Id, hit.Length).ShouldBe(("meta", "メタ".Length));
    }

    [Theory]
    [InlineData("2年前にOpenAIを辞めた。", "OpenAI")]
    [InlineData("研究者はMetaから", "Meta")]
    [InlineData("元Google DeepMind研究員", "Google DeepMind")]
    [InlineData("ＯｐｅｎＡＩを辞めた", "ＯｐｅｎＡＩ")]
    public void FindAliases_LatinNameBetweenKanaOrKanji_IsAMention(string text, string name)
    {
        var hit = _registry.FindAliases(text).ShouldHaveSingleItem();

        text.Substring(hit.Start, hit.Length).ShouldBe(name);
    }

    [Theory]
    [InlineData("2年前にXOpenAIを辞めた。")]
    [InlineData("研究者はMeta2から")]
    public void FindAliases_LatinNameGluedToLatinLettersBesideKana_IsNotAMention(string text)
    {
        _registry.FindAliases(text).ShouldBeEmpty();
    }

    [Fact]
    public void FindAliases_KatakanaWithoutMiddleDotAndExtraSpaces_StillMatch()
    {
        var hits = _registry.FindAliases("イーサンナイトと Shengjia   Zhao、Ahmad Al-Dahle and Meta's lab");

        hits.Select(h => h.Entity.Id).ShouldBe(["knight", "zhao", "dahle", "meta"]);
    }

    [Fact]
    public void FindAliases_LongestNameWins()
    {
        var hits = _registry.FindAliases("Meta Superintelligence Labs hired him.");

        hits.Single().Entity.Id.ShouldBe("msl");
    }
}
