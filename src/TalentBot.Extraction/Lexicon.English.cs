using TalentBot.Core;

namespace TalentBot.Extraction;

internal sealed partial class Lexicon
{
    private const string EnglishPeopleNouns =
        @"people|researchers|engineers|employees|staff(?:ers)?|scientists|members|hires|recruits|workers|executives|specialists|experts|veterans|alumni|developers|leaders|managers";

    private const string EnglishRoleNouns =
        @"researchers?|engineers?|scientists?|executives?|co-?founders?|founders?|veterans?|alum(?:nus|na|ni)?|employees?|staff(?:ers?)?|" +
        @"head|chief|VP|vice\s+president|director|CEO|CTO|CFO|COO|CSO|president|lead|managers?|colleagues?|developers?|professor|officer|" +
        @"technologist|architect|designer|leader|partner|fellow|specialist|expert|programmer|physicist|mathematician|hire|recruit";

    private const string EnglishSpeech =
        @"said|says|say|told|tells|added|adds|noted|notes|wrote|writes|posted|posts|explained|explains|argued|claimed|claims|" +
        @"insisted|stressed|acknowledged|recalled|believes|thinks|reported|reports|according\s+to|tweeted";

    private static Lexicon BuildEnglish() => new()
    {
        Language = Language.English,
        Triggers =
        [
            new(R(@"\b(?:after|since|before)\s+(?:joining|signing\s+(?:on\s+)?with|moving\s+to|arriving\s+at|being\s+(?:hired|poached|recruited)\s+by)\b"),
                MoveKind.Joined, MoverSide.Before, Scene: true),
            new(R(@"\bthreat(?:en(?:ed|s|ing)?)?\s+to\s+(?:leave|quit|resign|walk\s+(?:out|away)|depart|defect|jump\s+ship|go\s+back|return|move)\b"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            // "told managers that he would leave for OpenAI unless …": a move held out on a condition is a threat.
            new(R(@"\b(?:would|'d|’d)\s+(?:leave|quit|resign|depart|defect|walk\s+(?:out|away)|jump\s+ship|move|go)\b(?=[^.;]{0,100}?\b(?:unless|if)\b)"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            new(R(@"\bnever\s+(?:actually\s+)?(?:started|showed\s+up|turned\s+up|reported\s+for\s+work|began\s+work(?:ing)?|took\s+up\s+(?:the|his|her|their)\s+(?:job|post|role|position)|set\s+foot)\b" +
                  @"|\b(?:did\s+not|didn't|failed\s+to)\s+(?:show|turn)\s+up\b|\bno-show\b|\b(?:pulled|backed)\s+out\b(?=[^.;]{0,40}\b(?:first\s+day|start(?:ed|ing)?|join(?:ed|ing)?)\b)"),
                MoveKind.NeverStarted, MoverSide.Before),
            new(R(@"\bturn(?:ed|s|ing)?\s+down\b|\brebuff(?:ed|s)?\b|\bsa(?:id|ys)\s+no\s+to\b|\bwalked\s+away\s+from\s+(?:an?|the)\s+(?:offer|deal)\b" +
                  @"|\b(?:declined|declines|declining|decline|refused|refuses|refusing|refuse|rejected|rejects|rejecting|reject)\s+[^.;]{0,50}?\b(?:offers?|approach(?:es)?|overtures?|proposals?|package|bid|invitation)\b" +
                  // "Despite the offer, Brandt declined.": a refusal that ends its clause, whose offer is in the sentence before.
                  @"|\b(?:declined|refused|demurred)\b(?=\s*(?:[.;]|$|,\s*(?:saying|citing|according|people|sources)))"),
                MoveKind.DeclinedOffer, MoverSide.Before),
            new(R(@"\breturn(?:ed|s|ing)?\s+to\b|\brejoin(?:ed|s|ing)?\b|\b(?:went|goes|going|go|came|comes|coming|come|headed|heading|head)\s+back\s+to\b|\b(?:is|was)\s+back\s+at\b|\bboomerang(?:ed|ing)?\b"),
                MoveKind.Returned, MoverSide.Before),
            new(R(@"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|being|will\s+be|got)\s+(?:officially\s+|formally\s+|also\s+|now\s+)?(?:named|appointed|promoted|tapped|elevated|made)\b" +
                  @"|\b(?:took|takes|taking|take|will\s+take)\s+over\s+as\b|\bwill\s+serve\s+as\b" +
                  @"|\b(?:became|becomes|will\s+become)\b(?=\s+(?:the\s+|its\s+|their\s+)?(?:\w+(?:'s|’s)\s+)?(?:new\s+|first\s+)?(?:chief|head|president|CEO|CTO|CFO|vice|director|lead|VP|general)\b)"),
                MoveKind.Appointed, MoverSide.Before),
            // "named Ana Ruiz as its chief scientist", "named Ana Ruiz, a veteran of the lab, to lead it": "named" alone is
            // also "a researcher named Ana Ruiz", so the role after the name must follow.
            new(R(@"\b(?:appointed|appoints|promoted|promotes)\b|\bnam(?:ed|es)\b(?=(?-i:\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:\s+(?:as|its|the)\b|\s+to\s+(?:lead|run|head|oversee)\b|,[^.;]{0,160}?,\s+(?:as|to\s+(?:lead|run|head|oversee))\b))"),
                MoveKind.Appointed, MoverSide.After),
            new(R(@"\b(?:was|were|been|being|is|are|got|gets|has\s+been|have\s+been|had\s+been)\s+(?:quietly\s+|successfully\s+|reportedly\s+|also\s+|recently\s+)?(?:hired|poached|recruited|lured|snagged|nabbed|brought\s+(?:on|in)|picked\s+up|tapped|onboarded|signed)(?:\s+away)?\b" +
                  @"|\b(?:hired|poached|recruited|lured)(?:\s+away)?(?=\s+(?:by|from)\b)"),
                MoveKind.Joined, MoverSide.Before, PassiveAgent: true),
            new(R(@"\badd(?:ed|s|ing)\b(?=[^.;:]{0,60}\bto\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}(?:team|ranks|roster|staff|lab|group|bench|payroll)\b)" +
                  @"|(?<!\b(?:the|a|new|recent|latest|these|those|its|their|his|her|first|key|big|star|\d+)\s)\b(?:hired|hires|hiring|hire|poached|poaches|poaching|poach|recruited|recruits|recruiting|recruit|lured|lures|luring|lure|snagged|snags|nabbed|nabs|picked\s+up|brought\s+(?:on|in)|bring(?:s|ing)?\s+(?:on|in)|welcomed|welcomes)(?:\s+away)?\b(?!\s+(?:drive|spree|campaign|push|efforts?|team|process|war|frenzy|binge|blitz|season|freeze|plans?|practices|packages?|budget|pace|round))"),
                MoveKind.Joined, MoverSide.After),
            new(R(@"\bjoin(?:ed|s|ing)?\b(?!\s+(?:forces|hands|the\s+(?:call|conversation|debate|chorus|ranks\s+of\s+critics)))|\bsign(?:ed|s|ing)\s+(?:on\s+)?with\b|\bdefect(?:ed|s|ing)?\s+to\b" +
                  @"|\bmov(?:ed|es|ing)\s+(?:over\s+)?to\b|\bjump(?:ed|s|ing)?\s+(?:ship\s+)?to\b|\bhead(?:ed|s|ing)\s+to\b|\b(?:came|comes|coming)\s+aboard\b|\bswitch(?:ed|es|ing)\s+to\b" +
                  @"|\b(?:started|starts|starting|began|begins)\s+(?:work(?:ing)?\s+)?at\b|\bwent\s+to\s+work\s+(?:at|for)\b|\bdecamp(?:ed|s)?\s+(?:to|for)\b|\blanded\s+at\b" +
                  // "comes from Google": the preposition is left out of the trigger so that it still marks the origin.
                  @"|\b(?:comes|coming|arrives|arrived|arriving)\b(?=\s+(?:from|at)\b)"),
                MoveKind.Joined, MoverSide.Before),
            new(R(@"\b(?:recruitment|poaching|hiring|hire|arrival)\s+of\b"), MoveKind.Joined, MoverSide.After),
            new(R(@"\b(?:departure|resignation|exit|exodus|ouster|loss)\s+of\b"), MoveKind.Left, MoverSide.After),
            new(R(@"(?<!\b(?:the|on|far|to|his|her|their|was|were|is|are|be|been)\s)\bleft\b(?!-)(?!\s+(?:unclear|open|unanswered|unchanged|alone|wing|hand|side|undisclosed|in\s+place|behind|out|over)\b)" +
                  @"|\bquit(?:s|ting)?\b|\bdepart(?:ed|s|ing)?\b|\bresign(?:ed|s|ing)?\b|\bstep(?:ped|s|ping)?\s+down\b|\bexit(?:ed|s|ing)\b" +
                  @"|\bwalk(?:ed|s|ing)?\s+(?:out|away)\b|\bleav(?:es|ing)\b|(?<!\b(?:on|parental|medical|maternity|paternity|sick|of|a)\s)\bleave\b(?!\s+of\b)" +
                  @"|\b(?:departure|resignation|exit)\b|\bparted\s+ways\s+with\b|\bwas\s+(?:fired|ousted|let\s+go|laid\s+off)\b"),
                MoveKind.Left, MoverSide.Before),
        ],
        ClauseBreak = R(@";|,\s*(?=(?:but|while|whereas|although|though|yet|however)\b)|\b(?:but|however|whereas|although|though)\b|\band\s+(?=(?:it|it's|it’s|there)\b)|\bwhile\b"),
        GroupNaming = R(@"^(?:they\s+are|these\s+are|those\s+are|among\s+(?:them|the\s+\w+)\s+(?:are|is|were|was)|they\s+include|the\s+(?:\w+\s+){0,2}(?:are|include))\b|\bamong\s+them\s+(?:are|is)\b"),
        Also = R(@"\b(?:also|too|as\s+well|likewise|similarly)\b"),
        Then = R(@"\b(?:then|before\s+(?:joining|moving|heading))\b"),
        AdverbAfterVerb = R(@"^\s*(?:in\s+turn|too|also|now|finally|eventually|officially|formally)\b,?"),
        DescribedObjectGap = R(@"^\s+(?:(?:the|its|a|an|rival)\s+)?(?:(?!(?:for|to|from|into|at|with|by|of)\s)[\p{L}-]+\s+){0,4}(?:giant|company|firm|start-?up|maker|developer|lab|laboratory|group|provider|unicorn|outfit|specialist|rival|competitor)\s+$"),
        SpeechVerb = R(@"\b(?:" + EnglishSpeech + @")\b"),
        SpeechComplement = R(@"^\s*(?:to\s+have\s+|to\s+be\s+)?(?:\w+\s+){0,1}$"),
        RelativePronoun = R(@"\b(?:who|whom|that)\b"),
        RelativeStart = R(@",\s*(?:who|whom|whose|which|where)\b"),
        AppositiveAfterName = R(@"^\s*,\s*(?:(?:a|an|the|its|his|her|their|who|whose|former|formerly|currently|now|then|previously|most\s+recently|also|both|ex-|one\s+of|once|longtime|veteran|senior|chief|head|vice|co-?founder|founder|director|until\s+recently)\b|\d{1,3}\s*,|[A-Z][\w.&-]*(?:'s|’s)\s)"),
        LeadingAside = R(@"(?:^|(?<=,\s?))(?:according\s+to|per|unlike|besides|in\s+addition\s+to|on\s+top\s+of|apart\s+from|aside\s+from|in\s+an?\s+(?:interview|post|memo|statement|email)\s+(?:with|to|on))\b"),
        PrepositionBefore = R(@"\b(?:from|at|by|with|of|to|for|into|than|like|including|about|on|under|behind|according\s+to|alongside|besides|among|between|against|toward|towards|without|within|via|as|over|around|beside|replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|thank(?:s|ed)?|welcom(?:e|es|ed)|met|meet|told|tell|praised|introduced)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$"),
        Pronouns =
        [
            new(R(@"\bhe\b"), Gender.Masculine),
            new(R(@"\bshe\b"), Gender.Feminine),
            new(R(@"\bhis\b"), Gender.Masculine, Possessive: true),
            new(R(@"\bher\b(?=\s+(?:own\s+|new\s+|recent\s+|abrupt\s+|sudden\s+|surprise\s+|planned\s+)?(?:departure|exit|move|resignation|arrival|hiring|defection|return|appointment|decision|role|job|team|post|position|former|old|first|previous|current|colleagues?|boss|old\s+employer|package|pay|salary|compensation|contract|bonus))"), Gender.Feminine, Possessive: true),
            new(R(@"\bhim\b"), Gender.Masculine),
            new(R(@"\bher\b"), Gender.Feminine),
            new(R(@"\bthey\b"), Gender.Unknown, Plural: true),
            new(R(@"\btheir\b"), Gender.Unknown, Plural: true, Possessive: true),
        ],
        Descriptions =
        [
            new(R(@"\bthe\s+(?:\d{2}-year-old|(?:(?:former|ex-|new|veteran|senior|star|top|respected|longtime|soft-spoken|well-known)\s+)*(?:[a-z][\w-]*\s+)?(?:researcher|engineer|scientist|executive|veteran|manager|director|co-?founder|founder|designer|developer|professor|expert|specialist|leader|technologist|hire|recruit|programmer|physicist|mathematician|entrepreneur|economist))\b(?!s|\s+(?:who|of|at|from))"), Gender.Unknown),
        ],
        OwnCompanyReference = R(@"\bour\s+(?:company|firm|lab|laboratory|group|team)\b"),
        CompletedBefore = R(@"\b(?:has|have|had)\s+(?:(?:just|already|recently|quietly|since|also|now)\s+)?$"),
        CompletedForm = R(@"^(?:(?:was|were|got)\s|(?:has|have|had)\s+been\s|(?:left|went|came|took|began|became)\b|\p{L}+ed\b)"),
        StayStartBefore = R(@"\bsince\s+(?:early\s+|late\s+|mid-?\s*)?$"),
        CompanyEpithet = R(@"\bthe\s+(?<name>(?-i:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))(?:,\s+Calif(?:ornia|\.)?,?)?(?:-based)?\s+(?:company|firm|group|giant|tech\s+giant|iPhone\s+maker|social[\s-]media\s+giant)\b"
                           + @"|\bthe\s+(?:company|firm|group|lab|laboratory|start-?up|AI\s+(?:lab|company|start-?up))\s+(?:led|run|headed|helmed|founded|co-?founded|chaired)\s+by\s+(?<name>(?-i:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))"
                           + @"|(?<name>(?-i:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))['’]s\s+(?:company|firm|group|lab|start-?up|AI\s+(?:lab|company|start-?up))\b"),
        CompanyReference = R(@"\bthe\s+(?:[a-z][\w-]*\s+){0,2}(?:company|startup|start-up|firm|lab|laboratory|chipmaker|giant|iPhone[-\s]maker|ChatGPT[-\s]maker|Claude[-\s]maker|Gemini[-\s]maker)\b"),
        GenericSubject = R(@"\b(?:researchers|engineers|employees|staffers|scientists|people|recruits|hires|recruitments|executives|workers|colleagues|others|many|several|dozens|hundreds|some\s+(?:of|staff)|members|founders)\b"),
        NonMoverBefore = R(@"\b(?:spokes(?:person|woman|man)|analyst|reporter|journalist|economist|recruiter|headhunter|lawyer|attorney|commentator|consultant|observer|columnist|editor|investor|venture\s+capitalist|professor)\s+$"),
        NonMoverAfter = R(@"^\s*,\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:spokes(?:person|woman|man)|analyst|reporter|journalist|recruiter|headhunter|lawyer|attorney|commentator|consultant|columnist|editor|investor|venture\s+capitalist|partner\s+at)\b"),
        PersonTitleBefore = Cased(@"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+$"),
        PersonRoleBefore = R(@"\b(?:" + EnglishRoleNouns + @"|investors?|entrepreneurs?|spokes(?:person|woman|man)|analyst|said|says|told|thanked|praised)\b,?\s+$"),
        PersonCueAfter = R(@"^,?\s+(?:a|an|the)\s+(?:(?:former|veteran|senior|star|top|longtime|\d+-year-old|[A-Z][\w&.-]*(?:'s|’s)?)\s+)*(?:" + EnglishRoleNouns + @")\b" +
                           @"|^(?:'s|’s)\s+(?:departure|exit|move|resignation|arrival|hiring|defection|return)\b|^,\s+who\b|^,\s+\d{2},|^,?\s+(?:" + EnglishSpeech + @")\b"),
        GenderBefore = R(@"(?<f>\b(?:Ms|Mrs)\.?\s+$)|(?<m>\bMr\.?\s+$)"),
        GenderAfter = R(@"^\s*,\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:(?<f>spokeswoman|chairwoman|businesswoman)|(?<m>spokesman|chairman|businessman))\b"),
        SlotBefore = R(@"\b(?<w>from|to|for|into|at|with|within|by|of|joining|leaving)\s+(?:(?:the|its|a|an|rival)\s+)?(?:(?:rival|AI|tech|[\p{Ll}][\w-]*)\s+){0,3}(?:company|firm|lab|laboratory|start-?up|giant|rival|developer|maker|unicorn|group)\s+$|\b(?<w>from|to|for|into|at|with|within|by|of|joining|leaving)\s+(?:the\s+|its\s+|rival\s+)?$"),
        SlotOfWord = word => word.ToLowerInvariant() switch
        {
            "from" or "leaving" => Slot.From,
            "to" or "for" or "into" or "joining" => Slot.To,
            "at" or "with" or "within" => Slot.At,
            "by" => Slot.By,
            "of" => Slot.Role,
            _ => Slot.None,
        },
        SchoolBefore = R(@"\b(?:graduated\s+from|a\s+graduate\s+of|studied\s+at|(?:PhD|doctorate|degree|master['’]?s(?:\s+degree)?)\s+(?:in\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:from|at))\s+(?:the\s+)?$"),
        BirthplaceBefore = R(@"\b(?:native\s+of|born\s+(?:and\s+raised\s+)?in|raised\s+in|grew\s+up\s+in|hails?\s+from|hailing\s+from|originally\s+from|a\s+native\s+of)\s+(?:the\s+)?$"),
        CreatorOfBefore = R(@"\b(?:co-?(?:creators?|founders?|inventors?|authors?|developers?)|creators?|inventors?)\s+of\s+(?:the\s+)?$"),
        TenureBefore = R(@"\b(?:years?|months?|decade|stint|tenure|career|worked|working|spent\s+[\w-]+\s+(?:years?|months?))\s+(?:\w+\s+){0,2}(?:at|with|for)\s+(?:the\s+)?$"),
        FormerBefore = R(@"(?:\bformer\s+(?:[\w-]+\s+){0,3}(?:of|at|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}|\bformer|\bformerly\s+(?:at|of|with)|\bex-|\bex\s|\bone-?time|\b(?:previously|formerly)\s+(?:[\p{Ll}-]+\s+){0,2}(?:at|with|by|for)|\bonce\s+at|\balumn(?:us|a|i)\s+of|\bveterans?\s+of|\bcareer\s+at|\bearlier\s+at)\s*$"),
        FormerAfter = R(@"^\s+(?:veteran|alum(?:nus|na|ni)?|graduate|grad|PhD|doctoral|student|dropout)\b"),
        DestinationBetween = R(@"\b(?:for|to)\b"),
        StintBefore = R(@"\b(?:after|following)\s+(?:(?:[\w-]+\s+){0,3}(?:years?|months?|weeks?|days?|stint|tenure|decade|spell)\s+(?:[\w-]+\s+){0,2}|(?:working|spending\s+(?:[\w-]+\s+){1,3})\s*)(?:at|with|in|for)\s+(?:the\s+)?$"),
        OriginBefore = R(@"\b(?:came|coming|comes|fresh|arrived|arriving|hired\s+away|poached)\s+from\s+(?:the\s+)?$"),
        UnitBefore = R(@"\b(?:team|division|unit|lab|group|department|arm|organi[sz]ation|effort|office|offices|subsidiary)\s+(?:at|of|within)\s+(?:the\s+)?$"),
        RoleAfter = R(@"^(?:'s|’s)?\s*(?:(?:former|new|top|senior|star|chief|lead|principal|staff|veteran|longtime|AI|research)\s+)*(?:" + EnglishRoleNouns + @")\b"),
        OfferNounAfter = R(@"^(?:'s|’s)\s+(?:[^\s.;,]+\s+){0,4}(?:offers?|approach|overtures?|proposal|package|bid)\b"),
        OfferNounBefore = R(@"\b(?:offers?|approach|overtures?|proposal|package|bid)\s+(?:from|by)\s+(?:the\s+)?$"),
        CoordinationStart = R(@"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)"),
        Coordination = R(@"^(?:\s*(?:,|;|and|&|as\s+well\s+as|along\s+with|plus|both|(?:his|her|their)\s+(?:colleague|co-?worker|collaborator|deputy)s?)\s*)+$"),
        // "Ana Ruiz, a vice president at Google DeepMind, …": the organisation of a role set off by commas.
        RoleBefore = R(@",\s*(?:(?:a|an|the|both|all|two|three)\s+)?(?:[\w-]+\s+){0,3}(?:" + EnglishRoleNouns + @")\s+(?:at|of|with|on)\s+(?:the\s+)?$"),
        NonOrganisationObjectAfter = R(@"^\s+(?:the|a|an|this|that|these|those|his|her|their|its|many|most|some|several|much|few|everyone|everybody|nobody|others|them|him|us|it|room|behind)\b(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|spring|summer|autumn|fall|winter)\b)[^,.;:]*?(?=\s+(?:at|from|for|to|in|on|with|after|before|by|last|this|as)\b|[,.;:]|$)"),
        // "Orbital's talent exodus", "Orbital's researchers": only an organisation has a workforce to lose.
        UnknownOrgCueAfter = R(@"^(?:'s|’s)\s+(?:(?:AI|top|best|senior|research)\s+)?(?:talent|exodus|brain\s+drain|workforce|staff|employees|researchers|engineers|hiring|recruiting|poaching|offer)\b"),
        DescribedOrgCueBefore = Cased(@"\b(?:from|at|to|for|by|with|join|joins|joined|joining|left|leaves|leaving|quit|quits)\s+(?:the\s+|its\s+|rival\s+)?(?:[\p{Ll}][\p{L}-]*\s+){0,4}" +
                                      @"(?:giant|company|firm|start-?up|maker|developer|lab|laboratory|group|provider|unicorn|outfit|specialist)\s+$"),
        UnknownOrgCueBefore = R(@"\b(?:joined|joins|joining|join|left|leaves|leaving|quit|quits|rejoined|rejoins|poached\s+from|away\s+from|(?<prep>from|at|to|for|by))\s+$"),
        NegationBefore = R(@"\b(?:not|never|nor|no\s+longer)\s+(?:\w+\s+){0,2}$|n[’']t\s+(?:\w+\s+){0,2}$|\b(?:denied|denies|deny|denying)\b.*$" +
                           @"|\b(?:not|n[’']t)\s+(?:true|correct|the\s+case)\s+that\b.*$|\b(?:untrue|false)\s+that\b.*$|\bcontrary\s+to\b[^,]*$" +
                           @"|\b(?:rather\s+than|instead\s+of)\s+$|\bno\s+(?:plans?|intention)\s+(?:\w+\s+){0,2}to\s+$"),
        // "may" is a modal only in lower case: "in May" is a date.
        Speculation = R(@"\b(?:rumou?r(?:s|ed)?|speculat\w*|in\s+talks|(?-i:may|might|could)|possibly|perhaps|potentially|unclear|not\s+clear|whether|consider(?:s|ed|ing)?|weigh(?:s|ing)?|mull(?:s|ed|ing)?|plan(?:s|ned|ning)?\s+to|would\s+(?:be|have)|poised\s+to|hopes?\s+to|in\s+discussions|in\s+negotiations|(?:reports?|rumou?rs?|claims?|speculation|accounts|posts?)\s+(?:\w+\s+){0,3}that|claim(?:s|ed|ing)?\s+(?:\w+\s+){0,2}that|allegedly)\b"),
        // An inverted condition ("Should Anne Martin leave…") is read on the text before the verb, so the verb may be the end.
        Hypothetical = R(@"\b(?:if|unless|were\s+(?:she|he|they)\s+to|had\s+(?:she|he|they)\s+(?:left|joined|accepted|stayed|gone))\b|\bshould\s+(?:she|he|they|[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,2})\s+(?:ever\s+)?(?:(?:leave|join|quit|go|move|depart|decide|accept)\b|$)"),
        AttemptBefore = R(@"\b(?:tried|tries|trying|try|attempted|attempts|attempting|attempt|sought|seeks|seeking|seek|failed|fails|effort|bid|wanted|wants|hoped|hopes|hoping|pushed|pushing|campaigned|campaigning|aims?|aiming)\b[^.;]{0,50}?\bto\s+$"),
        // A bare "to" is a purpose ("signed papers to return") unless a plan or an auxiliary governs it ("is expected to join").
        PurposeBefore = R(@"(?:\b(?:in\s+order|so\s+as)\s+|(?<!\b(?:expected|set|due|slated|poised|going|about|scheduled|plans?|planned|planning|intends?|intended|decided|agreed|has|have|had|used|ready|likely|unlikely)\s+))\bto\s+$"),
        OfferBefore = R(@"\b(?:offer(?:ed|s|ing)?|invit(?:ed|ation|ations)|pitched|proposals?|urged|asked|persuade|convince|encouraged)\b[^.;]{0,60}?\bto\s+$"),
        Denial = R(@"\b(?:denied|denies|deny|denying|dismissed\s+(?:the\s+)?(?:report|claim|rumou?r|speculation)s?|refuted|not\s+true|untrue|inaccurate|incorrect|no\s+truth|baseless|walked\s+back|retracted|correction)\b"),
        Stays = R(@"\b(?:remains?|remained|stays?|stayed|staying|is\s+still|was\s+still|still\s+works?|continues\s+to\s+work|will\s+remain)(?:\s+(?:instead|still|on))?\s+(?:at|with|in)\b"),
        OfferMade = R(@"\b(?:offered|offers?|approached|courted|tried\s+to\s+(?:hire|recruit|lure|poach)|pitched|dangled|proposed|invited)\b"),
        PayCue = R(@"\b(?:package|pay|paid|compensation|salary|bonus|signing|earn(?:s|ed|ing)?|offer(?:ed|s)?|worth|stock|equity|contract|receive[sd]?|grant|per\s+year|a\s+year|annually)\b"),
        // "a pay deal worth", "a package valued at": those deals and values are pay.
        DealCue = R(@"\b(?:acqui(?:re[sd]?|ring|sition|-hire)|(?<!\b(?:pay|compensation|employment|contract)\s)deal|valuation|(?<!\b(?:package|pay|offer)\s+(?:is\s+|was\s+)?)valued|raised|funding|round|invest(?:ed|ment|ors?)|bought|buy(?:s|ing)?|purchase[sd]?|merger|licens(?:e|ing)|revenue|capex|spend(?:s|ing)?|budget|market\s+cap|sales)\b"),
        CountBefore = R(@"(?:\b(?<bound>more\s+than|over|at\s+least|about|around|roughly|nearly|approximately|some|almost|up\s+to|as\s+many\s+as)\s+)?(?<![\d$€£.,])\b(?<n>\d{1,4}|a\s+dozen|dozen|[a-z]+)\s+" +
                        @"(?:(?:of\s+them|others?|more)\s+)?(?:(?:former|top|senior|other|AI|leading)\s+)?(?:(?:" + EnglishPeopleNouns + @")\s+)?" +
                        @"(?:(?:(?:who\s+)?(?:came|come|are|were|hail(?:ed|ing)?|poached|hired|recruited|lured|defected|have\s+left|left|moved)\s+)?(?:from|at|of)\s+" +
                        @"|(?<left>(?:have|has|had)\s+(?:already\s+|also\s+|now\s+|since\s+)?(?:left|quit|departed|exited)\s+))(?:the\s+)?$"),
        CountAfterSource = R(@"^\s+(?:has|had|have)\s+(?:already\s+|also\s+|now\s+)?(?:lost|shed|seen)\s+(?<bound>more\s+than|over|at\s+least|about|around|roughly|nearly|some|almost|up\s+to)?\s*(?<n>\d{1,4}|a\s+dozen|dozen|[a-z]+)\b(?=\s+(?:of\s+its\s+)?(?:" + EnglishPeopleNouns + @"))"),
        StaffSizeBefore = R(@"\b(?:team|staff|workforce|headcount|unit|group)\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$|\bemploy(?:s|ed|ing)?\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?$|(?:'s|’s)\s+$"),
        StaffSizeAfter = R(@"^\s*-?(?:person|strong|member)\b|^\s+(?:employees|people|staff)\s+(?:in\s+total|worldwide|overall)\b"),
        CountWords = new CountWords(
            new Dictionary<string, int>(Numbers("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty", 2),
                StringComparer.OrdinalIgnoreCase) { ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50 },
            new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["a dozen"] = 12, ["dozen"] = 12 },
            bound => bound.ToLowerInvariant() switch
            {
                "more than" or "over" => CountBound.MoreThan,
                "at least" or "as many as" => CountBound.AtLeast,
                "" => CountBound.Exactly,
                _ => CountBound.About,
            }),
    };
}
