using TalentBot.Core;

namespace TalentBot.Extraction;

internal sealed partial class Lexicon
{
    private const string ItalianRoleNouns =
        @"ricercat(?:ore|rice|ori|rici)|ingegner[ei]|scienziat[oaie]|dirigent[ei]|dipendent[ei]|co-?fondat(?:ore|rice|ori)|fondat(?:ore|rice)|" +
        @"dirett(?:ore|rice)|responsabile|capo|manager|presidente|amministrat(?:ore|rice)\s+delegat[oa]|veteran[oaie]|espert[oaie]";

    private const string ItalianApprox = @"decina|dozzina|quindicina|ventina|trentina|quarantina|cinquantina|centinaio";

    private static Lexicon BuildItalian() => new()
    {
        Language = Language.Italian,
        ProDrop = true,
        Triggers =
        [
            new(R(@"\bdopo\s+(?:essersi\s+unit[oaie]|essere\s+(?:entrat|arrivat|passat|approdat)[oaie]|aver\s+raggiunto)\b" +
                  @"|,\s*(?:che\s+(?:è|era)\s+)?(?:entrat|arrivat|approdat)[oaie]\s+(?:in|a|nel|nella|presso)\b|,\s*che\s+(?:si\s+è|si\s+era)\s+unit[oaie]\b"),
                MoveKind.Joined, MoverSide.Before, SetsScene: true),
            new(R(@"\bminacci(?:at[oaie]|a|ava|ando)\s+di\s+(?:dimettersi|lasciare|andarsene|andare\s+via|uscire)"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            new(R(@"\bnon\s+(?:ha|hanno|aveva|avevano)\s+mai\s+(?:iniziato|cominciato|preso\s+servizio|messo\s+piede)|\bnon\s+si\s+(?:è|era|sono|erano)\s+(?:mai\s+)?presentat[oaie]"),
                MoveKind.NeverStarted, MoverSide.Before),
            new(R(@"\b(?:rifiutato|respinto|declinato|rifiuta|respinge|declina)\s+[^.;]{0,50}?\b(?:offert[ae]|propost[ae]|corte|avances)\b|\b(?:ha|hanno|aveva)\s+(?:declinato|detto\s+no\s+a)\b"),
                MoveKind.DeclinedOffer, MoverSide.Before),
            new(R(@"\b(?:è|sono|era|erano)\s+(?:tornat[oaie]|ritornat[oaie]|rientrat[oaie])\b|\b(?:torn|ritorn|rientr)(?:a|ano|erà|eranno|ato|ata|ati|ate|are)\b|\bha\s+fatto\s+ritorno\b"),
                MoveKind.Returned, MoverSide.Before),
            new(R(@"\b(?:è\s+stat[oa]|sono\s+stat[ie]|è|sono|viene|vengono|verrà|sarà)\s+(?:ufficialmente\s+)?(?:nominat[oaie]|promoss[oaie]|designat[oaie])\b" +
                  @"|\bassume(?:rà)?\s+(?:il\s+ruolo|la\s+guida|la\s+carica)\b|\bha\s+assunto\s+(?:il\s+ruolo|la\s+guida|la\s+carica)\b|\bdiventa\b|\bdiventerà\b|\b(?:è|sarà)\s+diventat[oa]\b|\bguiderà\b"),
                MoveKind.Appointed, MoverSide.Before),
            new(R(@"\b(?:ha|hanno)\s+(?:nominato|promosso|designato)\b"), MoveKind.Appointed, MoverSide.After),
            new(R(@"\b(?:è\s+stat[oa]|sono\s+stat[ie]|è|sono|viene|vengono|venne|stat[oaie])\s+(?:assunt[oaie]|reclutat[oaie]|ingaggiat[oaie]|strappat[oaie]|sottratt[oaie]|attirat[oaie])\b" +
                  @"|\b(?:assunt[oaie]|reclutat[oaie]|ingaggiat[oaie])(?=\s+(?:da|dal|dalla|dall['’])\b)"),
                MoveKind.Joined, MoverSide.Before, PassiveAgent: true),
            new(R(@"\b(?:ha|hanno|aveva|avevano)\s+(?:assunto|reclutato|ingaggiato|strappato|sottratto|attirato|soffiato)\b(?!\s+(?:il\s+ruolo|la\s+guida|la\s+carica))|\b(?:recluta|ingaggia)\b|\bl['’](?:arrivo|ingresso|assunzione)\s+di\b"),
                MoveKind.Joined, MoverSide.After),
            new(R(@"\b(?:è|sono|era|erano)\s+entrat[oaie](?:\s+a\s+far\s+parte\s+(?:di|del|della|dell['’])|\b)|\bentr(?:a|ano|erà|eranno|are)\s+(?:a\s+far\s+parte\s+(?:di|del|della|dell['’])|in|nel|nella)|\bsi\s+(?:è|sono)\s+unit[oaie]\b|\bsi\s+unir(?:à|anno)\b|\bunirsi\b" +
                  @"|\b(?:è|sono)\s+passat[oaie]\b|\bpasser(?:à|anno)\s+(?:a|al|alla|in)\b|\bpassa\s+(?:a|al|alla|in)\b|\bapprodat[oaie]\b|\bapproda(?:re|rà|no)?\b|\bha\s+firmato\s+(?:con|per)\b" +
                  @"|\b(?:è|sono|era|erano)\s+arrivat[oaie]\b|\barriva\b(?=\s+(?:a|in|da|dal|dalla|dall['’]))|\bprovien(?:e|ono)\b(?=\s+(?:da|dal|dalla|dall['’]))|\bha\s+raggiunto\b|\braggiunge(?:rà)?\b"),
                MoveKind.Joined, MoverSide.Before),
            new(R(@"\b(?:l['’]addio|l['’]uscita|la\s+partenza|le\s+dimissioni)\s+di\b(?=\s*[A-ZÀ-Ý])"), MoveKind.Left, MoverSide.After),
            new(R(@"\b(?:ha|hanno|aveva|avevano|avrebbe)\s+lasciato\b|\blasci(?:a|ano|ato|ata|ati|ate|ando|are)\b|\blascer(?:à|anno)\b|\bse\s+n['’]?\s*(?:ne\s+)?(?:è|e|sono|era)\s+andat[oaie]\b" +
                  @"|\bse\s+ne\s+(?:è|sono|era|va|vanno|andrà)(?:\s+andat[oaie])?\b|\bsi\s+(?:è|sono)\s+dimess[oaie]\b|\bsi\s+dimett(?:e|erà|ono)\b|\bdimissioni\b|\b(?:ha|hanno)\s+abbandonato\b" +
                  @"|\babbandon(?:a|ato|ata|are)\b|\b(?:è|sono)\s+uscit[oaie]\b|\buscit[oa]\s+da\b|\bha\s+detto\s+addio\b|\baddio\s+a\b|\b(?:è|sono)\s+andat[oaie]\s+via\b"),
                MoveKind.Left, MoverSide.Before),
        ],
        ClauseBreak = R(@";|,\s*(?=(?:ma|mentre|però|tuttavia|sebbene|anche\s+se|benché)\b)|\b(?:ma|mentre|però|tuttavia|sebbene|benché|anche\s+se)\b|\be\s+(?=non\s+è\s+chiaro)|—|\s–\s"),
        NegationBefore = R(@"\b(?:non|mai|né)\s+(?:\w+\s+){0,2}$|\b(?:smentito|smentisce|smentiscono|negato|nega|negano)\b.*$|\b(?:invece\s+di|anziché|piuttosto\s+che|senza)\s+$|\bnessuna\s+intenzione\s+di\s+$" +
                           @"|\bnon\s+è\s+(?:vero|corretto|esatto)\s+che\b.*$|\bè\s+falso\s+che\b.*$|\bcontrariamente\s+a\b[^,]*$"),
        Speculation = R(@"\b(?:potrebbe|potrebbero|potrà|si\s+vocifera|vociferat\w*|indiscrezion\w*|voci|rumors?|trattativ\w*|starebbe|sarebbe\s+in|valuta\w*|non\s+è\s+chiaro|resta\s+da\s+capire|incert\w*|forse|probabilmente|se\s+(?:lui|lei)|si\s+parla|ipotesi|ipotizz\w*)\b"),
        AttemptBefore = R(@"\b(?:cercato|cerca|cercava|tentato|tenta|tentava|provato|prova|provava|tentativo|sforzi?|voluto|voleva|sperava|spera)\b[^.;]{0,50}?\b(?:di|a|per)\s+$"),
        OfferBefore = R(@"\b(?:offerta|offerto|proposta|proposto|invito|invitato|offre)\b[^.;]{0,60}?\b(?:di|a|per)\s+$"),
        Pronoun = R(@"\b(?:lui|lei|egli|ella|il\s+ricercatore|la\s+ricercatrice|l['’]ingegnere|quest['’]ultim[oa])\b"),
        CompanyAnaphor = R(@"\b(?:l['’]azienda|la\s+società|la\s+startup|il\s+gruppo|il\s+laboratorio)\b"),
        PersonTitleBefore = Cased(@"\b(?:Sig|Sig\.ra|Sigg|Dott|Dott\.ssa|Ing|Prof|Avv|Dr)\.?\s+$"),
        PersonRoleBefore = R(@"\b(?:" + ItalianRoleNouns + @"|ex|CEO)\b,?\s+$"),
        PersonCueAfter = R(@"^,?\s+(?:(?:un|una|l['’]|il|la)\s*)?(?:ex\s+|ex-)?(?:ricercat|ingegner|scienziat|dirigent|cofondat|co-fondat|fondat|dirett|veteran|pionier)|^\s*\(\d{2}\s+anni\)|^,\s+\d{2}\s+anni\b"),
        SlotBefore = R(@"(?:\b(?<w>da|dal|dalla|dai|di|del|della|a|al|alla|ad|in|nel|nella|per|verso|presso|con)\s+|\b(?<w>dall|dell|all|nell)['’]\s*)$"),
        SlotOfWord = word => word.ToLowerInvariant() switch
        {
            "da" or "dal" or "dalla" or "dall" or "dai" => Slot.From,
            "di" or "del" or "della" or "dell" => Slot.Role,
            "a" or "al" or "alla" or "all" or "ad" or "in" or "nel" or "nella" or "nell" or "per" or "verso" => Slot.To,
            "presso" or "con" => Slot.At,
            _ => Slot.None,
        },
        CreatorOfBefore = R(@"\b(?:co-?(?:creat|fondat|ideat|invent)|creat|ideat|invent)(?:ore|rice|ori|rici)\s+(?:(?:di|del|dello|della)\s+|d['’]\s*)$"),
        FormerBefore = R(@"(?:\b(?:anni|mesi|periodo|esperienza|carriera|lavorato)\s+(?:\w+\s+){0,2}?(?:in|a|presso|da|con|per)\s+|\bex-|\bex\s+|\bgià\s+(?:in|a|di)\s+|\bveteran[oaie]\s+di\s+|\bprovenient[ei]\s+da\s+|\barrivat[oaie]\s+da\s+|\bcresciut[oaie]\s+in\s+)$"),
        RoleBefore = R(@"\b(?:" + ItalianRoleNouns + @")\b(?:\s+[\p{Ll}\-]+){0,3}?\s+(?:(?:di|del|della|presso|in)\s+|dell['’]\s*)$"),
        OfferNounBefore = R(@"\b(?:offert[ae]|propost[ae]|corte|avances)\s+(?:(?:di|del|della|da|dal|dalla)\s+|(?:dell|dall)['’]\s*)$"),
        Coordination = R(@"^(?:\s*(?:,|e|ed|nonché|oltre\s+a|o|(?:il\s+suo|la\s+sua|i\s+suoi|le\s+sue|il\s+loro|la\s+loro)\s+(?:collega|colleghi|colleghe|collaborat(?:ore|rice|ori|rici)))\s*)+$"),
        GenericSubject = R(@"\b(?:ricercatori|ricercatrici|ingegneri|dipendenti|scienziati|reclute|dirigenti|collaboratori|persone|talenti|molti|molte|parecchi)\b"),
        NonOrganisationObjectAfter = R(@"^\s+(?:il|lo|la|l['’]|i|gli|le|un|una|uno|molti|molte|tanti|tante|parecchi|alcuni|tutti|suo|sua|suoi|sue|spazio|indietro)(?:\b|(?<=['’]))(?!\s*(?:\d|(?:\w+\s+)?(?:mese|mesi|anno|anni|settimana|giorno|primavera|estate|autunno|inverno)\b))[^,.;:]*?(?=\s+(?:a|al|alla|in|nel|nella|da|dal|dalla|di|per|presso|con|dopo|prima)\b|[,.;:]|$)"),
        DescribedOrgCueBefore = Cased(@"(?:\b(?:da|dal|dalla|di|del|della|presso|a|al|alla|in|nel|nella|per|lasciato|lascia|raggiunto)\s+|\b(?:dall|dell|all|nell)['’]\s*)(?:il\s+|lo\s+|la\s+|l['’])?" +
                                      @"(?:colosso|gigante|società|azienda|start-?up|gruppo|laboratorio|produttore|sviluppatore|unicorno)(?:\s+[\p{Ll}'’-]+){0,6}?\s+$"),
        UnknownOrgCueBefore = R(@"(?:\b(?:da|dal|dalla|di|presso|a|in|per|lasciato|lascia|raggiunto|approdato|approdata)\s+|\b(?:dall|dell|all|nell)['’]\s*)$"),
        CountBefore = R(@"(?:\b(?<bound>più\s+di|oltre|almeno|circa|quasi|non\s+meno\s+di|ben)\s+)?(?<![\d$€£.,])\b(?:una?\s+)?(?<n>\d{1,4}|" + ItalianApprox + @"|[a-zé]+)\s+" +
                        @"(?:(?:ex|altri|altre)\s+)?(?:di\s+)?(?:(?:persone|ricercatori|ricercatrici|ingegneri|dipendenti|scienziati|membri|talenti|esperti|professionisti)\s+)?" +
                        @"(?:(?:provenienti|arrivati|arrivate|sono|vengono|venuti|strappati|reclutati|assunti)\s+)?(?:(?:da|dal|dalla|di|della)\s+|(?:dall|dell)['’]\s*)$"),
        CountWords = new CountWords(
            new Dictionary<string, int>(Numbers("due tre quattro cinque sei sette otto nove dieci undici dodici tredici quattordici quindici sedici diciassette diciotto diciannove venti", 2),
                StringComparer.OrdinalIgnoreCase),
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
