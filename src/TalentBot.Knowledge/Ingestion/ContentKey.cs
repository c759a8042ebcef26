using System.Security.Cryptography;
using System.Text;

namespace TalentBot.Knowledge.Ingestion;

/// <summary>
/// An article's identity for idempotent ingestion: SHA-256 of its text after NFKC, with whitespace runs collapsed
/// and the ends trimmed, so a re-saved copy with different line endings or indentation is the same article.
/// </summary>
internal static class ContentKey
{
    public static string Of(string text)
    {
        var normalised = text.Normalize(NormalizationForm.FormKC);
        var collapsed = new StringBuilder(normalised.Length);
        var pendingSpace = false;
        foreach (var c in normalised)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = collapsed.Length > 0;
                continue;
            }
            if (pendingSpace) collapsed.Append(' ');
            pendingSpace = false;
            collapsed.Append(c);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(collapsed.ToString())));
    }
}
