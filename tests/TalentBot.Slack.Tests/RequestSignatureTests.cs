using System.Text;
using TalentBot.Slack.Http;
using TalentBot.Slack.Tests.Support;

namespace TalentBot.Slack.Tests;

/// <summary>
/// Slack's v0 signature against Slack's own published example (and a JSON vector derived the same way), then every
/// way a signature can be wrong. The window either side of now is the shared reader's (TalentBot.Chat.Tests).
/// </summary>
public sealed class RequestSignatureTests
{
    private static readonly byte[] PublishedBody = Encoding.UTF8.GetBytes(Signing.PublishedBody);
    private static readonly string Timestamp = Signing.PublishedTimestamp.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void PublishedExample_Verifies()
    {
        PublishedBody.Length.ShouldBe(362);
        Signing.Published.Verify(Timestamp, PublishedBody, Signing.PublishedSignature).ShouldBeTrue();
    }

    [Fact]
    public void PublishedExample_IsWhatSignProduces()
    {
        Signing.Published.Sign(Timestamp, PublishedBody).ShouldBe(Signing.PublishedSignature);
    }

    [Fact]
    public void DerivedJsonVector_Verifies()
    {
        Signing.Published.Verify(Timestamp, Encoding.UTF8.GetBytes(Signing.ChallengeBody), Signing.ChallengeSignature).ShouldBeTrue();
    }

    [Fact]
    public void OneByteOfTheBodyChanged_DoesNotVerify()
    {
        var changed = (byte[])PublishedBody.Clone();
        changed[^1] ^= 1;

        Signing.Published.Verify(Timestamp, changed, Signing.PublishedSignature).ShouldBeFalse();
    }

    [Fact]
    public void AnotherTimestamp_DoesNotVerify()
    {
        Signing.Published.Verify("1531420619", PublishedBody, Signing.PublishedSignature).ShouldBeFalse();
    }

    [Fact]
    public void AnotherSecret_DoesNotVerify()
    {
        new RequestSignature("8f742231b10e8888abcd99yyyzzz85a6").Verify(Timestamp, PublishedBody, Signing.PublishedSignature).ShouldBeFalse();
    }

    [Theory]
    [InlineData("v0=b2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v1=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b5")]
    [InlineData("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b50300")]
    [InlineData("v0=z2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503")]
    [InlineData("")]
    public void MalformedOrWrongSignature_DoesNotVerify(string signature)
    {
        Signing.Published.Verify(Timestamp, PublishedBody, signature).ShouldBeFalse();
    }
}
