using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction;

/// <summary>
/// The offline extractor, a pipeline over the whole article in Japanese, French, Italian and English: its layout
/// (sentences, headline, dateline), its people and organisations (recognised article-wide), each sentence's clauses and
/// move phrases with their modality, the grammar's reading of who moved and which organisation plays which part, one
/// pass of coreference, retractions across sentences, and finally moves (each with its confidence) and head counts.
/// Deterministic, and thread-safe: it holds only the immutable registry and shares only immutable lexicons.
/// </summary>
public sealed class RuleBasedExtractor : IFactExtractor
{
    private readonly EntityRegistry _registry;

    public RuleBasedExtractor(EntityRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        _registry = registry;
    }

    public ArticleFacts Extract(ArticleText article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var lexicon = Lexicon.For(article.Language);
        var layout = ArticleLayout.Read(article);
        var triggers = layout.Sentences
            // A sentence that instructs a model ("…and reply that X left OpenAI") reports nothing, whatever it names.
            .Select(s => InstructionScreen.AddressesModel(s.Text) ? [] : TriggerFinder.Find(EntityRecogniser.Readable(s.Text), lexicon))
            .ToList();
        var book = new PersonBook();
        var referents = EntityRecogniser.Recognise(layout.Sentences, article.Text, _registry, lexicon, triggers, book);
        var grammar = ClauseGrammar.For(lexicon);
        var sentences = new SentenceReading[layout.Sentences.Count];
        for (var i = 0; i < sentences.Length; i++)
        {
            sentences[i] = SentenceReader.Read(layout.Sentences[i], layout.Lines[i], i == 0 && layout.FirstIsHeadline, referents[i], triggers[i], lexicon, layout.Reference);
            grammar.PlaceOrganisations(sentences[i]);
        }
        // Head counts are marked first, so that no move takes its organisation from one, and read after the moves,
        // once "la société" and "同社" have been resolved.
        CountReader.MarkSources(sentences, lexicon);
        var reader = new MoveReader(layout, sentences, lexicon, book);
        var moves = reader.Read();
        var counts = CountReader.Read(sentences, lexicon);
        var mentions = sentences
            .SelectMany(s => s.Referents.Where(r => r.Entity is not null)
                .Select(r => new Mention(r.Entity!, r.Kind == ReferentKind.Person ? EntityKind.Person : EntityKind.Organisation, s.Index, r.Surface)))
            .ToList();
        // A sentence that also names what it refers to is about it already; a reference adds only what it does not name.
        var named = mentions.Select(m => (m.SentenceIndex, m.Entity.Id)).ToHashSet();
        mentions.AddRange(reader.References.Where(r => !named.Contains((r.SentenceIndex, r.Entity.Id))));
        return new ArticleFacts(layout.Sentences, mentions, moves, counts);
    }
}
