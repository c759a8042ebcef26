using System.Collections.Frozen;
using TalentBot.Core;

namespace TalentBot.Answering;

/// <summary>The ideas a talent-war question turns on, whatever language it is asked in.</summary>
public enum Concept
{
    Leave,
    Join,
    Poach,
    Hire,
    Recruit,
    Pay,
    Offer,
    Compute,
    Freeze,
    Acquire,
    Researcher,
    Return,
    Resign,
    Reason,
    Decline,
    NeverStart,
    Threaten,
    Appoint,
    Replace,
    Lead,
}

/// <summary>
/// A small multilingual lexicon: each concept's words in English, French, Italian and Japanese, with the common
/// inflections, so a question in one language finds sentences in the others. Japanese words are written as they
/// appear in running text (a verb stem such as 辞め or 引き抜, not a dictionary form), because Japanese questions
/// are matched by substring, having no spaces to split on. Immutable; safe to share across threads.
/// </summary>
public static class Lexicon
{
    private sealed record Entry(Concept Concept, string[] English, string[] French, string[] Italian, string[] Japanese, string[] QuestionOnly);

    private static readonly Entry[] Entries =
    [
        new(Concept.Leave,
            ["left", "leave", "leaves", "leaving", "quit", "quits", "quitting", "departed", "departure", "exit"],
            ["quitté", "quitte", "quittent", "quitter", "départ", "parti", "partie", "partis"],
            ["lasciato", "lasciata", "lascia", "lasciano", "lasciare", "uscito", "addio", "abbandonato"],
            ["退社", "退職", "辞め", "去っ", "離れ", "離脱"],
            []),
        new(Concept.Join,
            ["joined", "join", "joins", "joining", "moved"],
            ["rejoint", "rejoindre", "rejoignent", "arrivé", "arrivée"],
            ["entrato", "entrata", "unito", "raggiunto", "approdato"],
            ["入社", "加わ", "加入", "参加", "合流", "移籍", "移っ", "移る", "移り"],
            []),
        new(Concept.Poach,
            ["poached", "poach", "poaching", "lured", "lure"],
            ["débauché", "débauchés", "débaucher", "débauchage", "attiré"],
            ["strappato", "strappati", "sottratto", "soffiato", "corteggiato"],
            ["引き抜", "引抜"],
            []),
        new(Concept.Hire,
            ["hired", "hire", "hires", "hiring"],
            ["embauché", "embauchés", "embauche", "embauches", "embaucher"],
            ["assunto", "assunti", "assume", "assunzione", "assunzioni"],
            ["採用", "雇用", "雇っ", "雇い"],
            []),
        new(Concept.Recruit,
            ["recruited", "recruit", "recruits", "recruiting", "recruitment"],
            ["recruté", "recrutés", "recrute", "recrutent", "recruter", "recrutement"],
            ["reclutato", "reclutati", "recluta", "reclutare", "reclutamento"],
            ["採用", "勧誘", "獲得"],
            []),
        new(Concept.Pay,
            ["salary", "salaries", "pay", "paid", "compensation", "package", "million", "billion"],
            ["salaire", "salaires", "rémunération", "payé", "millions", "milliard"],
            ["stipendio", "stipendi", "compenso", "retribuzione", "pagato", "milioni", "miliardi"],
            ["報酬", "給与", "年俸", "給料", "億ドル", "万ドル"],
            ["いくら"]),
        new(Concept.Offer,
            ["offer", "offers", "offered", "bonus"],
            ["offre", "offres", "proposé", "prime"],
            ["offerta", "offerte", "offerto", "proposto"],
            ["オファー", "提示", "提案", "ボーナス"],
            []),
        new(Concept.Compute,
            ["gpu", "gpus", "compute", "chips"],
            ["puces", "calcul"],
            ["calcolo", "chip"],
            ["計算資源", "計算能力", "半導体"],
            []),
        new(Concept.Freeze,
            ["freeze", "froze", "frozen", "paused", "pause", "halted"],
            ["gel", "gelé", "geler", "suspendu", "suspend"],
            ["congelato", "congelamento", "blocco", "bloccato", "sospeso", "pausa"],
            ["凍結", "停止", "見合わせ"],
            []),
        new(Concept.Acquire,
            ["acquired", "acquire", "acquisition", "bought", "buy", "deal"],
            ["rachat", "racheté", "racheter", "acquisition", "acquis"],
            ["acquisizione", "acquisito", "acquistato", "comprato"],
            ["買収", "取得"],
            []),
        new(Concept.Researcher,
            ["researcher", "researchers", "scientist", "scientists", "engineers", "engineer"],
            ["chercheur", "chercheurs", "chercheuse", "scientifique", "ingénieur", "ingénieurs"],
            ["ricercatore", "ricercatori", "ricercatrice", "scienziato", "ingegnere", "ingegneri"],
            ["研究者", "研究員", "科学者", "エンジニア", "技術者"],
            []),
        new(Concept.Return,
            ["returned", "return", "returns", "rejoined"],
            ["retour", "revenu", "revenue", "retourné", "revient"],
            ["tornato", "tornata", "ritorno", "ritorna", "rientro"],
            ["復帰", "戻っ", "出戻り"],
            []),
        new(Concept.Resign,
            ["resigned", "resign", "resignation", "stepped"],
            ["démission", "démissionné", "démissionne"],
            ["dimissioni", "dimesso", "dimessa", "dimette"],
            ["辞任", "辞職", "辞表"],
            []),
        new(Concept.Reason,
            ["because", "reason", "reasons", "motivation"],
            ["raison", "raisons", "parce", "motif"],
            ["perché", "motivo", "motivi", "ragione"],
            ["理由", "動機"],
            ["why", "pourquoi", "perche", "なぜ", "どうして", "何故"]),
        new(Concept.Decline,
            ["declined", "decline", "declines", "refused", "rejected", "turned"],
            ["refusé", "refusée", "refuse", "décliné", "déclinée", "repoussé"],
            ["rifiutato", "rifiutata", "rifiuta", "declinato", "respinto"],
            ["断っ", "断り", "辞退", "拒否", "蹴っ"],
            []),
        new(Concept.NeverStart,
            ["never", "onboarding", "onboarded"],
            ["jamais"],
            // "mai" (never) is French for May, so Italian questions are read by their own phrases; the press borrows this.
            ["onboarding"],
            ["出社しなかった", "一度も出社", "入社しなかった", "初日に現れ", "出社せず"],
            []),
        new(Concept.Threaten,
            ["threatened", "threaten", "threatens", "threat"],
            ["menacé", "menacée", "menace", "menacer"],
            ["minacciato", "minacciata", "minaccia", "minacciare"],
            ["脅", "ほのめか"],
            []),
        new(Concept.Appoint,
            ["appointed", "appoint", "named", "promoted", "became", "become"],
            ["nommé", "nommée", "nomme", "promu", "promue", "devient", "devenu"],
            ["nominato", "nominata", "nomina", "promosso", "promossa", "diventato", "diventa"],
            ["任命", "就任", "昇格", "起用"],
            []),
        new(Concept.Replace,
            ["replaced", "replace", "replaces", "succeeded", "succeed", "successor"],
            ["remplacé", "remplace", "remplacer", "succède", "successeur", "succédé"],
            ["sostituito", "sostituita", "sostituisce", "succeduto", "successore", "posto"],
            ["後任", "後継", "交代"],
            []),
        new(Concept.Lead,
            ["leads", "lead", "heads", "head", "runs", "chief", "director"],
            ["dirige", "diriger", "tête", "directeur", "directrice", "responsable"],
            ["guida", "dirige", "capo", "direttore", "direttrice", "responsabile"],
            ["率い", "トップ", "責任者", "本部長", "代表", "統括"],
            []),
    ];

    private static readonly FrozenDictionary<string, Concept[]> ByLatinWord = BuildLatinIndex();

    private static readonly (string Word, Concept Concept)[] JapaneseWords =
        Entries.SelectMany(e => e.Japanese.Concat(e.QuestionOnly.Where(IsJapanese)).Select(w => (w, e.Concept))).ToArray();

    private static readonly FrozenDictionary<Concept, string[]> Expansions =
        Entries.ToFrozenDictionary(e => e.Concept, Interleave);

    private static readonly FrozenDictionary<Concept, string[]> FoldedExpansions =
        Expansions.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Select(TextFolding.Fold).ToArray());

    /// <summary>The concepts a folded Latin-script word stands for; empty when it stands for none.</summary>
    public static IReadOnlyList<Concept> ConceptsOfWord(string foldedWord) =>
        ByLatinWord.TryGetValue(foldedWord, out var concepts) ? concepts : [];

    /// <summary>The concepts whose Japanese words occur in <paramref name="foldedText"/>.</summary>
    public static IEnumerable<Concept> ConceptsInJapanese(string foldedText)
    {
        foreach (var (word, concept) in JapaneseWords)
            if (foldedText.Contains(word, StringComparison.Ordinal)) yield return concept;
    }

    /// <summary>True when <paramref name="foldedText"/> is, or contains, one of the lexicon's Japanese words.</summary>
    public static bool ContainsJapaneseWord(string foldedText) =>
        JapaneseWords.Any(w => foldedText.Contains(w.Word, StringComparison.Ordinal));

    /// <summary>
    /// The concept's words in all four languages, interleaved (each language's commonest form first) so that a
    /// term cap drops rare inflections before it drops a language.
    /// </summary>
    public static IReadOnlyList<string> Expand(Concept concept) => Expansions[concept];

    /// <summary><see cref="Expand"/>, folded, index for index; folded once here because folding is not cheap.</summary>
    public static IReadOnlyList<string> ExpandFolded(Concept concept) => FoldedExpansions[concept];

    private static string[] Interleave(Entry entry)
    {
        string[][] languages = [entry.English, entry.French, entry.Italian, entry.Japanese];
        var result = new List<string>();
        for (var i = 0; i < languages.Max(l => l.Length); i++)
            foreach (var words in languages)
                if (i < words.Length) result.Add(words[i]);
        return result.ToArray();
    }

    private static FrozenDictionary<string, Concept[]> BuildLatinIndex()
    {
        var index = new Dictionary<string, List<Concept>>(StringComparer.Ordinal);
        foreach (var entry in Entries)
        {
            foreach (var word in entry.English.Concat(entry.French).Concat(entry.Italian).Concat(entry.QuestionOnly))
            {
                if (IsJapanese(word)) continue;
                var folded = TextFolding.Fold(word);
                if (!index.TryGetValue(folded, out var list)) index[folded] = list = [];
                if (!list.Contains(entry.Concept)) list.Add(entry.Concept);
            }
        }
        return index.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
    }

    private static bool IsJapanese(string word) => word.Any(Scripts.IsJapanese);
}
