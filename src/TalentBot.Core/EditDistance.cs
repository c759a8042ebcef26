namespace TalentBot.Core;

/// <summary>How far apart two folded names are, for typo-tolerant matching.</summary>
public static class EditDistance
{
    /// <summary>
    /// Optimal string alignment distance (edits and adjacent swaps), giving up once every path exceeds
    /// <paramref name="limit"/>, where it returns <c>limit + 1</c>.
    /// </summary>
    public static int Bounded(string a, string b, int limit)
    {
        Span<int> buffer = stackalloc int[3 * (b.Length + 1)];
        var previous2 = buffer[..(b.Length + 1)];
        var previous = buffer.Slice(b.Length + 1, b.Length + 1);
        var current = buffer[(2 * (b.Length + 1))..];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var value = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    value = Math.Min(value, previous2[j - 2] + 1);
                current[j] = value;
                rowMin = Math.Min(rowMin, value);
            }
            if (rowMin > limit) return limit + 1;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }
}
