using System.Text.RegularExpressions;
using TalentBot.Core;

namespace TalentBot.Extraction;

/// <summary>How a name candidate is written, which decides what can tell a person from an organisation.</summary>
internal enum NameScript
{
    Latin,
    /// <summary>Katakana in parts joined by ・: "アナ・ルイス".</summary>
    KatakanaFullName,
    /// <summary>One katakana word: a surname ("ナイト氏") or an organisation ("ミストラル").</summary>
    Katakana,
    /// <summary>Kanji: "高橋由美", "北條氏".</summary>
    Kanji,
}

/// <summary>A run of words shaped like a name, not yet known to be a person, an organisation or neither.</summary>
internal sealed record NameCandidate(int Start, int Length, int Words, string Text, NameScript Script)
{
    public int End => Start + Length;

    /// <summary>Its last word names a kind of organisation: "Fernwood Labs", "Arcadia Partners", "Mistral AI".</summary>
    public bool HasOrganisationWord { get; init; }

    /// <summary>An honorific follows it: 氏, さん, 博士.</summary>
    public bool HasHonorific { get; init; }
}

/// <summary>
/// Finds the runs of words shaped like names in one sentence: capitalised Latin words (with the particles that join
/// them, "Pieter van der Berg", "Giulia Di Stefano"), katakana names, and kanji names marked by an honorific or
/// opening with a common surname. Linear in the sentence. Stateless; safe to share.
/// </summary>
internal static partial class NameCandidates
{
    private const string LatinLetter = @"A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F";
    private const string LatinUpper = @"A-Z\u00C0-\u00D6\u00D8-\u00DE";
    private const string Katakana = @"\u30A1-\u30FA\u30FC";

    /// <summary>Names longer than this are lists or headlines, not one name.</summary>
    private const int MaxWords = 4;

    [GeneratedRegex(@"(?<![" + LatinLetter + @"\d])(?:[" + LatinUpper + @"]\.(?=\s)|(?:al-|el-)?[" + LatinUpper + "][" + LatinLetter + @"]*(?:[-'’][" + LatinLetter + "]+)*)")]
    private static partial Regex LatinToken();

    [GeneratedRegex(@"^(?:\s+(?:de|del|della|der|den|di|da|dos|das|du|van|von|bin|ibn|le|la|ter|ten|y|al|el)){1,2}\s+$")]
    private static partial Regex ParticleGap();

    [GeneratedRegex("[" + Katakana + "]{2,}(?:[・･＝=][" + Katakana + "]+)+")]
    private static partial Regex KatakanaFullName();

    [GeneratedRegex("(?<![" + Katakana + "・])[" + Katakana + "]{2,}(?![" + Katakana + "・])")]
    private static partial Regex KatakanaWord();

    [GeneratedRegex(@"(?<![\u4E00-\u9FFF々])[\u4E00-\u9FFF々]{2,10}(?![\u4E00-\u9FFF々])")]
    private static partial Regex KanjiRun();

    /// <summary>Titles written in kanji right after a name, which a run of kanji swallows: "北條隼人氏", "宮内康平執行役員".</summary>
    [GeneratedRegex("(?:氏|博士|教授|准教授|社長|副社長|会長|所長|部長|本部長|室長|執行役員|取締役|研究員|代表|理事長|理事|局長|主任)$")]
    private static partial Regex KanjiTitle();

    /// <summary>Kanji words that open like a surname but end like a common noun: 関係者, 森林部, 原子力.</summary>
    [GeneratedRegex("[者員社部会家陣長局所業界側性的化力団省庁課室場店館院学校]$")]
    private static partial Regex CommonNounEnding();

    [GeneratedRegex("^(?:氏|さん|博士|教授|准教授|CEO|社長)")]
    private static partial Regex Honorific();

    [GeneratedRegex("^(?:は|が|を|に|の|と|も|、|（|\\(|ら)")]
    private static partial Regex AfterJapaneseName();

    [GeneratedRegex("(?:ラボ|ラボラトリーズ|テクノロジーズ|ロボティクス|システムズ|ホールディングス|ネットワークス|インダストリーズ|グループ|ジャパン|リサーチ|ベンチャーズ|キャピタル|パートナーズ|ラボズ)$")]
    private static partial Regex KatakanaOrganisationWord();

    [GeneratedRegex("^(?:シニア|チーフ|トップ|リード|ヘッド|ジュニア|スーパー|メガ|ビッグ)")]
    private static partial Regex KatakanaCommonPrefix();

    [GeneratedRegex("^(?:チーム|プロジェクト|ラボ|スタートアップ|グループ|ユニット|オフィス|ポジション|ポスト|ライバル|ベンチャー|オファー|メンバー|エンジニア|リサーチ|モデル|サービス|トップ|チーフ|マネージャー|ディレクター|パートナー|シニア|フェロー|リーダー|データ|ソフトウェア|ハードウェア|ロボット|クラウド|インフラ|セキュリティ|コンピューティング|アプリ|プラットフォーム|スーパーインテリジェンス|インテリジェンス|エージェント|アルゴリズム|ニュース|レポート|メディア|ブログ|インタビュー|コメント|ポッドキャスト|ボーナス|パッケージ|ストックオプション|オープンソース|スタッフ|ヘッド|サイエンティスト|リサーチャー|アナリスト|コンサルタント|ベンチャーキャピタル|キャピタル|スタートアップ企業|テック|ビッグテック|モデル開発|チャットボット|エンジニアリング)$")]
    private static partial Regex KatakanaCommonNoun();

    public static List<NameCandidate> Find(string sentence, IReadOnlyList<Referent> claimed)
    {
        var candidates = Latin(sentence, claimed);
        Japanese(sentence, claimed, candidates);
        candidates.Sort((a, b) => a.Start.CompareTo(b.Start));
        return candidates;
    }

    private static List<NameCandidate> Latin(string sentence, IReadOnlyList<Referent> claimed)
    {
        var candidates = new List<NameCandidate>();
        int start = -1, end = -1, words = 0;
        var organisationWord = false;
        void Flush()
        {
            if (words > 0)
            {
                // "Politecnico di Milano" is a school's name; "University" alone is a common noun.
                var named = organisationWord || words > 1 && NameWords.OpensInstitutionName(sentence[start..end].Split(' ')[0]);
                candidates.Add(new NameCandidate(start, end - start, words, sentence[start..end], NameScript.Latin) { HasOrganisationWord = named });
            }
            words = 0;
            organisationWord = false;
        }
        var claim = 0;
        foreach (Match m in LatinToken().Matches(sentence))
        {
            var token = m.Value;
            // An elided article ("L'ingénieur", "D'après", "L'ex") is no name; "D'Amico" and "O'Connell" are.
            if (token.Length > 2 && token[0] is 'L' or 'D' && token[1] is '\'' or '’' && !char.IsUpper(token[2]))
            {
                Flush();
                continue;
            }
            var possessive = token.EndsWith("'s", StringComparison.Ordinal) || token.EndsWith("’s", StringComparison.Ordinal);
            var length = possessive ? token.Length - 2 : token.Length;
            var word = sentence.Substring(m.Index, length);
            while (claim < claimed.Count && claimed[claim].End <= m.Index) claim++;
            var isClaimed = claim < claimed.Count && claimed[claim].Start < m.Index + length;
            var gap = words > 0 ? sentence[end..m.Index] : "";
            var joins = words > 0 && words < MaxWords && (IsSpace(gap) || ParticleGap().IsMatch(gap));

            if (isClaimed)
            {
                Flush();
                continue;
            }
            if (IsAllCapitals(word) && word.Length <= 5)
            {
                // "Mistral AI", "Aleph Alpha GmbH", "Domyn SpA": an acronym that names a kind of organisation ends its name.
                if (joins && NameWords.IsOrganisationWord(word))
                {
                    end = m.Index + length;
                    words++;
                    organisationWord = true;
                }
                Flush();
                continue;
            }
            var isParticle = NameWords.CapitalisedParticles.Contains(word);
            var isName = length > 1 && !NameWords.IsStopWord(word) || (length == 2 && word[1] == '.')
                         // "Thi Mai Nguyen", "Anna May Lee": a capitalised month between two names is a middle name.
                         || joins && char.IsUpper(word[0]) && NameWords.IsCalendarWord(word) && NextIsCapitalisedName(sentence, m.Index + length);
            // "Di Stefano", "Van der Berg", and "Marie Le Roux" inside a name: a capitalised particle joins the next word.
            if (isParticle && (words > 0 ? joins : NameWords.MayOpenName(word)) && NextIsCapitalised(sentence, m.Index + length))
                isName = true;
            if (!isName)
            {
                Flush();
                continue;
            }
            if (!joins)
            {
                Flush();
                start = m.Index;
            }
            end = m.Index + length;
            words++;
            if (NameWords.IsOrganisationWord(word) && words > 1) organisationWord = true;
            if (possessive) Flush(); // a possessive ends the name: "Ana Ruiz's team".
        }
        Flush();

        for (var i = candidates.Count - 1; i >= 0; i--)
        {
            var c = candidates[i];
            // "Google Cloud", "Meta Reality Labs": a capitalised word right after a registered organisation is more of its name.
            if (claimed.Any(o => o.Kind == ReferentKind.Organisation && c.Start - o.End == 1 && sentence[o.End] == ' '))
            {
                candidates.RemoveAt(i);
                continue;
            }
            // "M. Dupont" is a title and a surname, where "J. Smith" is an initial and a surname.
            if (c.Words >= 2 && c.Text.Length > 3 && c.Text[1] == '.' && c.Text[0] == 'M')
                candidates[i] = c = c with { Start = c.Start + 3, Length = c.Length - 3, Words = c.Words - 1, Text = c.Text[3..] };
            if (c.Words == 1 && (c.Length <= 2 || NameWords.CapitalisedParticles.Contains(c.Text))) candidates.RemoveAt(i);
            else if (NameWords.IsPlace(c.Text)) candidates.RemoveAt(i);
        }
        return candidates;
    }

    private static void Japanese(string sentence, IReadOnlyList<Referent> claimed, List<NameCandidate> candidates)
    {
        if (!sentence.Any(Scripts.IsJapanese)) return;
        var taken = claimed.Select(c => (c.Start, c.End)).Concat(candidates.Select(c => (c.Start, c.End))).ToList();
        bool Free(int start, int length) => !taken.Any(t => start < t.End && t.Start < start + length);
        void Add(NameCandidate candidate)
        {
            candidates.Add(candidate);
            taken.Add((candidate.Start, candidate.End));
        }

        foreach (Match m in KatakanaFullName().Matches(sentence))
        {
            if (!Free(m.Index, m.Length) || NameWords.IsPlace(m.Value)) continue;
            var honorific = Honorific().IsMatch(sentence.AsSpan(m.Index + m.Length).ToString());
            Add(new NameCandidate(m.Index, m.Length, m.Value.Count(c => c is '・' or '･' or '＝' or '=') + 1, m.Value, NameScript.KatakanaFullName)
            {
                HasOrganisationWord = KatakanaOrganisationWord().IsMatch(m.Value),
                HasHonorific = honorific,
            });
        }
        foreach (Match m in KatakanaWord().Matches(sentence))
        {
            if (!Free(m.Index, m.Length) || KatakanaCommonNoun().IsMatch(m.Value) || KatakanaCommonPrefix().IsMatch(m.Value) || NameWords.IsPlace(m.Value)) continue;
            Add(new NameCandidate(m.Index, m.Length, 1, m.Value, NameScript.Katakana)
            {
                HasOrganisationWord = KatakanaOrganisationWord().IsMatch(m.Value),
                HasHonorific = Honorific().IsMatch(After(sentence, m)),
            });
        }
        foreach (Match m in KanjiRun().Matches(sentence))
        {
            var name = m.Value;
            var title = KanjiTitle().Match(name);
            if (title.Success) name = name[..title.Index];
            if (name.Length < 2 || !Free(m.Index, name.Length) || name.StartsWith('同') || NameWords.IsPlace(name)) continue;
            var after = sentence.Substring(m.Index + name.Length, Math.Min(8, sentence.Length - m.Index - name.Length));
            var honorific = title.Success && title.Value == "氏" || Honorific().IsMatch(after);
            var surname = NameWords.JapaneseSurnameLength(name);
            // A kanji run is a name when an honorific follows it, or when it opens with a common surname, is as long
            // as a name, and a particle or a title closes it: "高橋由美は", "宮内康平執行役員", not "高橋由美子供向け…" or
            // "研究開発本部長".
            var named = honorific && name.Length <= 5
                        || (surname >= 2 && name.Length - surname is >= 1 and <= 2 && !CommonNounEnding().IsMatch(name)
                            && (title.Success || AfterJapaneseName().IsMatch(after)));
            if (named) Add(new NameCandidate(m.Index, name.Length, 1, name, NameScript.Kanji) { HasHonorific = honorific });
        }
    }

    private static string After(string sentence, Match m) => sentence.Substring(m.Index + m.Length, Math.Min(8, sentence.Length - m.Index - m.Length));

    /// <summary>Whether the next word, after one space, is a capitalised word that may be a name (no stop word).</summary>
    private static bool NextIsCapitalisedName(string sentence, int from)
    {
        if (from + 1 >= sentence.Length || sentence[from] != ' ' || !char.IsUpper(sentence[from + 1])) return false;
        var end = from + 1;
        while (end < sentence.Length && char.IsLetter(sentence[end])) end++;
        return end - from > 2 && !NameWords.IsStopWord(sentence[(from + 1)..end]);
    }

    private static bool NextIsCapitalised(string sentence, int from)
    {
        var i = from;
        while (i < sentence.Length && sentence[i] == ' ') i++;
        if (i == from || i >= sentence.Length) return false;
        // "van der Berg": lower-case particles may stand between.
        return char.IsUpper(sentence[i]) || (char.IsLower(sentence[i]) && i + 4 < sentence.Length && sentence.IndexOf(' ', i) is var space and > 0 && space + 1 < sentence.Length && char.IsUpper(sentence[space + 1]));
    }

    private static bool IsSpace(string gap) => gap.Length is > 0 and <= 2 && gap.All(c => c is ' ' or '\u00A0');

    private static bool IsAllCapitals(string word) => word.Length >= 2 && word.All(c => !char.IsLetter(c) || char.IsUpper(c)) && word.Any(char.IsLetter);
}
