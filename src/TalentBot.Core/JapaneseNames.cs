using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace TalentBot.Core;

/// <summary>How well a Latin spelling reads a Japanese name written in kanji.</summary>
public enum KanjiNameReading
{
    /// <summary>It does not: no word is the surname's reading, or the given name reads otherwise.</summary>
    None,

    /// <summary>A word is the surname's reading; the given name is absent from the spelling or cannot be checked.</summary>
    Surname,

    /// <summary>The surname and the given name both read so.</summary>
    Full,
}

/// <summary>
/// Japanese names written in kanji and their Latin spellings ("Daisuke Nakamura", "Nakamura Daisuke", "Sasaki" for
/// 中村大輔 and 佐々木翔), which a question in another language uses for someone a Japanese article names only in kanji.
/// A kanji name has no reading of its own, so this reads it through two tables: common surnames with the readings
/// they take, and the readings common given-name kanji take in names (nanori included: 大翔 is hiro + to). A
/// surname outside the table reads as nothing, so an unknown name is never matched on a guess. Spellings are
/// compared after Hepburn's variants are folded away: long vowels (ō, ou, oo, oh before a consonant), m before b, m
/// and p, and the apostrophe or hyphen of "Shin'ichi" and "Ken-ichi".
/// Written by hand: no library served here reads kanji (no MeCab, Kuromoji or kakasi port), and a name's reading is
/// a dictionary's matter that no rule derives.
/// Stateless; safe to share across threads.
/// </summary>
public static partial class JapaneseNames
{
    /// <summary>A surname's kanji and its readings, the usual first.</summary>
    private const string SurnameTable =
        "佐藤:sato 鈴木:suzuki 高橋:takahashi 田中:tanaka 伊藤:ito 渡辺:watanabe 渡邊:watanabe 渡邉:watanabe 渡部:watanabe/watabe " +
        "山本:yamamoto 中村:nakamura 小林:kobayashi 加藤:kato 吉田:yoshida 山田:yamada 佐々木:sasaki 山口:yamaguchi " +
        "松本:matsumoto 井上:inoue 木村:kimura 林:hayashi 斎藤:saito 斉藤:saito 齋藤:saito 清水:shimizu 山崎:yamazaki/yamasaki " +
        "森:mori 池田:ikeda 橋本:hashimoto 阿部:abe 石川:ishikawa 山下:yamashita 中島:nakajima/nakashima 石井:ishii " +
        "小川:ogawa 前田:maeda 岡田:okada 長谷川:hasegawa 藤田:fujita 後藤:goto 近藤:kondo 村上:murakami 遠藤:endo " +
        "青木:aoki 坂本:sakamoto 福田:fukuda 太田:ota 大田:ota 西村:nishimura 藤井:fujii 金子:kaneko 岡本:okamoto " +
        "藤原:fujiwara 中野:nakano 三浦:miura 原田:harada 中川:nakagawa 松田:matsuda 竹内:takeuchi 小野:ono 田村:tamura " +
        "中山:nakayama 和田:wada 石田:ishida 森田:morita 上田:ueda 原:hara 内田:uchida 柴田:shibata 酒井:sakai " +
        "宮崎:miyazaki 横山:yokoyama 高木:takagi 安藤:ando 宮本:miyamoto 大野:ono 小島:kojima 谷口:taniguchi 今井:imai " +
        "工藤:kudo 高田:takada 増田:masuda 丸山:maruyama 杉山:sugiyama 村田:murata 大塚:otsuka 新井:arai 荒井:arai " +
        "小山:koyama 平野:hirano 藤本:fujimoto 河野:kono/kawano 上野:ueno 野口:noguchi 武田:takeda 竹田:takeda 松井:matsui " +
        "千葉:chiba 岩崎:iwasaki 菅原:sugawara 木下:kinoshita 久保:kubo 佐野:sano 野村:nomura 松尾:matsuo 市川:ichikawa " +
        "菊地:kikuchi 菊池:kikuchi 杉本:sugimoto 古川:furukawa 大西:onishi 島田:shimada 水野:mizuno 桜井:sakurai " +
        "櫻井:sakurai 高野:takano 吉川:yoshikawa 山内:yamauchi 西田:nishida 飯田:iida 菅野:sugano/kanno 服部:hattori " +
        "吉村:yoshimura 小松:komatsu 北村:kitamura 大橋:ohashi 岩田:iwata 松下:matsushita 中田:nakata/nakada 星野:hoshino " +
        "吉岡:yoshioka 森本:morimoto 小池:koike 浅野:asano 大久保:okubo 荒木:araki 川口:kawaguchi 松岡:matsuoka " +
        "田口:taguchi 須藤:sudo 本田:honda 永井:nagai 中西:nakanishi 堀:hori 北川:kitagawa 宮田:miyata 川村:kawamura " +
        "片山:katayama 関:seki 岡:oka 黒田:kuroda 望月:mochizuki 平田:hirata 上原:uehara 高山:takayama 長田:nagata/osada " +
        "西川:nishikawa 秋山:akiyama 大川:okawa 福島:fukushima 土屋:tsuchiya 奥村:okumura 松村:matsumura 石原:ishihara " +
        "三宅:miyake 岡崎:okazaki 西山:nishiyama 小西:konishi 大島:oshima 福井:fukui 桑原:kuwahara 川上:kawakami " +
        "篠原:shinohara 石橋:ishibashi 松浦:matsuura 白石:shiraishi 中谷:nakatani 野田:noda 久保田:kubota 栗原:kurihara " +
        "坂口:sakaguchi 大谷:otani 平井:hirai 北野:kitano 森川:morikawa 小田:oda 吉野:yoshino 浜田:hamada 濱田:hamada " +
        "細川:hosokawa 早川:hayakawa 藤村:fujimura 岸:kishi 長尾:nagao 今村:imamura 青山:aoyama 三上:mikami 沢田:sawada " +
        "澤田:sawada 熊谷:kumagai 川崎:kawasaki 大森:omori 根本:nemoto 尾崎:ozaki 江口:eguchi 竹中:takenaka 二宮:ninomiya " +
        "石黒:ishiguro 村井:murai 宮下:miyashita 大石:oishi 岡村:okamura 上村:uemura/kamimura 松山:matsuyama 牧野:makino " +
        "東:higashi/azuma 北島:kitajima 水谷:mizutani 矢野:yano 森山:moriyama 坂井:sakai 三木:miki 樋口:higuchi " +
        "西尾:nishio 神田:kanda 岩本:iwamoto 堀江:horie 内藤:naito 安田:yasuda 大山:oyama 田島:tajima 奥田:okuda " +
        "杉浦:sugiura 宮川:miyakawa 佐久間:sakuma 小澤:ozawa 小沢:ozawa 関口:sekiguchi 本間:honma 榎本:enomoto 西:nishi " +
        "川田:kawada 平山:hirayama 野中:nonaka 山中:yamanaka 坂田:sakata 三好:miyoshi 岸本:kishimoto 松原:matsubara " +
        "豊田:toyoda 前川:maekawa 小野寺:onodera 北條:hojo 北条:hojo 宮内:miyauchi 石塚:ishizuka 村山:murayama " +
        "野本:nomoto 大木:oki 高須:takasu 古田:furuta 宇野:uno 安部:abe 河合:kawai 落合:ochiai 小泉:koizumi 岩井:iwai " +
        "新田:nitta 金田:kaneda 角田:kakuta/tsunoda 平松:hiramatsu 福原:fukuhara 吉原:yoshihara 中原:nakahara 大竹:otake " +
        "長野:nagano 手塚:tezuka 山根:yamane 白井:shirai 岩瀬:iwase 杉田:sugita 木内:kiuchi 米田:yoneda 宮原:miyahara";

    /// <summary>The readings a kanji takes in given names.</summary>
    private const string GivenNameTable =
        "一:ichi/kazu/hajime/i 二:ji/ni/tsugu 三:zo/mitsu/san 四:shi 五:go 太:ta/futo 大:dai/hiro/o/ta/masa/tomo " +
        "郎:ro 朗:ro/akira/aki 介:suke 輔:suke/ho 助:suke 祐:yu/suke/hiro 佑:yu/suke 亮:ryo/akira/suke " +
        "翔:sho/to/kakeru/ka 斗:to 人:to/hito/jin 仁:jin/hitoshi/hito/ni 健:ken/takeshi/take/tsuyoshi 剛:tsuyoshi/go/takeshi " +
        "武:takeshi/take/mu 毅:tsuyoshi/takeshi/ki 真:ma/shin/makoto/masa 理:ri/osamu/masa 彩:aya/sai 由:yu/yoshi " +
        "紀:ki/nori 子:ko 美:mi/yoshi 咲:saki/sa 恵:megumi/kei/e/megu 直:nao/tada 樹:ki/ju/itsuki 拓:taku/hiro 也:ya/nari " +
        "哉:ya 弥:ya/mi 翼:tsubasa 蓮:ren 陽:yo/haru/hi/akira 悠:yu/haruka/hisa 誠:makoto/sei/masa 隆:takashi/ryu/taka " +
        "浩:hiroshi/ko/hiro 博:hiroshi/hiro 弘:hiroshi/hiro 寛:hiroshi/kan/hiro 洋:hiroshi/yo/hiro 宏:hiroshi/hiro/ko " +
        "明:akira/aki/mei/ake 聡:satoshi/sato 智:satoshi/tomo/chi 哲:tetsu/satoshi 修:osamu/shu 治:osamu/ji/haru " +
        "学:manabu/gaku 勇:isamu/yu 豊:yutaka/toyo 実:minoru/mi 進:susumu/shin 茂:shigeru/shige 清:kiyoshi/sei/kiyo " +
        "正:tadashi/masa/sei/sho 雄:o/yu/takeshi 夫:o/fu 男:o 彦:hiko 和:kazu/wa 康:yasu/ko 泰:yasu/tai 裕:yu/hiro " +
        "優:yu/masaru 雅:masa 昌:masa/sho 将:masa/sho 晃:akira/ko/aki 光:hikaru/mitsu/ko 輝:hikaru/teru/ki 達:tatsu " +
        "次:ji 司:tsukasa/ji 史:shi/fumi 志:shi/yuki 士:shi 信:nobu/shin 伸:nobu/shin 秀:hide/shu 英:hide/ei " +
        "俊:shun/toshi 敏:toshi/satoshi 利:toshi/ri 孝:takashi/taka 貴:taka/ki 高:taka 崇:takashi/taka 敬:takashi/kei " +
        "啓:kei/hiro 圭:kei 慶:kei 賢:ken/masaru 謙:ken 憲:ken/nori 航:wataru/ko 渉:wataru/sho 駿:shun 春:haru/shun " +
        "晴:haru/sei 陸:riku 海:kai/umi/mi 空:sora 颯:so/hayate 蒼:so/aoi 湊:minato 結:yui/yu 愛:ai/mana 菜:na 奈:na " +
        "香:ka/kaori 花:hana/ka 華:hana/ka 葉:ha/yo 凛:rin 里:ri/sato 莉:ri 沙:sa 紗:sa 早:sa 桜:sakura 千:chi/kazu " +
        "知:tomo/chi 友:tomo/yu 朋:tomo 幸:yuki/ko/sachi 雪:yuki 久:hisa/ku 麻:ma/asa 亜:a 絵:e 江:e 舞:mai 衣:i/e " +
        "唯:yui 穂:ho 保:ho/yasu 歩:ayumi/ayu/ho 綾:aya 純:jun/sumi 潤:jun 淳:jun/atsushi 敦:atsushi 徹:toru/tetsu " +
        "透:toru 功:isao/ko 涼:ryo 良:ryo/yoshi 遼:ryo 龍:ryu/tatsu 竜:ryu/tatsu 隼:hayato/shun/haya 奏:kanade/so " +
        "葵:aoi 希:ki/nozomi 望:nozomi 未:mi 来:ki/rai 記:ki/nori 則:nori 徳:nori/toku 典:nori 章:akira/sho/aki " +
        "彰:akira/sho/aki 昭:akira/sho/aki 匠:takumi 巧:takumi 忠:tada/tadashi 義:yoshi 善:yoshi 佳:ka/yoshi/kei " +
        "芳:yoshi/ka 吉:yoshi 喜:ki/yoshi 慎:shin 新:shin 心:shin/kokoro 晋:shin 均:hitoshi 周:shu 之:yuki/no/shi " +
        "行:yuki 秋:aki 平:hei 兵:hei 衛:e/ei 蔵:zo 造:zo 吾:go 悟:satoru/go 護:mamoru 守:mamoru 岳:gaku/takeshi " +
        "卓:taku 勝:katsu/masaru 克:katsu 尋:hiro 広:hiro 恭:kyo/yasu 京:kyo/kei 薫:kaoru 遥:haruka 怜:rei 玲:rei " +
        "礼:rei 稔:minoru 昇:noboru/sho 登:noboru 晶:akira/aki/sho 朝:asa/tomo 瞳:hitomi 詩:shi/uta 織:ori 静:shizuka " +
        "力:chikara/riki 栄:ei/sakae 永:ei/hisa 瑛:ei 映:ei 泉:izumi 純:jun 文:fumi/bun 彦:hiko 孝:ko 耕:ko 浩:ko " +
        "宗:so/mune 総:so 壮:so 聖:sei/sho/kiyo 成:sei/nari/shige 誠:sei 静:sei 征:sei/yuki 星:sei/hoshi 智:chi " +
        "道:michi 満:mitsu 充:mitsu 路:michi/ro 直:sugu 優:yu 勇:yu 有:yu/ari 雄:yu 侑:yu 夏:natsu/ka 冬:fuyu " +
        "恵:kei 慧:kei/satoshi 景:kei 啓:kei 桂:kei 拓:taku 琢:taku 卓:taku 匡:tadashi/masa 真:sana 早:haya";

    private static readonly FrozenDictionary<string, string[]> Surnames = Parse(SurnameTable);

    private static readonly FrozenDictionary<string, string[]> GivenNameKanji = Parse(GivenNameTable);

    /// <summary>Each reading's surnames, for looking a Latin word up.</summary>
    private static readonly FrozenDictionary<string, string[]> SurnamesByReading = Surnames
        .SelectMany(s => s.Value.Select(reading => (Reading: reading, Kanji: s.Key)))
        .GroupBy(p => p.Reading, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Kanji).ToArray(), StringComparer.Ordinal);

    private const int LongestSurname = 3;

    /// <summary>The kanji surnames that a word of <paramref name="latinName"/> reads as ("Nakamura" → 中村).</summary>
    public static IReadOnlyList<string> SurnamesReadIn(string latinName)
    {
        ArgumentNullException.ThrowIfNull(latinName);
        return Words(latinName)
            .SelectMany(word => SurnamesByReading.TryGetValue(word, out var kanji) ? kanji : [])
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// How <paramref name="latinName"/> (one or two words, in either order) reads <paramref name="kanjiName"/> (a
    /// surname of the table, then a given name in kanji or kana).
    /// </summary>
    public static KanjiNameReading Reads(string kanjiName, string latinName)
    {
        ArgumentNullException.ThrowIfNull(kanjiName);
        ArgumentNullException.ThrowIfNull(latinName);
        var words = Words(latinName);
        var name = string.Concat(kanjiName.Where(c => !char.IsWhiteSpace(c) && c != '・'));
        if (words.Count is 0 or > 2 || name.Length == 0 || !Scripts.IsHan(name[0])) return KanjiNameReading.None;
        var best = KanjiNameReading.None;
        for (var length = Math.Min(LongestSurname, name.Length); length >= 1; length--)
        {
            if (!Surnames.TryGetValue(name[..length], out var readings)) continue;
            var given = name[length..];
            for (var i = 0; i < words.Count; i++)
            {
                if (!readings.Contains(words[i], StringComparer.Ordinal)) continue;
                if (words.Count == 1) return KanjiNameReading.Surname;
                switch (GivenNameReads(given, words[1 - i]))
                {
                    case true: return KanjiNameReading.Full;
                    case null: best = KanjiNameReading.Surname; break;
                }
            }
        }
        return best;
    }

    /// <summary>
    /// Whether <paramref name="word"/> reads the given name: true or false where every kanji of it is in the table,
    /// null where one is not (or the name is absent), since a missing reading says nothing against the spelling.
    /// </summary>
    private static bool? GivenNameReads(string given, string word)
    {
        if (given.Length == 0) return null;
        var parts = new List<string[]>(given.Length);
        for (var i = 0; i < given.Length; i++)
        {
            var c = given[i];
            if (c == '々' && i > 0) parts.Add(parts[^1]);
            else if (Scripts.IsKana(c))
            {
                var kana = new string(given[i..].TakeWhile(Scripts.IsKana).ToArray());
                parts.Add([Fold(Transliteration.Romanise(kana))]);
                i += kana.Length - 1;
            }
            else if (GivenNameKanji.TryGetValue(c.ToString(), out var readings)) parts.Add(readings);
            else return null;
        }
        return Spells(parts, 0, word, 0);
    }

    private static bool Spells(List<string[]> parts, int part, string word, int at)
    {
        if (part == parts.Count) return at == word.Length;
        foreach (var reading in parts[part])
            if (at + reading.Length <= word.Length && string.CompareOrdinal(word, at, reading, 0, reading.Length) == 0 && Spells(parts, part + 1, word, at + reading.Length))
                return true;
        return false;
    }

    private static List<string> Words(string latinName) =>
        TextFolding.Fold(WithinWord().Replace(latinName, ""))
            .Split([' ', '\u3000', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(Fold)
            .Where(w => w.Length > 0)
            .ToList();

    /// <summary>
    /// A folded romanised word (lower case, accents gone: <see cref="TextFolding.Fold"/>) without Hepburn's variants:
    /// "Ōno", "Oono", "Ohno" and "Ono" are one spelling.
    /// </summary>
    private static string Fold(string s)
    {
        var folded = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var after = i + 1 < s.Length ? s[i + 1] : '\0';
            var before = folded.Length > 0 ? folded[^1] : '\0';
            // ou, oo and uu are long vowels; so is the h of "Ohno" before a consonant or at the end.
            if (c == 'u' && before is 'o' or 'u' && !IsVowel(after) || c == 'o' && before == 'o') continue;
            if (c == 'h' && before == 'o' && !IsVowel(after) && after != 'y') continue;
            folded.Append(c == 'm' && after is 'b' or 'm' or 'p' ? 'n' : c);
        }
        return folded.ToString();
    }

    /// <summary>The apostrophe or hyphen inside a romanised word ("Shin'ichi", "Ken-ichi").</summary>
    [GeneratedRegex(@"(?<=\p{L})['’-](?=\p{L})")]
    private static partial Regex WithinWord();

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static FrozenDictionary<string, string[]> Parse(string table) =>
        table.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => entry.Split(':'))
            .GroupBy(pair => pair[0], StringComparer.Ordinal)
            .ToFrozenDictionary(
                g => g.Key,
                g => g.SelectMany(pair => pair[1].Split('/')).Select(Fold).Distinct(StringComparer.Ordinal).ToArray(),
                StringComparer.Ordinal);
}
