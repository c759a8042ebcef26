using Microsoft.Extensions.Options;
using TalentBot.Feeds.Tests.Support;
using TalentBot.Testing;

namespace TalentBot.Feeds.Tests;

public sealed class FeedsOptionsTests
{
    [Fact]
    public async Task Defaults_ArePoliteAndSafe()
    {
        await using var feeds = FeedsHarness.Create();

        var options = feeds.Options;

        options.PollInterval.ShouldBe(TimeSpan.FromMinutes(15));
        options.MaxBackoff.ShouldBe(TimeSpan.FromHours(6));
        options.MaxEntriesPerPoll.ShouldBe(20);
        options.MaxRedirects.ShouldBe(5);
        options.AllowPrivateAddresses.ShouldBeFalse();
        options.Folders.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("PollInterval", "00:00:30", "PollInterval")]
    [InlineData("MaxEntriesPerPoll", "0", "MaxEntriesPerPoll")]
    [InlineData("MaxFeedBytes", "10", "MaxFeedBytes")]
    [InlineData("FetchTimeout", "00:30:00", "FetchTimeout")]
    [InlineData("MaxRedirects", "50", "MaxRedirects")]
    [InlineData("MaxBackoff", "00:05:00", "Feeds:MaxBackoff (00:05:00) must not be shorter than Feeds:PollInterval (00:15:00).")]
    [InlineData("UserAgent", "not a (valid user agent", "Feeds:UserAgent is not a valid User-Agent header")]
    [InlineData("Folders:0", " ", "Feeds:Folders has an empty entry")]
    public async Task BadSetting_IsRefusedWithItsName(string key, string value, string expected)
    {
        await using var feeds = FeedsHarness.Create((key, value));

        var failure = Should.Throw<OptionsValidationException>(() => feeds.Options);

        failure.Message.ShouldContain(expected);
    }
}
