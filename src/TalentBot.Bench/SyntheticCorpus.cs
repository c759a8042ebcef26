using System.Globalization;
using TalentBot.Core;

namespace TalentBot.Bench;

/// <summary>A move the generator wrote into an article, to check what ingest recovered.</summary>
public sealed record PlantedMove(string Person, MoveKind Kind, string From, string? To);

public sealed record SyntheticArticle(string Id, Language Language, string Title, string Text, IReadOnlyList<PlantedMove> Moves);

/// <summary>
/// A reproducible four-language corpus of talent-war articles for the benchmark: 12 sentences and 2 moves an
/// article, 50 organisations, about 20,000 people. The phrasing is plain news prose in each language, so the
/// benchmark measures the real extractor, and the planted moves say how much of it ingest recovered.
/// </summary>
public sealed class SyntheticCorpus
{
    private static readonly string[] OrgStems =
    [
        "Nimbus", "Quanta", "Arcadia", "Helix", "Vireo", "Solace", "Kestrel", "Lumen", "Orchid", "Tessel",
        "Borealis", "Cinder", "Dynamo", "Ember", "Fathom", "Garnet", "Halcyon", "Ionic", "Juniper", "Kinetic",
        "Lattice", "Meridian", "Nova", "Obsidian", "Paragon", "Quill", "Radiant", "Sable", "Tundra", "Umbra",
        "Vertex", "Willow", "Xenon", "Yonder", "Zephyr", "Aurora", "Beacon", "Cobalt", "Delta", "Epoch",
        "Falcon", "Glacier", "Harbor", "Indigo", "Jasper", "Krypton", "Lotus", "Mosaic", "Nebula", "Onyx",
    ];

    private static readonly string[] GivenNames =
    [
        "Alice", "Bruno", "Carla", "Daniel", "Elena", "Farid", "Giulia", "Hugo", "Irene", "Jonas",
        "Karin", "Lucas", "Marta", "Nikhil", "Olga", "Pavel", "Queenie", "Rafael", "Sofia", "Tomas",
        "Ursula", "Victor", "Wendy", "Xavier", "Yara", "Zoltan", "Amara", "Bastien", "Chiara", "Dmitri",
        "Esther", "Fabio", "Greta", "Hamid", "Ingrid", "Jules", "Keiko", "Lorenzo", "Mirela", "Noor",
        "Oscar", "Priya", "Quentin", "Rosa", "Stefan", "Tariq", "Umberto", "Vera", "Wilhelm", "Yusuf",
        "Adele", "Boris", "Celine", "Dario", "Emil", "Flora", "Gustav", "Helena", "Ivo", "Jana",
        "Kofi", "Lena", "Matteo", "Nadia", "Otto", "Paula", "Ruben", "Sara", "Theo", "Ulla",
        "Vasco", "Wanda", "Ximena", "Yannick", "Zora", "Anton", "Bianca", "Cyril", "Dora", "Enzo",
        "Fiona", "Gideon", "Hanna", "Igor", "Jorge", "Kira", "Leon", "Maya", "Nils", "Ophelia",
        "Pietro", "Rania", "Silas", "Talia", "Ugo", "Valeria", "Walter", "Yves", "Zelda", "Arjun",
    ];

    private static readonly string[] FamilyNames =
    [
        "Abbott", "Baranov", "Castell", "Delacroix", "Eriksen", "Ferrante", "Gallo", "Hartmann", "Ibarra", "Jansen",
        "Kowalski", "Lindqvist", "Moreau", "Novak", "Okafor", "Petrov", "Quintero", "Rinaldi", "Sandoval", "Tanaka",
        "Ueda", "Vasquez", "Wieland", "Xu", "Yilmaz", "Zanetti", "Albrecht", "Bellini", "Carvalho", "Dufresne",
        "Engel", "Fontaine", "Greco", "Holm", "Iversen", "Jovanovic", "Keller", "Lemaire", "Mancini", "Nakamura",
        "Oliveira", "Pellegrini", "Rossetti", "Schreiber", "Toussaint", "Umarov", "Valentini", "Weber", "Young", "Zielinski",
        "Aoki", "Bertrand", "Colombo", "Dietrich", "Esposito", "Fischer", "Girard", "Hoffmann", "Ito", "Jensen",
        "Kato", "Lombardi", "Marchetti", "Nieminen", "Ortega", "Prieto", "Ricci", "Sato", "Takahashi", "Urbani",
        "Vidal", "Wagner", "Yamada", "Zeller", "Arnaud", "Brun", "Conti", "Dubois", "Ekstrom", "Farina",
        "Gauthier", "Huber", "Inoue", "Jacobs", "Klein", "Laurent", "Moretti", "Nilsson", "Orsini", "Pichler",
        "Renard", "Santoro", "Thibault", "Ullmann", "Vogel", "Winter", "Yoshida", "Zimmer", "Asante", "Bauer",
        "Caruso", "Donati", "Eklund", "Fabbri", "Garnier", "Hayashi", "Ivanova", "Jung", "Kimura", "Leclerc",
        "Mori", "Neri", "Olsen", "Parisi", "Riva", "Suzuki", "Testa", "Uchida", "Villa", "Watanabe",
        "Amato", "Benoit", "Costa", "Duval", "Eriksson", "Ferri", "Gentile", "Hansen", "Imai", "Joly",
        "Kraus", "Lambert", "Marino", "Nagy", "Ono", "Palumbo", "Roux", "Silvestri", "Tremblay", "Vitale",
        "Wolff", "Yamamoto", "Zanella", "Baldi", "Chevalier", "Dalton", "Fournier", "Graf", "Hirano", "Kuhn",
        "Leone", "Mercier", "Noel", "Pace", "Rey", "Sartori", "Tosi", "Valente", "Weiss", "Ferrara",
        "Aguilar", "Blanc", "Cattaneo", "Dumont", "Faure", "Guerra", "Hamada", "Kagawa", "Lefebvre", "Monti",
        "Nicolas", "Pagano", "Robin", "Serra", "Tamura", "Vinci", "Wong", "Zago", "Berger", "Caron",
        "Devaux", "Fumagalli", "Giraud", "Hoshino", "Kobayashi", "Legrand", "Martel", "Ogawa", "Perrin", "Sala",
        "Tucci", "Vianello", "Yoon", "Zampa", "Bruni", "Colin", "Dupuis", "Fontana", "Gilles", "Honda",
    ];

    private static readonly string[] KatakanaGiven =
    [
        "アンナ", "ベン", "カルロ", "ダナ", "エミリー", "フランク", "ジーナ", "ハンス", "アイラ", "ジャック",
        "ケイト", "ルカ", "ミア", "ノア", "オリバー", "ピーター", "ローラ", "サム", "ティナ", "ビクター",
    ];

    private static readonly string[] KatakanaFamily =
    [
        "アダムス", "ブラウン", "カーター", "デイビス", "エバンス", "フォスター", "グリーン", "ハリス", "アービング", "ジョンソン",
        "キング", "ルイス", "ミラー", "ネルソン", "オーウェン", "パーカー", "クイン", "ロバーツ", "スミス", "ターナー",
        "ウォーカー", "ヤング", "ベイカー", "クラーク", "ドイル", "エリス", "フィッシャー", "グラント", "ホール", "ジェームズ",
    ];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
    private static readonly string[] ItalianMonths =
        ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];

    private readonly Random _random;

    public SyntheticCorpus(int seed = 20250815)
    {
        _random = new Random(seed);
        Organisations = OrgStems.Select((stem, i) => (i % 3) switch
        {
            0 => stem + " AI",
            1 => stem + " Labs",
            _ => stem + " Research",
        }).ToArray();
    }

    public IReadOnlyList<string> Organisations { get; }

    /// <summary>The registry the synthetic articles are read with: the organisations only, so people are found in text.</summary>
    public EntityRegistry Registry() => new(Organisations.Select((name, i) =>
        new RegisteredEntity("org-" + i.ToString(CultureInfo.InvariantCulture), EntityKind.Organisation, name, [], null)));

    public IEnumerable<SyntheticArticle> Articles(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var language = (Language)(i % 4);
            yield return language switch
            {
                Language.English => English(i),
                Language.French => French(i),
                Language.Italian => Italian(i),
                _ => Japanese(i),
            };
        }
    }

    private SyntheticArticle English(int n)
    {
        var (a, b, c) = ThreeOrganisations();
        var (p, q) = (LatinPerson(), LatinPerson());
        var month = EnglishMonths[_random.Next(12)];
        var sentences = new List<string>
        {
            $"{p} has left {a} to join {b}, people familiar with the matter said.",
            $"{q} joined {c} from {a} in {month}.",
            $"The move is the latest in a hiring race that has pushed pay packages for top researchers past $10 million a year.",
            $"{a} declined to comment on the departures.",
            $"Recruiters say access to GPUs now matters as much as salary for senior staff.",
            $"{b} has been expanding its research team since the spring.",
            $"Analysts expect more engineers to follow in the coming months.",
            $"Several people at {c} said compute budgets decided their choice.",
            $"The company froze some hiring earlier this year to cut costs.",
            $"Investors have poured billions into labs that can retain their scientists.",
            $"A spokesperson for {b} said the team would keep growing.",
            $"This report is number {n} in our series on the AI talent market.",
        };
        return Article(n, Language.English, $"{a} loses researchers to {b} and {c}", sentences,
            [new PlantedMove(p, MoveKind.Left, a, b), new PlantedMove(q, MoveKind.Joined, a, c)]);
    }

    private SyntheticArticle French(int n)
    {
        var (a, b, c) = ThreeOrganisations();
        var (p, q) = (LatinPerson(), LatinPerson());
        var month = FrenchMonths[_random.Next(12)];
        var sentences = new List<string>
        {
            $"{p} a quitté {a} pour rejoindre {b}, selon des personnes proches du dossier.",
            $"{q} a rejoint {c} en {month} après plusieurs années chez {a}.",
            $"Les salaires des meilleurs chercheurs dépassent désormais 10 millions de dollars par an.",
            $"{a} n'a pas souhaité commenter ces départs.",
            $"Selon les recruteurs, l'accès aux GPU compte autant que le salaire.",
            $"{b} développe son équipe de recherche depuis le printemps.",
            $"Les analystes s'attendent à d'autres départs dans les prochains mois.",
            $"Plusieurs ingénieurs de {c} affirment que la puissance de calcul a décidé de leur choix.",
            $"L'entreprise a gelé une partie des embauches plus tôt cette année.",
            $"Les investisseurs ont injecté des milliards dans les laboratoires capables de retenir leurs scientifiques.",
            $"Un porte-parole de {b} a indiqué que l'équipe continuerait de grandir.",
            $"Cet article est le numéro {n} de notre série sur le marché des talents de l'IA.",
        };
        return Article(n, Language.French, $"{a} perd des chercheurs au profit de {b} et {c}", sentences,
            [new PlantedMove(p, MoveKind.Left, a, b), new PlantedMove(q, MoveKind.Joined, a, c)]);
    }

    private SyntheticArticle Italian(int n)
    {
        var (a, b, c) = ThreeOrganisations();
        var (p, q) = (LatinPerson(), LatinPerson());
        var month = ItalianMonths[_random.Next(12)];
        var sentences = new List<string>
        {
            $"{p} ha lasciato {a} per unirsi a {b}, secondo fonti vicine alla vicenda.",
            $"{q} è entrato a far parte di {c} a {month}, dopo alcuni anni presso {a}.",
            $"Gli stipendi dei migliori ricercatori superano ormai i 10 milioni di dollari all'anno.",
            $"{a} non ha voluto commentare le partenze.",
            $"Secondo i selezionatori, l'accesso alle GPU conta quanto lo stipendio.",
            $"{b} sta ampliando il suo team di ricerca dalla primavera.",
            $"Gli analisti prevedono altre partenze nei prossimi mesi.",
            $"Diversi ingegneri di {c} affermano che la potenza di calcolo ha deciso la loro scelta.",
            $"L'azienda ha congelato parte delle assunzioni all'inizio dell'anno.",
            $"Gli investitori hanno versato miliardi nei laboratori capaci di trattenere i loro scienziati.",
            $"Un portavoce di {b} ha detto che il team continuerà a crescere.",
            $"Questo articolo è il numero {n} della nostra serie sul mercato dei talenti dell'IA.",
        };
        return Article(n, Language.Italian, $"{a} perde ricercatori a favore di {b} e {c}", sentences,
            [new PlantedMove(p, MoveKind.Left, a, b), new PlantedMove(q, MoveKind.Joined, a, c)]);
    }

    private SyntheticArticle Japanese(int n)
    {
        var (a, b, c) = ThreeOrganisations();
        var (p, q) = (KatakanaPerson(), KatakanaPerson());
        var month = _random.Next(1, 13);
        var sentences = new List<string>
        {
            $"{p}氏は{a}を退社し、{b}に移った。",
            $"{q}氏は{month}月に{a}から{c}に入社した。",
            "トップ研究者の報酬は年間1000万ドルを超えるようになった。",
            $"{a}は退職についてコメントを控えた。",
            "採用担当者によると、GPUへのアクセスは給与と同じくらい重要だという。",
            $"{b}は春から研究チームを拡大している。",
            "アナリストは今後数か月でさらに退職者が出ると予想している。",
            $"{c}の複数のエンジニアは、計算資源が決め手になったと話した。",
            "同社は今年初めに一部の採用を凍結した。",
            "投資家は科学者を引き留められる研究所に数十億ドルを投じている。",
            $"{b}の広報担当者は、チームは今後も拡大すると述べた。",
            $"この記事はAI人材市場に関する連載の第{n}回である。",
        };
        return Article(n, Language.Japanese, $"{a}、研究者が{b}と{c}へ流出", sentences,
            [new PlantedMove(p, MoveKind.Left, a, b), new PlantedMove(q, MoveKind.Joined, a, c)]);
    }

    private static SyntheticArticle Article(int n, Language language, string title, List<string> sentences, IReadOnlyList<PlantedMove> moves)
    {
        var separator = language == Language.Japanese ? "" : " ";
        var body = string.Join(separator, sentences.Take(6)) + "\n\n" + string.Join(separator, sentences.Skip(6));
        return new SyntheticArticle($"synthetic-{n:D6}", language, title, title + "\n\n" + body, moves);
    }

    private (string A, string B, string C) ThreeOrganisations()
    {
        var a = _random.Next(Organisations.Count);
        var b = (a + 1 + _random.Next(Organisations.Count - 1)) % Organisations.Count;
        var c = b;
        while (c == a || c == b) c = _random.Next(Organisations.Count);
        return (Organisations[a], Organisations[b], Organisations[c]);
    }

    private string LatinPerson() => $"{GivenNames[_random.Next(GivenNames.Length)]} {FamilyNames[_random.Next(FamilyNames.Length)]}";

    private string KatakanaPerson() => $"{KatakanaGiven[_random.Next(KatakanaGiven.Length)]}・{KatakanaFamily[_random.Next(KatakanaFamily.Length)]}";
}
