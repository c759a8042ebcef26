using System.Globalization;
using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Core.Replies;

namespace TalentBot.Answering;

/// <summary>Which way a move crossed an organisation's boundary.</summary>
internal enum FlowDirection
{
    Incoming,
    Outgoing,
}

/// <summary>A move as a flow: which way it went and the organisation at its other end (null when no article names it).</summary>
internal sealed record FlowMove(Move Move, FlowDirection Direction, EntityRef? Counterpart);

/// <summary>
/// <c>/flows ORG [SINCE]</c>: the moves into and out of an organisation (its parts included) counted by the organisation
/// at their other end, the numbers a picture shows, and the moves behind each bar. Only moves that change where
/// someone works count: a threat, a declined offer or a job never started moves no one, and a move between two parts of
/// the organisation neither comes nor leaves. Thread-safe.
/// </summary>
internal sealed class FlowsAnswerer(IKnowledgeBase knowledge, EntityResolver resolver, ReplyComposer composer, IFlowChartRenderer? renderer)
{
    /// <summary>Bars drawn: more would not read at chat size; the rest are one "others" bar.</summary>
    public const int MaxBars = 10;

    /// <summary>Moves read per end: far more than any organisation has, so none is left out of the counts.</summary>
    private const int MaxMovesRead = 100_000;

    private static readonly IReadOnlySet<MoveKind> Moving = new HashSet<MoveKind>
    {
        MoveKind.Left, MoveKind.Joined, MoveKind.Returned, MoveKind.Appointed,
    };

    public Reply Answer(FlowsRequest request, Language language)
    {
        var usage = Phrases.Format(language, Phrase.MissingOrganisation, "/flows Meta 2025-07");
        if (string.IsNullOrWhiteSpace(request.Organisation)) return composer.Invalid(ReplyIntent.Flows, language, usage);
        DateOnly? since = null;
        if (request.Since is { } typed)
        {
            if (!PartialDate.TryParse(typed.Trim(), out var start) || start.Year is not { } year)
                return composer.Invalid(ReplyIntent.Flows, language, Phrases.Format(language, Phrase.BadSince, typed.Trim()));
            since = new DateOnly(year, start.Month ?? 1, start.Day ?? 1);
        }
        var resolution = resolver.Resolve(request.Organisation, EntityKind.Organisation);
        if (resolution is not ResolvedEntity org)
        {
            var unresolved = (UnresolvedEntity)resolution;
            return composer.Invalid(ReplyIntent.Flows, language,
                Phrases.Format(language, Phrase.UnknownOrganisation, unresolved.Query), unresolved.Suggestions);
        }

        var period = request.Since is null
            ? Phrases.Get(language, Phrase.FlowsPeriodAll)
            : Phrases.Format(language, Phrase.FlowsPeriodSince, request.Since.Trim());
        var undated = 0;
        var flows = new List<FlowMove>();
        foreach (var move in MovesAt(org.Ids))
        {
            if (Classify(move, org.Ids) is not { } flow) continue;
            if (since is { } start && !InPeriod(move, start, ref undated)) continue;
            flows.Add(flow);
        }
        var name = org.Entity.Name;
        if (flows.Count == 0)
            return composer.NothingFound(ReplyIntent.Flows, language, Phrases.Format(language, Phrase.NothingFlows, name, period));

        var bars = Bars(flows, language);
        var chart = new FlowChart(org.Entity, Phrases.Format(language, Phrase.TitleFlows, name), period,
            Phrases.Format(language, Phrase.FlowsIncoming, name), Phrases.Format(language, Phrase.FlowsOutgoing, name),
            bars.Select(b => b.Bar).ToList());
        var groups = bars.Select(b => (Phrases.Format(language, Phrase.FlowsBar, b.Bar.Label, b.Bar.Incoming, b.Bar.Outgoing),
                                       (IReadOnlyList<Move>)b.Moves.Select(f => f.Move).ToList()))
                         .ToList();
        IReadOnlyList<ReplyNote> notes = undated == 0
            ? []
            : new List<ReplyNote> { new(ReplyNoteKind.Hint, Phrases.Format(language, Phrases.ForCount(language, undated, Phrase.FlowsUndatedOne, Phrase.FlowsUndated), undated)) };
        ReplyPicture? picture = null;
        if (renderer is not null && request.Page == 1)
        {
            // A name the font cannot draw would be a box: say so instead of drawing one.
            if (Texts(chart).All(renderer.CanDraw))
                picture = new ReplyPicture(renderer.RenderPng(chart), AltText(chart, language), FileName(org.Entity));
            else
                notes = [.. notes, new ReplyNote(ReplyNoteKind.Hint, Phrases.Get(language, Phrase.FlowsNoFont))];
        }
        return composer.Flows(language, chart, groups, notes, request.Page, picture);
    }

    /// <summary>How the move crossed the organisation's boundary, or null when it did not (or moved no one).</summary>
    internal static FlowMove? Classify(Move move, IReadOnlySet<string> organisation)
    {
        if (!Moving.Contains(move.Kind)) return null;
        var fromInside = move.From is { } from && organisation.Contains(from.Id);
        var toInside = move.To is { } to && organisation.Contains(to.Id);
        if (fromInside == toInside) return null;
        if (fromInside) return MoveKinds.Departures.Contains(move.Kind) ? new FlowMove(move, FlowDirection.Outgoing, move.To) : null;
        return MoveKinds.Arrivals.Contains(move.Kind) ? new FlowMove(move, FlowDirection.Incoming, move.From) : null;
    }

    /// <summary>
    /// Whether the move's date reaches <paramref name="since"/>: a date as precise as its source counts when the period it
    /// names does (a move dated 2025 is in "since 2025-07"). A move the articles do not date is dated by its earliest
    /// article; one with neither cannot be placed and is counted in <paramref name="undated"/>.
    /// </summary>
    internal static bool InPeriod(Move move, DateOnly since, ref int undated)
    {
        var date = move.When is { Year: not null } when
            ? when
            : move.Citations.Select(c => c.Published).Where(p => p?.Year is not null).Select(p => p!.Value)
                  .OrderBy(p => p.ToString(), StringComparer.Ordinal).Cast<PartialDate?>().FirstOrDefault();
        if (date is not { } known)
        {
            undated++;
            return false;
        }
        return LastDay(known) >= since;
    }

    private static DateOnly LastDay(PartialDate date)
    {
        var year = date.Year!.Value;
        var month = date.Month ?? 12;
        return new DateOnly(year, month, date.Day ?? DateTime.DaysInMonth(year, month));
    }

    /// <summary>
    /// Every move with an end in the organisation, newest first among those leaving it, then among those reaching it:
    /// so under a bar its departures come before its arrivals.
    /// </summary>
    private IEnumerable<Move> MovesAt(IReadOnlySet<string> ids)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in new[] { new MoveQuery(FromAny: ids, Limit: MaxMovesRead), new MoveQuery(ToAny: ids, Limit: MaxMovesRead) })
        {
            foreach (var move in knowledge.FindMoves(query).Moves)
                if (seen.Add(move.Id)) yield return move;
        }
    }

    /// <summary>Bars biggest first (then by name), the smallest folded into "others" past <see cref="MaxBars"/>.</summary>
    private static List<(FlowBar Bar, IReadOnlyList<FlowMove> Moves)> Bars(List<FlowMove> flows, Language language)
    {
        var unknown = Phrases.Get(language, Phrase.FlowsUnknownCounterpart);
        var bars = flows.GroupBy(f => f.Counterpart?.Id ?? "", StringComparer.Ordinal)
                        .Select(g => (Counterpart: g.First().Counterpart, Moves: (IReadOnlyList<FlowMove>)g.ToList()))
                        .Select(g => (Bar: Bar(g.Counterpart, g.Counterpart?.Name ?? unknown, g.Moves), g.Moves))
                        .OrderByDescending(b => b.Bar.Total).ThenBy(b => b.Bar.Label, StringComparer.Ordinal)
                        .ToList();
        if (bars.Count <= MaxBars) return bars;
        var rest = bars.Skip(MaxBars - 1).SelectMany(b => b.Moves).ToList();
        return [.. bars.Take(MaxBars - 1), (Bar(null, Phrases.Get(language, Phrase.FlowsOther), rest), rest)];
    }

    private static FlowBar Bar(EntityRef? counterpart, string label, IReadOnlyList<FlowMove> moves) =>
        new(counterpart, label, moves.Count(m => m.Direction == FlowDirection.Incoming), moves.Count(m => m.Direction == FlowDirection.Outgoing));

    private static IEnumerable<string> Texts(FlowChart chart) =>
        new[] { chart.Title, chart.Period, chart.IncomingLabel, chart.OutgoingLabel }.Concat(chart.Bars.Select(b => b.Label));

    /// <summary>The picture in words, with every number it draws: what a screen reader says and a chat shows without images.</summary>
    internal static string AltText(FlowChart chart, Language language)
    {
        var bars = string.Join("; ", chart.Bars.Select(b => Phrases.Format(language, Phrase.FlowsAltBar, b.Label, b.Incoming, b.Outgoing)));
        return Phrases.Format(language, Phrase.FlowsAlt, chart.Organisation.Name, chart.Period, bars, chart.Incoming, chart.Outgoing);
    }

    /// <summary>flows-meta.png: the registry id is already a file-safe slug; an unregistered name is made one.</summary>
    private static string FileName(EntityRef organisation)
    {
        var slug = new string(organisation.Id.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return string.Create(CultureInfo.InvariantCulture, $"flows-{(slug.Length == 0 ? "organisation" : slug)}.png");
    }
}
