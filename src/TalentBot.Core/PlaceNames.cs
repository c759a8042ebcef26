using System.Collections.Frozen;

namespace TalentBot.Core;

/// <summary>
/// Cities, regions and countries the talent war's news names, in the four languages' spellings (Zurich, Zurigo,
/// チューリッヒ): never a person and never an employer. The extractor skips them when it looks for names, and a free
/// question that names one ("…a Zurigo?") is not asking about someone the articles must name.
/// </summary>
public static class PlaceNames
{
    /// <summary>Whether <paramref name="name"/> is a known place, whatever its case.</summary>
    public static bool Contains(string name) => Places.Contains(name);

    private static readonly FrozenSet<string> Places = (
        "san francisco|silicon valley|california|calif|new york|london|paris|tokyo|milan|milano|rome|roma|zurich|zürich|" +
        "seattle|beijing|shanghai|shenzhen|hangzhou|china|japan|france|italy|europe|america|united states|" +
        "united kingdom|uk|us|usa|bay area|palo alto|menlo park|mountain view|washington|toronto|montreal|montréal|" +
        "berlin|munich|münchen|londres|pékin|chine|italie|japon|giappone|cina|stati uniti|états-unis|francia|parigi|" +
        "londra|europa|asia|india|israel|israël|tel aviv|canada|cambridge|oxford|boston|austin|texas|singapore|" +
        "singapour|seoul|séoul|korea|corée|corea|cupertino|redmond|sunnyvale|hong kong|taiwan|italia|germania|" +
        "germany|allemagne|spagna|spain|espagne|svizzera|suisse|switzerland|inghilterra|angleterre|england|" +
        "regno unito|royaume-uni|lyon|marseille|toulouse|grenoble|nice|bordeaux|lille|nantes|torino|turin|bologna|" +
        "napoli|naples|firenze|florence|genova|venezia|venice|trento|pisa|osaka|kyoto|yokohama|fukuoka|sapporo|" +
        "nagoya|amsterdam|madrid|barcelona|dublin|stockholm|helsinki|oslo|copenhagen|vienna|vienne|geneva|genève|" +
        "ginevra|lausanne|edinburgh|bangalore|bengaluru|hyderabad|mumbai|delhi|sydney|melbourne|dubai|riyadh|" +
        "abu dhabi|doha|taipei|vancouver|los angeles|chicago|atlanta|denver|pittsburgh|new jersey|virginia|" +
        "massachusetts|brooklyn|manhattan|montparnasse|la défense|île-de-france|lombardia|lombardy|piemonte|" +
        "東京|大阪|京都|横浜|名古屋|福岡|札幌|シリコンバレー|サンフランシスコ|ニューヨーク|ロンドン|パリ|チューリッヒ|" +
        "シアトル|メンローパーク|パロアルト|クパチーノ|北京|上海|深圳|米国|アメリカ|日本|中国|英国|フランス|イタリア|" +
        "ドイツ|スイス|スウェーデン|カナダ|インド|韓国|台湾|シンガポール|欧州|ヨーロッパ|" +
        "zurigo|lisbona|lisbonne|bruxelles|anversa|monaco di baviera|varsavia|varsovie|praga|prague|atene|athènes|" +
        "copenaghen|stoccolma|amburgo|francoforte|francfort|pechino|tokio|seul|singapur")
        .Split('|', StringSplitOptions.RemoveEmptyEntries)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
