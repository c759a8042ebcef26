using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace TalentBot.Slack.Tests;

/// <summary>Bad settings stop the host at start with every problem named, and secrets never come from a settings file.</summary>
public sealed class SlackOptionsTests
{
    private const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    [Fact]
    public void HttpMode_WithSecretAndBotToken_IsValid()
    {
        var options = Options(new() { ["SLACK_SIGNING_SECRET"] = Secret, ["SLACK_BOT_TOKEN"] = "xoxb-1" });

        options.Mode.ShouldBe(SlackMode.Http);
        options.SigningSecret.ShouldBe(Secret);
        options.BotToken.ShouldBe("xoxb-1");
    }

    [Fact]
    public void HttpMode_WithoutSigningSecret_SaysWhatToSet()
    {
        var failure = Should.Throw<OptionsValidationException>(() => Options(new() { ["SLACK_BOT_TOKEN"] = "xoxb-1" }));

        failure.Failures.ShouldHaveSingleItem().ShouldContain("SLACK_SIGNING_SECRET is not set");
    }

    [Fact]
    public void SocketMode_WithoutAppToken_SaysWhatToSet()
    {
        var failure = Should.Throw<OptionsValidationException>(() =>
            Options(new() { ["Slack:Mode"] = "SocketMode", ["SLACK_BOT_TOKEN"] = "xoxb-1" }));

        failure.Failures.ShouldHaveSingleItem().ShouldContain("SLACK_APP_TOKEN is not set");
    }

    [Fact]
    public void SwappedTokens_AreBothNamed()
    {
        var failure = Should.Throw<OptionsValidationException>(() => Options(new()
        {
            ["Slack:Mode"] = "SocketMode", ["SLACK_BOT_TOKEN"] = "xapp-1", ["SLACK_APP_TOKEN"] = "xoxb-1",
        }));

        failure.Failures.Count().ShouldBe(2);
        failure.Failures.ShouldContain(f => f.Contains("SLACK_BOT_TOKEN must be the bot token"));
        failure.Failures.ShouldContain(f => f.Contains("SLACK_APP_TOKEN must be an app-level token"));
    }

    [Theory]
    [InlineData("Slack:SigningSecret", "SLACK_SIGNING_SECRET")]
    [InlineData("Slack:BotToken", "SLACK_BOT_TOKEN")]
    [InlineData("Slack:AppToken", "SLACK_APP_TOKEN")]
    public void SecretInSettings_IsRefused_AndNotUsed(string setting, string variable)
    {
        var failure = Should.Throw<OptionsValidationException>(() => Options(new()
        {
            ["SLACK_SIGNING_SECRET"] = Secret, ["SLACK_BOT_TOKEN"] = "xoxb-1", [setting] = "xoxb-from-a-file",
        }));

        failure.Failures.ShouldHaveSingleItem().ShouldBe($"{setting} is never read from settings; set {variable} in the environment or user secrets instead.");
    }

    [Theory]
    [InlineData("Slack:AnswerBudgetMilliseconds", "3000")]
    [InlineData("Slack:MaxRequestBytes", "10")]
    [InlineData("Slack:ApiBaseUrl", "slack.com/api")]
    public void SettingOutOfRange_StopsTheHost(string setting, string value)
    {
        Should.Throw<OptionsValidationException>(() => Options(new()
        {
            ["SLACK_SIGNING_SECRET"] = Secret, ["SLACK_BOT_TOKEN"] = "xoxb-1", [setting] = value,
        }));
    }

    [Theory]
    [InlineData("SLACK_SIGNING_SECRET", true)]
    [InlineData("SLACK_BOT_TOKEN", true)]
    [InlineData("SLACK_APP_TOKEN", true)]
    [InlineData("DISCORD_BOT_TOKEN", false)]
    public void SlackIsConfigured_ByAnyOfItsSecrets(string variable, bool configured)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [variable] = "x" }).Build();

        SlackOptions.IsConfigured(configuration).ShouldBe(configured);
    }

    private static SlackOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSlackBot(configuration)
            .BuildServiceProvider();
        return services.GetRequiredService<IOptions<SlackOptions>>().Value;
    }
}
