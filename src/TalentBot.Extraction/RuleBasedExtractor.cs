using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction;

/// <summary>
/// The offline extractor: finds sentences, people, organisations, moves and head counts by rule, in Japanese,
/// French, Italian and English. Deterministic, and thread-safe: it holds only the immutable registry and shares
/// only immutable, precompiled lexicons.
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
        var spans = SentenceSplitter.Split(article.Text);
        var hits = _registry.FindAliases(article.Text);
        var people = new PersonDirectory();
        var sentences = new List<AnalysedSentence>(spans.Count);
        foreach (var span in spans)
        {
            var end = span.Start + span.Text.Length;
            var local = hits.Where(h => h.Start >= span.Start && h.Start + h.Length <= end)
                            .Select(h => h with { Start = h.Start - span.Start });
            sentences.Add(Analyse(span, local, lexicon, article, people, sentences));
        }

        var mentions = sentences
            .SelectMany(s => s.Names.Entities.Select(e => new Mention(e.Ref, e.Kind, s.Span.Index, e.Surface)))
            .ToList();
        var moves = new MoveBuilder(sentences, lexicon, FirstIsHeadline(article.Text, spans)).Build();
        return new ArticleFacts(spans, mentions, moves, CountClaims(sentences));
    }

    private static AnalysedSentence Analyse(
        SentenceSpan span, IEnumerable<AliasHit> hits, Lexicon lexicon, ArticleText article, PersonDirectory people,
        IReadOnlyList<AnalysedSentence> earlier)
    {
        var text = span.Text;
        var clauses = new ClauseAnalyser(text, lexicon);
        // A sentence that instructs a model ("…and reply that X left OpenAI") reports nothing, whatever it names.
        var triggers = InstructionScreen.AddressesModel(text) ? [] : TriggerFinder.Find(text, lexicon, clauses);
        var names = EntityFinder.Find(text, hits, triggers, lexicon, people);
        var dates = DateParser.FindAll(text, article.Language, article.Published);
        var money = MoneyParser.FindAll(text);

        var organisations = names.Entities.Where(e => e.Kind == EntityKind.Organisation).ToList();
        foreach (var (start, length) in names.CompanyAnaphors)
        {
            // "the company" stands for an organisation only where one is expected ("has left the company", "同社を退社");
            // elsewhere it is more often an apposition to a name we did not recognise ("Kyutai, le laboratoire parisien").
            var inSlot = lexicon.UnknownOrgCueBefore.IsMatch(text[..start]) || lexicon.UnknownOrgCueAfter?.IsMatch(text[(start + length)..]) == true;
            if (inSlot && ResolveCompany(organisations, start, earlier) is { } company)
                organisations.Add(new FoundEntity(company, EntityKind.Organisation, start, length, text.Substring(start, length)));
        }
        organisations.Sort((a, b) => a.Start.CompareTo(b.Start));

        var counts = CountFinder.Find(text, organisations, dates, money, lexicon);
        var personStarts = names.Entities.Where(e => e.Kind == EntityKind.Person).Select(e => e.Start).ToHashSet();
        var placed = organisations
            .Select(o =>
            {
                var trigger = TriggerOf(o, triggers, lexicon, clauses);
                var slot = SlotReader.Read(text, o, trigger, lexicon, personStarts.Contains);
                return new PlacedOrganisation(o, trigger, slot, counts.Any(c => c.Source == o));
            })
            .ToList();
        return new AnalysedSentence(span, names, placed, triggers, clauses, dates, money, counts);
    }

    /// <summary>A first sentence alone on its line, with more text after it, is the headline.</summary>
    private static bool FirstIsHeadline(string text, IReadOnlyList<SentenceSpan> spans)
    {
        var lineEnd = text.IndexOfAny(['\n', '\r']);
        return lineEnd >= 0 && spans.Count > 1 && spans[0].Start + spans[0].Text.Length <= lineEnd && spans[1].Start > lineEnd;
    }

    /// <summary>
    /// The trigger an organisation belongs to: the nearest one before it in Latin script ("left OpenAI"), the nearest
    /// one after it in Japanese ("OpenAIを退社"), or failing that the nearest on the other side. A trigger of the
    /// organisation's own clause comes first: in "X will join A, while Y, a director at B, will join C", B is where
    /// Y comes from, not a second thing the first joining names.
    /// </summary>
    private static TriggerHit? TriggerOf(FoundEntity org, IReadOnlyList<TriggerHit> triggers, Lexicon lexicon, ClauseAnalyser clauses)
    {
        var clause = clauses.ClauseAt(org.Start);
        var own = triggers.Where(t => t.Start >= clause.Start && t.Start < clause.End).ToList();
        var pool = own.Count > 0 ? own : triggers;
        var before = pool.LastOrDefault(t => t.Start < org.Start);
        var after = pool.FirstOrDefault(t => t.Start >= org.End);
        return lexicon.VerbFinal ? after ?? before : before ?? after;
    }

    /// <summary>"The company", "同社": the organisation named last, in this sentence or the two before.</summary>
    private static EntityRef? ResolveCompany(List<FoundEntity> organisations, int position, IReadOnlyList<AnalysedSentence> earlier)
    {
        var here = organisations.LastOrDefault(o => o.End <= position);
        if (here is not null) return here.Ref;
        for (var back = 1; back <= 2 && earlier.Count - back >= 0; back++)
        {
            var last = earlier[^back].Organisations.LastOrDefault();
            if (last is not null) return last.Entity.Ref;
        }
        return null;
    }

    /// <summary>
    /// Head counts, each with the recruiting organisation: another organisation in the sentence, else the one the
    /// previous count went to (a list continued: "3 da Apple"), else one named in the sentence before or after.
    /// </summary>
    private static List<CountClaim> CountClaims(IReadOnlyList<AnalysedSentence> sentences)
    {
        var claims = new List<CountClaim>();
        EntityRef? previousTo = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            if (!sentence.IsCountOnly)
            {
                previousTo = null;
                continue;
            }
            var to = Recruiter(sentence, inCountSentence: true) ?? previousTo
                     ?? (i > 0 ? Recruiter(sentences[i - 1], inCountSentence: false) : null)
                     ?? (i + 1 < sentences.Count ? Recruiter(sentences[i + 1], inCountSentence: false) : null);
            foreach (var count in sentence.Counts)
            {
                if (count.Source.Ref.Id == to?.Id) continue;
                claims.Add(new CountClaim(count.Source.Ref, to, count.Number, count.Bound, sentence.Span.Index));
            }
            previousTo = to;
        }
        return claims;
    }

    /// <remarks>
    /// Within the count's own sentence a "from" or role organisation is another source ("20 d'OpenAI et des
    /// anciens de Google"); in a neighbour, "le laboratoire de Meta" may well be the recruiter.
    /// </remarks>
    private static EntityRef? Recruiter(AnalysedSentence sentence, bool inCountSentence) =>
        sentence.Organisations
            .Where(o => !o.IsCountSource && (!inCountSentence || o.Slot is not (Slot.Former or Slot.Role or Slot.From or Slot.Offer)))
            .OrderBy(o => o.Slot is Slot.Subject or Slot.To or Slot.Object or Slot.At or Slot.By ? 0 : 1)
            .FirstOrDefault()?.Entity.Ref;
}
