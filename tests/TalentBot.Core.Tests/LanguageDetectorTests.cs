using TalentBot.Core;

namespace TalentBot.Core.Tests;

/// <summary>
/// One theory per hard case, each with every language. The fallback passed is always a wrong answer, so a test passes
/// only when the detector decided; <see cref="LanguageCorpusTests"/> measures the same cases at scale.
/// </summary>
public class LanguageDetectorTests
{
    private static Language Detect(string text, Language expected) =>
        LanguageDetector.Detect(text, expected == Language.English ? Language.Italian : Language.English).Language;

    [Theory]
    [InlineData("Who left Meta?", Language.English)]
    [InlineData("Why are researchers leaving Meta for OpenAI?", Language.English)]
    [InlineData("Qui a quitté Meta ?", Language.French)]
    [InlineData("Pourquoi les chercheurs quittent-ils Meta ?", Language.French)]
    [InlineData("Chi ha lasciato Meta?", Language.Italian)]
    [InlineData("Perché i ricercatori se ne vanno da Meta?", Language.Italian)]
    [InlineData("Metaを辞めたのは誰？", Language.Japanese)]
    [InlineData("OpenAIの研究者", Language.Japanese)]
    public void Detect_Question_FindsItsLanguage(string text, Language expected)
    {
        Detect(text, expected).ShouldBe(expected);
    }

    [Theory]
    [InlineData("who left meta?", Language.English)]
    [InlineData("anyone new at Anthropic?", Language.English)]
    [InlineData("qui a quitté OpenAI ?", Language.French)]
    [InlineData("Et chez Mistral ?", Language.French)]
    [InlineData("chi è passato a Meta?", Language.Italian)]
    [InlineData("Cosa succede in Apple?", Language.Italian)]
    [InlineData("Metaを辞めたのは誰？", Language.Japanese)]
    [InlineData("誰が辞めた？", Language.Japanese)]
    public void Detect_ShortChatQuestion_FindsItsLanguage(string text, Language expected)
    {
        Detect(text, expected).ShouldBe(expected);
    }

    // Names weigh more letters than the question around them, and English-looking ones (Wang, Thinking, Hugging Face)
    // must not outvote a French or Italian "et", "chez", "e", "in".
    [Theory]
    [InlineData("Did Shengjia Zhao leave OpenAI for Meta?", Language.English)]
    [InlineData("Shengjia Zhao a quitté OpenAI pour Meta ?", Language.French)]
    [InlineData("Nat Friedman et Daniel Gross chez Meta ?", Language.French)]
    [InlineData("Alexandr Wang e Nat Friedman sono in Meta?", Language.Italian)]
    [InlineData("Thomas Wolf lascia Hugging Face?", Language.Italian)]
    [InlineData("Shengjia ZhaoはOpenAIからMetaへ？", Language.Japanese)]
    [InlineData("Trapit Bansal OpenAI→Meta TBD Lab 移籍", Language.Japanese)]
    public void Detect_QuestionFullOfNames_ReadsTheWordsAroundThem(string text, Language expected)
    {
        Detect(text, expected).ShouldBe(expected);
    }

    // "AI" is an acronym in every question we get, not the Italian preposition "ai".
    [Theory]
    [InlineData("Quelles recrues pour Microsoft AI ?", Language.French)]
    [InlineData("Who joined Sakana AI?", Language.English)]
    [InlineData("Chi è entrato in Mistral AI?", Language.Italian)]
    public void Detect_AcronymAI_IsNotItalian(string text, Language expected)
    {
        Detect(text, expected).ShouldBe(expected);
    }

    [Theory]
    [InlineData("Shengjia Zhao OpenAI Meta?")]
    [InlineData("Sutskever SSI")]
    [InlineData("Meta")]
    [InlineData("")]
    [InlineData("1234 !!")]
    public void Detect_NoEvidence_FallsBackToTheDefault(string text)
    {
        LanguageDetector.Detect(text, Language.French).Language.ShouldBe(Language.French);
        LanguageDetector.Detect(text, Language.Italian).Language.ShouldBe(Language.Italian);
    }

    [Theory]
    [InlineData("Le Monde called it \"la fuite des cerveaux\", but the engineers say they wanted more compute.", Language.English)]
    [InlineData("Sakana AI (サカナAI) hired two researchers from Google Brain in Tokyo.", Language.English)]
    [InlineData("Dans son message, il écrit « Excited to join Meta! » et rien de plus.", Language.French)]
    [InlineData("Ses collègues parlent d'une « talent war » dans la Silicon Valley.", Language.French)]
    [InlineData("Il Wall Street Journal parla di «signing bonus» da cento milioni.", Language.Italian)]
    [InlineData("Nel post ha scritto «we are hiring» e poco altro.", Language.Italian)]
    [InlineData("彼はXに「Excited to join Meta!」とだけ投稿した。", Language.Japanese)]
    [InlineData("Lucas Beyer、Alexander Kolesnikov、Xiaohua ZhaiがOpenAIからMetaへ", Language.Japanese)]
    public void Detect_MixedText_FindsTheLanguageOfTheSentence(string text, Language expected)
    {
        Detect(text, expected).ShouldBe(expected);
    }

    [Theory]
    [InlineData("who lef meta", Language.English)]
    [InlineData("whos joining openai", Language.English)]
    [InlineData("qui a quitte meta", Language.French)]
    [InlineData("ou est parti karpathy", Language.French)]
    [InlineData("chi e passato a meta", Language.Italian)]
    [InlineData("perche vanno tutti da meta", Language.Italian)]
    [InlineData("めたをやめたのはだれ？", Language.Japanese)]
    [InlineData("ｶﾙﾊﾟｼｰはどこ？", Language.Japanese)]
    public void Detect_TyposAndNoAccents_FindsItsLanguage(string text, Language expected)
    {
        Detect(text, expected).ShouldBe(expected);
    }

    [Theory]
    [InlineData("WHO LEFT META?", Language.English)]
    [InlineData("QUI A QUITTÉ META ?", Language.French)]
    [InlineData("CHI HA LASCIATO META?", Language.Italian)]
    public void Detect_AllCapitals_ReadsTheWordsAnyway(string text, Language expected)
    {
        Detect(text, expected).ShouldBe(expected);
    }

    [Fact]
    public void Detect_LongerArticleParagraphs_AreConfident()
    {
        const string italian = "Secondo l'ultimo rapporto, il ricercatore ha lasciato l'azienda dopo pochi giorni e si unirà a una startup della Silicon Valley.";
        const string french = "Selon le dernier rapport, la chercheuse a quitté l'entreprise après quelques jours et rejoindra une jeune pousse.";
        const string english = "According to the latest report, the researcher left the company after a few days and will join a startup in Silicon Valley.";
        const string japanese = "最新の報道によると、その研究者は数日で会社を辞め、シリコンバレーのスタートアップに加わる。";

        Detect(italian, Language.Italian).ShouldBe(Language.Italian);
        Detect(french, Language.French).ShouldBe(Language.French);
        Detect(english, Language.English).ShouldBe(Language.English);
        Detect(japanese, Language.Japanese).ShouldBe(Language.Japanese);
    }

    // Scores are sums of thirds and halves: "a" counts a third for each language and "remplacé" a half for French,
    // a lead of exactly a half that floating point once put just under it.
    [Fact]
    public void Detect_LeadOfExactlyAHalf_Decides()
    {
        Detect("Jakub Pachocki a remplacé Ilya Sutskever ?", Language.French).ShouldBe(Language.French);
    }

    // 1.5 million characters: one pass takes well under a tenth of a second, a rescan per unclosed « took 3.5 s.
    [Fact]
    public void Detect_ArticleFullOfUnclosedQuotes_StaysFast()
    {
        var text = string.Concat(Enumerable.Repeat("« le chercheur a quitté Meta ", 50_000));

        var clock = System.Diagnostics.Stopwatch.StartNew();
        LanguageDetector.Detect(text, Language.English).Language.ShouldBe(Language.French);

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Detect_FromManyThreads_AgreesWithOneThread()
    {
        var texts = LanguageCorpus.Load(LanguageCorpus.Tuning).Select(s => s.Text).ToArray();
        var serial = texts.Select(t => LanguageDetector.Detect(t, Language.English)).ToArray();

        var parallel = new LanguageGuess[texts.Length];
        Parallel.For(0, texts.Length * 8, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => parallel[i % texts.Length] = LanguageDetector.Detect(texts[i % texts.Length], Language.English));

        parallel.ShouldBe(serial);
    }
}
