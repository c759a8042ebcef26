using TalentBot.Knowledge.Search;

namespace TalentBot.Knowledge.Tests;

public sealed class SentenceVectorsTests
{
    [Fact]
    public void Add_ManySmallBatches_KeepsEveryVectorFindableAndIgnoresRepeats()
    {
        var vectors = new SentenceVectors("m");
        for (var batch = 0; batch < 50; batch++)
            vectors.Add(Enumerable.Range(batch * 3, 3).Select(i => ($"s{i}", OneHot(i % 8, offset: i))).ToList());
        vectors.Add([("s7", OneHot(0, offset: 0))]);

        vectors.Count.ShouldBe(150);
        vectors.Contains("s149").ShouldBeTrue();
        vectors.Nearest(OneHot(7, offset: 7), 1).ShouldHaveSingleItem().SentenceId.ShouldBe("s7");
    }

    [Fact]
    public void Nearest_SearchStartedBeforeAnAdd_SeesAConsistentSet()
    {
        var vectors = new SentenceVectors("m");
        vectors.Add([("a", OneHot(0, offset: 0))]);

        var before = vectors.Nearest(OneHot(1, offset: 1), 5);
        vectors.Add([("b", OneHot(1, offset: 1))]);

        before.Select(h => h.SentenceId).ShouldBe(["a"]);
        vectors.Nearest(OneHot(1, offset: 1), 1).ShouldHaveSingleItem().SentenceId.ShouldBe("b");
    }

    [Fact]
    public void Add_VectorOfAnotherLength_IsRefused()
    {
        var vectors = new SentenceVectors("m");
        vectors.Add([("a", new float[8])]);

        Should.Throw<ArgumentException>(() => vectors.Add([("b", new float[4])]));
    }

    /// <summary>A unit vector mostly along <paramref name="axis"/>, tilted a little by <paramref name="offset"/> so each is distinct.</summary>
    private static float[] OneHot(int axis, int offset)
    {
        var vector = new float[16];
        vector[axis] = 1;
        vector[8 + offset % 8] += 0.01f * (offset + 1);
        return vector;
    }
}
