using System.Text.RegularExpressions;

namespace TalentBot.Core;

/// <summary>
/// Recognises article sentences that address a language model ("ignore your previous instructions and …"). Such a
/// sentence is no report of anything: extraction takes no fact from it, and it is never handed to a model as
/// evidence. For the model this is a second line: the first is that tool results are data by construction (JSON
/// fields, and a system prompt that says so), the third that every kept sentence must cite evidence about what it
/// names. Patterns cover the four corpus languages.
/// </summary>
public static partial class InstructionScreen
{
    public static bool AddressesModel(string sentence) => Pattern().IsMatch(sentence);

    [GeneratedRegex("""
        \b(ignore|disregard|forget|override)\b.{0,40}\b(instruction|instructions|prompt|rules|guidelines|directions)\b
        | \b(system\s+prompt|you\s+are\s+now\s+(a|an|the)\b|as\s+an\s+ai\b|language\s+model,?\s+(you|please)\b)
        | \b(ignore[zr]?|oublie[zr]?)\b.{0,40}\b(instructions?|consignes?|règles)\b
        | \b(ignora(re|te)?|dimentica(re|te)?)\b.{0,40}\b(istruzion[ei]|regole|prompt)\b
        | (指示|命令|プロンプト|ルール).{0,20}(無視|忘れ)
        | (無視|忘れ).{0,20}(指示|命令|プロンプト|ルール)
        """, RegexOptions.IgnoreCase | RegexOptions.IgnorePatternWhitespace | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
