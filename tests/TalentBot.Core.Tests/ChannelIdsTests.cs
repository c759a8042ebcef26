using TalentBot.Core.Alerts;

namespace TalentBot.Core.Tests;

/// <summary>Platform ids checked as what they are, so that no path, query or name can pass for one.</summary>
public sealed class ChannelIdsTests
{
    [Theory]
    [InlineData("12345678901234567", true)]
    [InlineData("1300000000000000001", true)]
    [InlineData("12345678901234567890", true)]
    [InlineData("1234567890123456", false)]
    [InlineData("123456789012345678901", false)]
    [InlineData("130000000000000000a", false)]
    [InlineData("../../users/@me/channels?x=", false)]
    [InlineData("１３００００００００００００００００１", false)] // fullwidth digits are digits to char.IsDigit, not to Discord
    [InlineData("", false)]
    [InlineData(null, false)]
    public void DiscordSnowflakes(string? id, bool valid) => ChannelIds.IsDiscordSnowflake(id).ShouldBe(valid);

    [Theory]
    [InlineData("C0123ABCDEF", true)]
    [InlineData("G8PSS9T3V", true)]
    [InlineData("D024BE91L", true)]
    [InlineData("C1", true)]
    [InlineData("U0123ABCDEF", false)]
    [InlineData("c0123abcdef", false)]
    [InlineData("C", false)]
    [InlineData("C0/../../x", false)]
    [InlineData("C0123 ABC", false)]
    [InlineData("C0123456789012345678901234", false)]
    [InlineData(null, false)]
    public void SlackConversations(string? id, bool valid) => ChannelIds.IsSlackConversation(id).ShouldBe(valid);

    [Theory]
    [InlineData("U2CERLKJA", true)]
    [InlineData("W0123ABC", true)]
    [InlineData("C0123ABC", false)]
    [InlineData("U2cerlkja", false)]
    public void SlackUsers(string id, bool valid) => ChannelIds.IsSlackUser(id).ShouldBe(valid);

    [Fact]
    public void TheFactories_RefuseWhatIsNotAnId()
    {
        Should.Throw<ArgumentException>(() => DeliveryTarget.DiscordChannel("../../users/@me/channels?x="));
        Should.Throw<ArgumentException>(() => DeliveryTarget.SlackChannel("../../x"));
        DeliveryTarget.DiscordChannel(" 1300000000000000001 ").Address.ShouldBe("1300000000000000001");
    }

    [Fact]
    public void AStoredTarget_IsCheckedByItsKind()
    {
        ChannelIds.IsValid(new DeliveryTarget(TargetKind.DiscordChannel, "../../x", DeliveryFormat.Discord)).ShouldBeFalse();
        ChannelIds.IsValid(new DeliveryTarget(TargetKind.SlackChannel, "C0ALERTS", DeliveryFormat.Slack)).ShouldBeTrue();
        ChannelIds.IsValid(DeliveryTarget.Webhook(new Uri("https://example.com/hook"), DeliveryFormat.Json)).ShouldBeTrue();
    }
}
