using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Knowledge.Tests.Support;

/// <summary>
/// An extractor whose facts are written by the test: every line is a sentence (verbatim, spaces and all), and each
/// scripted fact is claimed by the lines that contain its marker.
/// </summary>
public sealed class FakeExtractor : IFactExtractor
{
    private readonly List<Func<int, string, (IEnumerable<Mention>, IEnumerable<MoveClaim>, IEnumerable<CountClaim>)>> _scripts = [];

    public int Calls { get; private set; }

    public FakeExtractor Move(string marker, EntityRef person, MoveKind kind, EntityRef? from, EntityRef? to,
                              PartialDate? when = null, Money? amount = null, int neighbours = 0, MoveConfidence? confidence = null)
    {
        _scripts.Add((index, line) =>
        {
            if (!line.Contains(marker, StringComparison.Ordinal)) return ([], [], []);
            var mentions = new List<Mention> { new(person, EntityKind.Person, index, person.Name) };
            if (from is not null) mentions.Add(new Mention(from, EntityKind.Organisation, index, from.Name));
            if (to is not null) mentions.Add(new Mention(to, EntityKind.Organisation, index, to.Name));
            var sentences = Enumerable.Range(index, neighbours + 1).ToList();
            var claim = new MoveClaim(person, kind, from, to, when, amount, sentences) { Confidence = confidence ?? MoveConfidence.Stated };
            return (mentions, [claim], []);
        });
        return this;
    }

    public FakeExtractor Count(string marker, EntityRef from, EntityRef? to, int count, CountBound bound = CountBound.Exactly)
    {
        _scripts.Add((index, line) => line.Contains(marker, StringComparison.Ordinal)
            ? ([new Mention(from, EntityKind.Organisation, index, from.Name)], [], [new CountClaim(from, to, count, bound, index)])
            : ([], [], []));
        return this;
    }

    public FakeExtractor Mention(string marker, EntityRef entity, EntityKind kind)
    {
        _scripts.Add((index, line) => line.Contains(marker, StringComparison.Ordinal)
            ? ([new Mention(entity, kind, index, entity.Name)], [], [])
            : ([], [], []));
        return this;
    }

    public ArticleFacts Extract(ArticleText article)
    {
        Calls++;
        var sentences = new List<SentenceSpan>();
        var start = 0;
        foreach (var line in article.Text.Split('\n'))
        {
            sentences.Add(new SentenceSpan(sentences.Count, start, line));
            start += line.Length + 1;
        }
        var mentions = new List<Mention>();
        var moves = new List<MoveClaim>();
        var counts = new List<CountClaim>();
        foreach (var sentence in sentences)
        {
            foreach (var script in _scripts)
            {
                var (m, mv, c) = script(sentence.Index, sentence.Text);
                mentions.AddRange(m);
                moves.AddRange(mv.Where(x => x.SentenceIndexes.All(i => i < sentences.Count)));
                counts.AddRange(c);
            }
        }
        return new ArticleFacts(sentences, mentions, moves, counts);
    }
}
