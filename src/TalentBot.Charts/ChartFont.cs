using SkiaSharp;

namespace TalentBot.Charts;

/// <summary>
/// The one typeface a chart is drawn in, found among the system's fonts: the first of <see cref="Preferred"/> that is
/// installed and draws Japanese (kana and kanji), French and Italian letters, else any font the system offers for a
/// kanji. No font is shipped in the repository: Debian's <c>fonts-noto-cjk</c> (SIL Open Font License), which
/// <c>.ci/run</c> installs, gives Noto Sans CJK JP. Without any such font, <see cref="CanDraw"/> says which text cannot
/// be drawn, so a caller leaves the picture out rather than show missing-glyph boxes. Immutable; thread-safe.
/// </summary>
public sealed class ChartFont
{
    /// <summary>Families tried first, by name: SkiaSharp's self-contained Linux build finds fonts by family, not by character.</summary>
    public static readonly IReadOnlyList<string> Preferred =
    [
        "Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP", "IPAexGothic", "IPAGothic", "TakaoGothic", "VL Gothic",
    ];

    /// <summary>What the font must draw: kana, common kanji, and French and Italian accents.</summary>
    private const string Probe = "メタの人材出入組織àâçéèêëîïôœùûüÀÉÈÙ";

    private readonly SKTypeface _typeface;

    private ChartFont(SKTypeface typeface, bool coversJapanese)
    {
        _typeface = typeface;
        CoversJapanese = coversJapanese;
    }

    public string FamilyName => _typeface.FamilyName;

    /// <summary>Whether the font draws kana and kanji; false when the system has no CJK font.</summary>
    public bool CoversJapanese { get; }

    /// <summary>The system's best font for charts: a CJK one when installed, otherwise SkiaSharp's default.</summary>
    public static ChartFont FromSystem()
    {
        foreach (var family in Preferred)
        {
            var typeface = SKTypeface.FromFamilyName(family);
            if (typeface is not null && typeface.FamilyName == family && Draws(typeface, Probe)) return new ChartFont(typeface, true);
            typeface?.Dispose();
        }
        // Where fontconfig is available, ask it for whatever font has a kanji.
        if (SKFontManager.Default.MatchCharacter(null, SKFontStyle.Normal, ["ja"], '漢') is { } matched && Draws(matched, Probe))
            return new ChartFont(matched, true);
        return new ChartFont(SKTypeface.Default, false);
    }

    /// <summary>An installed family by name, or null when the system does not have it.</summary>
    public static ChartFont? FromFamily(string family)
    {
        var typeface = SKTypeface.FromFamilyName(family);
        if (typeface is not null && typeface.FamilyName == family) return new ChartFont(typeface, Draws(typeface, Probe));
        typeface?.Dispose();
        return null;
    }

    /// <summary>Whether every character of <paramref name="text"/> has a glyph in this font (none would be drawn as a box).</summary>
    public bool CanDraw(string text) => Draws(_typeface, text);

    /// <summary>The glyph ids <paramref name="text"/> is drawn with; 0 is the missing glyph (.notdef).</summary>
    public ushort[] Glyphs(string text)
    {
        using var font = new SKFont(_typeface);
        return font.GetGlyphs(text);
    }

    private static bool Draws(SKTypeface typeface, string text)
    {
        // Line breaks and spaces are layout, not glyphs.
        var visible = new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray());
        using var font = new SKFont(typeface);
        return font.ContainsGlyphs(visible);
    }
}
