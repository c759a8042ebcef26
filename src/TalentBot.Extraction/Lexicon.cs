using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>Where the person who moves stands relative to a trigger.</summary>
internal enum MoverSide
{
    /// <summary>Before it, as its subject: "X left", "X a quitté", "Xが退社".</summary>
    Before,
    /// <summary>After it, as its object: "Meta hired X", "the departure of X"; in Japanese, marked by を.</summary>
    After,
}

/// <summary>A phrase that states a move, the kind it states, and where its mover stands.</summary>
/// <param name="PassiveAgent">The organisation introduced by "by"/"par"/"da" after it is the hiring one.</param>
/// <param name="SetsScene">
/// It only says where the person already is ("after joining", ", who joined", "に入社してから"): the organisation is
/// the one a departure in the same sentence leaves, and the phrase states no move of its own.
/// </param>
internal sealed record TriggerRule(Regex Pattern, MoveKind Kind, MoverSide Side, bool PassiveAgent = false, bool SetsScene = false);

/// <summary>What the words around an organisation say about its part in a move.</summary>
internal enum Slot
{
    None,
    From,
    To,
    At,
    By,
    Object,
    Subject,
    Former,
    Role,
    Offer,
}

/// <summary>
/// The words a count phrase is made of: numbers spelled out, approximate quantities ("une vingtaine", "a dozen",
/// always <see cref="CountBound.About"/>), and the bound each qualifier ("more than", "almeno") sets.
/// </summary>
internal sealed record CountWords(
    IReadOnlyDictionary<string, int> Numbers,
    IReadOnlyDictionary<string, int> Approximate,
    Func<string, CountBound> Bound);

/// <summary>
/// One language's words for moves and for everything that qualifies them. Patterns named "...Before" are anchored
/// at the end of the text before a position, "...After" at the start of the text after it. Immutable; one instance
/// per language, built on first use and shared across threads.
/// </summary>
internal sealed partial class Lexicon
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    private static readonly Lazy<Lexicon> EnglishLexicon = new(BuildEnglish);
    private static readonly Lazy<Lexicon> FrenchLexicon = new(BuildFrench);
    private static readonly Lazy<Lexicon> ItalianLexicon = new(BuildItalian);
    private static readonly Lazy<Lexicon> JapaneseLexicon = new(BuildJapanese);

    public static Lexicon For(Language language) => language switch
    {
        Language.French => FrenchLexicon.Value,
        Language.Italian => ItalianLexicon.Value,
        Language.Japanese => JapaneseLexicon.Value,
        _ => EnglishLexicon.Value,
    };

    public required Language Language { get; init; }

    /// <summary>Japanese puts the verb last: organisations and movers come before their trigger.</summary>
    public bool VerbFinal { get; init; }

    /// <summary>The subject may be left out entirely ("Ha lasciato OpenAI"), meaning the person last named.</summary>
    public bool ProDrop { get; init; }

    public required IReadOnlyList<TriggerRule> Triggers { get; init; }
    public required Regex ClauseBreak { get; init; }
    public required Regex NegationBefore { get; init; }
    public Regex? NegationAfter { get; init; }
    public required Regex Speculation { get; init; }
    public required Regex AttemptBefore { get; init; }
    public Regex? AttemptAfter { get; init; }
    public required Regex OfferBefore { get; init; }
    public Regex? OfferAfter { get; init; }
    public required Regex Pronoun { get; init; }
    public required Regex CompanyAnaphor { get; init; }
    public required Regex PersonTitleBefore { get; init; }
    public required Regex PersonRoleBefore { get; init; }
    public required Regex PersonCueAfter { get; init; }
    public required Regex SlotBefore { get; init; }
    public Regex? SlotAfter { get; init; }
    public required Func<string, Slot> SlotOfWord { get; init; }
    public required Regex FormerBefore { get; init; }
    public Regex? FormerAfter { get; init; }
    public Regex? RoleBefore { get; init; }
    public Regex? RoleAfter { get; init; }
    public Regex? OfferNounAfter { get; init; }
    public Regex? OfferNounBefore { get; init; }

    /// <summary>What joins the names of people moving together: "A, B and C", "A and his colleague B", "Aと彼の同僚B".</summary>
    public required Regex Coordination { get; init; }

    /// <summary>
    /// A subject that names nobody ("many researchers", "le reclute", "研究者たちが"): a named person before it is its
    /// source or its boss, not the mover, and a dropped subject next to it is not the person named last.
    /// </summary>
    public required Regex GenericSubject { get; init; }

    /// <summary>
    /// A departure verb's object that is no organisation ("leaving many dissatisfied", "leave the door open"), up to
    /// the first preposition: the verb there is not about an employer, so none is borrowed from a neighbour.
    /// </summary>
    public Regex? NonOrganisationObjectAfter { get; init; }
    public required Regex UnknownOrgCueBefore { get; init; }

    /// <summary>
    /// An organisation slot filled by a descriptive noun phrase that a name closes ("will join design software giant
    /// Figma", "rejoindra le géant américain du logiciel Figma"): the name is the organisation the phrase describes.
    /// </summary>
    public Regex? DescribedOrgCueBefore { get; init; }
    public Regex? UnknownOrgCueAfter { get; init; }
    public Regex? CountBefore { get; init; }
    public Regex? CountAfter { get; init; }
    public required CountWords CountWords { get; init; }

    /// <summary>
    /// Well-known AI products and models, in any language: named where an employer would be ("left the Llama team",
    /// "ha lasciato Copilot"), they are what the person worked on, not whom for. Registry names are matched before
    /// this list is consulted, so a registered organisation is never taken for a product.
    /// </summary>
    private static readonly HashSet<string> ProductNames = new(
        ["ChatGPT", "GPT", "GPT-4", "GPT-4o", "GPT-5", "Llama", "Gemini", "Bard", "Claude", "Siri", "Copilot", "Grok", "Sora",
         "Midjourney", "Stable Diffusion", "Behemoth", "チャットGPT", "ジェミニ", "クロード", "コパイロット", "グロック", "ミッドジャーニー"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>"co-creator of", "co-fondatore di": what follows is what the person made, a product unless registered.</summary>
    public Regex? CreatorOfBefore { get; init; }

    /// <summary>"の共同開発者": the Japanese counterpart of <see cref="CreatorOfBefore"/>, after the name.</summary>
    public Regex? CreatorOfAfter { get; init; }

    /// <summary>Whether an unregistered name, with the text around it, names a product rather than an organisation.</summary>
    public bool IsProduct(string name, string before, string after) =>
        ProductNames.Contains(name) || CreatorOfBefore?.IsMatch(before) == true || CreatorOfAfter?.IsMatch(after) == true;

    private static Regex R(string pattern) => new(pattern, Options);

    /// <summary>Same as <see cref="R"/> but case-sensitive, for words whose capital is what tells them apart.</summary>
    private static Regex Cased(string pattern) => new(pattern, Options & ~RegexOptions.IgnoreCase);

    private static Dictionary<string, int> Numbers(string words, int first)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var n = first;
        foreach (var word in words.Split(' ', StringSplitOptions.RemoveEmptyEntries)) map[word] = n++;
        return map;
    }
}
