using System.Collections.Frozen;

namespace TalentBot.Answering;

/// <summary>
/// Folded words that carry no search value in a question (articles, auxiliaries, question words). Dropping them
/// matters for speed as much as relevance: an OR query over common words is the slow case.
/// </summary>
internal static class StopWords
{
    private static readonly FrozenSet<string> Words = (
        "a an the of to in on at for from by with and or but about as into over after before is are was were be been " +
        "being do does did done has have had having who whom whose what which why how when where there their they them " +
        "he she his her him it its this that these those i me my we our you your any anyone some someone than then " +
        "more most many much so not no yes can could would should will shall may might must just also very " +
        "le la les l un une des du de d et ou mais est sont etait ete etre a ont avait qui que quoi qu pourquoi " +
        "comment quel quels quelle quelles quand ou dans pour chez au aux il elle ils elles ce cet cette ces son sa " +
        "ses leur leurs pas ne n avec sur par se s y en t on nous vous je tu combien tous toutes tout plus " +
        "il lo gli i di del della dello dei degli delle da dal dalla dai dagli dalle che chi come quale quali " +
        "quando dove e ed sono era stato stata stati state una uno per con nel nella nei negli nelle al allo alla " +
        "ai agli alle ha hanno aveva non si sul sulla sui c ci se n ne cosa quanti quante piu anche"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToFrozenSet(StringComparer.Ordinal);

    public static bool Contains(string foldedWord) => Words.Contains(foldedWord);
}
