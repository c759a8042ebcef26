using TalentBot.Core;

namespace TalentBot.Extraction;

internal sealed partial class Lexicon
{
    private const string ItalianRoleNouns =
        @"ricercat(?:ore|rice|ori|rici)|ingegner[eia]|scienziat[oaie]|dirigent[ei]|dipendent[ei]|co-?fondat(?:ore|rice|ori)|fondat(?:ore|rice)|" +
        @"dirett(?:ore|rice)|responsabile|capo|manager|presidente|amministrat(?:ore|rice)\s+delegat[oa]|veteran[oaie]|espert[oaie]|informatic[oa]|sviluppat(?:ore|rice)|numero\s+due|vicepresidente";

    private const string ItalianFeminineRoles = @"ricercatrice|ingegnera|scienziata|dirigente|cofondatrice|co-fondatrice|fondatrice|direttrice|manager|presidente|veterana|esperta|informatica|sviluppatrice|responsabile";
    private const string ItalianMasculineRoles = @"ricercatore|ingegnere|scienziato|dirigente|cofondatore|co-fondatore|fondatore|direttore|manager|presidente|veterano|esperto|informatico|sviluppatore|responsabile";

    private const string ItalianApprox = @"decina|dozzina|quindicina|ventina|trentina|quarantina|cinquantina|centinaio";

    private const string ItalianSpeech =
        @"ha\s+dichiarato|dichiara|ha\s+detto|dice|ha\s+spiegato|spiega|ha\s+affermato|afferma|ha\s+confermato|conferma|ha\s+scritto|scrive|" +
        @"ha\s+aggiunto|aggiunge|ha\s+sottolineato|sottolinea|racconta|ha\s+raccontato|secondo|osserva|commenta|ha\s+commentato";

    // "ha inoltre nominato", "è poi passata": an adverb may stand between the auxiliary and its participle.
    private const string ItalianAdverb = @"(?:(?:anche|inoltre|già|infine|poi|ufficialmente|recentemente|appena|nel\s+frattempo|intanto|ora|quindi|invece)\s+)?";

    private static Lexicon BuildItalian() => new()
    {
        Language = Language.Italian,
        ProDrop = true,
        InvertedSubjects = true,
        Triggers =
        [
            new(R(@"\bdopo\s+(?:essersi\s+unit[oaie]|essere\s+(?:entrat|arrivat|passat|approdat)[oaie]|aver\s+raggiunto|il\s+suo\s+arrivo\s+(?:in|a|da))\b"),
                MoveKind.Joined, MoverSide.Before, Scene: true),
            new(R(@"\bminacci(?:at[oaie]|a|ava|ando|ano)\s+(?:(?:già|più\s+volte|apertamente|pubblicamente|seriamente|(?:la\s+settimana|il\s+mese)\s+scors[oa]|a\s+\p{L}+|ieri|recentemente)\s+)?di\s+(?:dimettersi|lasciare|andarsene|andare\s+via|uscire|tornare|passare)"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            // « che lascerebbe l'azienda se … »: a move held out on a condition is a threat.
            new(R(@"\b(?:lascerebb(?:e|ero)|se\s+ne\s+andrebb(?:e|ero)|passerebb(?:e|ero)|si\s+dimetterebb(?:e|ero)|andrebb(?:e|ero)\s+via)\b(?=[^.;]{0,100}?\bse\b)"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            new(R(@"\bnon\s+(?:ha|hanno|aveva|avevano)\s+mai\s+(?:iniziato|cominciato|preso\s+servizio|messo\s+piede)|\bnon\s+si\s+(?:è|era|sono|erano)\s+(?:mai\s+)?presentat[oaie]|\bsi\s+(?:è|sono)\s+tirat[oaie]\s+indietro\s+prima"),
                MoveKind.NeverStarted, MoverSide.Before),
            new(R(@"\b(?:rifiutato|respinto|declinato|rifiuta|respinge|declina|rifiutando)\s+[^.;]{0,50}?\b(?:offert[ae]|propost[ae]|corte|avances|lusinghe)\b|\b(?:ha|hanno|aveva)\s+(?:declinato|detto\s+no\s+a)\b" +
                  // « l'ha rifiutata », « ha detto no e resta »: the offer the sentence before made, refused by pronoun or flatly.
                  @"|\bl['’](?:ha|hanno|aveva)\s+(?:rifiutata|declinata|respinta)\b|\b(?:ha|hanno|aveva)\s+detto\s+(?:di\s+)?no\b" +
                  @"|\b(?:ha|hanno|aveva)\s+(?:rifiutato|declinato)\b(?=\s*(?:[.;]|$|,\s*(?:secondo|preferendo)))"),
                MoveKind.DeclinedOffer, MoverSide.Before),
            new(R(@"\b(?:è|sono|era|erano)\s+" + ItalianAdverb + @"(?:tornat[oaie]|ritornat[oaie]|rientrat[oaie])\b|\b(?:torn|ritorn|rientr)(?:a|ano|erà|eranno|ato|ata|ati|ate|are)\b(?=\s+(?:a|in|da|nel|nella|al|alla|presso|con)\b)|\bha\s+fatto\s+ritorno\b|\bil\s+(?:suo\s+)?ritorno\s+(?:a|in)\b"),
                MoveKind.Returned, MoverSide.Before),
            new(R(@"\b(?:è\s+stat[oa]|sono\s+stat[ie]|è|sono|viene|vengono|verrà|sarà)\s+" + ItalianAdverb + @"(?:nominat[oaie]|promoss[oaie]|designat[oaie]|chiamat[oa]\s+a\s+guidare)\b" +
                  @"|\bassume(?:rà)?\s+(?:il\s+ruolo|la\s+guida|la\s+carica)\b|\bha\s+assunto\s+(?:il\s+ruolo|la\s+guida|la\s+carica)\b|\bdiventa\b|\bdiventerà\b|\b(?:è|sarà)\s+diventat[oa]\b|\bguiderà\b"),
                MoveKind.Appointed, MoverSide.Before),
            // « ha affidato la guida del team a Marco Neri », « la guida è stata affidata a Marco Neri »: the phrase runs to
            // its « a », after which the person entrusted stands.
            new(R(@"\b(?:ha|hanno)\s+" + ItalianAdverb + @"(?:nominato|promosso|designato)\b|\bnomin(?:a|ano)\b(?=\s+[A-ZÀ-Ý])" +
                  @"|\b(?:ha|hanno)\s+" + ItalianAdverb + @"affidato\s+(?:la\s+(?:guida|direzione|responsabilità|presidenza)|il\s+timone)\b[^.;:]{0,80}?\ba(?=\s)" +
                  @"|\b(?:è\s+stat[oa]|viene|verrà|sarà)\s+" + ItalianAdverb + @"affidat[oa]\s+a(?=\s)"), MoveKind.Appointed, MoverSide.After),
            new(R(@"\b(?:è\s+stat[oa]|sono\s+stat[ie]|è|sono|viene|vengono|venne|stat[oaie])\s+" + ItalianAdverb + @"(?:assunt[oaie]|reclutat[oaie]|ingaggiat[oaie]|strappat[oaie]|sottratt[oaie]|attirat[oaie]|soffiat[oaie])\b" +
                  @"|\b(?:assunt[oaie]|reclutat[oaie]|ingaggiat[oaie]|strappat[oaie]|sottratt[oaie]|soffiat[oaie])(?=\s+(?:da|dal|dalla|dall['’])\b)"),
                MoveKind.Joined, MoverSide.Before, PassiveAgent: true),
            new(R(@"\b(?:ha|hanno|aveva|avevano)\s+" + ItalianAdverb + @"(?:assunto|reclutato|ingaggiato|strappato|sottratto|attirato|soffiato|portato\s+a\s+bordo)\b(?!\s+(?:il\s+ruolo|la\s+guida|la\s+carica))|\b(?:recluta|ingaggia|assume)\b(?!\s+(?:il\s+ruolo|la\s+guida|la\s+carica))|\bl['’](?:arrivo|ingresso|assunzione)\s+di\b(?=\s*[A-ZÀ-Ý])" +
                  @"|\b(?:ha|hanno)\s+chiamato\b(?=\s*[A-ZÀ-Ý])|\b(?:si\s+è|si\s+sono)\s+affidat[oaie]\s+a\b(?=\s*[A-ZÀ-Ý])"),
                MoveKind.Joined, MoverSide.After),
            new(R(@"\b(?:è|sono|era|erano)\s+" + ItalianAdverb + @"entrat[oaie](?:\s+a\s+far\s+parte\s+(?:di|del|della|dell['’])|\b)|\bentr(?:a|ano|erà|eranno|are)\s+(?:a\s+far\s+parte\s+(?:di|del|della|dell['’])|in|nel|nella)|\bsi\s+(?:è|sono)\s+unit[oaie]\b|\bentrat[oaie]\s+(?:in|a|nel|nella|nell['’])|\bsi\s+unir(?:à|anno)\b|\bunirsi\b" +
                  @"|\b(?:è|sono)\s+" + ItalianAdverb + @"passat[oaie]\b|\bpasser(?:à|anno)\s+(?:a|al|alla|in)\b|\bpassa\s+(?:a|al|alla|in)\b|\bapprodat[oaie]\b|\bapproda(?:re|rà|no)?\b|\bha\s+firmato\s+(?:con|per)\b|\bsi\s+(?:è|sono)\s+trasferit[oaie]\b" +
                  @"|\b(?:è|sono|era|erano)\s+" + ItalianAdverb + @"arrivat[oaie]\b|\barriva\b(?=\s+(?:a|in|da|dal|dalla|dall['’]))|\bprovien(?:e|ono)\b(?=\s+(?:da|dal|dalla|dall['’]))|\bha\s+raggiunto\b|\braggiunge(?:rà)?\b"),
                MoveKind.Joined, MoverSide.Before),
            new(R(@"\b(?:l['’]addio|l['’]uscita|la\s+partenza|le\s+dimissioni)\s+di\b(?=\s*[A-ZÀ-Ý])"), MoveKind.Left, MoverSide.After),
            new(R(@"\b(?:ha|hanno|aveva|avevano|avrebbe)\s+lasciato\b|\blasci(?:a|ano|ato|ata|ati|ate|ando|are)\b|\blascer(?:à|anno)\b|\bse\s+n['’]?\s*(?:ne\s+)?(?:è|e|sono|era)\s+andat[oaie]\b" +
                  @"|\bse\s+ne\s+(?:è|sono|era|va|vanno|andrà)(?:\s+andat[oaie])?\b|\bsi\s+(?:è|sono)\s+dimess[oaie]\b|\bsi\s+dimett(?:e|erà|ono)\b|\bdimissioni\b|\b(?:ha|hanno)\s+abbandonato\b" +
                  @"|\babbandon(?:a|ato|ata|are)\b|\b(?:è|sono)\s+uscit[oaie]\b|\buscit[oa]\s+da\b|\bha\s+detto\s+addio\b|\baddio\s+a\b|\b(?:è|sono)\s+andat[oaie]\s+via\b|\b(?:il\s+suo|la\s+sua)\s+(?:addio|uscita|partenza)\b"),
                MoveKind.Left, MoverSide.Before),
        ],
        ClauseBreak = R(@";|,\s*(?=(?:ma|mentre|però|tuttavia|sebbene|anche\s+se|benché)\b)|\b(?:ma|mentre|però|tuttavia|sebbene|benché|anche\s+se)\b|\be\s+(?=non\s+è\s+chiaro)"),
        GroupNaming = R(@"^(?:si\s+tratta\s+di|sono|tra\s+(?:loro|questi|di\s+loro|i\s+\w+)|fra\s+(?:loro|questi|i\s+\w+))\b"),
        Also = R(@"\b(?:anche|pure|a\s+sua\s+volta|altrettanto)\b"),
        Then = R(@"\b(?:poi|prima\s+di|quindi|successivamente)\b"),
        AdverbAfterVerb = R(@"^\s*(?:a\s+sua\s+volta|a\s+loro\s+volta|anche|infine|ufficialmente|ora|recentemente)\b,?"),
        DescribedObjectGap = R(@"^\s+(?:(?:a\s+far\s+parte\s+)?(?:del|della|dello|il|lo|la|l[\'’]|al|alla|nel|nella)\s+)?(?:colosso|gigante|società|azienda|start-?up|gruppo|laboratorio|produttore|sviluppatore|unicorno|rivale|concorrente)(?:\s+[\p{Ll}\'’-]+){0,6}\s+$"),
        SpeechVerb = R(@"\b(?:" + ItalianSpeech + @")\b"),
        SpeechComplement = R(@"^\s*(?:di\s+)?(?:(?:aver|avere|essere|esser)\s+(?:\w+\s+){0,3}(?:di\s+|a\s+)?)?$"),
        NounSubjectBefore = R(@"(?:^|[,;:]\s*|\s)(?:il|lo|la|i|gli|le|un|una|uno|questo|questa|quest['’]|l['’]|un['’])\s*\p{Ll}[\p{L}'’-]+\s+(?:[\p{Ll}'’-]+\s+){0,2}$"),
        RelativePronoun = R(@"\bche\b"),
        RelativeStart = R(@",\s*(?:che|cui|il\s+quale|la\s+quale|i\s+quali|le\s+quali|dove)\b"),
        AppositiveAfterName = R(@"^\s*,\s*(?:(?:un|una|uno|il|lo|la|i|gli|le|ex|finora|attuale|già|che|suo|sua|direttore|direttrice|ricercat(?:ore|rice)|ingegner[ea]|cofondat(?:ore|rice)|fondat(?:ore|rice)|responsabile|numero|manager|arrivat[oa]|proveniente|originari[oa]|vicepresidente)\b|l['’]|un['’]|\d{1,3}\s+anni\s*,)"),
        LeadingAside = R(@"(?:^|(?<=,\s?))(?:secondo|stando\s+a|a\s+detta\s+di|oltre\s+(?:a|al|alla|ai|agli|alle|all['’])|in\s+aggiunta\s+(?:a|al|alla|ai|agli|alle|all['’])|come\s+riferito\s+da|a\s+differenza\s+di)\b"),
        PrepositionBefore = R(@"(?:\b(?:di|del|della|dei|degli|delle|da|dal|dalla|a|al|alla|ai|in|nel|nella|con|su|sul|per|tra|fra|presso|verso|secondo|come|sostituisce|sostituire|sostituito|succede\s+a|succedere\s+a|ringrazia|ringraziato|accoglie|accolto)\s+|\b(?:dell|dall|all|nell|sull)['’]\s*)(?:il\s+|lo\s+|la\s+|l['’])?$"),
        Pronouns =
        [
            new(R(@"\blui\b"), Gender.Masculine),
            new(R(@"\blei\b"), Gender.Feminine),
            new(R(@"\begli\b"), Gender.Masculine),
            new(R(@"\bella\b"), Gender.Feminine),
            new(R(@"\b(?:il\s+suo|la\s+sua)\b(?=\s+(?:addio|uscita|partenza|arrivo|ingresso|ritorno|passaggio|trasferimento|nomina|assunzione|decisione|compenso|stipendio|retribuzione|pacchetto|contratto|ingaggio))"), Gender.Unknown, Possessive: true),
            new(R(@"\bloro\b"), Gender.Unknown, Plural: true),
        ],
        Descriptions =
        [
            new(R(@"\b(?:la\s+|l['’])(?:(?:giovane|ex|nuova)\s+)?(?:ricercatrice|ingegnera|scienziata|cofondatrice|fondatrice|direttrice|manager|esperta|informatica|sviluppatrice|veterana|italiana|francese|americana|britannica|tedesca|cinese|indiana|giapponese|quarantenne|trentenne|cinquantenne)\b|\bquest['’]ultima\b"), Gender.Feminine),
            new(R(@"\b(?:il\s+|l['’]|lo\s+)(?:(?:giovane|ex|nuovo)\s+)?(?:ricercatore|ingegnere|scienziato|cofondatore|fondatore|direttore|manager|esperto|informatico|sviluppatore|veterano|italiano|francese|americano|britannico|tedesco|cinese|indiano|giapponese|quarantenne|trentenne|cinquantenne)\b|\bquest['’]ultimo\b"), Gender.Masculine),
        ],
        OwnCompanyReference = R(@"\bnostr[ao]\s+(?:azienda|società|gruppo|laboratorio|squadra|team)\b"),
        CompletedBefore = R(@"\b(?:ha|hanno|aveva|avevano|è|sono|era|erano|si\s+è|si\s+sono|s['’]è)\s+(?:(?:già|appena|poi|ufficialmente|anche|infine|recentemente|così)\s+)?(?:stat[oaie]\s+)?$"),
        CompletedForm = R(@"^(?:ha|hanno|aveva|avevano|è|sono|era|erano)\s"),
        StayStartBefore = R(@"\b(?:fin|sin)\s+(?:dal(?:l['’])?|dalla)\s*$"),
        CompanyEpithet = R(@"\b(?:il|la|l['’]|(?:a|da|de|ne|su)(?:l|lla|llo|ll['’]))\s*(?:gruppo|colosso|gigante|società|azienda|compagnia|start-?up|laboratorio)\s+(?:(?:guidat[oa]|dirett[oa]|fondat[oa]|cofondat[oa]|capitanat[oa]|presiedut[oa])\s+)?(?:di|da)\s+(?<name>(?-i:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))"),
        CompanyReference = R(@"\b(?:l['’]azienda|la\s+società|la\s+startup|la\s+start-up|il\s+gruppo|il\s+laboratorio|il\s+colosso(?:\s+\w+)?|la\s+compagnia|la\s+casa\s+di\s+\w+)\b"),
        GenericSubject = R(@"\b(?:ricercatori|ricercatrici|ingegneri|dipendenti|scienziati|reclute|assunzioni|acquisti|dirigenti|collaboratori|persone|talenti|molti|molte|parecchi|alcuni|altri|membri|fondatori)\b"),
        NonMoverBefore = R(@"\b(?:portavoce|analista|giornalista|cacciatore\s+di\s+teste|recruiter|avvocat[oa]|consulente|osservat(?:ore|rice)|editorialista|economista)\s+$"),
        NonMoverAfter = R(@"^\s*,\s*(?:(?:un|una|il|la|l['’])\s*)?(?:[\w-]+\s+){0,2}(?:portavoce|analista|giornalista|cacciatore\s+di\s+teste|recruiter|avvocat[oa]|consulente|editorialista|economista)\b"),
        PersonTitleBefore = Cased(@"\b(?:Sig|Sig\.ra|Sigg|Dott|Dott\.ssa|Ing|Prof|Avv|Dr)\.?\s+$"),
        // Adjectives follow the noun: "direttore scientifico, Leo Costa".
        PersonRoleBefore = R(@"\b(?:" + ItalianRoleNouns + @"|ex|CEO|portavoce|analista|secondo|ha\s+dichiarato|spiega|dice|racconta)\b(?:\s+\p{Ll}[\p{L}'’-]*){0,2},?\s+$"),
        PersonCueAfter = R(@"^,?\s+(?:(?:un|una|l['’]|il|la)\s*)?(?:ex\s+|ex-)?(?:ricercat|ingegner|scienziat|dirigent|cofondat|co-fondat|fondat|dirett|veteran|pionier|responsabil|manager|espert)|^\s*\(\d{2}\s+anni\)|^,\s+\d{2}\s+anni\b" +
                           @"|^,?\s+(?:" + ItalianSpeech + @")\b"),
        GenderBefore = R(@"(?<f>\b(?:Sig\.ra|Dott\.ssa)\s+$|\b(?:la|una)\s+(?:\w+\s+)?(?:" + ItalianFeminineRoles + @")\s+$)|(?<m>\b(?:Sig|Dott)\.\s+$|\b(?:il|un|lo)\s+(?:\w+\s+)?(?:" + ItalianMasculineRoles + @")\s+$)"),
        GenderAfter = R(@"^\s*,\s*(?:(?<f>una|la)\b|(?<m>un|uno|il|lo)\b)|^\s+(?:è|era|si\s+è|è\s+stat[oa])\s+(?:\w+\s+)?(?:(?<f>passata|entrata|arrivata|tornata|rientrata|nominata|assunta|uscita|andata|approdata|dimessa|unita)|(?<m>passato|entrato|arrivato|tornato|rientrato|nominato|assunto|uscito|andato|approdato|dimesso|unito))\b"),
        SlotBefore = R(@"(?:\b(?<w>a\s+favore|all['’]interno|in\s+seno)\s+(?:di\s+|del\s+|della\s+|dei\s+|dell['’]\s*|a\s+|al\s+|alla\s+|all['’]\s*)|\b(?<w>da|dal|dalla|dai|di|del|della|a|al|alla|ad|in|nel|nella|per|verso|presso|con)\s+|\b(?<w>dall|dell|all|nell)['’]\s*)(?:(?:colosso|gigante|società|azienda|start-?up|laboratorio|rivale|concorrente|gruppo|unicorno)(?:\s+[\p{Ll}'’-]+){0,3}\s+)?$"),
        SlotOfWord = word => word.ToLowerInvariant() switch
        {
            "da" or "dal" or "dalla" or "dall" or "dai" => Slot.From,
            "di" or "del" or "della" or "dell" => Slot.Role,
            "a" or "al" or "alla" or "all" or "ad" or "in" or "nel" or "nella" or "nell" or "per" or "verso" or "a favore" => Slot.To,
            "presso" or "con" or "all'interno" or "all’interno" or "in seno" => Slot.At,
            _ => Slot.None,
        },
        SchoolBefore = R(@"\b(?:laureat[oaie]|diplomat[oaie]|(?:ha\s+)?studiato|dottorato)\s+(?:in\s+[\p{Ll}-]+\s+)?(?:al\s+|alla\s+|allo\s+|all['’]\s*|a\s+|presso\s+(?:il\s+|la\s+|l['’]\s*)?)$"),
        BirthplaceBefore = R(@"\b(?:originari[oa]\s+(?:di\s+|del\s+|della\s+|d['’]\s*)|nat[oa]\s+(?:a|in|ad)\s+|cresciut[oa]\s+(?:a|in|ad)\s+)$"),
        CreatorOfBefore = R(@"\b(?:co-?(?:creat|fondat|ideat|invent)|creat|ideat|invent)(?:ore|rice|ori|rici)\s+(?:(?:di|del|dello|della)\s+|d['’]\s*)$"),
        TenureBefore = R(@"\b(?:anni|mesi|periodo|esperienza|passaggio|parentesi|carriera|lavorato|lavorava|trascorso\s+\w+\s+anni)\s+(?:\w+\s+){0,2}(?:in|a|presso|da|con|per)\s+$"),
        FormerBefore = R(@"(?:\bex\s+(?:[\p{Ll}-]+\s+){1,3}(?:di|del|della|dei|dell['’])\s*(?:[\p{Ll}-]+\s+){0,3}|\bex-|\bex\s+|\bgià\s+(?:in|a|di)\s+|\bveteran[oaie]\s+di\s+|\bcresciut[oaie]\s+in\s+|\bpassat[oaie]\s+per\s+|\bin\s+passato\s+(?:in|a|presso)\s+|\b(?:precedentemente|in\s+precedenza)\s+(?:[\p{Ll}-]+\s+){0,2}(?:in|a|presso|da|per)\s+)$"),
        DestinationBetween = R(@"\b(?:per|verso)\b"),
        StintBefore = R(@"\bdopo\s+(?:(?:[\w-]+\s+){0,3}(?:anni|mesi|settimane|giorni|periodo|esperienza)\s+(?:[\w-]+\s+){0,2}|aver\s+(?:lavorato|trascorso\s+(?:[\w-]+\s+){1,3})\s*(?:[\w-]+\s+){0,2})(?:in|a|presso|da|con|al|alla|nel|nella|per)\s+$"),
        OriginBefore = R(@"\b(?:provenient[ei]|arrivat[oaie]|venut[oaie])\s+(?:da\s+|dal\s+|dalla\s+|dall['’]\s*)$|\bstrappat[oaie]\s+(?:a\s+|al\s+|alla\s+|all['’]\s*)$"),
        UnitBefore = R(@"\b(?:il\s+|lo\s+|la\s+|l['’]|un\s+|una\s+|un['’]|nel\s+|nella\s+|nell['’]|del\s+|della\s+|dell['’]|al\s+|alla\s+|all['’])(?:(?:nuov[oa]|piccol[oa])\s+)?(?:team|squadra|divisione|laboratorio|reparto|gruppo|unità|dipartimento|ufficio|sede|filiale)\s+(?:[\p{Ll}'’‘“”«»-]+\s+){0,3}(?:di\s+|del\s+|della\s+|dell['’])$"),
        RoleBefore = R(@"\b(?:" + ItalianRoleNouns + @")\b(?:\s+[\p{Ll}\-]+){0,3}\s+(?<!\bfavore\s)(?:(?:di|del|della|presso|in)\s+|dell['’]\s*)$"),
        OfferNounBefore = R(@"\b(?:offert[ae]|propost[ae]|corte|avances|lusinghe)\s+(?:(?:di|del|della|da|dal|dalla)\s+|(?:dell|dall)['’]\s*)$"),
        CoordinationStart = R(@"^\s*(?:,\s*(?:e\s+|ed\s+)?|e\s+|ed\s+)"),
        Coordination = R(@"^(?:\s*(?:,|e|ed|nonché|oltre\s+a|o|(?:il\s+suo|la\s+sua|i\s+suoi|le\s+sue|il\s+loro|la\s+loro)\s+(?:collega|colleghi|colleghe|collaborat(?:ore|rice|ori|rici)|vice))\s*)+$"),
        NonOrganisationObjectAfter = R(@"^\s+(?:il|lo|la|l['’]|i|gli|le|un|una|uno|molti|molte|tanti|tante|parecchi|alcuni|tutti|suo|sua|suoi|sue|spazio|indietro)(?:\b|(?<=['’]))(?!\s*(?:\d|(?:\w+\s+)?(?:mese|mesi|anno|anni|settimana|giorno|primavera|estate|autunno|inverno)\b))[^,.;:]*?(?=\s+(?:a|al|alla|in|nel|nella|da|dal|dalla|di|per|presso|con|dopo|prima)\b|[,.;:]|$)"),
        DescribedOrgCueBefore = Cased(@"(?:\b(?:da|dal|dalla|di|del|della|presso|a|al|alla|in|nel|nella|per|lasciato|lascia|raggiunto)\s+|\b(?:dall|dell|all|nell)['’]\s*)(?:il\s+|lo\s+|la\s+|l['’])?" +
                                      @"(?:colosso|gigante|società|azienda|start-?up|gruppo|laboratorio|produttore|sviluppatore|unicorno)(?:\s+[\p{Ll}'’-]+){0,6}\s+$"),
        UnknownOrgCueBefore = R(@"(?:\b(?:presso|lasciato|lascia|raggiunto|approdato|approdata|entrato\s+in|entrata\s+in)\s+|(?<prep>\b(?:da|di|a|in|per)\s+|\b(?:dall|dell|all|nell)['’]\s*))$"),
        NegationBefore = R(@"\b(?:non|mai|né)\s+(?:\w+\s+){0,2}$|\b(?:smentito|smentisce|smentiscono|negato|nega|negano)\b.*$|\b(?:invece\s+di|anziché|piuttosto\s+che|senza)\s+$|\bnessuna\s+intenzione\s+di\s+$" +
                           @"|\bnon\s+è\s+(?:vero|corretto|esatto)\s+che\b.*$|\bè\s+falso\s+che\b.*$|\bcontrariamente\s+a\b[^,]*$"),
        Speculation = R(@"\b(?:potrebbe|potrebbero|potrà|si\s+vocifera|vociferat\w*|indiscrezion\w*|voci|rumors?|trattativ\w*|starebbe|sarebbe\s+in|valuta\w*|non\s+è\s+chiaro|resta\s+da\s+capire|incert\w*|forse|probabilmente|si\s+parla|ipotesi|ipotizz\w*|corteggiat\w*|tentat[oa]\s+da)\b"),
        Hypothetical = R(@"\bse\b(?!\s+ne\b)|\bqualora\b|\bnel\s+caso\s+in\s+cui\b|\bavesse\s+accettato\b"),
        AttemptBefore = R(@"\b(?:cercato|cerca|cercava|tentato|tenta|tentava|provato|prova|provava|tentativo|sforzi?|voluto|voleva|sperava|spera)\b[^.;]{0,50}?\b(?:di|a|per)\s+$"),
        PurposeBefore = R(@"\b(?:per|al\s+fine\s+di|allo\s+scopo\s+di)\s+$"),
        OfferBefore = R(@"\b(?:offerta|offerto|proposta|proposto|invito|invitato|offre)\b[^.;]{0,60}?\b(?:di|a|per)\s+$"),
        Denial = R(@"\b(?:smentit[oaie]|smentisce|smentiscono|smentita|negat[oaie]|nega|negano|fals[oaie]|infondat[oaie]|priv[oaie]\s+di\s+fondamento|rettific\w+)\b"),
        Stays = R(@"\b(?:resta|resterà|rimane|rimarrà|è\s+rimast[oa]|ha\s+preferito\s+restare|preferisce\s+restare|preferendo\s+restare|per\s+(?:restare|rimanere)|resterebbe)(?:\s+(?:invece|ancora|quindi|comunque))?\s+(?:a|ad|in|presso|con|al|alla|nel|nella)\b"),
        OfferMade = R(@"\b(?:offerto|offerta|proposto|proposta|propone|avvicinat[oa]|corteggiat[oa]|tentato\s+di\s+(?:assumere|reclutare|strappare))\b"),
        PayCue = R(@"\b(?:stipendio|compenso|retribuzione|pacchetto|bonus|ingaggio|pagat[oa]|guadagn\w+|offerta|contratto|azioni|all['’]anno|annu[oa]|annui)\b"),
        DealCue = R(@"\b(?:acquisizione|acquisit[oa]|rilevat[oa]|compravendita|valutazione|valutat[oa]|raccolt[oa]|finanziamento|investiment\w+|investit[oa]|fatturato|accordo|licenza)\b"),
        CountBefore = R(@"(?:\b(?<bound>più\s+di|oltre|almeno|circa|quasi|non\s+meno\s+di|ben)\s+)?(?<![\d$€£.,])\b(?:una?\s+)?(?<n>\d{1,4}|" + ItalianApprox + @"|[a-zé]+)\s+" +
                        @"(?:(?:ex|altri|altre)\s+)?(?:di\s+)?(?:(?:persone|ricercatori|ricercatrici|ingegneri|dipendenti|scienziati|membri|talenti|esperti|professionisti)\s+)?" +
                        @"(?:(?:(?:provenienti|arrivati|arrivate|sono|vengono|venuti|strappati|reclutati|assunti)\s+)?(?:(?:da|dal|dalla|di|della|del)\s+|(?:dall|dell)['’]\s*)" +
                        @"|(?<left>(?:hanno|avevano|avrebbero)\s+(?:già\s+)?(?:lasciato|abbandonato)\s+)(?:il\s+|la\s+|l['’]\s*)?)$"),
        CountAfterSource = R(@"^\s+(?:ha|aveva|avrebbe)\s+(?:già\s+)?perso\s+(?<bound>più\s+di|oltre|almeno|circa|quasi)?\s*(?:una?\s+)?(?<n>\d{1,4}|" + ItalianApprox + @"|[a-zé]+)\b"),
        StaffSizeBefore = R(@"\b(?:team|squadra|organico)\s+di\s+(?:circa\s+|quasi\s+)?$|\bimpiega(?:va)?\s+(?:circa\s+|quasi\s+)?$|\b(?:dei|delle|suoi|sue)\s+$|\bconta\s+(?:circa\s+)?$"),
        StaffSizeAfter = R(@"^\s+(?:persone|dipendenti|collaboratori)\s+(?:in\s+tutto|nel\s+mondo|in\s+totale)\b"),
        CountWords = new CountWords(
            new Dictionary<string, int>(Numbers("due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti", 2),
                StringComparer.OrdinalIgnoreCase) { ["trenta"] = 30, ["quaranta"] = 40, ["cinquanta"] = 50 },
            new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
            {
                ["decina"] = 10, ["dozzina"] = 12, ["quindicina"] = 15, ["ventina"] = 20, ["trentina"] = 30, ["quarantina"] = 40,
                ["cinquantina"] = 50, ["centinaio"] = 100,
            },
            bound => bound.ToLowerInvariant() switch
            {
                "più di" or "oltre" => CountBound.MoreThan,
                "almeno" or "non meno di" => CountBound.AtLeast,
                "" or "ben" => CountBound.Exactly,
                _ => CountBound.About,
            }),
    };
}
