using TalentBot.Core;

namespace TalentBot.Extraction;

internal sealed partial class Lexicon
{
    private const string FrenchRoleNouns =
        @"chercheu(?:r|se)s?|ingénieur(?:e)?s?|scientifiques?|dirigeant(?:e)?s?|cadres?|employé(?:e)?s?|salarié(?:e)?s?|" +
        @"co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)s?|directeur|directrice|patron(?:ne)?|PDG|président(?:e)?|responsable|chef|vétérans?|spécialistes?|experte?s?";

    private const string FrenchApprox = @"dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine";

    private static Lexicon BuildFrench() => new()
    {
        Language = Language.French,
        Triggers =
        [
            new(R(@"\b(?:après|depuis|dès)\s+(?:son|sa|leur)\s+arrivée\s+(?:chez|à)\b|\baprès\s+(?:avoir\s+(?:rejoint|intégré|signé\s+(?:avec|chez))|être\s+(?:arrivée?s?|passée?s?)\s+(?:chez|à))" +
                  @"|,\s*(?:qui\s+(?:a|avait)\s+(?:rejoint|intégré)\b|(?:qui\s+(?:est|était)\s+)?(?:arrivée?s?|passée?s?|entrée?s?)\s+(?:chez|à)\b)"),
                MoveKind.Joined, MoverSide.Before, SetsScene: true),
            new(R(@"\bmena(?:c|ç)(?:é|ée|és|ées|er|e|ent|ait|aient|ant)\s+de\s+(?:démissionner|partir|quitter|claquer\s+la\s+porte|s['’]en\s+aller)"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            new(R(@"\bn['’](?:a|ont|avait|avaient)\s+jamais\s+(?:commencé|pris\s+(?:ses|son)\s+(?:fonctions|poste)|mis\s+les\s+pieds)" +
                  @"|\bne\s+s['’](?:est|sont)\s+(?:jamais|pas)\s+présenté(?:e|s|es)?"),
                MoveKind.NeverStarted, MoverSide.Before),
            new(R(@"\b(?:refusé|décliné|rejeté|repoussé|refuse|décline|rejette)\s+[^.;]{0,50}?\b(?:offres?|propositions?|avances|pont\s+d['’]or)\b|\b(?:a|ont|avait)\s+dit\s+non\s+à\b"),
                MoveKind.DeclinedOffer, MoverSide.Before),
            new(R(@"\b(?:est|sont|était|étaient)\s+revenue?s?\b|\brevien(?:t|nent|dra|dront)\b|\bretourn(?:e|é|ée|és|ées|er|era|ent|ait)\b|\brevenir\b|\bfait\s+son\s+retour\b|\ba\s+réintégré\b|\bde\s+retour\s+chez\b"),
                MoveKind.Returned, MoverSide.Before),
            new(R(@"\b(?:a\s+été|ont\s+été|est|sont|sera|seront|vient\s+d['’]être|été)\s+(?:officiellement\s+)?(?:nommée?s?|promue?s?|désignée?s?)\b" +
                  @"|\bprend(?:ra)?\s+la\s+(?:tête|direction)\b|\b(?:a\s+pris|prendra)\s+(?:la\s+tête|la\s+direction|les\s+rênes)\b|\bdevien(?:t|dra)\b|\b(?:est|sera)\s+devenue?\b"),
                MoveKind.Appointed, MoverSide.Before),
            new(R(@"\b(?:a|ont|avait)\s+(?:nommé|promu|désigné)\b"), MoveKind.Appointed, MoverSide.After),
            new(R(@"\b(?:a\s+été|ont\s+été|avait\s+été|été|est|sont)\s+(?:débauchée?s?|recrutée?s?|embauchée?s?|attirée?s?)\b|\b(?:débauchée?s?|recrutée?s?|embauchée?s?)(?=\s+par\b)"),
                MoveKind.Joined, MoverSide.Before, PassiveAgent: true),
            new(R(@"\b(?:a|ont|avait|avaient|vient\s+de|viennent\s+de)\s+(?:débauché|recruté|embauché|attiré|recruter|débaucher|embaucher|attirer)\b|\bdébauche\b|\brecrute\b|\bembauche\b|\brecrutement\s+de\b|\bl['’]arrivée\s+de\b"),
                MoveKind.Joined, MoverSide.After),
            new(R(@"\brejoin(?:t|dra|dront|drait|ait|aient|dre|gnent|gnant)\b|\b(?:a|ont)\s+intégré\b|\bintègre(?:ra|nt)?\b|\b(?:est|sont)\s+(?:arrivée?s?|passée?s?)\s+(?:chez|à)\b" +
                  @"|\b(?:a|ont|avait|avaient)\s+signé\s+(?:avec|chez)\b|\bs['’]est\s+engagée?\s+(?:avec|chez)\b|\barrivée?\s+chez\b|\b(?:a|ont)\s+atterri\s+chez\b|\b(?:a|ont)\s+rallié\b|\brallie\b|\bpass(?:e|er|era)\s+chez\b" +
                  // "arrive de Google": the preposition is left out of the trigger so that it still marks the origin.
                  @"|\barriv(?:e|ent)\b(?=\s+(?:de|du|d['’]))|\ben\s+provenance\b(?=\s+(?:de|du|d['’]))"),
                MoveKind.Joined, MoverSide.Before),
            new(R(@"\b(?:le\s+)?départ\s+(?:de|d['’])(?=\s*[A-ZÀ-Ý])|\bla\s+démission\s+(?:de|d['’])(?=\s*[A-ZÀ-Ý])"), MoveKind.Left, MoverSide.After),
            new(R(@"\b(?:va|vont|vient\s+de|viennent\s+de|venait\s+de)\s+quitter\b|\bquitt(?:é|ée|és|ées|e|ent|era|eront|ait|aient|ant)\b|\bdémission(?:né|née|nés|ne|nent|nera|ner)?\b" +
                  @"|\b(?:est|sont|était|étaient)\s+(?:(?:déjà|ensuite|finalement|aussitôt|vite)\s+)?(?:re)?partie?s?\b|\bclaqué\s+la\s+porte\b|\bs['’]en\s+(?:va|vont|est\s+allée?)\b|\bdéparts?\b"),
                MoveKind.Left, MoverSide.Before),
        ],
        ClauseBreak = R(@";|,\s*(?=(?:mais|tandis|alors\s+qu|bien\s+qu|même\s+si|cependant|toutefois)\b)|\b(?:mais|cependant|toutefois|néanmoins|pourtant|tandis\s+qu|alors\s+qu|bien\s+qu|même\s+si)\b|\bet\s+(?=(?:il\s+n['’]est|on\s+ignore|rien\s+ne))|—|\s–\s"),
        NegationBefore = R(@"\b(?:pas|jamais|plus|point|guère)\s+(?:\w+\s+)?$|\bn['’]\s*$|\bne\s+(?:\w+\s+)?$|\b(?:démenti|dément|démentent|nié|nie|nient)\b.*$|\b(?:plutôt\s+que\s+de|au\s+lieu\s+de|sans)\s+$|\baucune\s+intention\s+de\s+$" +
                           @"|\bn['’]est\s+pas\s+(?:vrai|exact|le\s+cas)\s+qu.*$|\b(?:il\s+est\s+)?faux\s+qu.*$|\bcontrairement\s+à\s+ce\s+qu[^,]*$"),
        Speculation = R(@"\b(?:pourrai(?:t|ent)|pourra|rumeurs?|en\s+(?:discussions?|pourparlers|négociations?)|envisag\w*|spécul\w*|il\s+n['’]est\s+pas\s+clair|on\s+ignore|reste\s+à\s+savoir|incertain\w*|si\s+(?:il|elle)|s['’]il|songe\w*|serait\s+sur\s+le\s+point|probablement|peut-être|(?:savoir|question|demande)\s+si)\b"),
        AttemptBefore = R(@"\b(?:tenté|tente|tentait|essayé|essaie|essayait|cherché|cherche|cherchait|voulu|voulait|veut|tentative|efforts?|espère|espérait|ambitionne)\b[^.;]{0,50}?(?:\bde|\bd['’]|\bà)\s*$"),
        OfferBefore = R(@"\b(?:offre|proposé|proposition|propose|invité|invitation|pont\s+d['’]or)\b[^.;]{0,60}?(?:\bde|\bd['’]|\bà|\bpour)\s*$"),
        Pronoun = R(@"\b(?:il|elle|celui-ci|celle-ci|le\s+chercheur|la\s+chercheuse|l['’]ingénieure?)\b"),
        CompanyAnaphor = R(@"\b(?:l['’]entreprise|la\s+société|la\s+start-up|la\s+startup|le\s+groupe|le\s+laboratoire)\b"),
        PersonTitleBefore = Cased(@"(?:\b(?:M|Mme|Mlle|Dr|Pr)\.?|\bMM\.)\s+$"),
        PersonRoleBefore = R(@"\b(?:" + FrenchRoleNouns + @"|ancien(?:ne)?|informaticien(?:ne)?)\b,?\s+$"),
        PersonCueAfter = R(@"^,?\s+(?:un|une|l['’]|le|la)\s*(?:ancien(?:ne)?\s+|ex-)?(?:chercheu|ingénieur|scientifique|dirigeant|cofondat|co-fondat|fondat|directeur|directrice|vétéran|pionni)|^\s*\(\d{2}\s+ans\)"),
        SlotBefore = R(@"(?:\b(?<w>de|du|des|chez|à|au|aux|pour|par|vers|avec|depuis)\s+|\b(?<w>d['’])\s*)(?:l['’]|la\s+|le\s+|les\s+)?$"),
        SlotOfWord = word => word.ToLowerInvariant() switch
        {
            "de" or "d'" or "d’" or "du" or "des" or "depuis" => Slot.From,
            "à" or "au" or "aux" or "pour" or "vers" => Slot.To,
            "chez" or "avec" => Slot.At,
            "par" => Slot.By,
            _ => Slot.None,
        },
        CreatorOfBefore = R(@"\b(?:co-?(?:créat|fondat|invent|concept)|créat|invent|concept)(?:eur|rice)s?\s+(?:de\s+|du\s+|d['’]\s*)$"),
        FormerBefore = R(@"(?:\b(?:ans|années|mois|passage|carrière|travaillé)\s+(?:\w+\s+){0,2}?(?:chez|à)\s+|\bancien(?:ne)?s?\s+(?:\w+\s+)?(?:de|d['’]|chez)\s*|\bex-|\bex\s+|\bvétérans?\s+(?:de|d['’])\s*|\bpassée?s?\s+par\s+|\btransfuges?\s+(?:de|d['’])\s*|\bissue?s?\s+(?:de|d['’])\s*|\bvenue?s?\s+(?:de|d['’])\s*)$"),
        RoleBefore = R(@"\b(?:" + FrenchRoleNouns + @")\b(?:\s+[\p{Ll}\-]+){0,3}?\s+(?:(?:de|du|chez)\s+|d['’]\s*)$"),
        OfferNounBefore = R(@"\b(?:offres?|propositions?|avances)\s+(?:(?:de|du|d['’])\s*(?:chez\s+)?|venue\s+(?:de|d['’])\s*)$"),
        Coordination = R(@"^(?:\s*(?:,|et|ainsi\s+que|ou|(?:son|sa|ses|leurs?)\s+(?:collègue|collaborat(?:eur|rice))s?)\s*)+$"),
        GenericSubject = R(@"\b(?:chercheu(?:rs|ses)|ingénieur(?:e)?s|employé(?:e)?s|salarié(?:e)?s|scientifiques|recrues|cadres|dirigeants|collaborateurs|personnes|talents|plusieurs|beaucoup)\b"),
        NonOrganisationObjectAfter = R(@"^\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|beaucoup|plusieurs|certains|nombre|tous|tout)(?:\b|(?<=['’]))(?!\s*(?:\d|(?:\w+\s+)?(?:mois|année|an|ans|semaine|jour|printemps|été|automne|hiver|lendemain)\b))[^,.;:]*?(?=\s+(?:à|au|chez|de|du|pour|en|après|avant|par|avec)\b|[,.;:]|$)"),
        DescribedOrgCueBefore = Cased(@"\b(?:de|du|chez|à|pour|par|rejoint|rejoindre|rejoindra|quitté|quitte|quitter|intégré|rallié)\s+(?:l['’]|la\s+|le\s+)?" +
                                      @"(?:géant|société|entreprise|start-?up|groupe|laboratoire|labo|éditeur|spécialiste|champion|pépite|licorne|fabricant|concepteur)(?:\s+[\p{Ll}'’-]+){0,5}?\s+$"),
        UnknownOrgCueBefore = R(@"(?:\b(?:de|chez|à|pour|par|rejoint|rejoindre|rejoindra|quitté|quitte|quitter|intégré|rallié)\s+|\bd['’]\s*)(?:l['’]|la\s+|le\s+)?$"),
        CountBefore = R(@"(?:\b(?<bound>plus\s+d[e'’]|au\s+moins|environ|près\s+d[e'’]|quelque|presque|pas\s+moins\s+d[e'’])\s*)?(?<![\d$€£.,])\b(?:une\s+)?(?<n>\d{1,4}|" + FrenchApprox + @"|[a-zé]+)\s*" +
                        @"(?:(?:anciens?|autres?)\s+)?(?:d[e'’]\s*)?(?:(?:personnes|chercheu(?:rs|ses)|ingénieur(?:e)?s|employé(?:e)?s|salarié(?:e)?s|scientifiques|membres|talents|experts|collaborateurs|spécialistes)\s+)?" +
                        @"(?:(?:venue?s|issue?s|arrivée?s|débauchée?s|recrutée?s|sont|viennent|proviennent)\s+)?(?:de\s+chez\s+|en\s+provenance\s+d[e'’]\s*|d[e'’]\s*|du\s+|des\s+|chez\s+)$"),
        CountWords = new CountWords(
            new Dictionary<string, int>(Numbers("deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize", 2), StringComparer.OrdinalIgnoreCase)
            {
                ["vingt"] = 20, ["trente"] = 30,
            },
            new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
            {
                ["dizaine"] = 10, ["douzaine"] = 12, ["quinzaine"] = 15, ["vingtaine"] = 20, ["trentaine"] = 30, ["quarantaine"] = 40,
                ["cinquantaine"] = 50, ["centaine"] = 100,
            },
            bound => bound.ToLowerInvariant().Replace('’', '\'') switch
            {
                "plus de" or "plus d'" => CountBound.MoreThan,
                "au moins" or "pas moins de" or "pas moins d'" => CountBound.AtLeast,
                "" => CountBound.Exactly,
                _ => CountBound.About,
            }),
    };
}
