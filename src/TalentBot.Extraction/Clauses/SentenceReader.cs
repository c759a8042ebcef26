using TalentBot.Core;
using TalentBot.Core.Extraction;

namespace TalentBot.Extraction;

/// <summary>
/// Reads one sentence's structure around its names: asides in parentheses and dashes, relative clauses and
/// appositives set off by commas, a leading "according to"; clause boundaries; and each move phrase's modality in its
/// own clause. Linear in the (readable part of the) sentence. Stateless; safe to share.
/// </summary>
internal static class SentenceReader
{
    public static SentenceReading Read(
        SentenceSpan span, int line, bool isHeadline, List<Referent> referents, List<TriggerHit> triggers, Lexicon lexicon, PartialDate? reference)
    {
        var text = EntityRecogniser.Readable(span.Text);
        var inserts = Inserts(text, referents, lexicon);
        var clauseStarts = ClauseStarts(text, lexicon);
        var trimmed = span.Text.TrimEnd('"', '”', '»', '」', '』', ')', '）', ' ');
        var isQuestion = trimmed.EndsWith('?') || trimmed.EndsWith('？') || trimmed.EndsWith("か。", StringComparison.Ordinal);
        // "Thi Mai Nguyen", "Anna May Lee": a month inside a name is part of the name, not a date.
        var dates = DateParser.FindAll(text, lexicon.Language, reference)
                              .Where(d => !referents.Any(r => r.Kind == ReferentKind.Person && r.Start <= d.Start && d.Start + d.Length <= r.End))
                              .ToList();
        var money = MoneyParser.FindAll(text);
        var reading = new SentenceReading(span, line, referents, triggers, inserts, clauseStarts, dates, money, isQuestion, isHeadline);
        for (var i = 0; i < triggers.Count; i++)
            triggers[i] = triggers[i] with { Modality = ModalityOf(reading, triggers[i], lexicon) };
        FoldIntoThreats(reading, lexicon);
        return reading;
    }

    private static List<Insert> Inserts(string text, List<Referent> referents, Lexicon lexicon)
    {
        var inserts = new List<Insert>();
        Brackets(text, inserts);
        Dashes(text, inserts);
        Quotes(text, inserts);
        if (lexicon.AppositiveAfterName is { } appositive)
        {
            foreach (var person in referents.Where(r => r.Kind == ReferentKind.Person))
            {
                var after = EntityRecogniser.After(text, person.End);
                if (appositive.Match(after) is not { Success: true } m) continue;
                var start = person.End + m.Index;
                var end = EndOfPhrase(text, start + 1);
                // "Ethan Knight, l'ancien chercheur d'OpenAI Avi Verma et …" lists a second person after a description;
                // an appositive names another person only behind a preposition ("the former deputy of Sam Altman").
                if (referents.Any(r => r.Kind == ReferentKind.Person && r.Start > start && r.End <= end
                                       && !lexicon.PrepositionBefore.IsMatch(text[start..r.Start]))) continue;
                inserts.Add(new Insert(InsertKind.Appositive, start, end, person));
            }
        }
        if (lexicon.RelativeStart is { } relative)
        {
            for (var m = relative.Match(text); m.Success; m = m.NextMatch())
                inserts.Add(new Insert(InsertKind.Relative, m.Index, NameInApposition(text, referents, EndOfPhrase(text, m.Index + m.Length)), HeadBefore(referents, inserts, m.Index, text)));
        }
        if (lexicon.LeadingAside is { } aside)
        {
            for (var m = aside.Match(text); m.Success; m = m.NextMatch())
                inserts.Add(new Insert(InsertKind.Source, m.Index, EndOfPhrase(text, m.Index + m.Length), null));
        }
        return inserts;
    }

    /// <summary>A phrase set off by a comma runs to the next comma, semicolon, colon or dash, or to the sentence's end.</summary>
    private static int EndOfPhrase(string text, int from)
    {
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] is ',' or ';' or ':' or '、' or '—' or '–' or '(' or '（') return i;
        }
        return text.Length;
    }

    /// <summary>
    /// "qui rendait compte au directeur général, Paul Grant, a annoncé…": a name set off by commas right after a relative
    /// clause is in apposition to its last noun, so the clause runs on to the name's end.
    /// </summary>
    private static int NameInApposition(string text, List<Referent> referents, int end)
    {
        if (end >= text.Length || text[end] != ',') return end;
        var name = referents.FirstOrDefault(r => r.Start > end);
        if (name is not { Kind: ReferentKind.Person } || text[(end + 1)..name.Start].Trim().Length > 0) return end;
        var after = text.AsSpan(name.End).TrimStart(' ');
        return after.Length > 0 && after[0] == ',' ? name.End : end;
    }

    /// <summary>
    /// The name a relative clause describes: the one right before it, or the one an appositive right before it
    /// describes ("Gabriel Okonkwo, the former CEO of Quellwerk, who joined xAI").
    /// </summary>
    private static Referent? HeadBefore(List<Referent> referents, List<Insert> inserts, int position, string text)
    {
        var appositive = inserts.LastOrDefault(i => i.Kind == InsertKind.Appositive && i.End == position);
        if (appositive?.Head is not null) return appositive.Head;
        var head = referents.LastOrDefault(r => r.End <= position);
        return head is not null && text[head.End..position].Trim().Length == 0 ? head : null;
    }

    private static void Brackets(string text, List<Insert> inserts)
    {
        var open = new Stack<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '(' or '（' or '[') open.Push(i);
            else if (text[i] is ')' or '）' or ']' && open.Count > 0) inserts.Add(new Insert(InsertKind.Aside, open.Pop(), i + 1, null));
        }
    }

    /// <summary>Quotation marks that open and close within the sentence set off quoted words.</summary>
    private static void Quotes(string text, List<Insert> inserts)
    {
        var open = -1;
        var close = '\0';
        for (var i = 0; i < text.Length; i++)
        {
            if (open < 0)
            {
                close = text[i] switch { '“' => '”', '«' => '»', '「' => '」', '『' => '』', '"' => '"', _ => '\0' };
                if (close != '\0') open = i;
            }
            else if (text[i] == close)
            {
                inserts.Add(new Insert(InsertKind.Quote, open, i + 1, null));
                open = -1;
            }
        }
    }

    /// <summary>Dashes pair up ("— who … —"); a last one alone sets off the rest of the sentence.</summary>
    private static void Dashes(string text, List<Insert> inserts)
    {
        var open = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var isDash = text[i] is '—' or '―' || (text[i] is '–' or '-' && i > 0 && i + 1 < text.Length && text[i - 1] == ' ' && text[i + 1] == ' ');
            if (!isDash) continue;
            if (open < 0) open = i;
            else
            {
                inserts.Add(new Insert(InsertKind.Aside, open, i + 1, null));
                open = -1;
            }
        }
        // A dateline's dash ("PARIS, 25 mars 2026 — Anthropic a démenti…") opens the report rather than setting off an aside.
        if (open > 0 && open > text.Length / 4) inserts.Add(new Insert(InsertKind.Aside, open, text.Length, null));
    }

    private static List<int> ClauseStarts(string text, Lexicon lexicon)
    {
        var starts = new List<int> { 0 };
        for (var m = lexicon.ClauseBreak.Match(text); m.Success; m = m.NextMatch())
        {
            if (m.Index > starts[^1]) starts.Add(m.Index);
        }
        return starts;
    }

    private static Modality ModalityOf(SentenceReading s, TriggerHit trigger, Lexicon lexicon)
    {
        if (s.IsQuestion) return Modality.Questioned;
        var text = s.Text;
        var (start, end) = s.ClauseAt(trigger.Start);
        var insert = s.InsertAt(trigger.Start);
        // A move in an aside or a relative clause is judged in it: "X, who never joined Meta, …".
        if (insert is not null && insert.Start > start) start = insert.Start;
        if (insert is not null && insert.End < end) end = insert.End;
        var before = text[start..trigger.Start];
        var after = text[Math.Min(trigger.End, end)..end];
        if (lexicon.NegationBefore.IsMatch(Tail(before)) || lexicon.NegationAfter?.IsMatch(after) == true) return Modality.Negated;
        // A threat states its own condition ("threatened to quit if…", "昇進できなければ…辞めると脅した").
        var conditional = lexicon.VerbFinal ? lexicon.Hypothetical.IsMatch(text[start..end]) : lexicon.Hypothetical.IsMatch(text[..trigger.Start]);
        if (conditional && trigger.Kind != MoveKind.ThreatenedToLeave) return Modality.Hypothetical;
        if (lexicon.AttemptBefore.IsMatch(Tail(before)) || lexicon.AttemptAfter?.IsMatch(after) == true) return Modality.Attempted;
        // "signed papers to return to OpenAI" aims at a move; "left OpenAI to join Meta" says where a departure went.
        if (lexicon.PurposeBefore?.IsMatch(Tail(before)) == true && !s.Triggers.Any(t => t.Kind == MoveKind.Left && t.End <= trigger.Start && t.Start >= start))
            return Modality.Attempted;
        if (lexicon.OfferBefore.IsMatch(Tail(before)) || lexicon.OfferAfter?.IsMatch(after) == true) return Modality.Offered;
        // Doubt comes before the verb in Latin languages ("may join", "unclear whether he joined") or right after it
        // ("will join Meta, sources speculate"); in Japanese it closes the clause ("入社する可能性がある"). A threat
        // states its own condition ("threatened to quit if …"), which is no doubt about the threat.
        var doubtScope = lexicon.VerbFinal ? text[start..end]
            : trigger.Kind == MoveKind.ThreatenedToLeave ? before
            : before + UpToComma(after);
        return lexicon.Speculation.IsMatch(doubtScope) ? Modality.Speculative : Modality.Asserted;
    }

    /// <summary>The end of the text before a trigger, as far back as a modality cue reaches.</summary>
    private static string Tail(string before) => before.Length <= 160 ? before : before[^160..];

    private static string UpToComma(string text)
    {
        var comma = text.IndexOf(',');
        return comma < 0 ? text : text[..comma];
    }

    /// <summary>
    /// What a threat threatens is part of it: "threatened to resign and return to OpenAI" (after the threat in Latin
    /// script, up to a comma), "退職してOpenAIに戻ると脅した" (before it in Japanese, in its clause).
    /// </summary>
    private static void FoldIntoThreats(SentenceReading s, Lexicon lexicon)
    {
        var hits = s.Triggers;
        foreach (var threat in hits.Where(h => h.Kind == MoveKind.ThreatenedToLeave).ToList())
        {
            var clause = s.ClauseAt(threat.Start);
            for (var i = 0; i < hits.Count; i++)
            {
                var hit = hits[i];
                if (hit.Kind == MoveKind.ThreatenedToLeave || hit.Rule.Scene || s.ClauseAt(hit.Start) != clause) continue;
                // In Japanese the threatened moves stand after the threatener's name; a move before it describes them
                // ("メタに入社したアナ・ルイス氏は…").
                var held = lexicon.VerbFinal
                    ? hit.End <= threat.Start && !s.Referents.Any(r => r.IsPersonLike && r.Start >= hit.End && r.End <= threat.Start)
                    : hit.Start >= threat.End && s.Text.AsSpan(threat.End, hit.Start - threat.End).IndexOfAny(',', ';') < 0;
                if (held) hits[i] = hit with { Modality = Modality.PartOfThreat };
            }
        }
    }
}
