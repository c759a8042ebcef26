using TalentBot.Core;

namespace TalentBot.Extraction;

internal sealed partial class Lexicon
{
    private const string EnglishPeopleNouns =
        @"people|researchers|engineers|employees|staff(?:ers)?|scientists|members|hires|recruits|workers|executives|specialists|experts|veterans|alumni";

    private const string EnglishRoleNouns =
        @"researchers?|engineers?|scientists?|executives?|co-?founders?|founders?|veterans?|alum(?:nus|na|ni)?|employees?|staff(?:ers?)?|" +
        @"head|chief|VP|vice\s+president|director|CEO|CTO|CFO|COO|president|lead|managers?|colleagues?|developers?|professor";

    private static Lexicon BuildEnglish() => new()
    {
        Language = Language.English,
        Triggers =
        [
            new(R(@"\b(?:after|since)\s+(?:joining|signing\s+(?:on\s+)?with|moving\s+to|arriving\s+at)\b" +
                  @"|,\s*who\s+(?:had\s+|has\s+)?(?:only\s+|just\s+|recently\s+)?(?:joined|signed\s+(?:on\s+)?with|moved\s+to|arrived\s+at|(?:started|began)\s+(?:work(?:ing)?\s+)?at)\b"),
                MoveKind.Joined, MoverSide.Before, SetsScene: true),
            new(R(@"\bthreat(?:en(?:ed|s|ing)?)?\s+to\s+(?:leave|quit|resign|walk\s+(?:out|away)|depart|defect)\b"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            new(R(@"\bnever\s+(?:actually\s+)?(?:started|showed\s+up|turned\s+up|reported\s+for\s+work|began\s+work(?:ing)?|took\s+up\s+(?:the|his|her|their)\s+(?:job|post|role))\b" +
                  @"|\b(?:did\s+not|didn't|failed\s+to)\s+(?:show|turn)\s+up\b|\bno-show\b"),
                MoveKind.NeverStarted, MoverSide.Before),
            new(R(@"\bturn(?:ed|s|ing)?\s+down\b|\brebuff(?:ed|s)?\b|\bsa(?:id|ys)\s+no\s+to\b" +
                  @"|\b(?:declined|declines|declining|decline|refused|refuses|refusing|refuse|rejected|rejects|rejecting|reject)\s+[^.;]{0,50}?\b(?:offers?|approach(?:es)?|overtures?|proposals?|package)\b"),
                MoveKind.DeclinedOffer, MoverSide.Before),
            new(R(@"\breturn(?:ed|s|ing)?\s+to\b|\brejoin(?:ed|s|ing)?\b|\b(?:went|goes|going|go|came|comes|coming|come)\s+back\s+to\b|\b(?:is|was)\s+back\s+at\b|\bboomeranged\b"),
                MoveKind.Returned, MoverSide.Before),
            new(R(@"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been|being|will\s+be|got)\s+(?:officially\s+|formally\s+)?(?:named|appointed|promoted|tapped|elevated|made)\b" +
                  @"|\b(?:took|takes|taking|take|will\s+take)\s+over\s+as\b|\bwill\s+serve\s+as\b" +
                  @"|\b(?:became|becomes|will\s+become)\b(?=\s+(?:the\s+|its\s+|their\s+)?(?:\w+(?:'s|’s)\s+)?(?:new\s+|first\s+)?(?:chief|head|president|CEO|CTO|CFO|vice|director|lead|VP|general)\b)"),
                MoveKind.Appointed, MoverSide.Before),
            new(R(@"\b(?:appointed|appoints|promoted|promotes)\b|\bnam(?:ed|es)\b(?=(?-i:\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+as\b)"),
                MoveKind.Appointed, MoverSide.After),
            new(R(@"\b(?:was|were|been|being|is|are|got|gets)\s+(?:quietly\s+|successfully\s+|reportedly\s+)?(?:hired|poached|recruited|lured|snagged|nabbed|brought\s+(?:on|in)|picked\s+up)(?:\s+away)?\b" +
                  @"|\b(?:hired|poached|recruited|lured)(?:\s+away)?(?=\s+by\b)"),
                MoveKind.Joined, MoverSide.Before, PassiveAgent: true),
            new(R(@"(?<!\b(?:the|a|new|recent|latest|these|those|its|their|his|her|first|key|big|star)\s)\b(?:hired|hires|hiring|hire|poached|poaches|poaching|poach|recruited|recruits|recruiting|recruit|lured|lures|luring|lure|snagged|snags|nabbed|nabs|picked\s+up|brought\s+(?:on|in)|bring(?:s|ing)?\s+(?:on|in))(?:\s+away)?\b"),
                MoveKind.Joined, MoverSide.After),
            new(R(@"\bjoin(?:ed|s|ing)?\b(?!\s+(?:forces|hands|the\s+(?:call|conversation|debate|chorus)))|\bsign(?:ed|s|ing)\s+(?:on\s+)?with\b|\bdefect(?:ed|s|ing)?\s+to\b" +
                  @"|\bmov(?:ed|es|ing)\s+(?:over\s+)?to\b|\bjump(?:ed|s|ing)?\s+(?:ship\s+)?to\b|\bhead(?:ed|s|ing)\s+to\b|\b(?:came|comes|coming)\s+aboard\b" +
                  @"|\b(?:started|starts|starting|began|begins)\s+(?:work(?:ing)?\s+)?at\b|\bwent\s+to\s+work\s+(?:at|for)\b" +
                  // "comes from Google": the preposition is left out of the trigger so that it still marks the origin.
                  @"|\b(?:comes|coming|arrives|arrived|arriving)\b(?=\s+from\b)"),
                MoveKind.Joined, MoverSide.Before),
            new(R(@"\b(?:recruitment|poaching)\s+of\b"), MoveKind.Joined, MoverSide.After),
            new(R(@"\b(?:departure|resignation|exit|exodus)\s+of\b"), MoveKind.Left, MoverSide.After),
            new(R(@"(?<!\b(?:the|on|far|to|his|her|their)\s)\bleft\b(?!-)(?!\s+(?:unclear|open|unanswered|unchanged|alone|wing|hand|side|undisclosed|in\s+place)\b)" +
                  @"|\bquit(?:s|ting)?\b|\bdepart(?:ed|s|ing)?\b|\bresign(?:ed|s|ing)?\b|\bstep(?:ped|s|ping)?\s+down\b|\bexit(?:ed|s|ing)\b" +
                  @"|\bwalk(?:ed|s|ing)?\s+(?:out|away)\b|\bleav(?:es|ing)\b|(?<!\b(?:on|parental|medical|maternity|paternity|sick|of)\s)\bleave\b(?!\s+of\b)" +
                  @"|\b(?:departure|resignation|exit)\b"),
                MoveKind.Left, MoverSide.Before),
        ],
        ClauseBreak = R(@";|,\s*(?=(?:but|while|whereas|although|though|yet|however)\b)|\b(?:but|however|whereas|although|though)\b|\band\s+(?=(?:it|it's|it’s|there)\b)|—|\s–\s"),
        NegationBefore = R(@"\b(?:not|never|nor|no\s+longer)\s+(?:\w+\s+){0,2}$|n[’']t\s+(?:\w+\s+){0,2}$|\b(?:denied|denies|deny|denying)\b.*$" +
                           @"|\b(?:not|n[’']t)\s+(?:true|correct|the\s+case)\s+that\b.*$|\b(?:untrue|false)\s+that\b.*$|\bcontrary\s+to\b[^,]*$" +
                           @"|\b(?:rather\s+than|instead\s+of)\s+$|\bno\s+(?:plans?|intention)\s+(?:\w+\s+){0,2}?to\s+$"),
        // "may" is a modal only in lower case: "in May" is a date.
        Speculation = R(@"\b(?:rumou?r(?:s|ed)?|speculat\w*|in\s+talks|(?-i:may|might|could)|possibly|perhaps|potentially|unclear|not\s+clear|whether|consider(?:s|ed|ing)?|weigh(?:s|ing)?|mull(?:s|ed|ing)?|plan(?:s|ned|ning)?\s+to|if\s+(?:he|she|they))\b"),
        AttemptBefore = R(@"\b(?:tried|tries|trying|try|attempted|attempts|attempting|attempt|sought|seeks|seeking|seek|failed|fails|effort|bid|wanted|wants|hoped|hopes|hoping|pushed|pushing|campaigned|campaigning)\b[^.;]{0,50}?\bto\s+$"),
        OfferBefore = R(@"\b(?:offer(?:ed|s|ing)?|invit(?:ed|ation|ations)|pitched|proposals?|urged|asked|persuade|convince)\b[^.;]{0,60}?\bto\s+$"),
        Pronoun = R(@"\b(?:he|she|the\s+(?:researcher|engineer|scientist|executive|veteran))\b"),
        CompanyAnaphor = R(@"\bthe\s+(?:company|startup|start-up|firm|lab)\b"),
        PersonTitleBefore = Cased(@"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+$"),
        PersonRoleBefore = R(@"\b(?:" + EnglishRoleNouns + @"|investors?|entrepreneurs?)\b,?\s+$"),
        PersonCueAfter = R(@"^,?\s+(?:a|an|the)\s+(?:(?:former|veteran|senior|star|top|longtime|\d+-year-old)\s+)*(?:" + EnglishRoleNouns + @")\b|^(?:'s|’s)\s+(?:departure|exit|move|resignation|arrival|hiring|defection)\b|^,\s+who\b"),
        SlotBefore = R(@"\b(?<w>from|to|for|into|at|with|by|of|joining|leaving)\s+(?:the\s+|its\s+|rival\s+)?$"),
        SlotOfWord = word => word.ToLowerInvariant() switch
        {
            "from" or "leaving" => Slot.From,
            "to" or "for" or "into" or "joining" => Slot.To,
            "at" or "with" => Slot.At,
            "by" => Slot.By,
            "of" => Slot.Role,
            _ => Slot.None,
        },
        CreatorOfBefore = R(@"\b(?:co-?(?:creators?|founders?|inventors?|authors?|developers?)|creators?|inventors?)\s+of\s+(?:the\s+)?$"),
        FormerBefore = R(@"(?:\b(?:years?|months?|weeks?|days?|decade|stint|tenure|career|worked|working|spent\s+[\w-]+\s+(?:years?|months?|weeks?))\s+(?:\w+\s+)?(?:at|with|for)|\bformer|\bex-|\bex\s|\bone-?time|\bpreviously\s+at|\bonce\s+at|\balumn(?:us|a|i)\s+of|\bveterans?\s+of|\bcame\s+from)\s*$"),
        RoleAfter = R(@"^(?:'s|’s)?\s*(?:(?:former|new|top|senior|star|chief|lead|principal|staff|veteran|longtime|AI|research)\s+)*(?:" + EnglishRoleNouns + @")\b"),
        OfferNounAfter = R(@"^(?:'s|’s)\s+(?:[^\s.;,]+\s+){0,4}?(?:offers?|approach|overtures?|proposal|package|bid)\b"),
        OfferNounBefore = R(@"\b(?:offers?|approach|overtures?|proposal|package|bid)\s+(?:from|by)\s+(?:the\s+)?$"),
        Coordination = R(@"^(?:\s*(?:,|;|and|&|as\s+well\s+as|along\s+with|plus|both|(?:his|her|their)\s+(?:colleague|co-?worker|collaborator)s?)\s*)+$"),
        // "Ana Ruiz, a vice president at Google DeepMind, …": the organisation of a role set off by commas.
        RoleBefore = R(@",\s*(?:(?:a|an|the|both|all|two|three)\s+)?(?:[\w-]+\s+){0,3}?(?:" + EnglishRoleNouns + @")\s+(?:at|of|with)\s+(?:the\s+)?$"),
        GenericSubject = R(@"\b(?:researchers|engineers|employees|staffers|scientists|people|recruits|hires|executives|workers|colleagues|others|many|several)\b"),
        NonOrganisationObjectAfter = R(@"^\s+(?:the|a|an|this|that|these|those|his|her|their|its|many|most|some|several|much|few|everyone|everybody|nobody|others|them|him|us|it|room|behind)\b(?!\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?|spring|summer|autumn|fall|winter)\b)[^,.;:]*?(?=\s+(?:at|from|for|to|in|on|with|after|before|by|last|this|as)\b|[,.;:]|$)"),
        // "Orbital's talent exodus", "Orbital's researchers": only an organisation has a workforce to lose.
        UnknownOrgCueAfter = R(@"^(?:'s|’s)\s+(?:(?:AI|top|best|senior|research)\s+)?(?:talent|exodus|brain\s+drain|workforce|staff|employees|researchers|engineers|hiring|recruiting|poaching)\b"),
        DescribedOrgCueBefore = Cased(@"\b(?:from|at|to|for|by|with|join|joins|joined|joining|left|leaves|leaving|quit|quits)\s+(?:the\s+|its\s+|rival\s+)?(?:[\p{Ll}][\p{L}-]*\s+){0,4}?" +
                                      @"(?:giant|company|firm|start-?up|maker|developer|lab|laboratory|group|provider|unicorn|outfit|specialist)\s+$"),
        UnknownOrgCueBefore = R(@"\b(?:from|at|to|for|by|with|joined|joins|joining|join|left|leaves|leaving|quit|quits|rejoined|rejoins)\s+$"),
        CountBefore = R(@"(?:\b(?<bound>more\s+than|over|at\s+least|about|around|roughly|nearly|approximately|some|almost|up\s+to|as\s+many\s+as)\s+)?(?<![\d$€£.,])\b(?<n>\d{1,4}|a\s+dozen|dozen|[a-z]+)\s+" +
                        @"(?:(?:of\s+them|others?|more)\s+)?(?:(?:former|top|senior|other|AI|leading)\s+)?(?:(?:" + EnglishPeopleNouns + @")\s+)?" +
                        @"(?:(?:who\s+)?(?:came|come|are|were|hail(?:ed|ing)?|poached|hired|recruited|lured|defected)\s+)?(?:from|at|of)\s+(?:the\s+)?$"),
        CountWords = new CountWords(
            new Dictionary<string, int>(Numbers("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty", 2),
                StringComparer.OrdinalIgnoreCase),
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
