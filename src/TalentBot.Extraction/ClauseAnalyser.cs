namespace TalentBot.Extraction;

/// <summary>
/// Splits one sentence into clauses at contrastive conjunctions and semicolons, and judges each trigger by its
/// own clause: in "X left Apple, but it is unclear whether he joined Meta" the doubt belongs to the joining only.
/// </summary>
internal sealed class ClauseAnalyser
{
    private readonly string _sentence;
    private readonly Lexicon _lexicon;
    private readonly List<int> _starts = [0];
    private readonly bool _isQuestion;

    public ClauseAnalyser(string sentence, Lexicon lexicon)
    {
        _sentence = sentence;
        _lexicon = lexicon;
        for (var m = lexicon.ClauseBreak.Match(sentence); m.Success; m = m.NextMatch())
        {
            if (m.Index > _starts[^1]) _starts.Add(m.Index);
        }
        var trimmed = sentence.TrimEnd('"', '”', '»', '」', '』', ')', '）', ' ');
        _isQuestion = trimmed.EndsWith('?') || trimmed.EndsWith('？') || trimmed.EndsWith("か。", StringComparison.Ordinal);
    }

    /// <summary>The clause around a position, as [start, end) within the sentence.</summary>
    public (int Start, int End) ClauseAt(int position)
    {
        var i = _starts.Count - 1;
        while (i > 0 && _starts[i] > position) i--;
        return (_starts[i], i + 1 < _starts.Count ? _starts[i + 1] : _sentence.Length);
    }

    /// <param name="conditionIsItsOwn">
    /// A threat states its own condition ("threatened to quit if she was not promoted"): an "if" after it is the
    /// threat's content, not doubt about it.
    /// </param>
    public Modality ModalityOf(int triggerStart, int triggerEnd, bool conditionIsItsOwn = false)
    {
        if (_isQuestion) return Modality.Questioned;
        var (start, end) = ClauseAt(triggerStart);
        var before = _sentence[start..triggerStart];
        var after = _sentence[Math.Min(triggerEnd, end)..end];
        if (_lexicon.NegationBefore.IsMatch(before) || _lexicon.NegationAfter?.IsMatch(after) == true) return Modality.Negated;
        if (_lexicon.AttemptBefore.IsMatch(before) || _lexicon.AttemptAfter?.IsMatch(after) == true) return Modality.Attempted;
        if (_lexicon.OfferBefore.IsMatch(before) || _lexicon.OfferAfter?.IsMatch(after) == true) return Modality.Offered;
        // Doubt comes before the verb in Latin languages ("may join", "unclear whether he joined") or right after it
        // ("will join Meta, sources speculate"); in Japanese it closes the clause ("入社する可能性がある").
        var doubtScope = _lexicon.VerbFinal ? _sentence[start..end] : conditionIsItsOwn ? before : before + UpToComma(after);
        return _lexicon.Speculation.IsMatch(doubtScope) ? Modality.Speculative : Modality.Asserted;
    }

    private static string UpToComma(string text)
    {
        var comma = text.IndexOf(',');
        return comma < 0 ? text : text[..comma];
    }
}
