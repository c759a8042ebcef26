using TalentBot.Answering.Tests.Support;
using TalentBot.Core;

namespace TalentBot.Answering.Tests;

public sealed class EntityResolverTests
{
    private readonly EntityResolver _resolver = new(Corpus.KnowledgeBase(), Corpus.Registry);

    [Theory]
    [InlineData("Meta")]
    [InlineData("facebook")]
    [InlineData("メタ")]
    [InlineData("Métà")]
    [InlineData("ＭＥＴＡ")]
    [InlineData("Meta Platfroms")]
    public void Resolve_OrganisationByAnyNameOrNearSpelling_ReturnsItWithItsParts(string name)
    {
        var resolved = _resolver.Resolve(name, EntityKind.Organisation).ShouldBeOfType<ResolvedEntity>();

        resolved.Entity.Id.ShouldBe("meta");
        resolved.Ids.ShouldBe(["meta", "msl"], ignoreOrder: true);
    }

    [Fact]
    public void Resolve_Part_DoesNotIncludeItsParent()
    {
        _resolver.Resolve("DeepMind", EntityKind.Organisation).ShouldBeOfType<ResolvedEntity>().Ids.ShouldBe(["deepmind"]);
    }

    [Fact]
    public void Resolve_PersonKnownOnlyFromArticles_ReturnsTheArticleEntity()
    {
        var resolved = _resolver.Resolve("jane roe", EntityKind.Person).ShouldBeOfType<ResolvedEntity>();

        resolved.Entity.ShouldBe(Corpus.JaneRoe);
        resolved.Entity.IsRegistered.ShouldBeFalse();
    }

    [Fact]
    public void Resolve_PersonNameAsOrganisation_DoesNotResolve()
    {
        _resolver.Resolve("Chaya Nayak", EntityKind.Organisation).ShouldBeOfType<UnresolvedEntity>();
    }

    [Fact]
    public void Resolve_UnknownName_ReturnsNearNamesAsSuggestionsOnly()
    {
        var unresolved = _resolver.Resolve("Antropik Labs", EntityKind.Organisation).ShouldBeOfType<UnresolvedEntity>();

        unresolved.Query.ShouldBe("Antropik Labs");
        unresolved.Suggestions.ShouldContain("Anthropic");
    }

    [Fact]
    public void Resolve_UnknownNameWithAShortWord_SuggestsNothingForTheWordAlone()
    {
        // "Labs" is two edits from "AWS": a word of a longer name must come closer than that to suggest anything.
        var registry = new EntityRegistry([new RegisteredEntity("aws", EntityKind.Organisation, "Amazon Web Services", ["AWS"], null)]);
        var resolver = new EntityResolver(new FakeKnowledgeBase(registry), registry);

        resolver.Resolve("Quasar Reasoning Labs", EntityKind.Organisation).ShouldBeOfType<UnresolvedEntity>().Suggestions.ShouldBeEmpty();
        resolver.Resolve("Amazon Web Servces Labs", EntityKind.Organisation).ShouldBeOfType<UnresolvedEntity>().Suggestions.ShouldBe(["Amazon Web Services"]);
    }
}
