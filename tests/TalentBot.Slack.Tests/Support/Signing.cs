using System.Globalization;
using TalentBot.Slack.Http;

namespace TalentBot.Slack.Tests.Support;

/// <summary>Slack's published signing example (platform-protocols §5), used as the test host's secret too.</summary>
internal static class Signing
{
    public const string PublishedSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const long PublishedTimestamp = 1531420618;

    public const string PublishedBody =
        "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar" +
        "&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands" +
        "%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    public const string PublishedSignature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    /// <summary>The derived JSON vector (url_verification), same secret and timestamp.</summary>
    public const string ChallengeBody =
        """{"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

    public const string ChallengeSignature = "v0=31c4d19d16d8abc077240e904755d16d484f41140dfc80e5828ffa5470eb62ed";

    public static readonly DateTimeOffset PublishedTime = DateTimeOffset.FromUnixTimeSeconds(PublishedTimestamp);

    public static RequestSignature Published { get; } = new(PublishedSecret);

    public static string Timestamp(DateTimeOffset at) => at.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
