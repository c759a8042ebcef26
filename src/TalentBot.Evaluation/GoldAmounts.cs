using TalentBot.Core;
using TalentBot.Extraction;

namespace TalentBot.Evaluation;

/// <summary>Reads a gold amount ("$90 million over four years", "1億ドル") as the sum it names.</summary>
internal static class GoldAmounts
{
    public static Money? Parse(string text) => MoneyParser.FindAll(text).FirstOrDefault()?.Money;
}
