using TalentBot.Core;

namespace TalentBot.Extraction;

internal sealed partial class Lexicon
{
    private const string FrenchRoleNouns =
        @"chercheu(?:r|se)s?|ingénieur(?:e)?s?|scientifiques?|dirigeant(?:e)?s?|cadres?|employé(?:e)?s?|salarié(?:e)?s?|" +
        @"co-?fondat(?:eur|rice)s?|fondat(?:eur|rice)s?|directeur|directrice|patron(?:ne)?|PDG|président(?:e)?|responsable|chef|vétérans?|spécialistes?|experte?s?|" +
        @"informaticien(?:ne)?s?|développeu(?:r|se)s?|architecte|vice-président(?:e)?|numéro\s+deux";

    private const string FrenchFeminineRoles = @"chercheuse|ingénieure|dirigeante|directrice|fondatrice|cofondatrice|co-fondatrice|informaticienne|experte|patronne|présidente|vice-présidente|développeuse|spécialiste|scientifique|responsable|cheffe";
    private const string FrenchMasculineRoles = @"chercheur|ingénieur|dirigeant|directeur|fondateur|cofondateur|co-fondateur|informaticien|expert|patron|président|vice-président|développeur|spécialiste|scientifique|responsable|chef";

    private const string FrenchApprox = @"dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine|centaine";

    private const string FrenchSpeech =
        @"a\s+déclaré|déclare|a\s+dit|dit|a\s+affirmé|affirme|a\s+expliqué|explique|a\s+confié|confie|a\s+indiqué|indique|a\s+précisé|précise|" +
        @"a\s+confirmé|confirme|estime|a\s+estimé|souligne|a\s+souligné|raconte|a\s+raconté|a\s+écrit|écrit|assure|a\s+assuré|ajoute|a\s+ajouté|selon";

    // "a également nommé", "ont finalement rejoint": an adverb may stand between the auxiliary and its participle.
    private const string FrenchAdverb = @"(?:(?:également|aussi|déjà|finalement|officiellement|récemment|discrètement|ensuite|enfin|alors|même|depuis|notamment)\s+)?";

    private static Lexicon BuildFrench() => new()
    {
        Language = Language.French,
        InvertedSubjects = true,
        Triggers =
        [
            new(R(@"\b(?:après|depuis|dès)\s+(?:son|sa|leur)\s+arrivée\s+(?:chez|à)\b|\baprès\s+(?:avoir\s+(?:rejoint|intégré|signé\s+(?:avec|chez))|être\s+(?:arrivée?s?|passée?s?)\s+(?:chez|à))"),
                MoveKind.Joined, MoverSide.Before, Scene: true),
            // « a menacé la semaine dernière de partir »: a short time phrase may stand between the threat and its move.
            new(R(@"\bmena(?:c|ç)(?:é|ée|és|ées|er|e|ent|ait|aient|ant)\s+(?:(?:déjà|alors|même|ouvertement|publiquement|sérieusement|aussitôt|plusieurs\s+fois|(?:la\s+semaine|le\s+mois)\s+(?:dernière?|passée?)|en\s+\p{L}+|hier|récemment)\s+)?de\s+(?:démissionner|partir|quitter|claquer\s+la\s+porte|s['’]en\s+aller|retourner|rejoindre|revenir)"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            // « qu'elle partirait chez Anthropic si … »: a move held out on a condition is a threat.
            new(R(@"\b(?:partirai(?:t|ent)|quitterai(?:t|ent)|rejoindrai(?:t|ent)|démissionnerai(?:t|ent)|s['’]en\s+irai(?:t|ent))\b(?=[^.;]{0,100}?\bsi\b)"),
                MoveKind.ThreatenedToLeave, MoverSide.Before),
            new(R(@"\bn['’](?:a|ont|avait|avaient)\s+jamais\s+(?:commencé|pris\s+(?:ses|son)\s+(?:fonctions|poste)|mis\s+les\s+pieds|débuté|intégré)" +
                  @"|\bne\s+s['’](?:est|sont)\s+(?:jamais|pas)\s+présenté(?:e|s|es)?|\bs['’](?:est|sont)\s+(?:finalement\s+)?rétracté(?:e|s|es)?\s+avant"),
                MoveKind.NeverStarted, MoverSide.Before),
            new(R(@"\b(?:refusé|décliné|rejeté|repoussé|refuse|décline|rejette|refusant|déclinant)\s+[^.;]{0,50}?\b(?:offres?|propositions?|avances|pont\s+d['’]or|sollicitations?)\b|\b(?:a|ont|avait)\s+dit\s+non\s+à\b" +
                  // « Elle l'a refusée pour rester chez Mistral »: the offer the sentence before made, refused by pronoun.
                  @"|\bl['’](?:a|ont|avait|avaient)\s+(?:refusée?|déclinée?|rejetée?)\b" +
                  @"|\b(?:a|ont|avait)\s+(?:refusé|décliné)\b(?=\s*(?:[.;]|$|,\s*(?:selon|préférant|estimant)))"),
                MoveKind.DeclinedOffer, MoverSide.Before),
            new(R(@"\b(?:est|sont|était|étaient)\s+" + FrenchAdverb + @"revenue?s?\b|\brevien(?:t|nent|dra|dront)\b|\bretourn(?:e|é|ée|és|ées|er|era|ent|ait)\s+(?:chez|à|au)\b|\brevenir\b|\bfait\s+son\s+retour\b|\ba\s+réintégré\b|\bde\s+retour\s+chez\b|\bretrouve(?:ra)?\s+(?:son\s+ancien|sa\s+maison)"),
                MoveKind.Returned, MoverSide.Before),
            new(R(@"\b(?:a\s+été|ont\s+été|est|sont|sera|seront|vient\s+d['’]être|été|avait\s+été)\s+" + FrenchAdverb + @"(?:nommée?s?|promue?s?|désignée?s?|choisie?\s+pour\s+diriger)\b" +
                  @"|\bprend(?:ra)?\s+la\s+(?:tête|direction)\b|\b(?:a\s+pris|prendra)\s+(?:la\s+tête|la\s+direction|les\s+rênes)\b|\bdevien(?:t|dra)\s+(?:le|la)\s+(?:nouvel(?:le)?\s+)?(?:directeur|directrice|patron|patronne|président|présidente|chef|responsable|PDG|CTO|vice)|\b(?:est|sera)\s+devenue?\b"),
                MoveKind.Appointed, MoverSide.Before),
            // « a confié la direction de l'équipe à Ana Ruiz », « la tête du laboratoire a été confiée à Ana Ruiz »: the
            // phrase runs to its « à », after which the person entrusted stands.
            new(R(@"\b(?:a|ont|avait)\s+" + FrenchAdverb + @"(?:nommé|promu|désigné)\b" +
                  @"|\b(?:a|ont|avait)\s+" + FrenchAdverb + @"confié\s+(?:la\s+(?:direction|tête|responsabilité|présidence)|les\s+rênes)\b[^.;:]{0,80}?\bà(?=\s)" +
                  @"|\b(?:a\s+été|est|sera|vient\s+d['’]être)\s+confiée?s?\s+à(?=\s)"), MoveKind.Appointed, MoverSide.After),
            new(R(@"\b(?:a\s+été|ont\s+été|avait\s+été|été|est|sont|vient\s+d['’]être)\s+" + FrenchAdverb + @"(?:débauchée?s?|recrutée?s?|embauchée?s?|attirée?s?|chassée?s?)\b|\b(?:débauchée?s?|recrutée?s?|embauchée?s?)(?=\s+(?:par|chez)\b)"),
                MoveKind.Joined, MoverSide.Before, PassiveAgent: true),
            new(R(@"\b(?:a|ont|avait|avaient|vient\s+de|viennent\s+de)\s+" + FrenchAdverb + @"(?:débauché|recruté|embauché|attiré|chipé|recruter|débaucher|embaucher|attirer)\b|\bdébauche\b|\brecrute\b|\bembauche\b|\ben\s+(?:débauchant|recrutant|embauchant|attirant|chipant)\b|\b(?:le\s+)?recrutement\s+(?:de|d['’])(?=\s*[A-ZÀ-Ý])|\bl['’]arrivée\s+(?:de|d['’])(?=\s*[A-ZÀ-Ý])" +
                  @"|\bfait\s+appel\s+à(?=\s*[A-ZÀ-Ý])"),
                MoveKind.Joined, MoverSide.After),
            new(R(@"\brejoi(?:n[st]|ndre|ndra|ndront|ndrait|ndraient|gn(?:ent|ait|aient|ant|ons|ez))\b|\b(?:a|ont|avait|avaient)\s+" + FrenchAdverb + @"(?:rejoint|intégré)\b|\bintègre(?:ra|nt)?\b|\b(?:est|sont|était)\s+" + FrenchAdverb + @"(?:arrivée?s?|passée?s?|entrée?s?)\s+(?:chez|à|au|dans)\b" +
                  @"|\b(?:a|ont|avait|avaient)\s+signé\s+(?:avec|chez)\b|\bs['’]est\s+engagée?\s+(?:avec|chez)\b|\barrivée?s?\s+chez\b|\bentrée?s?\s+(?:chez|à|au)\b|\b(?:a|ont)\s+atterri\s+chez\b|\b(?:a|ont)\s+rallié\b|\brallie\b|\bpass(?:e|er|era|ent)\s+chez\b|\bs['’]envole(?:ra)?\s+pour\b" +
                  // "arrive de Google": the preposition is left out of the trigger so that it still marks the origin.
                  @"|\barriv(?:e|ent)\b(?=\s+(?:de|du|d['’]|chez))"),
                MoveKind.Joined, MoverSide.Before),
            new(R(@"\b(?:le\s+)?départ\s+(?:de|d['’])(?=\s*[A-ZÀ-Ý])|\bla\s+démission\s+(?:de|d['’])(?=\s*[A-ZÀ-Ý])"), MoveKind.Left, MoverSide.After),
            new(R(@"\b(?:va|vont|vient\s+de|viennent\s+de|venait\s+de)\s+quitter\b|\bquitt(?:é|ée|és|ées|e|ent|era|eront|ait|aient|ant)\b|\bdémission(?:né|née|nés|ne|nent|nera|ner)?\b" +
                  @"|\b(?:est|sont|était|étaient)\s+(?:(?:déjà|ensuite|finalement|aussitôt|vite)\s+)?(?:re)?partie?s?\b|\bclaqu(?:é|er|e|ent|ait|aient)\s+la\s+porte\b|\bs['’]en\s+(?:va|vont|est\s+allée?)\b|\b(?:son|sa|leur)\s+départ\b|\bdéparts?\b(?=\s+(?:de|d['’]|du)\b)"),
                MoveKind.Left, MoverSide.Before),
        ],
        ClauseBreak = R(@";|,\s*(?=(?:mais|tandis|alors\s+qu|bien\s+qu|même\s+si|cependant|toutefois)\b)|\b(?:mais|cependant|toutefois|néanmoins|pourtant|même\s+si)\b|\b(?:tandis|alors|bien)\s+qu(?:e\b|['’])|\bet\s+(?=(?:il\s+n['’]est|on\s+ignore|rien\s+ne))"),
        GroupNaming = R(@"^(?:il\s+s[\'’]agit\s+de|ce\s+sont|parmi\s+(?:eux|elles|les\s+\w+)|on\s+compte\s+parmi\s+eux)\b"),
        Also = R(@"\b(?:aussi|également|de\s+même|à\s+son\s+tour|lui\s+aussi|elle\s+aussi)\b"),
        Then = R(@"\b(?:puis|avant\s+de|ensuite)\b"),
        AdverbAfterVerb = R(@"^\s*(?:à\s+son\s+tour|à\s+leur\s+tour|aussi|également|finalement|désormais|officiellement|récemment|discrètement)\b,?"),
        DescribedObjectGap = R(@"^\s+(?:l[\'’]|la\s+|le\s+|les\s+)?(?:géant|société|entreprise|start-?up|groupe|laboratoire|labo|éditeur|spécialiste|champion|pépite|licorne|fabricant|concepteur|rival|concurrent)(?:\s+[\p{Ll}\'’-]+){0,5}\s+$"),
        SpeechVerb = R(@"\b(?:" + FrenchSpeech + @")\b"),
        SpeechComplement = R(@"^\s*(?:(?:avoir|être)\s+(?:été\s+)?(?:\w+\s+){0,3}(?:de\s+|d['’]|à\s+)?)?$"),
        RelativePronoun = R(@"\bqui\b"),
        RelativeStart = R(@",\s*(?:qui|que|qu['’]|dont|où|lequel|laquelle|lesquels|lesquelles)\b"),
        AppositiveAfterName = R(@"^\s*,\s*(?:(?:un|une|le|la|les|son|sa|ses|ancien|ancienne|ex|jusqu['’]ici|jusqu['’]alors|actuel(?:le)?|lui-même|elle-même|qui|dont|directeur|directrice|chercheu(?:r|se)|ingénieure?|cofondat(?:eur|rice)|fondat(?:eur|rice)|patron(?:ne)?|responsable|numéro|spécialiste|figure|pionni(?:er|ère)|venu(?:e|s|es)?|passée?|arrivée?|originaire)\b|l['’]|\d{1,3}\s+ans\s*,)"),
        LeadingAside = R(@"(?:^|(?<=,\s?))(?:selon|d['’]après|à\s+en\s+croire|outre|en\s+plus\s+(?:de|du|des|d['’])|au-delà\s+(?:de|du|des|d['’])|contrairement\s+à|comme\s+l['’]a\s+(?:dit|expliqué))\b"),
        PrepositionBefore = R(@"(?:\b(?:de|du|des|à|au|aux|chez|par|pour|avec|sans|sur|sous|vers|contre|entre|parmi|selon|comme|remplace|remplacer|remplaçant|remplacé|succède\s+à|succéder\s+à|succédant\s+à|remercié|remercie|accueille|accueilli)\s+|\bd['’]\s*)(?:la\s+|le\s+|les\s+|l['’])?$"),
        Pronouns =
        [
            new(R(@"\bil\b"), Gender.Masculine),
            new(R(@"\belle\b"), Gender.Feminine),
            new(R(@"\blui\b(?=\s*(?:,|aussi|-même|qui|a\b|est\b|avait\b|était\b))"), Gender.Masculine),
            new(R(@"\b(?:son|sa)\b(?=\s+(?:départ|arrivée|démission|recrutement|retour|nomination|passage|transfert|embauche|décision|poste|équipe|ancien|ancienne|rémunération|salaire|prime|contrat|package))"), Gender.Unknown, Possessive: true),
            new(R(@"\bils\b|\belles\b"), Gender.Unknown, Plural: true),
            new(R(@"\bleurs?\b(?=\s+(?:départs?|arrivées?|démissions?|recrutements?|retours?))"), Gender.Unknown, Plural: true, Possessive: true),
        ],
        Descriptions =
        [
            new(R(@"\b(?:la\s+|l['’])(?:(?:jeune|ancienne|nouvelle|ex-)\s*)?(?:" + FrenchFeminineRoles + @"|Française|Italienne|Américaine|Britannique|Allemande|Canadienne|Chinoise|Indienne|Japonaise|Marocaine|Algérienne|Tunisienne|trentenaire|quadragénaire|quinquagénaire)\b(?!s)"), Gender.Feminine),
            new(R(@"\b(?:le\s+|l['’])(?:(?:jeune|ancien|nouvel|nouveau|ex-)\s*)?(?:" + FrenchMasculineRoles + @"|Français|Italien|Américain|Britannique|Allemand|Canadien|Chinois|Indien|Japonais|Marocain|Algérien|Tunisien|trentenaire|quadragénaire|quinquagénaire|transfuge)\b(?!s)"), Gender.Masculine),
        ],
        OwnCompanyReference = R(@"\b(?:notre|nos)\s+(?:entreprise|société|groupe|laboratoire|équipes?)\b"),
        CompletedBefore = R(@"\b(?:a|ont|avait|avaient|est|sont|était|étaient|s['’]est|se\s+sont|s['’]était|l['’]a|l['’]avait)\s+(?:(?:déjà|finalement|récemment|discrètement|officiellement|aussi|également|ensuite|bien)\s+)?$"),
        CompletedForm = R(@"^(?:a|ont|avait|avaient|est|sont|était|étaient|s['’]est|vient\s+de|viennent\s+de|venait\s+de)\s"),
        StayStartBefore = R(@"\bdepuis\s+(?:le\s+|l['’]|début\s+|fin\s+|mi-)?$"),
        CompanyEpithet = R(@"\b(?:le|la|l['’]|au|du)\s*(?:groupe|géant|société|entreprise|firme|compagnie|start-?up|laboratoire|jeune\s+pousse)\s+(?:(?:dirigée?|fondée?|cofondée?|pilotée?|présidée?)\s+par\s+|de\s+|d['’]\s*)(?<name>(?-i:\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?))"),
        CompanyReference = R(@"\b(?:l['’]entreprise|la\s+société|la\s+start-up|la\s+startup|le\s+groupe|le\s+laboratoire|le\s+labo|la\s+firme|la\s+pépite|la\s+jeune\s+pousse|le\s+géant\s+(?:américain|californien|de\s+\w+)|l['’]éditeur\s+de\s+ChatGPT)\b"),
        GenericSubject = R(@"\b(?:chercheu(?:rs|ses)|ingénieur(?:e)?s|employé(?:e)?s|salarié(?:e)?s|scientifiques|recrues|recrutements|embauches|cadres|dirigeants|collaborateurs|personnes|talents|plusieurs|beaucoup|certains|d['’]autres|nombre\s+de|membres|fondateurs)\b"),
        NonMoverBefore = R(@"\b(?:porte-parole|analyste|journaliste|chasseu(?:r|se)\s+de\s+têtes|recruteu(?:r|se)|avocate?|consultante?|observat(?:eur|rice)|éditorialiste|économiste)\s+$"),
        NonMoverAfter = R(@"^\s*,\s*(?:(?:un|une|la|le|l['’])\s*)?(?:[\w-]+\s+){0,2}(?:porte-parole|analyste|journaliste|chasseu(?:r|se)\s+de\s+têtes|recruteu(?:r|se)|avocate?|consultante?|éditorialiste|économiste)\b"),
        PersonTitleBefore = Cased(@"(?:\b(?:M|Mme|Mlle|Dr|Pr)\.?|\bMM\.)\s+$"),
        // Adjectives follow the noun: "direttore scientifico, Leo Costa".
        PersonRoleBefore = R(@"\b(?:" + FrenchRoleNouns + @"|ancien(?:ne)?|porte-parole|analyste|selon|a\s+déclaré|explique|estime|confie|raconte)\b(?:\s+\p{Ll}[\p{L}'’-]*){0,2},?\s+$"),
        PersonCueAfter = R(@"^,?\s+(?:un|une|l['’]|le|la)\s*(?:ancien(?:ne)?\s+|ex-|jeune\s+)?(?:chercheu|ingénieur|scientifique|dirigeant|cofondat|co-fondat|fondat|directeur|directrice|vétéran|pionni|informaticien|spécialiste|experte?|responsable|patron)|^\s*\(\d{2}\s+ans\)|^,\s+\d{2}\s+ans\b" +
                           @"|^,?\s+(?:" + FrenchSpeech + @")\b"),
        GenderBefore = R(@"(?<f>\b(?:Mme|Mlle)\.?\s+$|\b(?:la|une)\s+(?:\w+\s+)?(?:" + FrenchFeminineRoles + @")\s+$)|(?<m>\bM\.\s+$|\b(?:le|un)\s+(?:\w+\s+)?(?:" + FrenchMasculineRoles + @")\s+$)"),
        GenderAfter = R(@"^\s*,\s*(?:(?<f>une|la|l['’]ancienne|ancienne)\b|(?<m>un|le|l['’]ancien|ancien)\b)|^\s+(?:est|était|s['’]est|a\s+été)\s+(?:\w+\s+)?(?:(?<f>partie|arrivée|revenue|passée|entrée|nommée|recrutée|débauchée|embauchée|promue)|(?<m>parti|arrivé|revenu|passé|entré|nommé|recruté|débauché|embauché|promu))\b"),
        SlotBefore = R(@"(?:\b(?<w>au\s+profit|au\s+sein)\s+(?:de\s+|du\s+|des\s+|d['’]\s*)|\b(?<w>de|du|des|chez|à|au|aux|pour|par|vers|avec|depuis)\s+|\b(?<w>d['’])\s*)(?:l['’]|la\s+|le\s+|les\s+)?(?:(?:géant|société|entreprise|start-?up|laboratoire|labo|rival|concurrent|groupe|éditeur|licorne|pépite|champion)(?:\s+[\p{Ll}'’-]+){0,3}\s+)?$"),
        SlotOfWord = word => word.ToLowerInvariant() switch
        {
            "de" or "d'" or "d’" or "du" or "des" or "depuis" => Slot.From,
            "à" or "au" or "aux" or "pour" or "vers" or "au profit" => Slot.To,
            "chez" or "avec" or "au sein" => Slot.At,
            "par" => Slot.By,
            _ => Slot.None,
        },
        SchoolBefore = R(@"\b(?:diplômée?s?\s+(?:en\s+[\p{Ll}-]+\s+)?(?:de\s+|du\s+|d['’]\s*)|(?:a\s+)?étudié\s+(?:à|au)\s+|docteure?\s+(?:en\s+[\p{Ll}-]+\s+)?(?:de\s+|du\s+|d['’]\s*))(?:l['’]\s*|la\s+|le\s+)?$"),
        BirthplaceBefore = R(@"\b(?:originaires?\s+(?:de\s+|du\s+|d['’]\s*)|natif\s+(?:de\s+|d['’]\s*)|native\s+(?:de\s+|d['’]\s*)|née?s?\s+(?:à|au|en)\s+|a\s+grandi\s+(?:à|au|en)\s+)$"),
        CreatorOfBefore = R(@"\b(?:co-?(?:créat|fondat|invent|concept)|créat|invent|concept)(?:eur|rice)s?\s+(?:de\s+|du\s+|d['’]\s*)$"),
        TenureBefore = R(@"\b(?:ans|années|mois|passage|carrière|travaillé|travaillait|passé\s+\w+\s+ans)\s+(?:\w+\s+){0,2}(?:chez|à)\s+$"),
        FormerBefore = R(@"(?:\bancien(?:ne)?s?\s+(?:\w+\s+){0,2}(?:de|d['’]|du|chez)\s*(?:(?:la|le|l['’])\s*)?(?:[\p{Ll}-]+\s+){0,3}|\bex-|\bex\s+|\bvétérans?\s+(?:de|d['’])\s*|\bpassée?s?\s+par\s+|\b(?:auparavant|précédemment)\s+(?:[\p{Ll}-]+\s+){0,2}(?:chez|à|au|pour)\s+|\bformée?\s+(?:chez|à)\s+)$"),
        DestinationBetween = R(@"\b(?:pour|vers)\b"),
        StintBefore = R(@"\baprès\s+(?:(?:[\w-]+\s+){0,3}(?:ans|années|mois|semaines|jours|passage)\s+(?:[\w-]+\s+){0,2}|avoir\s+(?:travaillé|passé\s+(?:[\w-]+\s+){1,3})\s*(?:[\w-]+\s+){0,3})(?:chez|à|au)\s+(?:l['’])?$"),
        OriginBefore = R(@"(?:\bvenue?s?\s+(?:de\s+chez|de|d['’]|du)\s*|\barrivée?s?\s+(?:de\s+chez|de|d['’]|du)\s*|\btransfuges?\s+(?:de|d['’]|du)\s*|\bissue?s?\s+(?:de|d['’]|du)\s*|\ben\s+provenance\s+(?:de|d['’]|du)\s*)$"),
        UnitBefore = R(@"\b(?:l['’]|la\s+|le\s+|les\s+|une?\s+|sa\s+|son\s+|ses\s+)(?:(?:nouvel(?:le)?|petite?|jeune)\s+)?(?:équipe|division|laboratoire|labo|pôle|branche|département|unité|cellule|centre|bureau|bureaux|filiale)\s+(?:[\p{Ll}-]+\s+){0,3}(?:de\s+|d['’]|du\s+)$"),
        RoleBefore = R(@"\b(?:" + FrenchRoleNouns + @")\b(?:\s+[\p{Ll}\-]+){0,3}\s+(?<!\bprofit\s)(?:(?:de|du|chez)\s+|d['’]\s*)$"),
        OfferNounBefore = R(@"\b(?:offres?|propositions?|avances|sollicitations?)\s+(?:(?:de|du|d['’])\s*(?:chez\s+)?|venue\s+(?:de|d['’])\s*)$"),
        CoordinationStart = R(@"^\s*(?:,\s*(?:et\s+)?|et\s+)"),
        Coordination = R(@"^(?:\s*(?:,|et|ainsi\s+que|ou|(?:son|sa|ses|leurs?)\s+(?:collègue|collaborat(?:eur|rice)|adjoint(?:e)?)s?)\s*)+$"),
        NonOrganisationObjectAfter = R(@"^\s+(?:le|la|les|l['’]|un|une|des|son|sa|ses|leur|leurs|beaucoup|plusieurs|certains|nombre|tous|tout)(?:\b|(?<=['’]))(?!\s*(?:\d|(?:\w+\s+)?(?:mois|année|an|ans|semaine|jour|printemps|été|automne|hiver|lendemain)\b))[^,.;:]*?(?=\s+(?:à|au|chez|de|du|pour|en|après|avant|par|avec)\b|[,.;:]|$)"),
        DescribedOrgCueBefore = Cased(@"\b(?:de|du|chez|à|pour|par|rejoint|rejoindre|rejoindra|quitté|quitte|quitter|intégré|rallié)\s+(?:l['’]|la\s+|le\s+)?" +
                                      @"(?:géant|société|entreprise|start-?up|groupe|laboratoire|labo|éditeur|spécialiste|champion|pépite|licorne|fabricant|concepteur)(?:\s+[\p{Ll}'’-]+){0,5}\s+$"),
        UnknownOrgCueBefore = R(@"(?:\b(?:chez|rejoint|rejoindre|rejoindra|quitté|quitte|quitter|intégré|rallié)\s+|(?<prep>\b(?:de|pour|par)\s+|\bd['’]\s*))(?:l['’]|la\s+|le\s+)?$"),
        NegationBefore = R(@"\b(?:pas|jamais|plus|point|guère)\s+(?:\w+\s+)?$|\bn['’]\s*$|\bne\s+(?:\w+\s+)?$|\b(?:démenti|dément|démentent|nié|nie|nient)\b.*$|\b(?:plutôt\s+que\s+de|au\s+lieu\s+de|sans)\s+$|\baucune\s+intention\s+de\s+$" +
                           @"|\bn['’]est\s+pas\s+(?:vrai|exact|le\s+cas)\s+qu.*$|\b(?:il\s+est\s+)?faux\s+qu.*$|\bcontrairement\s+à\s+ce\s+qu[^,]*$"),
        Speculation = R(@"\b(?:pourrai(?:t|ent)|pourra|rumeurs?|en\s+(?:discussions?|pourparlers|négociations?)|envisag\w*|spécul\w*|il\s+n['’]est\s+pas\s+clair|on\s+ignore|reste\s+à\s+savoir|incertain\w*|songe\w*|serait\s+sur\s+le\s+point|probablement|peut-être|(?:savoir|question|demande)\s+si|s['’]apprêt\w*|courtis\w*|tenté\w*\s+par)\b"),
        Hypothetical = R(@"(?<!\bmême\s)\bsi\b(?!\s+bien)|\bs['’]il\b|\bs['’]ils\b|\bau\s+cas\s+où\b|\bà\s+supposer\b"),
        AttemptBefore = R(@"\b(?:tenté|tente|tentait|essayé|essaie|essayait|cherché|cherche|cherchait|voulu|voulait|veut|tentative|efforts?|espère|espérait|ambitionne)\b[^.;]{0,50}?(?:\bde|\bd['’]|\bà)\s*$"),
        PurposeBefore = R(@"\b(?:pour|afin\s+de|afin\s+d['’])\s*$"),
        OfferBefore = R(@"\b(?:offre|proposé|proposition|propose|invité|invitation|pont\s+d['’]or)\b[^.;]{0,60}?(?:\bde|\bd['’]|\bà|\bpour)\s*$"),
        Denial = R(@"\b(?:démenti|dément|démentent|démentir|a\s+nié|nie|nient|faux|inexacte?s?|erronée?s?|infondée?s?|rectifi\w+|sans\s+fondement)\b"),
        Stays = R(@"\b(?:reste|restera|est\s+restée?|demeure|a\s+préféré\s+rester|préfère\s+rester|préférant\s+rester|(?:pour|afin\s+de)\s+rester|toujours)(?:\s+(?:plutôt|finalement|donc|encore))?\s+(?:chez|à|au|dans)\b"),
        OfferMade = R(@"\b(?:offert|offre|proposé|proposition|propose|approché|courtisé|tenté\s+de\s+(?:recruter|débaucher|attirer)|pont\s+d['’]or)\b"),
        PayCue = R(@"\b(?:rémunération|salaire|prime|package|pont\s+d['’]or|payée?|paie|touche(?:ra)?|offre|contrat|bonus|actions|par\s+an|annuel(?:le)?|enveloppe)\b"),
        DealCue = R(@"\b(?:rachat|racheté|acquisition|acquise?|rachète|valoris\w+|levée|levé|financement|investi\w*|chiffre\s+d['’]affaires|licence|accord)\b"),
        CountBefore = R(@"(?:\b(?<bound>plus\s+d[e'’]|au\s+moins|environ|près\s+d[e'’]|quelque|presque|pas\s+moins\s+d[e'’])\s*)?(?<![\d$€£.,])\b(?:une\s+)?(?<n>\d{1,4}|" + FrenchApprox + @"|[a-zé]+)\s*" +
                        @"(?:(?:anciens?|autres?)\s+)?(?:d[e'’]\s*)?(?:(?:personnes|chercheu(?:rs|ses)|ingénieur(?:e)?s|employé(?:e)?s|salarié(?:e)?s|scientifiques|membres|talents|experts|collaborateurs|spécialistes|cadres)\s+)?" +
                        @"(?:(?:(?:venue?s|issue?s|arrivée?s|débauchée?s|recrutée?s|sont|viennent|proviennent)\s+)?(?:de\s+chez\s+|en\s+provenance\s+d[e'’]\s*|d[e'’]\s*|du\s+|des\s+|chez\s+)" +
                        @"|(?<left>(?:ont|avaient|auraient)\s+(?:déjà\s+|ainsi\s+|depuis\s+)?quitté\s+)(?:le\s+|la\s+|l['’]\s*)?)$"),
        CountAfterSource = R(@"^\s+(?:a|avait|aurait)\s+(?:déjà\s+|ainsi\s+)?perdu\s+(?<bound>plus\s+d[e'’]|au\s+moins|environ|près\s+d[e'’])?\s*(?:une\s+)?(?<n>\d{1,4}|" + FrenchApprox + @"|[a-zé]+)\b"),
        StaffSizeBefore = R(@"\b(?:équipe|effectifs?)\s+de\s+(?:près\s+de\s+|quelque\s+|environ\s+)?$|\bemploi(?:e|ait)\s+(?:près\s+de\s+|quelque\s+|environ\s+)?$|\b(?:ses|des|les)\s+$|\bcompte\s+(?:près\s+de\s+|environ\s+)?$"),
        StaffSizeAfter = R(@"^\s+(?:personnes|salariés|employés|collaborateurs)\s+(?:au\s+total|dans\s+le\s+monde)\b|^\s+(?:salariés|employés)\s+(?:que\s+compte|de\s+l['’]entreprise)\b"),
        CountWords = new CountWords(
            new Dictionary<string, int>(Numbers("deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize", 2), StringComparer.OrdinalIgnoreCase)
            {
                ["vingt"] = 20, ["trente"] = 30, ["quarante"] = 40, ["cinquante"] = 50,
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
