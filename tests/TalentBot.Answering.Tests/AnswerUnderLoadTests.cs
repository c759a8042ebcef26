using TalentBot.Answering.Tests.Support;
using TalentBot.Core.Replies;

namespace TalentBot.Answering.Tests;

/// <summary>
/// The same question gets the same reply however busy the machine is. Recognition used regexes with a 100 ms timeout
/// that gave up when a match was descheduled for longer, so under load "Who left Meta?" became a free question.
/// </summary>
public sealed class AnswerUnderLoadTests
{
    private const int Askers = 8;
    private const int Rounds = 25;

    private static readonly string[] Questions =
    [
        "Who left Meta?",
        "qui a rejoint OpenAI ?",
        "chi ha lasciato Meta?",
        "Metaを辞めたのは誰？",
        "why did Meta freeze hiring?",
    ];

    [Fact]
    public void Answer_ManyAskersWhileEveryCoreSpins_EveryReplyIsTheOneGivenAtRest()
    {
        var answerer = new QuestionAnswerer(Corpus.KnowledgeBase(), Corpus.Clock);
        var atRest = Questions.ToDictionary(q => q, q => answerer.Answer(q));
        var replies = new Reply[Askers][];

        using (new BusyCores(Environment.ProcessorCount * 2))
        {
            var askers = Enumerable.Range(0, Askers).Select(a => new Thread(() =>
            {
                replies[a] = Enumerable.Range(0, Rounds).SelectMany(_ => Questions).Select(q => answerer.Answer(q)).ToArray();
            })).ToList();
            askers.ForEach(t => t.Start());
            askers.ForEach(t => t.Join());
        }

        atRest["Who left Meta?"].Intent.ShouldBe(ReplyIntent.WhoLeft);
        atRest["why did Meta freeze hiring?"].Intent.ShouldBe(ReplyIntent.Ask);
        foreach (var asked in replies)
        {
            for (var i = 0; i < asked.Length; i++)
            {
                var question = Questions[i % Questions.Length];
                asked[i].Intent.ShouldBe(atRest[question].Intent, question);
                asked[i].Text.ShouldBe(atRest[question].Text, question);
            }
        }
    }

    /// <summary>Threads that keep every core busy until disposed, so the askers are descheduled again and again.</summary>
    private sealed class BusyCores : IDisposable
    {
        private readonly List<Thread> _spinners;
        private volatile bool _stop;

        public BusyCores(int threads)
        {
            _spinners = Enumerable.Range(0, threads).Select(_ => new Thread(Spin) { IsBackground = true }).ToList();
            _spinners.ForEach(t => t.Start());
        }

        public void Dispose()
        {
            _stop = true;
            _spinners.ForEach(t => t.Join());
        }

        private void Spin()
        {
            while (!_stop) Thread.SpinWait(1_000);
        }
    }
}
