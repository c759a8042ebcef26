using System.Globalization;
using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>An amount found in text, and where its words stand.</summary>
public sealed record MoneyMention(Money Money, int Start, int Length);

/// <summary>
/// Finds amounts of money in any of the four languages: "$100 million", "€2m", "1 milliard de dollars",
/// "14 miliardi di dollari", "1億5000万ドル". Amounts are in units of the currency. Stateless; safe to share.
/// </summary>
public static partial class MoneyParser
{
    private const string Number = @"\d{1,3}(?:[,.\u00A0\u202F ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?";
    private const string Scale =
        @"trillions?|billions?|millions?|thousand|milliards?|mille|milioni|milione|miliardi|miliardo|mila|mln|mld|bn|mn|md|k|m|b";

    [GeneratedRegex(@"(?<cur>US\$|\$|€|£|¥)\s?(?<num>" + Number + @")(?:\s?(?<scale>" + Scale + @")(?![\p{L}]))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SymbolFirst();

    [GeneratedRegex(@"(?<![\p{L}\d.,])(?<num>" + Number + @")\s?(?:(?<scale>" + Scale + @")\s?)?(?:de\s+|d'|d’|di\s+)?" +
                    @"(?<cur>dollars?|dollari|euros?|yen|USD|EUR|JPY|€|\$)(?![\p{L}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberFirst();

    [GeneratedRegex(@"(?<num>[\d０-９][\d０-９.,．，]*(?:[兆億万千][\d０-９.,．，]*)*)\s?(?<cur>米ドル|ドル|円|ユーロ)")]
    private static partial Regex Japanese();

    public static IReadOnlyList<MoneyMention> FindAll(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<MoneyMention>();
        foreach (var pattern in (ReadOnlySpan<Regex>)[SymbolFirst(), NumberFirst()])
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (Overlaps(found, m.Index, m.Length)) continue;
                var currency = CurrencyOf(m.Groups["cur"].Value);
                if (currency is null || !TryParseNumber(m.Groups["num"].Value, out var value)) continue;
                var amount = value * Multiplier(m.Groups["scale"].Value);
                found.Add(new MoneyMention(new Money(amount, currency, m.Value.Trim()), m.Index, m.Length));
            }
        }
        foreach (Match m in Japanese().Matches(text))
        {
            if (Overlaps(found, m.Index, m.Length)) continue;
            if (!TryParseJapanese(m.Groups["num"].Value, out var amount)) continue;
            found.Add(new MoneyMention(new Money(amount, CurrencyOf(m.Groups["cur"].Value)!, m.Value), m.Index, m.Length));
        }
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// Parses a number written with either convention: a separator followed by exactly three digits groups
    /// thousands ("1,500", "1.500", "250 000"); any other separator is the decimal point ("3.5", "1,5").
    /// </summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        var digits = ToAsciiDigits(text).Replace("\u00A0", "").Replace("\u202F", "").Replace(" ", "");
        var lastSeparator = digits.LastIndexOfAny([',', '.']);
        if (lastSeparator >= 0)
        {
            var tail = digits.Length - lastSeparator - 1;
            var hasBoth = digits.Contains(',') && digits.Contains('.');
            var isDecimal = hasBoth || tail != 3;
            var integerPart = digits[..lastSeparator].Replace(",", "").Replace(".", "");
            digits = isDecimal ? integerPart + "." + digits[(lastSeparator + 1)..] : integerPart + digits[(lastSeparator + 1)..];
        }
        return decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>"1億5000万" is 150,000,000: each 万/億/兆 multiplies the digits before it.</summary>
    private static bool TryParseJapanese(string text, out decimal amount)
    {
        amount = 0;
        var pending = "";
        foreach (var c in ToAsciiDigits(text).Replace('．', '.').Replace('，', ','))
        {
            decimal unit = c switch { '兆' => 1_000_000_000_000m, '億' => 100_000_000m, '万' => 10_000m, '千' => 1_000m, _ => 0 };
            if (unit == 0)
            {
                pending += c;
                continue;
            }
            if (!TryParseNumber(pending.Length == 0 ? "1" : pending, out var part)) return false;
            amount += part * unit;
            pending = "";
        }
        if (pending.Length > 0)
        {
            if (!TryParseNumber(pending, out var rest)) return false;
            amount += rest;
        }
        return amount > 0;
    }

    internal static string ToAsciiDigits(string text)
    {
        if (!text.Any(c => c is >= '０' and <= '９')) return text;
        return string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= '０' and <= '９' ? (char)('0' + (source[i] - '０')) : source[i];
        });
    }

    private static decimal Multiplier(string scale) => scale.ToLowerInvariant() switch
    {
        "" => 1m,
        "k" or "thousand" or "mille" or "mila" => 1_000m,
        "m" or "mn" or "mln" or "million" or "millions" or "milione" or "milioni" => 1_000_000m,
        "b" or "bn" or "billion" or "billions" or "md" or "mld" or "milliard" or "milliards" or "miliardo" or "miliardi" =>
            1_000_000_000m,
        "trillion" or "trillions" => 1_000_000_000_000m,
        _ => 1m,
    };

    private static string? CurrencyOf(string word) => word.ToLowerInvariant() switch
    {
        "$" or "us$" or "dollar" or "dollars" or "dollari" or "usd" or "ドル" or "米ドル" => "USD",
        "€" or "euro" or "euros" or "eur" or "ユーロ" => "EUR",
        "¥" or "yen" or "jpy" or "円" => "JPY",
        "£" => "GBP",
        _ => null,
    };

    private static bool Overlaps(List<MoneyMention> found, int start, int length) =>
        found.Any(f => start < f.Start + f.Length && f.Start < start + length);
}
