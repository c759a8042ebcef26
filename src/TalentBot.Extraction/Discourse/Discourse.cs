using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>A person as a move names them, the phrase that did, and whether the name had to be found through what refers to them.</summary>
internal sealed record ResolvedPerson(EntityRef Entity, bool ThroughReference, Referent? Phrase = null);

/// <summary>
/// Who and what an article is talking about as it goes, sentence by sentence: the person each sentence is about (its
/// subject or topic), the people and organisations named recently, and the last group named together. Resolves "she",
/// "the researcher", "同氏", a dropped subject and "the company" to the one they most likely mean, checking gender and
/// number; where no single antecedent fits, it resolves to nothing, never to the nearest name. One per article.
/// </summary>
internal sealed class Discourse(PersonBook book)
{
    /// <summary>How many sentences back a pronoun or a dropped subject may reach for its antecedent.</summary>
    private const int Reach = 3;

    private readonly List<(int Sentence, EntityRef Person, bool Topic)> _people = [];
    private readonly List<OrganisationMention> _organisations = [];
    private readonly Dictionary<int, IReadOnlyList<EntityRef>> _groups = [];

    public PersonBook Book { get; } = book;

    /// <summary>The person a sentence is about, once it has been read.</summary>
    public EntityRef? TopicOf(int sentence) =>
        _people.LastOrDefault(p => p.Sentence == sentence && p.Topic).Person;

    /// <summary>Records that a sentence names a person; its topic is the subject of its main clause or of its first move.</summary>
    public void Mention(int sentence, EntityRef person, bool topic)
    {
        if (topic && _people.Any(p => p.Sentence == sentence && p.Topic)) topic = false;
        _people.Add((sentence, person, topic));
    }

    public void MentionGroup(int sentence, IReadOnlyList<EntityRef> people)
    {
        if (people.Count >= 2) _groups[sentence] = people;
    }

    /// <summary>Records that a sentence names an organisation, or refers to one ("the company") that was resolved.</summary>
    public void MentionOrganisation(OrganisationMention mention) => _organisations.Add(mention);

    /// <summary>
    /// The person a pronoun or description at a sentence stands for: one named before it in the same sentence, else the
    /// topic of the sentence before, else the one compatible person named there; up to <see cref="Reach"/> back.
    /// Resolving teaches the person the reference's gender, unless <paramref name="learn"/> is false: for a reading
    /// that only records what a sentence is about, which must not change what later sentences resolve to.
    /// </summary>
    public EntityRef? ResolvePerson(SentenceReading sentence, Referent reference, bool learn = true)
    {
        EntityRef Resolved(EntityRef person) => learn ? Learn(person, reference.Gender) : person;

        var here = sentence.Referents
            .Where(r => r.Kind == ReferentKind.Person && r.End <= reference.Start && sentence.SameLevel(r.Start, reference.Start)
                        && Fits(r.Entity!, reference.Gender))
            .Select(r => r.Entity!)
            .DistinctBy(e => e.Id)
            .ToList();
        if (here.Count > 0) return Resolved(here[0]);
        for (var back = 1; back <= Reach; back++)
        {
            var index = sentence.Index - back;
            if (index < 0) break;
            var named = _people.Where(p => p.Sentence == index && Fits(p.Person, reference.Gender)).ToList();
            if (named.Count == 0) continue;
            var topic = named.FirstOrDefault(p => p.Topic);
            if (topic.Person is not null) return Resolved(topic.Person);
            var distinct = named.Select(p => p.Person).DistinctBy(p => p.Id).ToList();
            return distinct.Count == 1 ? Resolved(distinct[0]) : null;
        }
        return null;
    }

    /// <summary>"They", "ils", "loro": the group named together in one of the sentences before.</summary>
    public IReadOnlyList<EntityRef> ResolveGroup(int sentence)
    {
        for (var back = 0; back <= Reach; back++)
        {
            if (_groups.TryGetValue(sentence - back, out var group)) return group;
        }
        return [];
    }

    /// <summary>A subject the sentence leaves out: the topic of the sentence before (or of the one before that).</summary>
    public EntityRef? ResolveDropped(int sentence)
    {
        for (var back = 1; back <= 2; back++)
        {
            if (TopicOf(sentence - back) is { } topic) return topic;
            if (_people.Any(p => p.Sentence == sentence - back)) return null;
        }
        return null;
    }

    /// <summary>"The company", "同社": the organisation named last in the sentence before it, else the prominent one of the sentences before.</summary>
    public EntityRef? ResolveOrganisation(SentenceReading sentence, PlacedOrganisation reference)
    {
        // "X left Apple, the company said": an organisation named before it in the sentence, unless it already plays
        // another part in the same move ("Google DeepMindから同社に入社": 同社 is not where she came from).
        var before = sentence.Organisations.Where(o => o.Entity.Kind == ReferentKind.Organisation && o.Entity.End <= reference.Entity.Start
                                                       && !OtherEnd(o, reference)).ToList();
        // "サカナAIは…グーグル・ディープマインドで…携わってきた高橋氏が同社に入社": where someone used to work is no
        // antecedent of the main clause's "the company" while the sentence names another organisation in its own
        // right; inside a description of the person ("X, an engineer at Google, who had moved to the company from
        // Nvidia"), it is.
        var inMainClause = sentence.InsertAt(reference.Entity.Start) is null;
        var here = (inMainClause ? before.LastOrDefault(o => o.Slot is not (Slot.Role or Slot.Former or Slot.Tenure)) : null) ?? before.LastOrDefault();
        if (here?.Entity.Entity is not null) return here.Entity.Entity;
        // "同氏はOpenAIで…を担当していた。…同社の…チームに配属": an employer named only as background is not what the
        // report calls "the company" while the organisation its lead is about does the hiring.
        var last = _organisations.LastOrDefault(o => o.Sentence < sentence.Index && o.Sentence >= sentence.Index - 2)?.Sentence;
        if (last is not null && _organisations.Where(o => o.Sentence == last).All(o => o.Background)
            && LeadSubject(sentence.Index) is { } lead)
            return lead;
        for (var back = 1; back <= 2; back++)
        {
            var named = _organisations.Where(o => o.Sentence == sentence.Index - back).ToList();
            if (named.Count == 0) continue;
            var prominent = named.Where(o => o.Prominent).Select(o => o.Organisation).DistinctBy(o => o.Id).ToList();
            if (prominent.Count == 1) return prominent[0];
            // "北條氏はDeepMindから同社に入社し… 同社はあわせて…": an article that keeps saying "the company" keeps meaning
            // the same one, not the other organisation the sentence before named.
            var referred = named.Where(o => o.Prominent && o.ThroughReference).Select(o => o.Organisation).DistinctBy(o => o.Id).ToList();
            if (referred.Count == 1) return referred[0];
            var distinct = named.Select(o => o.Organisation).DistinctBy(o => o.Id).ToList();
            return distinct.Count == 1 ? distinct[0] : prominent.FirstOrDefault() ?? named[^1].Organisation;
        }
        return null;
    }

    /// <summary>The organisation that acts in the article's headline or first sentence ("Thinking Machines Lab … hired"), if one does.</summary>
    private EntityRef? LeadSubject(int before) =>
        _organisations.Where(o => o.Sentence <= Math.Min(1, before - 1) && o.Slot == Slot.Subject).Select(o => o.Organisation).DistinctBy(o => o.Id).ToList()
            is [var only] ? only : null;

    /// <summary>Whether two organisations are the two ends of one move: "DeepMindから同社に入社".</summary>
    private static bool OtherEnd(PlacedOrganisation organisation, PlacedOrganisation reference)
    {
        if (organisation.Trigger is null || organisation.Trigger != reference.Trigger) return false;
        var end = ClauseGrammar.IsDestination(organisation.Trigger.Kind, organisation.Slot);
        return end is not null && end != ClauseGrammar.IsDestination(reference.Trigger!.Kind, reference.Slot);
    }

    private bool Fits(EntityRef person, Gender gender)
    {
        var named = Book.Get(person);
        if (named is { SpeaksOnly: true }) return false;
        return gender == Gender.Unknown || named is null || named.Gender == Gender.Unknown || named.Gender == gender;
    }

    private EntityRef Learn(EntityRef person, Gender gender)
    {
        if (gender != Gender.Unknown && Book.Get(person) is { Gender: Gender.Unknown } named) named.Gender = gender;
        return person;
    }
}

/// <summary>An organisation a sentence names or refers to, the part it plays there, and whether it was reached through "the company".</summary>
internal sealed record OrganisationMention(int Sentence, EntityRef Organisation, Slot Slot, bool ThroughReference, bool MoveNamed)
{
    /// <summary>Only where someone works or worked, no move's end or place: "同氏はOpenAIで…を担当していた", "she worked at OpenAI".</summary>
    public bool Background => Slot == Slot.Role || (Slot == Slot.At && !MoveNamed);

    /// <summary>It acts in the sentence, or is an end or the place of a move there.</summary>
    public bool Prominent => Slot is Slot.Subject or Slot.Object or Slot.To or Slot.From or Slot.At;
}
