using TalentBot.Answering.Tests.Support;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

/// <summary>Counted phrases read right for one and for many in each language ("1 more not shown", never "1 people").</summary>
public sealed class PluralTests
{
    [Theory]
    [InlineData(Language.English, 1, "1 person left OpenAI")]
    [InlineData(Language.English, 3, "3 people left OpenAI")]
    [InlineData(Language.French, 1, "1 personne a quitté OpenAI")]
    [InlineData(Language.French, 3, "3 personnes ont quitté OpenAI")]
    [InlineData(Language.Italian, 1, "1 persona ha lasciato OpenAI")]
    [InlineData(Language.Italian, 3, "3 persone hanno lasciato OpenAI")]
    [InlineData(Language.Japanese, 1, "OpenAIから1人が退社")]
    [InlineData(Language.Japanese, 3, "OpenAIから3人が退社")]
    public void CountSentence_HeadCountLeaving_AgreesWithTheCount(Language language, int count, string expected)
    {
        var fact = new CountFact("c", Corpus.OpenAI, null, count, CountBound.Exactly, [Corpus.CountEn]);

        ReplyWording.CountSentence(fact, language).ShouldBe(expected);
    }

    [Theory]
    [InlineData(Language.English, 1, "at least 1 person from OpenAI went to Meta")]
    [InlineData(Language.English, 20, "at least 20 people from OpenAI went to Meta")]
    [InlineData(Language.French, 1, "au moins 1 personne est passée de OpenAI à Meta")]
    [InlineData(Language.French, 20, "au moins 20 personnes sont passées de OpenAI à Meta")]
    [InlineData(Language.Italian, 1, "almeno 1 persona è passata da OpenAI a Meta")]
    [InlineData(Language.Italian, 20, "almeno 20 persone sono passate da OpenAI a Meta")]
    [InlineData(Language.Japanese, 1, "OpenAIからMetaへ少なくとも1人")]
    public void CountSentence_HeadCountBetweenTwo_AgreesWithTheCount(Language language, int count, string expected)
    {
        var fact = new CountFact("c", Corpus.OpenAI, Corpus.Meta, count, CountBound.AtLeast, [Corpus.CountEn]);

        ReplyWording.CountSentence(fact, language).ShouldBe(expected);
    }

    [Theory]
    [InlineData(Language.English, 1, "and 1 more not shown")]
    [InlineData(Language.English, 2, "and 2 more not shown")]
    [InlineData(Language.French, 1, "et 1 de plus non affiché")]
    [InlineData(Language.French, 2, "et 2 de plus non affichés")]
    [InlineData(Language.Italian, 1, "e 1 altro non mostrato")]
    [InlineData(Language.Italian, 2, "e altri 2 non mostrati")]
    [InlineData(Language.Japanese, 1, "ほか1件は表示していません")]
    public void Digest_MovesPastItsLimit_SaysHowManyMoreInTheRightNumber(Language language, int hidden, string expected)
    {
        var moves = Enumerable.Range(1, NotificationReplies.MaxDigestMoves + hidden)
            .Select(i => Corpus.Move($"m{i}", EntityRef.Unregistered($"Person {i}"), MoveKind.Left, Corpus.Meta, null, null, null, Corpus.RoeEn))
            .ToList();

        var digest = new NotificationReplies(Corpus.Registry).Digest(moves, Corpus.FirstSeen, language);

        digest.Notes.Single(n => n.Kind == ReplyNoteKind.MoreNotShown).Text.ShouldBe(expected);
    }

    [Theory]
    [InlineData(Language.English, 1, "1 sentence the model could not back with a source was removed.")]
    [InlineData(Language.English, 2, "2 sentences the model could not back with a source were removed.")]
    [InlineData(Language.French, 1, "1 phrase que le modèle ne pouvait appuyer sur aucune source a été retirée.")]
    [InlineData(Language.French, 2, "2 phrases que le modèle ne pouvait appuyer sur aucune source ont été retirées.")]
    [InlineData(Language.Italian, 1, "Rimossa 1 frase che il modello non poteva sostenere con una fonte.")]
    [InlineData(Language.Italian, 2, "Rimosse 2 frasi che il modello non poteva sostenere con una fonte.")]
    [InlineData(Language.Japanese, 1, "出典で裏付けられなかった 1 文を削除しました。")]
    public void ModelDropped_OneOrMany_ReadsRight(Language language, int dropped, string expected)
    {
        Phrases.Format(language, Phrases.ForCount(language, dropped, Phrase.ModelDroppedOne, Phrase.ModelDropped), dropped).ShouldBe(expected);
    }

    [Theory]
    [InlineData(Language.English, 0, Phrase.ModelDropped)]
    [InlineData(Language.French, 0, Phrase.ModelDroppedOne)]
    [InlineData(Language.Italian, 0, Phrase.ModelDropped)]
    [InlineData(Language.English, 1, Phrase.ModelDroppedOne)]
    [InlineData(Language.Japanese, 1, Phrase.ModelDroppedOne)]
    public void ForCount_Zero_IsSingularOnlyInFrench(Language language, int count, Phrase expected)
    {
        Phrases.ForCount(language, count, Phrase.ModelDroppedOne, Phrase.ModelDropped).ShouldBe(expected);
    }

    [Theory]
    [InlineData(Language.English, "(1 source, first seen 2025-08-01)")]
    [InlineData(Language.French, "(1 source, vu pour la première fois le 2025-08-01)")]
    [InlineData(Language.Italian, "(1 fonte, vista per la prima volta il 2025-08-01)")]
    public void Provenance_OneSource_IsSingular(Language language, string expected)
    {
        var move = Corpus.Move("m", Corpus.ChayaNayak, MoveKind.Left, Corpus.Meta, Corpus.Google, null, null, Corpus.NayakFr);

        ReplyWording.Provenance(move, language).ShouldBe(expected);
    }
}
