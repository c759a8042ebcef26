using System.Globalization;
using System.Numerics;

namespace TalentBot.Discord.Interactions;

/// <summary>
/// Reads <c>member.permissions</c>: a decimal integer in a string, the member's permissions in the channel with
/// overwrites applied. Parsed as a big integer because Discord keeps adding bits.
/// </summary>
public static class MemberPermissions
{
    public static readonly BigInteger Administrator = BigInteger.One << 3;
    public static readonly BigInteger ManageChannels = BigInteger.One << 4;

    /// <summary>
    /// True when the member may change the channel's subscriptions: Manage Channels, or Administrator (which implies
    /// every permission). False outside a server or when the field is missing or malformed.
    /// </summary>
    public static bool CanManageChannels(Interaction interaction)
    {
        if (interaction.Member?.Permissions is not { } text
            || !BigInteger.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var permissions))
            return false;
        return !(permissions & (Administrator | ManageChannels)).IsZero;
    }
}
