using System.Text;
using TalentBot.Slack.Requests;

namespace TalentBot.Slack.Tests;

/// <summary>Form bodies are parsed strictly: what is malformed is refused, not guessed at.</summary>
public sealed class FormBodyTests
{
    [Fact]
    public void SlacksPublishedBody_Parses()
    {
        FormBody.TryParse(Encoding.UTF8.GetBytes(Support.Signing.PublishedBody), out var fields).ShouldBeTrue();

        fields["command"].ShouldBe("/webhook-collect");
        fields["text"].ShouldBe("");
        fields["response_url"].ShouldBe("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN");
        fields.Count.ShouldBe(11);
    }

    [Theory]
    [InlineData("text=who+left+%E3%83%A1%E3%82%BF", "who left メタ")]
    [InlineData("text=a%2Bb%26c%3Dd", "a+b&c=d")]
    [InlineData("text", "")]
    [InlineData("text=", "")]
    [InlineData("&&text=x&&", "x")]
    public void Values_AreDecoded(string body, string text)
    {
        FormBody.TryParse(Encoding.UTF8.GetBytes(body), out var fields).ShouldBeTrue();

        fields["text"].ShouldBe(text);
    }

    [Theory]
    [InlineData("text=%")]
    [InlineData("text=%4")]
    [InlineData("text=%G1")]
    [InlineData("text=%C3%28")]
    [InlineData("text=a&text=b")]
    [InlineData("=value")]
    public void Malformed_IsRefused(string body)
    {
        FormBody.TryParse(Encoding.UTF8.GetBytes(body), out _).ShouldBeFalse();
    }

    [Fact]
    public void RawBytesThatAreNotUtf8_AreRefused()
    {
        FormBody.TryParse([(byte)'t', (byte)'=', 0xFF, 0xFE], out _).ShouldBeFalse();
    }
}
