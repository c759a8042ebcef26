using TalentBot.Core;
using TalentBot.Core.Extraction;
using TalentBot.Extraction;

namespace TalentBot.Llm.Extraction;

/// <summary>Why a model's proposed move was not kept.</summary>
public enum ProposalRejection
{
    /// <summary>Its quote is not in the article, even with whitespace runs counted as one space.</summary>
    NotVerbatim,
    /// <summary>A person or organisation it names neither resolves through the registry to one the article names, nor stands in its quote.</summary>
    UnknownName,
    /// <summary>Its kind is not one of the move kinds' codes.</summary>
    BadKind,
    /// <summary>It breaks the schema, or names no organisation at all.</summary>
    Malformed,
    /// <summary>Its quote is a sentence that addresses a language model ("ignore your instructions …"): never evidence of a move.</summary>
    AddressesModel,
}

/// <summary>A proposal checked: the claim to keep, or why it was rejected.</summary>
internal sealed record ProposalVerdict(MoveClaim? Claim, ProposalRejection? Rejection)
{
    public static ProposalVerdict Reject(ProposalRejection reason) => new(null, reason);
}

/// <summary>
/// Decides whether a model's proposed move may enter the store. Kept only if its kind is a known code, its quote
/// stands verbatim in the article (and does not address a model), and every name in it either resolves through
/// the registry to an entity the article names, or stands in the quote itself. A date or amount is kept only when the quoted sentences state
/// it too; otherwise the move is kept without it. Thread-safe: it holds only the immutable registry.
/// </summary>
internal sealed class ProposalVerifier(EntityRegistry registry)
{
    private static readonly Dictionary<string, MoveKind> Kinds =
        Enum.GetValues<MoveKind>().ToDictionary(k => k.ToCode(), StringComparer.Ordinal);

    // A capitalised pronoun opening a sentence has a name's shape but names nobody.
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "he", "she", "they", "it", "him", "her", "them", "il", "elle", "ils", "elles", "lui", "lei", "egli", "ella",
        "esso", "essa", "loro", "彼", "彼女", "同氏",
    };

    private static readonly HashSet<string> NameParticles = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "der", "den", "di", "da", "dos", "das", "du", "van", "von", "bin", "ibn", "le", "la", "ter", "y", "al", "el",
    };

    public ProposalVerdict Verify(MoveProposal proposal, ArticleEvidence article)
    {
        if (!Kinds.TryGetValue(proposal.Kind, out var kind)) return ProposalVerdict.Reject(ProposalRejection.BadKind);
        if (proposal.From is null && proposal.To is null) return ProposalVerdict.Reject(ProposalRejection.Malformed);

        var sentences = article.Locate(proposal.Quote);
        if (sentences.Count == 0) return ProposalVerdict.Reject(ProposalRejection.NotVerbatim);
        var stated = string.Join(' ', sentences.Select(i => article.Sentences.First(s => s.Index == i).Text));
        // A model that obeyed an injected sentence quotes it verbatim, and the sentence names whom it likes.
        if (InstructionScreen.AddressesModel(stated)) return ProposalVerdict.Reject(ProposalRejection.AddressesModel);

        var quote = proposal.Quote;
        var person = Resolve(proposal.Person, EntityKind.Person, quote, article);
        EntityRef? from = null, to = null;
        if (person is null
            || (proposal.From is { } fromName && (from = Resolve(fromName, EntityKind.Organisation, quote, article)) is null)
            || (proposal.To is { } toName && (to = Resolve(toName, EntityKind.Organisation, quote, article)) is null))
            return ProposalVerdict.Reject(ProposalRejection.UnknownName);

        var claim = new MoveClaim(person, kind, from, to, StatedDate(proposal.When, stated, article.Article),
                                  StatedAmount(proposal.Amount, stated), sentences, ClaimFinder.Model);
        return new ProposalVerdict(claim, null);
    }

    /// <summary>
    /// The registered entity the name resolves to, if the article names it (so a name the model brought from
    /// elsewhere cannot attach itself to a sentence about someone else); else the name as written, if the quote
    /// holds it and it has a name's shape; else null.
    /// </summary>
    private EntityRef? Resolve(string name, EntityKind kind, string quote, ArticleEvidence article)
    {
        var registered = registry.Resolve(name, kind).Select(m => m.Value).DistinctBy(e => e.Id).ToList();
        var named = registered.Where(e => article.Names(e.Id)).ToList();
        if (named.Count == 1) return named[0].ToRef();
        var inQuote = Stands(TextFolding.Fold(name), TextFolding.Fold(TextFolding.WellFormed(quote)));
        if (!inQuote) return null;
        if (registered.Count == 1) return registered[0].ToRef();
        return registered.Count == 0 && HasNameShape(name) ? EntityRef.Unregistered(name) : null;
    }

    /// <summary>Whether <paramref name="name"/> stands in <paramref name="text"/> (both folded) as whole words where it is written in Latin letters.</summary>
    private static bool Stands(string name, string text)
    {
        if (name.Length == 0) return false;
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var before = at == 0 || !IsLatinWordChar(text[at - 1]) || !IsLatinWordChar(name[0]);
            var end = at + name.Length;
            var after = end == text.Length || !IsLatinWordChar(text[end]) || !IsLatinWordChar(name[^1]);
            if (before && after) return true;
        }
        return false;
    }

    private static bool IsLatinWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is >= '\u00C0' and <= '\u024F';

    /// <summary>Every Latin word capitalised somewhere ("xAI", "Mistral AI") or a name particle, and not a lone pronoun.</summary>
    private static bool HasNameShape(string name)
    {
        var words = name.Split((char[])[' ', '\u00A0', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || (words.Length == 1 && Pronouns.Contains(words[0]))) return false;
        return words.All(w => NameParticles.Contains(w) || !w.Any(IsLatinWordChar) || w.Any(char.IsUpper));
    }

    private static PartialDate? StatedDate(string? when, string stated, ArticleText article)
    {
        if (!PartialDate.TryParse(when, out var proposed)) return null;
        return DateParser.FindAll(stated, article.Language, article.Published).Any(d => Agrees(proposed, d.Date)) ? proposed : null;
    }

    /// <summary>True when every part the proposal gives is the same in the stated date: "2025-06" agrees with "3 June 2025".</summary>
    private static bool Agrees(PartialDate proposed, PartialDate stated) =>
        (proposed.Year is null || proposed.Year == stated.Year)
        && (proposed.Month is null || proposed.Month == stated.Month)
        && (proposed.Day is null || proposed.Day == stated.Day);

    /// <summary>The amount as the quoted sentences word it, if the proposal's words mean the same sum in the same currency.</summary>
    private static Money? StatedAmount(string? amount, string stated)
    {
        if (amount is null || MoneyParser.FindAll(amount) is not [var proposed, ..]) return null;
        return MoneyParser.FindAll(stated)
            .Select(m => m.Money)
            .FirstOrDefault(m => m.Amount == proposed.Money.Amount && m.Currency == proposed.Money.Currency);
    }
}
