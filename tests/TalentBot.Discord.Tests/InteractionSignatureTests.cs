using System.Text;
using TalentBot.Discord.Interactions;

namespace TalentBot.Discord.Tests;

/// <summary>The verifier against RFC 8032's first test vector and a Discord-shaped message signed with the same key.</summary>
public sealed class InteractionSignatureTests
{
    private const string Rfc8032PublicKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private const string Rfc8032EmptyMessageSignature =
        "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

    private const string DiscordTimestamp = "1700000000";
    private const string DiscordBody = """{"type":1}""";

    private const string DiscordSignature =
        "1695961a47c91a1ec033b819b7e87e3dbc583dd0cee6d1fd0216f58ac87b6228ae531ddbf91fb7bc28d7edf7f08604da16f54624f38a6bc0614e4dc13cd47f0f";

    private static readonly InteractionSignature Verifier = new(Rfc8032PublicKey);

    [Fact]
    public void Rfc8032Test1_EmptyMessage_Verifies() =>
        Verifier.Verify("", [], Rfc8032EmptyMessageSignature).ShouldBeTrue();

    [Fact]
    public void DiscordShapedVector_TimestampThenBody_Verifies() =>
        Verifier.Verify(DiscordTimestamp, Encoding.UTF8.GetBytes(DiscordBody), DiscordSignature).ShouldBeTrue();

    [Fact]
    public void UppercaseHexSignature_Verifies() =>
        Verifier.Verify(DiscordTimestamp, Encoding.UTF8.GetBytes(DiscordBody), DiscordSignature.ToUpperInvariant()).ShouldBeTrue();

    [Theory]
    [InlineData(0)]
    [InlineData(31)]
    [InlineData(63)]
    public void AnyFlippedSignatureBit_Fails(int byteIndex)
    {
        var bytes = Convert.FromHexString(DiscordSignature);
        bytes[byteIndex] ^= 0x01;
        Verifier.Verify(DiscordTimestamp, Encoding.UTF8.GetBytes(DiscordBody), Convert.ToHexString(bytes)).ShouldBeFalse();
    }

    [Fact]
    public void ChangedTimestamp_Fails() =>
        Verifier.Verify("1700000001", Encoding.UTF8.GetBytes(DiscordBody), DiscordSignature).ShouldBeFalse();

    [Fact]
    public void ChangedBodyByte_Fails() =>
        Verifier.Verify(DiscordTimestamp, Encoding.UTF8.GetBytes("""{"type":2}"""), DiscordSignature).ShouldBeFalse();

    [Fact]
    public void NonEmptyMessageAgainstTheEmptyMessageSignature_Fails() =>
        Verifier.Verify("", [0], Rfc8032EmptyMessageSignature).ShouldBeFalse();

    [Fact]
    public void FlippedKeyBit_Fails()
    {
        var key = Convert.FromHexString(Rfc8032PublicKey);
        key[0] ^= 0x01;
        var hex = Convert.ToHexString(key);
        if (!InteractionSignature.IsValidPublicKey(hex)) return;
        new InteractionSignature(hex).Verify(DiscordTimestamp, Encoding.UTF8.GetBytes(DiscordBody), DiscordSignature).ShouldBeFalse();
    }

    [Theory]
    [InlineData("")]
    [InlineData("abcd")]
    [InlineData("zz")]
    public void SignatureNotSixtyFourBytesOfHex_Fails(string signature) =>
        Verifier.Verify(DiscordTimestamp, Encoding.UTF8.GetBytes(DiscordBody), signature).ShouldBeFalse();

    [Fact]
    public void SixtyFourBytesWithANonHexCharacter_Fails() =>
        Verifier.Verify(DiscordTimestamp, Encoding.UTF8.GetBytes(DiscordBody), "g" + DiscordSignature[1..]).ShouldBeFalse();

    [Theory]
    [InlineData("")]
    [InlineData("d75a980182b10ab7")]
    [InlineData("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a00")]
    [InlineData("x75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")]
    public void KeyNotThirtyTwoBytesOfHex_IsRefused(string key)
    {
        InteractionSignature.IsValidPublicKey(key).ShouldBeFalse();
        Should.Throw<ArgumentException>(() => new InteractionSignature(key));
    }
}
