using System.Security.Cryptography;

namespace TalentBot.Knowledge.Alerts;

/// <summary>Ids an operator types: six characters without look-alikes (no 0/o, 1/l/i), unique in their collection.</summary>
internal static class ShortId
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    private const int Length = 6;

    public static string New(Func<string, bool> taken)
    {
        string id;
        do id = RandomNumberGenerator.GetString(Alphabet, Length);
        while (taken(id));
        return id;
    }
}
