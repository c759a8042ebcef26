namespace TalentBot.Core.Replies;

/// <summary>
/// One bar of a flows picture: the people who came to the organisation from <see cref="Counterpart"/>
/// (<see cref="Incoming"/>) and who went from it to <see cref="Counterpart"/> (<see cref="Outgoing"/>).
/// <see cref="Counterpart"/> is null for moves whose other end no article names.
/// </summary>
public sealed record FlowBar(EntityRef? Counterpart, string Label, int Incoming, int Outgoing)
{
    public int Total => Incoming + Outgoing;
}

/// <summary>
/// What a flows picture shows, already in the reply's language: its title, the period it covers, the two
/// series' names, and the bars, biggest first. Platform- and plotting-neutral: Answering builds it, a renderer draws it.
/// </summary>
public sealed record FlowChart(
    EntityRef Organisation,
    string Title,
    string Period,
    string IncomingLabel,
    string OutgoingLabel,
    IReadOnlyList<FlowBar> Bars)
{
    public int Incoming => Bars.Sum(b => b.Incoming);

    public int Outgoing => Bars.Sum(b => b.Outgoing);
}

/// <summary>
/// A picture a reply carries: PNG bytes, the alt text that says what it shows in words (the same numbers), and the
/// file name chat platforms show. Immutable by convention: nothing writes to <see cref="Png"/> after it is made.
/// </summary>
public sealed record ReplyPicture(byte[] Png, string AltText, string FileName);

/// <summary>
/// Draws a <see cref="FlowChart"/> as a PNG. Implemented outside Core and Answering (TalentBot.Charts), so neither
/// takes a plotting dependency. Implementations are thread-safe.
/// </summary>
public interface IFlowChartRenderer
{
    /// <summary>Whether every character of <paramref name="text"/> can be drawn (no missing-glyph boxes).</summary>
    bool CanDraw(string text);

    byte[] RenderPng(FlowChart chart);
}
