using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>Where the person who moves stands relative to a trigger.</summary>
internal enum MoverSide
{
    /// <summary>Its subject: "X left", "X a quitté", "Xが退社", "X's departure".</summary>
    Before,
    /// <summary>Its object: "Meta hired X", "the departure of X"; in Japanese, marked by を.</summary>
    After,
}

/// <summary>A phrase that states a move, the kind it states, and where its mover stands.</summary>
/// <param name="PassiveAgent">Its subject is the person moved, and "by"/"par"/"da"/に names who hired: "was hired by Meta".</param>
/// <param name="Scene">
/// It says where the person already was or went before what the sentence is about ("after joining Meta", "Meta に入社
/// してから"): still a move of its own, and the place a departure in the same sentence leaves.
/// </param>
internal sealed record TriggerRule(Regex Pattern, MoveKind Kind, MoverSide Side, bool PassiveAgent = false, bool Scene = false);

/// <summary>A pronoun and what it says of its antecedent.</summary>
/// <param name="Possessive">It stands before a noun ("her departure", "sa démission", "彼の退社"), as the noun's owner.</param>
internal sealed record PronounForm(Regex Pattern, Gender Gender, bool Plural = false, bool Possessive = false);

/// <summary>A noun phrase that refers back to a person named earlier: "the researcher", "la chercheuse", "同氏".</summary>
internal sealed record DescriptionForm(Regex Pattern, Gender Gender);

/// <summary>
/// The words a count phrase is made of: numbers spelled out, approximate quantities ("une vingtaine", "a dozen",
/// always <see cref="CountBound.About"/>), the bound each qualifier ("more than", "almeno") sets, and numbers that
/// carry their own bound (十数, "more than ten").
/// </summary>
internal sealed record CountWords(
    IReadOnlyDictionary<string, int> Numbers,
    IReadOnlyDictionary<string, int> Approximate,
    Func<string, CountBound> Bound,
    IReadOnlyDictionary<string, CountBound>? NumberBounds = null);

/// <summary>
/// One language's words for moves and for everything around them: who is a person, what marks an organisation's
/// part in a move, what refers back, what doubts or denies. Patterns named "...Before" are anchored at the end of
/// the text before a position, "...After" at the start of the text after it. The shared stages read only these
/// members, never the language itself. Immutable; one instance per language, built on first use and shared.
/// </summary>
internal sealed partial class Lexicon
{
    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>A pattern that matches nothing, for cues a language expresses on the other side of the word.</summary>
    private const string Never = "(?!)";

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

    // ---- Typology ----

    /// <summary>The verb closes its clause and particles after a noun mark its part (Japanese); otherwise word order and prepositions do.</summary>
    public bool VerbFinal { get; init; }

    /// <summary>The subject may be left out entirely ("Ha lasciato OpenAI", "6月にメタに入社した"), meaning the one the text is about.</summary>
    public bool ProDrop { get; init; }

    /// <summary>The subject may follow its verb: "Lascia OpenAI anche Marco Neri", "Rejoignent Meta : A et B".</summary>
    public bool InvertedSubjects { get; init; }

    // ---- Moves ----

    public required IReadOnlyList<TriggerRule> Triggers { get; init; }

    // ---- Clauses ----

    /// <summary>Where one clause ends and another, with a subject of its own, begins: semicolons, "but", "while", "しかし".</summary>
    public required Regex ClauseBreak { get; init; }

    /// <summary>A verb of saying or reporting: its subject is a speaker, and a move after it has a subject of its own.</summary>
    public required Regex SpeechVerb { get; init; }

    /// <summary>
    /// What may stand between a verb of saying and a move it reports of its own subject, with no new subject between:
    /// "affirme avoir (rejoint)", "ha detto di aver (lasciato)", "said he had (left)" is not one (it has "he").
    /// </summary>
    public Regex? SpeechComplement { get; init; }

    /// <summary>
    /// The opening of a sentence that names the people of a group the sentence before moved: "They are", "Among them
    /// is", « Il s'agit de », "Si tratta di", "Tra loro c'è".
    /// </summary>
    public required Regex GroupNaming { get; init; }

    /// <summary>What after a stay somewhere leads straight on to a move: "then", « puis », "poi", "後、".</summary>
    public required Regex Then { get; init; }

    /// <summary>A descriptive noun phrase between a verb and the organisation it governs: "join design software giant (Figma)".</summary>
    public Regex? DescribedObjectGap { get; init; }

    /// <summary>An adverb between a verb and the organisation it governs: "joined in turn (Meta)", « a rejoint à son tour (Meta) ».</summary>
    public Regex? AdverbAfterVerb { get; init; }

    /// <summary>A move that repeats one before: "also", "too", « aussi », "anche", "も" after its subject.</summary>
    public required Regex Also { get; init; }

    /// <summary>A noun phrase that is a clause's subject though it names nobody: "La smentita arriva", "Il gruppo ha…".</summary>
    public Regex? NounSubjectBefore { get; init; }

    /// <summary>The start of a relative clause about the name before it: ", who", ", qui", ", che".</summary>
    public Regex? RelativeStart { get; init; }

    /// <summary>A relative pronoun anywhere: "who", "qui", "che".</summary>
    public Regex? RelativePronoun { get; init; }

    /// <summary>What follows a person's name when a description of them is set off by commas: ", a researcher at", ", 34,".</summary>
    public Regex? AppositiveAfterName { get; init; }

    /// <summary>
    /// What may stand between a move phrase and the name it describes when a relative clause comes before its noun
    /// ("OpenAIを去った山田氏": た; "入社した研究者の田中氏": a role noun and の).
    /// </summary>
    public Regex? RelativeHeadGap { get; init; }

    /// <summary>A passive ending right after a verb: "引き抜かれた" (かれ), "採用された" (され).</summary>
    public Regex? PassiveAfter { get; init; }

    /// <summary>A cleft after a move verb, which puts its movers after it: "加わったのは、" (ったのは).</summary>
    public Regex? CleftAfter { get; init; }

    /// <summary>What marks a name right after it as a clause's subject or topic: "は", "が".</summary>
    public Regex? SubjectMarkerAfter { get; init; }

    /// <summary>What marks a name right after it as a verb's object: "を".</summary>
    public Regex? ObjectMarkerAfter { get; init; }

    /// <summary>What stands between an owner and the move noun it owns: "田中氏の退社", "田中氏のOpenAIへの移籍".</summary>
    public Regex? PossessorGap { get; init; }

    /// <summary>The connective form that ends a verb chained to the next one in its clause: "離れて(アマゾンに移った)", "退社し、".</summary>
    public Regex? VerbChain { get; init; }

    /// <summary>A leading phrase whose name is not the subject: "According to X,", "Selon X,", "Secondo X,".</summary>
    public Regex? LeadingAside { get; init; }

    /// <summary>A preposition right before a name makes it no subject: "with Ana Ruiz", "by Meta", "according to X".</summary>
    public required Regex PrepositionBefore { get; init; }

    // ---- Referents ----

    public required IReadOnlyList<PronounForm> Pronouns { get; init; }
    public required IReadOnlyList<DescriptionForm> Descriptions { get; init; }

    /// <summary>"The company", "la start-up", "同社": an organisation named before.</summary>
    public required Regex CompanyReference { get; init; }

    /// <summary>
    /// "the Cupertino company", « le groupe de Menlo Park », "il colosso di Cupertino", « la société dirigée par Sam
    /// Altman », "the company led by Sam Altman": a company named by the place it is based or by its leader (group
    /// <c>name</c>), which the registry's headquarters and leaders resolve.
    /// </summary>
    public Regex? CompanyEpithet { get; init; }

    /// <summary>
    /// What follows an organisation's name to make it its arm in a country (「日本法人」, 「ジャパン」), matched at the end of
    /// the name (a <c>\G</c> pattern); the arm is read as the organisation.
    /// </summary>
    public Regex? OrganisationArmAfter { get; init; }

    /// <summary>
    /// "当社", "our company", « notre société »: the organisation the article speaks for, in a press release, which
    /// its headline names; never the organisation named last, which is as often where a new hire comes from.
    /// </summary>
    public required Regex OwnCompanyReference { get; init; }

    /// <summary>
    /// A subject that names nobody ("many researchers", "le reclute", "研究者たちが"): the move is a head count's, and
    /// a dropped subject next to it is not the person named last.
    /// </summary>
    public required Regex GenericSubject { get; init; }

    /// <summary>A role right before a name that speaks about moves and never makes them: "spokesperson X", "l'analyste X".</summary>
    public required Regex NonMoverBefore { get; init; }

    /// <summary>The same role set off after a name: ", a spokesperson for Apple", ", analyste chez", "広報担当の".</summary>
    public required Regex NonMoverAfter { get; init; }

    // ---- People ----

    public required Regex PersonTitleBefore { get; init; }
    public required Regex PersonRoleBefore { get; init; }
    public required Regex PersonCueAfter { get; init; }

    /// <summary>A feminine or masculine word right before a name ("Mme", "la chercheuse", "Ms"), in groups f and m.</summary>
    public Regex? GenderBefore { get; init; }

    /// <summary>A feminine or masculine word right after a name (", la chercheuse", "est partie"), in groups f and m.</summary>
    public Regex? GenderAfter { get; init; }

    // ---- Organisations and their part in a move ----

    public required Regex SlotBefore { get; init; }
    public Regex? SlotAfter { get; init; }
    public required Func<string, Slot> SlotOfWord { get; init; }
    public required Regex FormerBefore { get; init; }

    /// <summary>Time spent at an organisation, right before it: "worked at", "spent five years at", "quatre ans chez", "lavorato presso".</summary>
    public Regex? TenureBefore { get; init; }

    /// <summary>What between a departure and an organisation "at" makes it the destination: "left for a job at", "partie pour".</summary>
    public Regex? DestinationBetween { get; init; }

    /// <summary>The Japanese counterpart of <see cref="StintBefore"/>, after the organisation: "で働いた後".</summary>
    public Regex? StintAfter { get; init; }

    /// <summary>A stint a move ends, which is where the move comes from: "after five years at", "après deux ans chez", "dopo tre anni in".</summary>
    public Regex? StintBefore { get; init; }

    /// <summary>Where a person described beside their name comes from: "venu de Microsoft", "proveniente da Google", "fresh from".</summary>
    public Regex? OriginBefore { get; init; }

    /// <summary>A part of an organisation named before it: "the product team at", "l'équipe produit d'", "il team di".</summary>
    public Regex? UnitBefore { get; init; }

    /// <summary>A part of an organisation named after it: "の研究チーム", "の開発部門".</summary>
    public Regex? UnitAfter { get; init; }
    public Regex? FormerAfter { get; init; }
    public Regex? RoleBefore { get; init; }
    public Regex? RoleAfter { get; init; }
    public Regex? OfferNounAfter { get; init; }
    public Regex? OfferNounBefore { get; init; }

    /// <summary>What joins the names of people moving together: "A, B and C", "A and his colleague B", "Aと彼の同僚B".</summary>
    public required Regex Coordination { get; init; }

    /// <summary>What opens the next item of a list of names: ", ", " and ", " et ", "、".</summary>
    public required Regex CoordinationStart { get; init; }

    /// <summary>
    /// Ends of a slot that only an organisation fills: "joined X", "left X", "Xに入社". A preposition alone (group
    /// <c>prep</c>: "from X", "by X") is weaker: it makes an organisation of one word, never of a two-word name.
    /// </summary>
    public required Regex UnknownOrgCueBefore { get; init; }
    public Regex? UnknownOrgCueAfter { get; init; }

    /// <summary>
    /// An organisation slot filled by a descriptive noun phrase that a name closes ("will join design software giant
    /// Figma", "rejoindra le géant américain du logiciel Figma"): the name is the organisation the phrase describes.
    /// </summary>
    public Regex? DescribedOrgCueBefore { get; init; }

    /// <summary>"co-creator of", "co-fondatore di": what follows is what the person made, a product unless registered.</summary>
    public Regex? CreatorOfBefore { get; init; }

    /// <summary>"の共同開発者": the Japanese counterpart of <see cref="CreatorOfBefore"/>, after the name.</summary>
    public Regex? CreatorOfAfter { get; init; }

    /// <summary>
    /// "originaire d'Oran", "born in Turin", "nato a Bari": a birthplace, which reads like an origin ("de", "from")
    /// but is a place; the name after it is neither a person nor an organisation.
    /// </summary>
    public Regex? BirthplaceBefore { get; init; }

    /// <summary>"トリノ生まれの", "大阪府育ち": the Japanese counterpart of <see cref="BirthplaceBefore"/>, after the name.</summary>
    public Regex? BirthplaceAfter { get; init; }

    /// <summary>A departure verb's object that is no organisation ("leaving many dissatisfied", "leave the door open").</summary>
    public Regex? NonOrganisationObjectAfter { get; init; }

    // ---- Modality ----

    public required Regex NegationBefore { get; init; }
    public Regex? NegationAfter { get; init; }
    public required Regex Speculation { get; init; }

    /// <summary>A condition or an unreal past: "if she left", "should he leave", "se avesse accettato", "もし…すれば".</summary>
    public required Regex Hypothetical { get; init; }
    public required Regex AttemptBefore { get; init; }
    public Regex? AttemptAfter { get; init; }
    public required Regex OfferBefore { get; init; }

    /// <summary>
    /// A purpose right before a move: "signed papers to return", « pour revenir », "per tornare", "戻るための". What is
    /// aimed at has not happened, unless a departure leads to it ("left OpenAI to join Meta").
    /// </summary>
    public Regex? PurposeBefore { get; init; }
    public Regex? OfferAfter { get; init; }

    /// <summary>A sentence that denies or corrects a report: "The company denied the report", « a démenti », 「否定した」.</summary>
    public required Regex Denial { get; init; }

    /// <summary>A person who stays: "remains at Apple", « reste chez », "rimane in", 「残留」; no departure from there holds.</summary>
    public required Regex Stays { get; init; }

    /// <summary>An offer made to someone, whose maker a terse refusal after it ("She declined.") turns down.</summary>
    public required Regex OfferMade { get; init; }

    // ---- Amounts and counts ----

    // ---- Dates of moves ----

    /// <summary>
    /// What just before a move phrase makes it a move made: "has" (left), « a » (quitté), "è" (tornato). Matched
    /// against the text before the phrase; a month later than the article's and without a year then is last year's.
    /// </summary>
    public Regex? CompletedBefore { get; init; }

    /// <summary>
    /// A move phrase in a form that says it was made, matched from its first word with a few characters after it:
    /// "rejoined", "was hired", « a rejoint », "è passato", 「移籍した」.
    /// </summary>
    public Regex? CompletedForm { get; init; }

    /// <summary>
    /// What before a date makes it the start of a stay rather than of a move: "since 2023", « depuis 2023 »,
    /// "fin dal 2017". Matched against the text before the date.
    /// </summary>
    public Regex? StayStartBefore { get; init; }

    /// <summary>The same after a date, for languages that put it there: 「2023年以来」.</summary>
    public Regex? StayStartAfter { get; init; }

    /// <summary>Words of pay ("package", "rémunération", "stipendio", "報酬"): a sum near them is what a person is paid.</summary>
    public required Regex PayCue { get; init; }

    /// <summary>Words of deals ("acquisition", "valued at", "買収"): a sum near them is no one's pay.</summary>
    public required Regex DealCue { get; init; }

    public Regex? CountBefore { get; init; }
    public Regex? CountAfter { get; init; }

    /// <summary>A count of people an organisation lost or gained, with the organisation before it: "Google has lost a dozen".</summary>
    public Regex? CountAfterSource { get; init; }
    public required CountWords CountWords { get; init; }

    /// <summary>What before a number makes it a staff size, not a move: "a team of", "emploie", "従業員".</summary>
    public required Regex StaffSizeBefore { get; init; }

    /// <summary>What after a number makes it a staff size: "-person team", "salariés au total".</summary>
    public required Regex StaffSizeAfter { get; init; }

    /// <summary>
    /// Well-known AI products and models, in any language: named where an employer would be ("left the Llama team",
    /// "ha lasciato Copilot"), they are what the person worked on, not whom for. Registry names are matched before
    /// this list is consulted, so a registered organisation is never taken for a product.
    /// </summary>
    private static readonly HashSet<string> ProductNames = new(
        ["ChatGPT", "GPT", "GPT-4", "GPT-4o", "GPT-5", "Llama", "Gemini", "Bard", "Claude", "Siri", "Copilot", "Grok", "Sora",
         "Midjourney", "Stable Diffusion", "Behemoth", "Apple Intelligence", "Alexa", "Cortana", "o1", "o3",
         "チャットGPT", "ジェミニ", "クロード", "コパイロット", "グロック", "ミッドジャーニー", "シリ"],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether an unregistered name, with the text around it, names a product rather than an organisation.</summary>
    /// <summary>
    /// "graduated from", « diplômée de », "laureata al": a school someone studied at, which reads like an origin but is
    /// no employer they left.
    /// </summary>
    public Regex? SchoolBefore { get; init; }

    /// <summary>「東京大学を卒業」: the Japanese counterpart of <see cref="SchoolBefore"/>, after the name.</summary>
    public Regex? SchoolAfter { get; init; }

    public bool IsProduct(string name, string before, string after) =>
        ProductNames.Contains(name) || CreatorOfBefore?.IsMatch(before) == true || CreatorOfAfter?.IsMatch(after) == true;

    /// <summary>Whether an unregistered name, with the text around it, is where someone was born or studied.</summary>
    public bool IsPlaceOfOrigin(string before, string after) =>
        BirthplaceBefore?.IsMatch(before) == true || BirthplaceAfter?.IsMatch(after) == true
        || SchoolBefore?.IsMatch(before) == true || SchoolAfter?.IsMatch(after) == true;

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
