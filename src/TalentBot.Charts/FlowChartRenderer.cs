using ScottPlot;
using TalentBot.Core.Replies;

namespace TalentBot.Charts;

/// <summary>
/// Draws a <see cref="FlowChart"/> with ScottPlot: one row per counterpart organisation, a bar for the people who came
/// from it and one for those who left for it, each with its count, a title naming the period, and a legend. Sized for
/// chat (Discord and Slack show it about 400–550 pixels wide, so text is large), and written as PNG. Every text goes
/// through one font, <see cref="ChartFont"/>, which covers kana, kanji and accented Latin. Thread-safe: each call
/// builds its own plot.
/// </summary>
public sealed class FlowChartRenderer(ChartFont font) : IFlowChartRenderer
{
    public const int Width = 1000;
    private const int MinHeight = 420;
    private const int RowHeight = 62;
    private const int Chrome = 230;

    /// <summary>How far down ScottPlot must move Noto CJK's text to centre it where it measured it (pixels).</summary>
    private const float TextDrop = 10;

    /// <summary>Colour-blind safe (Okabe–Ito): bluish green in, vermilion out.</summary>
    private static readonly Color IncomingColour = Color.FromHex("#009E73");
    private static readonly Color OutgoingColour = Color.FromHex("#D55E00");

    public bool CanDraw(string text) => font.CanDraw(text);

    public byte[] RenderPng(FlowChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        using var plot = new Plot();
        plot.Font.Set(font.FamilyName);

        var rows = chart.Bars.Count;
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        for (var i = 0; i < rows; i++)
        {
            var bar = chart.Bars[i];
            // The biggest bar on top: ScottPlot's vertical axis grows upwards.
            var centre = (rows - 1 - i) * 3.0;
            ticks.Add(new Tick(centre, bar.Label));
            if (bar.Incoming > 0) bars.Add(Bar(centre + 0.5, bar.Incoming, IncomingColour));
            if (bar.Outgoing > 0) bars.Add(Bar(centre - 0.5, bar.Outgoing, OutgoingColour));
        }
        var series = plot.Add.Bars(bars);
        series.Horizontal = true;
        series.ValueLabelStyle.FontSize = 20;
        series.ValueLabelStyle.Bold = true;
        series.ValueLabelStyle.FontName = font.FamilyName;
        series.ValueLabelStyle.OffsetY = TextDrop;

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.ToArray());
        plot.Axes.Left.TickLabelStyle.FontSize = 20;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 16;
        // Whole people only on the count axis.
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { IntegerTicksOnly = true };
        plot.Grid.YAxisStyle.IsVisible = false;
        var most = chart.Bars.Count == 0 ? 1 : chart.Bars.Max(b => Math.Max(b.Incoming, b.Outgoing));
        // Room to the right of the longest bar for its count.
        plot.Axes.SetLimits(0, most * 1.15 + 0.3, -1.6, (rows - 1) * 3.0 + 1.6);

        plot.Title(chart.Title + " — " + chart.Period, size: 26);
        plot.Axes.Title.Label.FontName = font.FamilyName;
        // Noto CJK's tall ascent is measured short by ScottPlot: pad the title and legend lines so nothing is clipped.
        plot.Axes.Title.MinimumSize = 70;
        plot.Axes.Title.Label.OffsetY = TextDrop;

        // The legend as two labels in the series' colours, in the lower right where the smallest bars leave room:
        // ScottPlot's own legend box clips the top of Noto CJK's text.
        Key(plot, chart.IncomingLabel, IncomingColour, 62);
        Key(plot, chart.OutgoingLabel, OutgoingColour, 14);

        return plot.GetImageBytes(Width, HeightFor(rows), ImageFormat.Png);
    }

    private void Key(Plot plot, string text, Color colour, float offsetY)
    {
        var key = plot.Add.Annotation("  " + text + "  ", Alignment.LowerRight);
        key.LabelFontName = font.FamilyName;
        key.LabelFontSize = 18;
        key.LabelBold = true;
        key.LabelFontColor = Colors.White;
        key.LabelBackgroundColor = colour;
        key.LabelBorderWidth = 0;
        key.LabelShadowColor = Colors.Transparent;
        // Noto CJK's text sits higher than ScottPlot measures it: more room above than below keeps it inside its box.
        key.LabelPixelPadding = new PixelPadding(8, 8, -4, 16);

        key.OffsetX = 24;
        key.OffsetY = offsetY;
    }

    public static int HeightFor(int rows) => Math.Max(MinHeight, Chrome + rows * RowHeight);

    private static Bar Bar(double position, int value, Color colour) => new()
    {
        Position = position,
        Value = value,
        Size = 0.95,
        FillColor = colour,
        LineWidth = 0,
        Label = value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        CenterLabel = false,
    };
}
