// Compares language detectors on the corpus the Core tests use, to decide by measurement whether to adopt one:
//   dotnet run -c Release --project tools/LanguageMeasurement -- accuracy [language-heldout.jsonl]
//   dotnet run -c Release --project tools/LanguageMeasurement -- cost "lingua-4 default"
// accuracy prints one row per candidate (per language, per kind, short questions) and writes every miss to
// language-errors.txt in the temp folder; cost runs one candidate in a fresh process, since Lingua's models are
// static and shared between its detectors. Not in TalentBot.sln: nothing in the product depends on it.
using System.Diagnostics;
using System.Text.Json;
using LanguageMeasurement;
using TalentBot.Core;
using L = Lingua;

var corpusPath = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", "..", "tests", "TalentBot.Core.Tests", "TestData",
    args.Length > 1 && args[0] == "accuracy" ? args[1] : "language-corpus.jsonl");
var corpus = File.ReadLines(corpusPath).Where(l => l.Length > 0).Select(l => JsonSerializer.Deserialize<Sample>(l, new JsonSerializerOptions(JsonSerializerDefaults.Web))!).ToList();

var mode = args.Length > 0 ? args[0] : "accuracy";
if (mode == "cost")
{
    Cost(args[1], corpus);
    return;
}

var candidates = Candidates.All();
Console.WriteLine($"{"candidate",-28} {"en",6} {"fr",6} {"it",6} {"ja",6} {"short",6} {"names",6} {"mixed",6} {"typo",6} {"news",6} {"all",6} {"abst",5} {"none→fb",7}");
using var errors = new StreamWriter(Path.Combine(Path.GetTempPath(), "language-errors.txt"));
foreach (var (name, detect) in candidates)
{
    var results = corpus.Select(s => (s, Score(detect, s))).ToList();
    string Acc(Func<Sample, bool> where)
    {
        var subset = results.Where(r => r.s.Lang is not null && where(r.s)).ToList();
        return subset.Count == 0 ? "-" : $"{100.0 * subset.Count(r => r.Item2.Correct) / subset.Count:F1}";
    }
    var labelled = results.Where(r => r.s.Lang is not null).ToList();
    var none = results.Where(r => r.s.Lang is null).ToList();
    Console.WriteLine($"{name,-28} {Acc(s => s.Lang == "en"),6} {Acc(s => s.Lang == "fr"),6} {Acc(s => s.Lang == "it"),6} {Acc(s => s.Lang == "ja"),6} " +
                      $"{Acc(s => s.IsShortQuestion),6} {Acc(s => s.Kind == "names"),6} {Acc(s => s.Kind == "mixed"),6} {Acc(s => s.Kind == "typo"),6} {Acc(s => s.Kind == "news"),6} " +
                      $"{Acc(_ => true),6} {labelled.Count(r => r.Item2.Abstained),5} {none.Count(r => r.Item2.Abstained) + "/" + none.Count,7}");
    errors.WriteLine($"== {name}");
    foreach (var (s, r) in results.Where(r => !r.Item2.Correct))
        errors.WriteLine($"  [{s.Lang ?? "none"}/{s.Kind}] got {r.Got}{(r.Abstained ? " (fallback)" : "")}: {s.Text}");
}
Console.WriteLine($"short questions: {corpus.Count(s => s.Lang is not null && s.IsShortQuestion)}; labelled: {corpus.Count(s => s.Lang is not null)}; names-only: {corpus.Count(s => s.Lang is null)}");

// A labelled text is scored with fallbacks that are both wrong, so only a positive decision counts; a text with no
// language in it is right when the detector hands back whatever fallback it was given.
static Outcome Score(Func<string, Language, Language> detect, Sample s)
{
    if (s.Lang is null)
    {
        var a = detect(s.Text, Language.English);
        var b = detect(s.Text, Language.French);
        return new Outcome(a == Language.English && b == Language.French, a == Language.English && b == Language.French, a.ToCode());
    }
    LanguageCodes.TryParse(s.Lang, out var label);
    var others = Enum.GetValues<Language>().Where(l => l != label).ToArray();
    var r1 = detect(s.Text, others[0]);
    var r2 = detect(s.Text, others[1]);
    return new Outcome(r1 == label, r1 == others[0] && r2 == others[1], r1.ToCode());
}

static void Cost(string name, List<Sample> corpus)
{
    var before = GC.GetTotalMemory(true);
    var ws0 = Process.GetCurrentProcess().WorkingSet64;
    var clock = Stopwatch.StartNew();
    var detect = Candidates.All().Single(c => c.Name == name).Detect;
    var first = detect("qui a quitté OpenAI ?", Language.English);
    var firstMs = clock.Elapsed.TotalMilliseconds;
    clock.Restart();
    detect("Metaを辞めたのは誰？", Language.English);
    detect("Who left Meta for OpenAI?", Language.English);
    var secondMs = clock.Elapsed.TotalMilliseconds;
    foreach (var s in corpus) detect(s.Text, Language.English);
    // steady state
    var shorts = corpus.Where(s => s.IsShortQuestion).ToList();
    var news = corpus.Where(s => s.Kind == "news").ToList();
    clock.Restart();
    for (var i = 0; i < 5; i++) foreach (var s in shorts) detect(s.Text, Language.English);
    var shortUs = clock.Elapsed.TotalMicroseconds / (5.0 * shorts.Count);
    clock.Restart();
    for (var i = 0; i < 5; i++) foreach (var s in news) detect(s.Text, Language.English);
    var newsUs = clock.Elapsed.TotalMicroseconds / (5.0 * news.Count);
    var longText = string.Join(" ", Enumerable.Repeat(news[0].Text, 40));
    clock.Restart();
    detect(longText, Language.English);
    var longMs = clock.Elapsed.TotalMilliseconds;
    var after = GC.GetTotalMemory(true);
    var ws1 = Process.GetCurrentProcess().WorkingSet64;
    Console.WriteLine($"{name,-28} first call {firstMs,8:F1} ms (→{first}); next two {secondMs,7:F1} ms; short {shortUs,8:F1} µs; news {newsUs,8:F1} µs; " +
                      $"article of {longText.Length} chars {longMs,6:F1} ms; managed heap +{(after - before) / 1048576.0,6:F1} MiB; working set +{(ws1 - ws0) / 1048576.0,6:F1} MiB");
}

internal sealed record Sample(string? Lang, string Kind, string Text)
{
    // A chat question of up to eight words (Japanese has no spaces: up to 30 characters), names and typos included.
    public bool IsShortQuestion => Kind is "short" or "names" or "typo"
        && (Lang == "ja" ? Text.Length <= 30 : Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8);
}

internal sealed record Outcome(bool Correct, bool Abstained, string Got);

internal static class Candidates
{
    public static IReadOnlyList<(string Name, Func<string, Language, Language> Detect)> All()
    {
        var list = new List<(string, Func<string, Language, Language>)>
        {
            ("hand-written, before", (t, f) => HandWrittenDetector.Detect(t, f).Language),
        };
        var four = new[] { L.Language.English, L.Language.French, L.Language.Italian, L.Language.Japanese };
        var three = new[] { L.Language.English, L.Language.French, L.Language.Italian };
        Lazy<L.LanguageDetector> low = new(() => L.LanguageDetectorBuilder.FromLanguages(four).WithLowAccuracyMode().Build());
        Lazy<L.LanguageDetector> high = new(() => L.LanguageDetectorBuilder.FromLanguages(four).Build());
        Lazy<L.LanguageDetector> highLatin = new(() => L.LanguageDetectorBuilder.FromLanguages(three).Build());
        Lazy<L.LanguageDetector> lowLatin = new(() => L.LanguageDetectorBuilder.FromLanguages(three).WithLowAccuracyMode().Build());
        list.Add(("lingua-4 low accuracy", (t, f) => Map(low.Value.DetectLanguageOf(t), f)));
        list.Add(("lingua-4 default", (t, f) => Map(high.Value.DetectLanguageOf(t), f)));
        foreach (var threshold in new[] { 0.0, 0.5, 0.6, 0.7, 0.8, 0.9 })
        {
            list.Add(($"script+lingua-3 default ≥{threshold:F1}", (t, f) => Combined(t, f, highLatin.Value, threshold)));
        }
        list.Add(("script+lingua-3 low ≥0.6", (t, f) => Combined(t, f, lowLatin.Value, 0.6)));
        list.Add(("LanguageDetector (Core)", (t, f) => LanguageDetector.Detect(t, f).Language));
        foreach (var threshold in new[] { 0.0, 0.5, 0.6, 0.7 })
        {
            list.Add(($"Core, else lingua-3 ≥{threshold:F1}", (t, f) =>
            {
                var guess = LanguageDetector.Detect(t, Language.English);
                var again = LanguageDetector.Detect(t, Language.French);
                return guess.Language == again.Language ? guess.Language : Combined(WithoutNames(t), f, highLatin.Value, threshold);
            }));
        }
        foreach (var threshold in new[] { 0.0, 0.5, 0.6, 0.7 })
        {
            list.Add(($"script+lingua-3 masked ≥{threshold:F1}", (t, f) => Combined(WithoutNames(t), f, highLatin.Value, threshold)));
        }
        foreach (var threshold in new[] { 0.0, 0.5, 0.6, 0.7 })
        {
            list.Add(($"before, else lingua-3 ≥{threshold:F1}", (t, f) =>
            {
                var guess = HandWrittenDetector.Detect(t, Language.English);
                var again = HandWrittenDetector.Detect(t, Language.French);
                return guess.Language == again.Language ? guess.Language : Combined(WithoutNames(t), f, highLatin.Value, threshold);
            }));
        }
        return list;
    }

    // Drops the words that look like names: capitalised after the first word, or with a capital or digit inside
    // (OpenAI, xAI, GPT-5); what is left is the asker's own language.
    public static string WithoutNames(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = words.Where((w, i) =>
        {
            var letters = w.Where(char.IsLetter).ToArray();
            if (letters.Length == 0) return true;
            if (letters.Skip(1).Any(char.IsUpper)) return false;
            return i == 0 || !char.IsUpper(letters[0]);
        });
        return string.Join(' ', kept);
    }

    private static Language Map(L.Language language, Language fallback) => language switch
    {
        L.Language.English => Language.English,
        L.Language.French => Language.French,
        L.Language.Italian => Language.Italian,
        L.Language.Japanese => Language.Japanese,
        _ => fallback,
    };

    // Kana or kanji settles Japanese as the hand-written detector does; Lingua picks among the Latin three and the
    // caller's fallback stands when its best confidence is under the threshold.
    private static Language Combined(string text, Language fallback, L.LanguageDetector latin, double threshold)
    {
        int kana = 0, han = 0, letters = 0;
        foreach (var c in text)
        {
            if (Scripts.IsKana(c)) kana++;
            else if (Scripts.IsHan(c)) han++;
            else if (char.IsLetter(c)) letters++;
        }
        if (kana + han > 0 && ((kana + han) * 4 >= letters || kana >= 2)) return Language.Japanese;
        if (letters == 0) return fallback;
        var best = latin.ComputeLanguageConfidenceValues(text).First();
        return best.Value > 0 && best.Value >= threshold ? Map(best.Key, fallback) : fallback;
    }
}
