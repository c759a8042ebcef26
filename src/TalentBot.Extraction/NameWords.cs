namespace TalentBot.Extraction;

/// <summary>
/// Capitalised words that are not names: function words that open sentences, calendar words, titles and roles,
/// news outlets and places. They end a run of capitalised words, so "Chief AI Scientist Ana Ruiz" yields
/// "Ana Ruiz" and "Monday" yields nothing.
/// </summary>
internal static class NameWords
{
    /// <summary>Lower-case words that join the parts of one name: "Ludwig van Beethoven", "Ana de la Cruz".</summary>
    public static IReadOnlySet<string> Particles { get; } = Set(
        "de del della der den di da dos das du van von bin ibn le la ter y al el st");

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    private static readonly HashSet<string> StopWords = Set(
        // English function words and sentence openers
        "the a an and or but in on at by for from to of with as into after before since during meanwhile however " +
        "last this that these those its his her their he she it they we i you our my according former both all some " +
        "many most other another also now then when while earlier later yesterday today tomorrow several three two " +
        "one four five there here what who why how which where if although though despite over under about more " +
        "among between inside within without new top senior chief head lead staff among first second just only even " +
        "such each every no not nor so yet still sources source people researchers engineers executives " +
        // French
        "le la les un une des du de il elle ils elles selon après avant depuis ce cette ces son sa ses lors mais et " +
        "ou où pour sur avec dans chez par plus moins aussi ainsi alors encore déjà hier aujourd'hui demain deux " +
        "trois quatre cinq ancien ancienne anciens nouveau nouvelle nouveaux directeur directrice chercheur " +
        "chercheuse ingénieur fondateur cofondateur patron président présidente responsable cet quant " +
        // Italian
        "lo gli uno una dei delle dopo prima secondo anche nel nella negli nelle questo questa suo sua lui lei " +
        "per con dal dalla al alla ai ieri oggi domani già ex nuovo nuova nuovi direttore direttrice ricercatore " +
        "ricercatrice ingegnere fondatore cofondatore presidente tra fra sul sulla mentre però quando come " +
        // calendar
        "january february march april may june july august september october november december jan feb mar apr " +
        "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday janvier février " +
        "mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi " +
        "samedi dimanche gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre " +
        "dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica " +
        // titles and roles
        "mr mrs ms dr prof mme mlle sig dott ing ceo cto cfo coo cso vp svp evp president vice chief officer " +
        "executive director head scientist scientists researcher engineer founder cofounder co-founder chairman " +
        "chairwoman partner principal fellow professor manager lead senior staff distinguished general counsel " +
        "ai agi ml llm team research superintelligence intelligence artificial generative model models " +
        "product products division unit group " +
        // outlets
        "bloomberg reuters information wired verge times journal post financial street wall cnbc axios techcrunch " +
        "nikkei monde echos figaro libération corriere sole repubblica stampa guardian forbes fortune business " +
        "insider semafor register news press agence afp ansa kyodo asahi yomiuri mainichi " +
        // places
        "san francisco silicon valley california new york london paris tokyo milan milano rome roma zurich seattle " +
        "beijing shanghai china japan france italy europe america american united states kingdom bay area palo " +
        "alto menlo park mountain view washington toronto montreal berlin munich londres pékin chine italie japon " +
        "giappone cina stati uniti états-unis francia parigi londra europa europe asia india israel canada " +
        "cambridge oxford boston austin texas singapore seoul korea cupertino redmond sunnyvale hong kong taiwan italia germania germany allemagne spagna spain espagne " +
        "svizzera suisse switzerland inghilterra angleterre england regno unito royaume-uni");

    private static HashSet<string> Set(string words) =>
        new(words.Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
