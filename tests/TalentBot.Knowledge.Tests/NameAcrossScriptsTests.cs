using LiteDB;
using TalentBot.Core;
using TalentBot.Knowledge.Tests.Support;

namespace TalentBot.Knowledge.Tests;

public sealed class NameAcrossScriptsTests : IDisposable
{
    private static readonly EntityRef RossiKatakana = EntityRef.Unregistered("マリア・ロッシ");
    private static readonly EntityRef VargaLatin = EntityRef.Unregistered("Elena Varga");
    private static readonly EntityRef VestralOrg = EntityRef.Unregistered("ヴェストラル・ロボティクス");
    private static readonly EntityRef SchwarzerLatin = EntityRef.Unregistered("Lena Schwarzer");

    private readonly StoreFixture _fixture = new();

    public NameAcrossScriptsTests()
    {
        _fixture.Extractor.Mention("マリア", RossiKatakana, EntityKind.Person)
                          .Mention("Varga", VargaLatin, EntityKind.Person)
                          .Mention("ヴェストラル", VestralOrg, EntityKind.Organisation)
                          .Mention("Schwarzer", SchwarzerLatin, EntityKind.Person);
        _fixture.Ingest("マリア・ロッシ氏はOpenAIを退社した。", language: Language.Japanese);
        _fixture.Ingest("Elena Varga left Meta in May.");
        _fixture.Ingest("ヴェストラル・ロボティクスが研究者を採用した。", language: Language.Japanese);
        _fixture.Ingest("Lena Schwarzer left Meta in June.");
    }

    [Theory]
    [InlineData("Maria Rossi", "~マリア-ロッシ")]
    [InlineData("maria  ROSSI", "~マリア-ロッシ")]
    [InlineData("エレナ・ヴァルガ", "~elena-varga")]
    public void FindEntitiesAcrossScripts_NameInTheOtherScript_FindsThePerson(string name, string id)
    {
        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Person, name).ShouldHaveSingleItem().Id.ShouldBe(id);
    }

    [Fact]
    public void FindEntitiesAcrossScripts_Organisation_IsFoundAmongOrganisationsOnly()
    {
        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Organisation, "Vestral Robotics").ShouldHaveSingleItem().Id.ShouldBe(VestralOrg.Id);
        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Person, "Vestral Robotics").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Elena Varga")]
    [InlineData("マリア・ロッシ")]
    [InlineData("Mario Rossi")]
    [InlineData("高橋由美")]
    public void FindEntitiesAcrossScripts_SameScriptOrAnotherName_FindsNothing(string name)
    {
        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Person, name).ShouldBeEmpty();
    }

    [Fact]
    public void FindEntitiesAcrossScripts_LatinSpellingOfAKanjiName_FindsThePersonItReads()
    {
        var daisuke = EntityRef.Unregistered("中村大輔");
        var kenji = EntityRef.Unregistered("中村健二");
        var sho = EntityRef.Unregistered("佐々木翔");
        _fixture.Extractor.Mention("中村大輔", daisuke, EntityKind.Person)
                          .Mention("中村健二", kenji, EntityKind.Person)
                          .Mention("佐々木翔", sho, EntityKind.Person);
        _fixture.Ingest("中村大輔氏はサカナAIを退社した。", language: Language.Japanese);
        _fixture.Ingest("中村健二氏はPFNに入社した。", language: Language.Japanese);
        _fixture.Ingest("佐々木翔氏はxAIに移る。", language: Language.Japanese);

        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Person, "Daisuke Nakamura").ShouldHaveSingleItem().Id.ShouldBe(daisuke.Id);
        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Person, "Nakamura Kenji").ShouldHaveSingleItem().Id.ShouldBe(kenji.Id);
        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Person, "Sasaki").ShouldHaveSingleItem().Id.ShouldBe(sho.Id);
        // Two people share the surname, and no given name says which.
        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Person, "Nakamura").ShouldBeEmpty();
        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Person, "Taro Nakamura").ShouldBeEmpty();
        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Organisation, "Daisuke Nakamura").ShouldBeEmpty();
    }

    [Fact]
    public void Open_StoreWrittenBeforeNameKeys_KeysItsNamesOnce()
    {
        _fixture.Close();
        using (var db = new LiteDatabase(_fixture.StorePath))
        {
            var people = db.GetCollection("people");
            foreach (var person in people.FindAll().ToList())
            {
                person.Remove("NameKey");
                people.Update(person);
            }
            db.UserVersion = 1;
        }

        _fixture.Reopen();

        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Person, "Maria Rossi").ShouldHaveSingleItem().Id.ShouldBe(RossiKatakana.Id);
        _fixture.Close();
        using (var db = new LiteDatabase(_fixture.StorePath)) db.UserVersion.ShouldBe(KnowledgeStore.SchemaVersion);
        _fixture.Reopen();
    }

    [Fact]
    public void Open_StoreKeyedByTheOlderRule_KeysItsNamesAgain()
    {
        _fixture.Close();
        using (var db = new LiteDatabase(_fixture.StorePath))
        {
            var people = db.GetCollection("people");
            var schwarzer = people.FindById(SchwarzerLatin.Id);
            // The key schema 3 wrote: German sch and z read as English does, so シュワルツァー never met it.
            schwarzer["NameKey"] = "renaschwaza";
            people.Update(schwarzer);
            db.UserVersion = 3;
        }

        _fixture.Reopen();

        _fixture.Store.FindEntitiesAcrossScripts(EntityKind.Person, "レナ・シュワルツァー").ShouldHaveSingleItem().Id.ShouldBe(SchwarzerLatin.Id);
    }

    public void Dispose() => _fixture.Dispose();
}
