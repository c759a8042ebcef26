using TalentBot.Core;

namespace TalentBot.Extraction;

internal sealed partial class Lexicon
{
    private const string JapaneseRoleNouns =
        "研究者|エンジニア|技術者|科学者|幹部|社員|従業員|共同創業者|創業者|責任者|副社長|社長|CEO|CTO|CSO|トップ|チーフ|研究員|執行役員|取締役|部長|本部長|所長|室長|リーダー|研究開発本部長|最高[^、。]{0,8}?責任者";

    /// <summary>What may follow a name before its particle: its spelling in Latin script in parentheses, then a title.</summary>
    private const string JapaneseHonorific = "(?:（[^）]{0,40}）|\\([^)]{0,40}\\))?(?:氏|さん|博士|教授|CEO|社長)?";

    private static Lexicon BuildJapanese() => new()
    {
        Language = Language.Japanese,
        VerbFinal = true,
        ProDrop = true,
        Triggers =
        [
            // "メタに入社してから": where the person already was when what follows happened.
            new(R("(?:入社|加入|参加|移籍|合流)(?:して(?:から|以来|わずか|まだ|間もな|すぐ)|した(?:後|あと|直後|ばかり)|後)"), MoveKind.Joined, MoverSide.Before, Scene: true),
            // "OpenAIに戻ると脅した", 「戻ると申し出た」: a threat or an offer to go back is a threat to leave where the person is now.
            new(R("(?:辞める|辞職する|退社する|退職する|辞任する|去る|離れる|移籍する|戻る|復帰する)(?:と|よう)(?:脅|警告|迫|ほのめか|示唆|申し出)|(?:辞任|退社|退職|移籍)をちらつか"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            // 「処遇が改善されなければxAIに移ると伝えた」: a move held out on a condition, told to someone, is a threat.
            new(R("(?<=(?:なければ|ないなら|なかったら)[^。]{0,30}?)(?:辞める|退社する|退職する|去る|離れる|移籍する|移る|転職する|戻る)と(?:[^。、]{0,10}?に)?(?:伝え|告げ|通告|言っ|漏らし)"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            new(R("(?:一度も|初日に?も?|結局)?(?:出社|出勤|勤務を開始|勤務開始|着任)(?:しなかった|しませんでした|せず|しないまま|することはなかった|することはありませんでした)|(?:初日に)?(?:姿を(?:見せ|現さ)(?:なかった|ませんでした)|現れ(?:なかった|ませんでした))|入社を(?:取りやめ|撤回)"),
                MoveKind.NeverStarted, MoverSide.Before),
            new(R("(?:オファー|誘い|申し出|打診|提案|勧誘|招へい|招聘)を(?:断|拒|辞退|蹴)|(?:移籍|入社|就任)を辞退|(?<![入])辞退した"), MoveKind.DeclinedOffer, MoverSide.Before),
            new(R("戻る|戻っ|戻り|復帰|出戻|再入社|再び加わ"), MoveKind.Returned, MoverSide.Before),
            new(R("就任|昇格|昇進"), MoveKind.Appointed, MoverSide.Before),
            new(R("任命|起用|抜擢"), MoveKind.Appointed, MoverSide.After),
            new(R("引き抜|獲得|採用|招聘|招へい|迎え入れ|雇用|雇っ|スカウト"), MoveKind.Joined, MoverSide.After),
            // "マイクロソフト入社前には": what someone did before a move is no move.
            new(R("(?:入社|加入|参加|移籍|転職|合流)(?!前)|加わ|移っ|移る|移り|(?<!(?:年|月|期|週|代|時代|段階)に)入っ(?=[たて])|と(?:雇用)?契約|に籍を移|(?:働き|勤め)始め|勤務を開始"), MoveKind.Joined, MoverSide.Before),
            new(R("(?:退社|退職|辞職|辞任|退任|離脱)(?!前)|去っ|去る|去り|離れ|辞め|を後に"), MoveKind.Left, MoverSide.Before),
        ],
        ClauseBreak = R("しかし|ただし|だが|ものの|一方|けれど|けど|；|;|(?<=[たるいすだ])が、"),
        GroupNaming = R("^(?:これは|その(?:うち|中)(?:に)?は|内訳は|具体的には)"),
        Also = R("(?:氏|さん)?(?:ら)?も(?:、)?"),
        Then = R("(?:し|た)?(?:後|あと)、?|その後|を経て"),
        SpeechVerb = R("(?:と|って)(?:述べ|語|話|説明|明か|強調|発表|コメント|指摘)|によると|によれば"),
        LeadingAside = R("(?:^|(?<=、))[^、。]{0,24}?(?:によると|によれば|に加え(?:て)?)"),
        PrepositionBefore = R(Never),
        RelativeHeadGap = R("^(?:した|する|して(?:いる|いた)|した後の|した直後の|していた|た|る|ている|ていた|(?:さ|ら|か)れ(?:た|る|ていた))?(?:[^、。はがを]{0,14}?(?:の|である))?$"),
        PassiveAfter = R("^(?:さ|ら|か)?れ"),
        CleftAfter = R("^(?:っ|し|い|ん|り)?(?:た|だ)のは、?"),
        SubjectMarkerAfter = R("^" + JapaneseHonorific + "(?:ら|たち)?(?:は|が|も)(?!ら)"),
        ObjectMarkerAfter = R("^" + JapaneseHonorific + "(?:ら|たち)?を"),
        // "田中氏のメタへの移籍", "田中氏の突然の退社": the name owns the move noun; in "田中氏のチームから研究者を採用" a case
        // particle between makes the name the owner of something else (the team the hire comes from). "A氏、B氏の3名が
        // …移籍" names the group that moved.
        PossessorGap = R("^" + JapaneseHonorific + "の(?:(?:(?!から(?!の)|を|で|が|は)[^、。]){0,16}(?:への|からの|の|))?$" +
                         "|^" + JapaneseHonorific + "の[\\d０-９一二三四五六七八九十]+(?:名|人)(?:全員)?(?:が|は|も)[^、。]{0,16}$"),
        VerbChain = R("^(?:て(?![いおきしま])|し(?:て(?![いおきしま]))?、?)"),
        Pronouns =
        [
            new(R("彼女(?=の)"), Gender.Feminine, Possessive: true),
            new(R("彼(?![女ら])(?=の)"), Gender.Masculine, Possessive: true),
            new(R("彼女(?!ら)"), Gender.Feminine),
            new(R("彼(?![女ら])"), Gender.Masculine),
            new(R("彼ら|彼女ら"), Gender.Unknown, Plural: true),
        ],
        Descriptions =
        [
            new(R("同氏|同研究者|同博士|同教授"), Gender.Unknown),
        ],
        CompanyReference = R("同社|同ラボ|同研究所|同グループ|同スタートアップ"),
        OwnCompanyReference = R("当社|弊社|当グループ|わが社|我が社"),
        // The past ending a few characters after the phrase: 「退社した」「移っていた」, not 「移る予定」「移りたい」.
        CompletedForm = R("^[^、。]*?(?:し|さ|され|れ|っ|い|り|め|き|け)?た(?![いらめ])"),
        StayStartAfter = R("^以来"),
        GenericSubject = R("(?:たち|ら|陣|者|員|幹部|人材|人々|メンバー|[\\d０-９十数]+人(?:以上|超|ほど)?)(?:は|が|も)"),
        NonMoverBefore = R("(?:広報|広報担当者?|アナリスト|記者|人事担当)(?:の|である)?、?$"),
        NonMoverAfter = R("^(?:氏|さん)?（(?:広報|アナリスト|記者)"),
        PersonTitleBefore = R(Never),
        PersonRoleBefore = R("(?:" + JapaneseRoleNouns + "|アナリスト|広報担当)(?:の|である|、)?$"),
        PersonCueAfter = R("^(?:氏|さん|博士|教授)"),
        SlotBefore = R(Never),
        SlotAfter = R("^(?:（[^）]{0,40}）|\\([^)]{0,40}\\))?(?:社内|社|内部|内)?(?:(?<w>から|より|へ|に|を|で|は|が|出身)|(?<w>と)(?=(?:雇用|正式に|入社)?契約))"),
        SlotOfWord = word => word switch
        {
            "から" or "より" => Slot.From,
            "へ" or "に" or "と" => Slot.To,
            "を" => Slot.Object,
            "で" => Slot.At,
            "は" or "が" => Slot.Subject,
            "出身" => Slot.Former,
            _ => Slot.None,
        },
        SchoolAfter = R("^(?:を|の)(?:卒業|修了|中退)|^(?:で|にて)(?:博士号|修士号|学位)"),
        BirthplaceAfter = R("^(?:県|府|市|州)?(?:生まれ|育ち)"),
        CreatorOfAfter = R("^の(?:共同)?(?:開発者|生みの親|考案者)|^の共同(?:創設者|創業者)"),
        FormerBefore = R("(?:元|前)$"),
        // "で働き始めた" starts a job there: the place is where the person went, not where they used to be.
        FormerAfter = R("^(?:社)?出身|^(?:社)?(?:の)?(?:OB|OG)"),
        // "OpenAIで働いた後、": the job a move right after it leaves.
        StintAfter = R("^(?:社)?で[^、。]{0,12}?(?:働|勤務し|勤め|在籍し)(?:いた|た|て)?(?:後|あと)"),
        UnitAfter = R("^(?:社)?の[^、。]{0,14}?(?:チーム|部門|研究所|ラボ|部署|研究部|開発部|事業部|組織|プロジェクト)(?:に|へ|を|から)"),
        // "OpenAIで…を率いていた", "OpenAIに5年間在籍しており": where the person worked until the move.
        RoleAfter = R("^(?:社)?の(?:[^\\s、。]{0,6}?)(?:" + JapaneseRoleNouns + ")|^(?:社)?(?:（[^）]{0,20}）)?(?:の[^、。]{0,8}?)?で[^、。]{0,20}?(?:働(?!き始)|勤務(?!を?開始)|勤め(?!始)|在籍|率い|担当|担っ|携わ|従事|手が|統括|務め|開発し|研究し)|^(?:社)?に[^、。]{0,8}?(?:在籍|勤務|勤め)"),
        OfferNounAfter = R("^(?:社)?(?:から)?の(?:[^、。]{0,8}?)(?:オファー|誘い|打診|提示)"),
        CoordinationStart = R("^(?:、|と)"),
        Coordination = R(@"^(?:\s*(?:、|,|と|や|および|及び|ならびに|氏|さん|(?:彼|彼女)の同僚(?:の|である)?)\s*)+$"),
        UnknownOrgCueBefore = R(Never),
        // "Orbitalで働き始めた": where someone works.
        UnknownOrgCueAfter = R("^(?:社)?(?:に(?:入社|移籍|加わ|参加|合流|復帰|戻|移)|を(?:退社|退職|辞め|去|離れ|後に)|から|へ|出身|と(?:雇用)?契約|で(?:働|勤め|勤務)|の(?:研究者|社員|エンジニア|幹部|創業者|共同創業者))"),
        NegationBefore = R(Never),
        NegationAfter = R(@"^[\p{IsHiragana}]{0,8}?(?:ない|なかった|ず(?![\p{IsHiragana}])|ません)|^(?:を|の)?(?:否定|否認)|^[\p{IsHiragana}]{0,6}?わけでは" +
                         @"|^[\p{IsHiragana}]{0,8}?(?:という|との)[^、。]{0,6}?(?:否定|否認|誤り|誤報|事実ではな|事実無根)|^[^、。]{0,4}?(?:は|が|も)(?:事実ではな|事実でな|事実無根|誤り|誤報)"),
        Speculation = R("可能性|噂|うわさ|かどうか|と(?:み|見)られ|模様|交渉中|交渉して|交渉を|検討|観測|取り沙汰|憶測|との見方|かもしれない|だろう|予想|浮上"),
        Hypothetical = R("もし|仮に|ならば|(?<!によ)れば(?!かり)|たら(?!しい)|場合には"),
        AttemptBefore = R(Never),
        AttemptAfter = R(@"^[\p{IsHiragana}]{0,3}?(?:ため|ための)|^[\p{IsHiragana}]{0,3}?(?:こう|おう|よう|ろう)と|^[\p{IsHiragana}]{0,4}?(?:目指|狙|試み|画策|動い)|^に向け|^[\p{IsHiragana}]{0,2}?の対象"),
        OfferBefore = R(Never),
        OfferAfter = R("^(?:の)?(?:オファー|誘い|打診|提案|条件|話)|^を(?:辞退|断|拒)|^(?:し|する)?よう(?:に)?(?:誘|打診|説得|求め)"),
        Denial = R("否定|否認|事実ではな|事実無根|誤報|誤り(?:だ|で)|訂正"),
        Stays = R("(?:に|で)(?:残留|とどま|留ま|残る|残った|残ること)"),
        OfferMade = R("オファー|打診|提示|誘い|勧誘|引き抜きを(?:試み|図)"),
        PayCue = R("報酬|年俸|給与|契約金|ボーナス|待遇|パッケージ|総額|年収"),
        DealCue = R("買収|評価額|調達|出資|投資|売上|取引|契約額|提携"),
        // "グーグルは今年、12人の研究者をOpenAIに引き抜かれた": the subject of a loss is where they came from.
        OrganisationArmAfter = R(@"\G(?:ジャパン|日本法人|日本支社|日本オフィス|日本事業)"),
        CountAfter = R(@"^(?:社)?(?:(?:から|出身(?:者)?)(?:は|が|の|も)?(?:[^、。\d０-９]{0,12}?、?[^、。\d０-９]{0,8}?)|(?:は|が)(?=[^。]{0,40}?(?:引き抜かれ|奪われ|失っ|失い))(?:[^、。\d０-９]{0,12}?)、?|の(?:元)?(?:" + JapaneseRoleNouns + @")(?:が|を|は)?)(?<bound>少なくとも|約|およそ|最低)?(?<n>十数|数十|[\d０-９]{1,4})\s?人(?<after>以上|超え|超|強|ほど|程度|近く|前後|余り|あまり)?"),
        StaffSizeBefore = R("(?:従業員|社員数|総勢|チーム)(?:数)?(?:は|が)?(?:約|およそ)?$"),
        StaffSizeAfter = R("^\\s?人(?:規模|体制)"),
        CountWords = new CountWords(
            new Dictionary<string, int> { ["十数"] = 10 },
            new Dictionary<string, int> { ["数十"] = 20 },
            bound => bound switch
            {
                "少なくとも" or "最低" or "以上" => CountBound.AtLeast,
                "超え" or "超" or "強" or "余り" or "あまり" => CountBound.MoreThan,
                "" => CountBound.Exactly,
                _ => CountBound.About,
            },
            new Dictionary<string, CountBound> { ["十数"] = CountBound.MoreThan }),
    };
}
