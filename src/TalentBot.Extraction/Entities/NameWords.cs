using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>
/// What names are made of and what they are not: capitalised words that are no names (function words that open
/// sentences, calendar words, titles and roles, news outlets), places (<see cref="PlaceNames"/>), the words that end an
/// organisation's name, and common Japanese surnames. Data about names in any of the four languages, shared by every
/// language's reading.
/// </summary>
internal static class NameWords
{
    /// <summary>Lower-case words that join the parts of one name: "Ludwig van Beethoven", "Ana de la Cruz".</summary>
    public static IReadOnlySet<string> Particles { get; } = Set(
        "de del della der den di da dos das du van von bin ibn le la ter ten y al el st");

    /// <summary>Capitalised particles that may open a surname: "Di Stefano", "Van der Berg", "De Luca", "Le Roux".</summary>
    public static IReadOnlySet<string> CapitalisedParticles { get; } = new HashSet<string>(
        ["De", "Del", "Della", "Di", "Da", "Dal", "Van", "Von", "Der", "Den", "Du", "Dos", "Das", "Le", "La", "El", "Al", "Ben", "Bin", "Ter", "Ten", "Mac", "Mc", "Lo", "Li"],
        StringComparer.Ordinal);

    /// <summary>The articles "Le" and "La" open French and Italian sentences far more often than surnames do.</summary>
    public static bool MayOpenName(string particle) => particle is not ("Le" or "La" or "Lo" or "Li" or "Del" or "Della" or "Dal");

    public static bool IsStopWord(string word) => StopWords.Contains(word);

    /// <summary>A month or a weekday: a stop word, except as a middle name between two names ("Thi Mai Nguyen").</summary>
    public static bool IsCalendarWord(string word) => CalendarWords.Contains(word);

    public static bool IsPlace(string name) => PlaceNames.Contains(name);

    /// <summary>A common given name, in any of the cultures the talent war draws from: the first word of a person's name.</summary>
    public static bool IsGivenName(string word) => GivenNames.Contains(word);

    /// <summary>A word that ends (or is) an organisation's name: "Fernwood Labs", "Northgate Capital", "Arcadia Partners".</summary>
    public static bool IsOrganisationWord(string word) => OrganisationWords.Contains(word.TrimEnd('.'));

    /// <summary>A word that opens the name of a school or an institute: "Politecnico di Milano", "University of Tokyo".</summary>
    public static bool OpensInstitutionName(string word) => InstitutionWords.Contains(word);

    /// <summary>Whether a run of kanji opens with a common Japanese surname: 高橋由美, 山田.</summary>
    public static int JapaneseSurnameLength(string kanji)
    {
        for (var length = Math.Min(3, kanji.Length); length >= 1; length--)
        {
            if (JapaneseSurnames.Contains(kanji[..length])) return length;
        }
        return 0;
    }

    private const string CalendarList =
        "january february march april may june july august september october november december jan feb mar apr " +
        "jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday janvier février " +
        "mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi " +
        "samedi dimanche gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre " +
        "dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica";

    private static readonly HashSet<string> CalendarWords = Set(CalendarList);

    private static readonly HashSet<string> StopWords = Set(
        // English function words and sentence openers
        "the a an and or but in on at by for from to of with as into after before since during meanwhile however " +
        "last this that these those its his her their he she it they we i you our my according former both all some " +
        "many most other another also now then when while earlier later yesterday today tomorrow several three two " +
        "one four five there here what who why how which where if although though despite over under about more " +
        "among between inside within without new top senior chief head lead staff first second just only even " +
        "such each every no not nor so yet still sources source people researchers engineers executives " +
        "poached hired recruited joined left after meanwhile separately elsewhere instead indeed overall ex " +
        "should would could had were was did does do may might must can will " +
        // French
        "le la les un une des du de il elle ils elles selon après avant depuis ce cette ces son sa ses lors mais et " +
        "ou où pour sur avec dans chez par plus moins aussi ainsi alors encore déjà hier aujourd'hui demain deux " +
        "trois quatre cinq ancien ancienne anciens nouveau nouvelle nouveaux directeur directrice chercheur " +
        "chercheuse ingénieur fondateur cofondateur patron président présidente responsable cet quant côté enfin " +
        "désormais pourtant toutefois cependant outre parmi entre " +
        // Italian
        "lo gli uno una dei delle dopo prima secondo anche nel nella negli nelle questo questa suo sua lui lei " +
        "per con dal dalla al alla ai ieri oggi domani già nuovo nuova nuovi direttore direttrice ricercatore " +
        "ricercatrice ingegnere fondatore cofondatore presidente tra fra sul sulla mentre però quando come inoltre " +
        "intanto infine altri altre tuttavia invece oltre " +
        // titles written with a capital ("Amministratore delegato"), which name no one
        "amministratore amministratrice delegato delegata vicepresidente vicepresidentessa dirigente " +
        // participles that open a sentence about someone ("Laureata al Politecnico…", « Diplômée de l'X… »)
        "laureato laureata nato nata cresciuto cresciuta arrivato arrivata entrato entrata diplômé diplômée née " +
        "arrivé arrivée entré entrée " +
        CalendarList + " " +
        // titles and roles
        "mr mrs ms dr prof mme mlle sig dott ing ceo cto cfo coo cso vp svp evp president vice chief officer " +
        "executive director head scientist scientists researcher engineer founder cofounder co-founder chairman " +
        "chairwoman partner principal fellow professor manager lead senior staff distinguished general counsel " +
        "ai agi ml llm team research superintelligence intelligence artificial generative model models machine " +
        "learning deep vision " +
        "product products division unit group spokesperson spokeswoman spokesman analyst " +
        // outlets
        "bloomberg reuters information wired verge times journal post financial street wall cnbc axios techcrunch " +
        "nikkei monde echos figaro libération corriere sole repubblica stampa guardian forbes fortune business " +
        "insider semafor register news press agence afp ansa kyodo asahi yomiuri mainichi decoder");

    private static readonly HashSet<string> OrganisationWords = Set(
        "labs lab laboratory laboratories technologies technology systems robotics research networks ventures capital " +
        "partners holdings bank inc incorporated corp corporation company co ltd llc plc gmbh ag sa sas spa srl nv bv " +
        "institute university université università universität college foundation fondation fondazione studios " +
        "politecnico polytechnique " +
        "studio dynamics computing cloud analytics software semiconductor semiconductors motors electronics " +
        "therapeutics biosciences aerospace industries group groupe gruppo ai ia intelligence machines " +
        "consulting media interactive games mobility energy health finance securities investments");

    private static readonly HashSet<string> InstitutionWords = Set(
        "university università université universität universidad politecnico polytechnique institute institut " +
        "istituto college école scuola");

    private static readonly HashSet<string> JapaneseSurnames = Set(
        "佐藤 鈴木 高橋 田中 伊藤 渡辺 渡邊 山本 中村 小林 加藤 吉田 山田 佐々木 山口 松本 井上 木村 林 斎藤 斉藤 清水 " +
        "山崎 森 池田 橋本 阿部 石川 山下 中島 石井 小川 前田 岡田 長谷川 藤田 後藤 近藤 村上 遠藤 青木 坂本 福田 " +
        "太田 西村 藤井 金子 岡本 藤原 中野 三浦 原田 中川 松田 竹内 小野 田村 中山 和田 石田 森田 上田 原 柴田 酒井 " +
        "工藤 横山 宮崎 宮本 内田 高木 安藤 島田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 増田 小山 " +
        "大塚 平野 菅原 久保 松井 千葉 岩崎 桜井 木下 野口 松尾 菊地 野村 新井 渡部 北條 北村 水野 宮内 吉川 山内 " +
        "小島 西田 菊池 市川 五十嵐 岡崎 大西 服部 松浦 松下 片山 樋口 川口 永井 黒田 荒木 栗原 大橋 本田 星野 " +
        "岩田 関 辻 西川 堀 早川 秋山 浅野 小松 根本 土屋 中田 大川 飯田 望月 川村 須藤 熊谷 久保田 矢野 平田 " +
        "内藤 河合 吉村 大久保 坂口 米田 小池 田口 石原 川上 奥村 中西 岡 大島 今村 安田 宮田 浜田 古川 松村 " +
        "榎本 竹田 長尾 新田 堀内 桑原 滝沢 相沢 白石 香川 長野 白井 神田 三上 篠原 成田 宇野 沢田 西 川崎 " +
        "梅田 井口 佐野 杉本 大石 松岡 東 高野 福島 大谷 小西 三宅 尾崎 上原 松原 森本 野田 小田 石橋");

    private static readonly HashSet<string> GivenNames = Set(
        "aaron abdul abdullah abel abigail abraham adam adele adeline adil aditi aditya adrian adriana adrien agnes " +
        "agnieszka ahmad ahmed aidan aiko aisha akira alain alan alba albert alberto alejandro aleksander aleksandra " +
        "alessandra alessandro alessia alex alexa alexander alexandra alexandre alexei alexis alfonso alfred ali " +
        "alice alicia alina alisha alison allison alma amadou amal amanda amara amber amelia amina amir amit amy ana " +
        "anand ananya anastasia anaïs anders andrea andreas andrei andrew andrés andy angela angelo anika anil anita " +
        "anja ankit ann anna anne annie anouk anthony antoine anton antonella antonio anya aoife arash arjun arnaud " +
        "arthur arun asha ashley astrid aurora aurélie ava axel ayesha aylin baptiste barbara bastien beatrice " +
        "beatriz ben benedetta benjamin bernard bernardo bertrand bianca bilal björn bjørn blake bogdan boris brandon " +
        "brian bruno bryan caitlin camila camille carla carlo carlos carmen carol carolina caroline cassandra " +
        "catherine cecilia charles charlie charlotte chen chiara chloe chloé chris christian christina christine " +
        "christopher claire clara claudia claudio clémence clément colin connor constance corentin cristina cédric " +
        "céline daisuke damien daniel daniela daniele danielle dario david davide deepa deepak denis dennis derek dev " +
        "diana diego dimitri dmitri dominik dominique dong-hyun dylan edoardo eduardo edward elena eleonora eli elias " +
        "elisa elisabeth eliza elizabeth ella ellen emanuele emil emile emily emma emmanuel enrico enzo eric erik " +
        "erika ernesto esra ethan ettore eva evan fabian fabien fabio fabrizio farah fatima federica federico felix " +
        "fernando filippo finn florence florian francesca francesco francis francisco franck frank franz françois " +
        "frédéric gabriel gabriele gabriella gaurav gaël george georgia giacomo gianluca gianni gilles giorgia " +
        "giorgio giovanna giovanni giulia giulio giuseppe grace gregory grégoire guillaume gustavo gérard hana hannah " +
        "hans haruka haruto hassan hee-jin helen helena henri henry hideo hina hiroki hiroshi hugo hyun hélène ian " +
        "ibrahim ida ifeoma igor ilaria ilya ingrid inès irene isaac isabel isabella isabelle ivan jack jacob jacopo " +
        "jacques jake james jan jana jane janet jasmine jason javier jean jeff jennifer jens jeremy jessica jia " +
        "jiahui jian jin jing joan joanna joel johan johannes john jonas jonathan jordan jorge joseph josh joshua " +
        "josé juan judith jules julia julian julie julien jun jun-ho justin jérôme kai karen karim karin karl kasper " +
        "kate katherine kathryn katie katrin kazuki keiko ken kenji kenza kevin khalid kim kofi kristina kumar kwame " +
        "lara laura laurent lea leila lena leon leonardo lin linda lisa liu lorenzo louis louise luca lucas lucia " +
        "lucie lucía luis luisa luka lukas luke lydia léa léo magnus mahmoud maja manon manuel marc marcel marco " +
        "marcus margaret margaux maria mariana marie marina mario mark marta martin martina mary mateo mathias " +
        "mathieu mathilde matteo matthew matthias max maxime maya mehdi mei mei-ling melissa mia michael michel " +
        "michela michele miguel mika mikhail min ming miriam mohamed mohammed monica nadia naoko naomi natalia " +
        "natasha nathalie nathan neha nicola nicolas nicole niklas nikolai nina noah noor nour océane olga oliver " +
        "olivia omar oscar pablo paolo patricia patrick paul paula pauline pedro peter philip philippe pierre pietro " +
        "pooja priya priyanka quentin rachel rafael rafaela rahul raj rajesh ralph ramón raphaël rebecca renata " +
        "ricardo riccardo richard rishabh rita robert roberta roberto robin rohan romain rosa ruben ryan sabrina " +
        "sakura salma sam samantha samir samuel sandra sanjay sara sarah sasha satoshi sean sebastian sergei sergio " +
        "shin shreya silvia simon simone sofia sophie soren stefan stefano stella stephanie stephen steven sung-min " +
        "susan sven sylvie sébastien takashi takeshi tanya taro teresa theo thomas théo tim timothy tobias tom " +
        "tommaso tomás valentin valentina valeria valerio vanessa vera victor victoria vikram vincent viola vivek " +
        "walter wang wei wen-hao william xavier yanis yann yasmin yasmine yuki yusuf yuto yves zainab zhang zoe zoé " +
        "élise élodie émilie étienne");

    private static HashSet<string> Set(string words) => Set(words, ' ');

    private static HashSet<string> Set(string words, char separator) =>
        new(words.Split(separator, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);
}
