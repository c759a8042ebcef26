using TalentBot.Core;

namespace TalentBot.Extraction;

internal sealed partial class Lexicon
{
    /// <summary>A pattern that matches nothing, for cues Japanese expresses on the other side of the word.</summary>
    private const string Never = "(?!)";

    private const string JapaneseRoleNouns = "研究者|エンジニア|技術者|科学者|幹部|社員|従業員|共同創業者|創業者|責任者|副社長|社長|トップ|チーフ|研究員";

    private static Lexicon BuildJapanese() => new()
    {
        Language = Language.Japanese,
        VerbFinal = true,
        ProDrop = true,
        Triggers =
        [
            // "メタに入社してから", "メタに入社したアナ・ルイス氏": where the person already was when what follows happened.
            new(R("(?:入社|加入|参加|移籍|合流)(?:して(?:から|以来)|した(?:後|あと|直後|ばかり)|後)|(?:(?:入社|加入|移籍|合流)した|(?:働き|勤め)始めた)(?=[\u30A1-\u30FA\u30FC・]+(?:氏|さん)|[\u30A1-\u30FA\u30FC]+[・･][\u30A1-\u30FA\u30FC]+(?:が|は)|[\u4E00-\u9FFF]{2,4}(?:氏|さん)" +
                  // "入社した機械学習科学者のカイ・メンデス": a role noun may stand between the joining and the name.
                  "|[^、。]{0,12}?(?:" + JapaneseRoleNouns + ")の(?:[\u30A1-\u30FA\u30FC]+[・･][\u30A1-\u30FA\u30FC]+|[\u4E00-\u9FFF]{2,4}(?:氏|さん)))"),
                MoveKind.Joined, MoverSide.Before, SetsScene: true),
            // "OpenAIに戻ると脅した": a threat to go back is a threat to leave where the person is now.
            new(R("(?:辞める|辞職する|退社する|退職する|辞任する|去る|離れる|移籍する|戻る|復帰する)(?:と|よう)(?:脅|警告|迫|ほのめか)|辞任をちらつか"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            new(R("(?:一度も|初日に?も?|結局)?(?:出社|出勤|勤務を開始|勤務開始|着任)(?:しなかった|せず|しないまま|することはなかった)|(?:初日に)?(?:姿を(?:見せ|現さ)なかった|現れなかった)"),
                MoveKind.NeverStarted, MoverSide.Before),
            new(R("(?:オファー|誘い|申し出|打診|提案|勧誘)を(?:断|拒|辞退|蹴)|辞退"), MoveKind.DeclinedOffer, MoverSide.Before),
            new(R("戻る|戻っ|戻り|復帰|出戻|再入社|再び加わ"), MoveKind.Returned, MoverSide.Before),
            new(R("任命|就任|昇格|昇進|起用|抜擢|肩書き|肩書を"), MoveKind.Appointed, MoverSide.After),
            new(R("引き抜|獲得|採用|招聘|招へい|迎え入れ|雇用|雇っ|スカウト"), MoveKind.Joined, MoverSide.After),
            new(R("入社|加わ|加入|参加|移籍|移っ|移る|移り|転職|合流|入っ(?=[たて])|と(?:雇用)?契約"), MoveKind.Joined, MoverSide.Before),
            new(R("退社|退職|辞職|辞任|退任|去っ|去る|去り|離れ|辞め|離脱|を後に"), MoveKind.Left, MoverSide.Before),
        ],
        ClauseBreak = R("しかし|ただし|だが|ものの|一方|けれど|けど|；|;|(?<=[たるいすだ])が、"),
        NegationBefore = R(Never),
        NegationAfter = R(@"^[\p{IsHiragana}]{0,8}?(?:ない|なかった|ず(?![\p{IsHiragana}])|ません)|^(?:を|の)?(?:否定|否認)|^[\p{IsHiragana}]{0,6}?わけでは" +
                         @"|^[\p{IsHiragana}]{0,8}?(?:という|との)[^、。]{0,6}?(?:否定|否認|誤り|誤報|事実ではな|事実無根)|^[^、。]{0,4}?(?:は|が|も)(?:事実ではな|事実でな|事実無根|誤り|誤報)"),
        Speculation = R("可能性|噂|うわさ|かどうか|と(?:み|見)られ|模様|交渉中|交渉して|交渉を|検討|観測|取り沙汰|憶測|との見方|かもしれない|だろう|予想"),
        AttemptBefore = R(Never),
        AttemptAfter = R(@"^[\p{IsHiragana}]{0,3}?(?:こう|おう|よう|ろう)と|^[\p{IsHiragana}]{0,4}?(?:目指|狙|試み|画策|動い)|^に向け|^[\p{IsHiragana}]{0,2}?の対象"),
        OfferBefore = R(Never),
        OfferAfter = R("^(?:の)?(?:オファー|誘い|打診|提案|条件|話)|^を(?:辞退|断|拒)|^(?:し|する)?よう(?:に)?(?:誘|打診|説得|求め)"),
        Pronoun = R("彼女|彼(?!ら)|同氏"),
        CompanyAnaphor = R("同社"),
        PersonTitleBefore = R(Never),
        PersonRoleBefore = R("(?:" + JapaneseRoleNouns + ")(?:の|、|である)?$"),
        PersonCueAfter = R("^(?:氏|さん|博士|教授)"),
        SlotBefore = R(Never),
        SlotAfter = R("^(?:社)?(?<w>から|より|へ|に|を|で|は|が|出身)"),
        SlotOfWord = word => word switch
        {
            "から" or "より" => Slot.From,
            "へ" or "に" => Slot.To,
            "を" => Slot.Object,
            "で" => Slot.At,
            "は" or "が" => Slot.Subject,
            "出身" => Slot.Former,
            _ => Slot.None,
        },
        CreatorOfAfter = R("^の(?:共同)?(?:開発者|生みの親|考案者)|^の共同(?:創設者|創業者)"),
        FormerBefore = R("(?:元|前)$"),
        // "で働き始めた" starts a job there: the place is where the person went, not where they used to be.
        FormerAfter = R("^(?:社)?出身|^(?:社)?で[^、。]{0,12}?(?:働(?!き始)|勤務(?!を?開始)|勤め(?!始)|在籍|率い)"),
        RoleAfter = R("^(?:社)?の(?:[^\\s、。]{0,6}?)(?:" + JapaneseRoleNouns + ")"),
        OfferNounAfter = R("^(?:社)?(?:から)?の(?:[^、。]{0,8}?)(?:オファー|誘い|打診|提示)"),
        Coordination = R(@"^(?:\s*(?:、|,|と|や|および|及び|ならびに|氏|さん|(?:彼|彼女)の同僚(?:の|である)?)\s*)+$"),
        GenericSubject = R("(?:たち|ら|陣|者|員|幹部|人材|人々|メンバー)(?:は|が|も)"),
        UnknownOrgCueBefore = R(Never),
        // "Orbitalで働き始めた": where someone works.
        UnknownOrgCueAfter = R("^(?:社)?(?:に(?:入社|移籍|加わ|参加|合流|復帰|戻|移)|を(?:退社|退職|辞め|去|離れ|後に)|から|へ|出身|と(?:雇用)?契約|で(?:働|勤め|勤務))"),
        CountAfter = R(@"^(?:社)?(?:(?:から|出身(?:者)?)(?:は|が|の|も)?(?:[^、。\d０-９]{0,8}?)|の(?:元)?(?:" + JapaneseRoleNouns + @")(?:が|を|は)?)(?<bound>少なくとも|約|およそ|最低)?(?<n>[\d０-９]{1,4})\s?人(?<after>以上|超え|超|強|ほど|程度|近く|前後|余り|あまり)?"),
        CountWords = new CountWords(
            new Dictionary<string, int>(),
            new Dictionary<string, int>(),
            bound => bound switch
            {
                "少なくとも" or "最低" or "以上" => CountBound.AtLeast,
                "超え" or "超" or "強" or "余り" or "あまり" => CountBound.MoreThan,
                "" => CountBound.Exactly,
                _ => CountBound.About,
            }),
    };
}
