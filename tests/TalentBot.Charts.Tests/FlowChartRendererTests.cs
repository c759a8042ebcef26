using System.Buffers.Binary;
using SkiaSharp;
using TalentBot.Core;
using TalentBot.Core.Replies;

namespace TalentBot.Charts.Tests;

/// <summary>
/// The flows picture: a PNG of the size chat shows well, drawn in a font that has a glyph for every Japanese, French
/// and Italian character of its names (no missing-glyph boxes), its bars and counts where the numbers say.
/// </summary>
public sealed class FlowChartRendererTests
{
    private static readonly ChartFont Font = ChartFont.FromSystem();
    private static readonly FlowChartRenderer Renderer = new(Font);

    private static readonly FlowChart Japanese = new(new EntityRef("meta", "メタ"), "メタの人材の出入り", "2025-07以降",
        "メタへ入った人（移籍元）", "メタを去った人（移籍先）",
        [
            new FlowBar(new EntityRef("openai", "オープンAI"), "オープンAI", 9, 1),
            new FlowBar(new EntityRef("msl", "メタ・スーパーインテリジェンス・ラボ"), "メタ・スーパーインテリジェンス・ラボ", 2, 3),
            new FlowBar(null, "不明", 0, 4),
        ]);

    private static readonly FlowChart French = Japanese with
    {
        Title = "Arrivées et départs chez Meta", Period = "depuis 2025-07", IncomingLabel = "arrivés chez Meta depuis",
        OutgoingLabel = "partis de Meta pour", Bars = [new FlowBar(null, "non précisé", 1, 2), new FlowBar(null, "Société Générale", 1, 0)],
    };

    private static readonly FlowChart Italian = Japanese with
    {
        Title = "Arrivi e partenze in Meta", Period = "dal 2025-07", IncomingLabel = "arrivati in Meta da",
        OutgoingLabel = "partiti da Meta per", Bars = [new FlowBar(null, "Università di Pisa", 3, 0), new FlowBar(null, "perché è così", 0, 1)],
    };

    [Fact]
    public void TheSystemFont_DrawsKanaKanjiAndAccents()
    {
        Font.CoversJapanese.ShouldBeTrue($"no CJK font found (have {string.Join(", ", SKFontManager.Default.FontFamilies)}); .ci/run installs fonts-noto-cjk");
        Font.FamilyName.ShouldBe("Noto Sans CJK JP");
    }

    [Theory]
    [MemberData(nameof(EveryText))]
    public void EveryTextOfTheCharts_HasAGlyphForEachCharacter(string text)
    {
        Font.CanDraw(text).ShouldBeTrue(text);
        // Glyph 0 is .notdef, drawn as the missing-glyph box.
        Font.Glyphs(text.Replace(" ", "", StringComparison.Ordinal)).ShouldNotContain((ushort)0, text);
    }

    public static TheoryData<string> EveryText()
    {
        var data = new TheoryData<string>();
        foreach (var chart in new[] { Japanese, French, Italian })
        {
            foreach (var text in new[] { chart.Title, chart.Period, chart.IncomingLabel, chart.OutgoingLabel }.Concat(chart.Bars.Select(b => b.Label)))
                data.Add(text);
        }
        return data;
    }

    [Fact]
    public void AFontWithoutKanji_SaysItCannotDrawThem()
    {
        // DejaVu ships with every Debian: it has accents but no kanji, as a system without a CJK font would.
        var latinOnly = ChartFont.FromFamily("DejaVu Sans");

        latinOnly.ShouldNotBeNull();
        latinOnly.CanDraw("Arrivées è").ShouldBeTrue();
        latinOnly.CanDraw("メタの人材").ShouldBeFalse();
        latinOnly.Glyphs("メタ").ShouldContain((ushort)0);
    }

    [Theory]
    [MemberData(nameof(Charts))]
    public void RenderPng_IsAPngOfChatSize_WellUnderTheUploadLimits(string name)
    {
        var chart = ChartNamed(name);

        var png = Renderer.RenderPng(chart);

        png[..8].ShouldBe(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A });
        // IHDR: width and height, big-endian, right after the signature and the chunk's length and type.
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)).ShouldBe(FlowChartRenderer.Width);
        BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)).ShouldBe(FlowChartRenderer.HeightFor(chart.Bars.Count));
        // Discord takes 10 MiB a file and Slack more; a chart this size stays far below, and loads fast.
        png.Length.ShouldBeLessThan(512 * 1024);
        using var decoded = SKBitmap.Decode(png);
        decoded.ShouldNotBeNull();
    }

    [Fact]
    public void RenderPng_DrawsEachBarInItsSeriesColour_AndNoneThatIsZero()
    {
        var chart = Japanese with { Bars = [new FlowBar(null, "OpenAI", 4, 0)] };

        using var image = SKBitmap.Decode(Renderer.RenderPng(chart));

        var colours = Enumerable.Range(0, image.Width).SelectMany(x => Enumerable.Range(0, image.Height).Select(y => image.GetPixel(x, y))).ToHashSet();
        colours.ShouldContain(new SKColor(0x00, 0x9E, 0x73));
        // The outgoing colour appears only in the legend's key, never as a bar: its area stays small.
        var outgoing = Enumerable.Range(0, image.Width).Sum(x => Enumerable.Range(0, image.Height).Count(y => image.GetPixel(x, y) == new SKColor(0xD5, 0x5E, 0x00)));
        var incoming = Enumerable.Range(0, image.Width).Sum(x => Enumerable.Range(0, image.Height).Count(y => image.GetPixel(x, y) == new SKColor(0x00, 0x9E, 0x73)));
        incoming.ShouldBeGreaterThan(outgoing * 3);
    }

    [Fact]
    public void RenderPng_IsTheSameEveryTime()
    {
        Renderer.RenderPng(Japanese).ShouldBe(Renderer.RenderPng(Japanese));
    }

    public static TheoryData<string> Charts() => new() { "ja", "fr", "it" };

    private static FlowChart ChartNamed(string name) => name switch
    {
        "ja" => Japanese,
        "fr" => French,
        _ => Italian,
    };
}
