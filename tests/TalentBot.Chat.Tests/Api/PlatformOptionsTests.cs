using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TalentBot.Chat.Api;

namespace TalentBot.Chat.Tests.Api;

/// <summary>
/// An adapter's options as every platform registers them: the section bound, variables copied over it trimmed and only
/// when set, the API settings' limits and the adapter's own validator checked at start, every problem listed.
/// </summary>
public sealed class PlatformOptionsTests
{
    [Fact]
    public void SetVariables_AreCopiedOverTheSection_Trimmed_AndUnsetOnesLeaveItAlone()
    {
        var options = Resolve(new()
        {
            ["Test:Key"] = "from-settings",
            ["Test:Name"] = "kept",
            ["TEST_KEY"] = "  from-environment \n",
            ["TEST_NAME"] = "",
        });

        (options.Key, options.Name).ShouldBe(("from-environment", "kept"));
    }

    [Fact]
    public void TheApiSettings_BindFromTheSection_WithTheirDefaultsOtherwise()
    {
        var options = Resolve(new() { ["Test:ApiMaxRetries"] = "0", ["Test:ApiBaseUrl"] = "http://127.0.0.1:9/api" });

        (options.ApiMaxRetries, options.ApiAttemptTimeoutSeconds, options.MaxRetryAfter, options.ApiBaseUrl)
            .ShouldBe((0, 15, TimeSpan.FromSeconds(30), "http://127.0.0.1:9/api"));
    }

    [Fact]
    public void OutOfRangeApiSettings_AndTheAdaptersOwnProblems_AreAllListedAtOnce()
    {
        var failure = Should.Throw<OptionsValidationException>(() => Resolve(new()
        {
            ["Test:ApiMaxRetries"] = "11",
            ["Test:MaxRetryAfterSeconds"] = "0",
            ["Test:ApiBaseUrl"] = "ftp://example.test/",
        }));

        failure.Failures.Count().ShouldBe(3);
        failure.Message.ShouldContain("ApiMaxRetries");
        failure.Message.ShouldContain("MaxRetryAfterSeconds");
        failure.Message.ShouldContain("Test:ApiBaseUrl must be an absolute http(s) URL such as https://api.example.test/.");
    }

    [Theory]
    [InlineData("https://slack.com/api/", true)]
    [InlineData("http://127.0.0.1:7001/api", true)]
    [InlineData("slack.com/api", false)]
    [InlineData("file:///etc/passwd", false)]
    [InlineData("", false)]
    public void ApiBaseUrl_MustBeAnAbsoluteHttpUrl(string url, bool fine)
    {
        var options = new TestOptions { ApiBaseUrl = url };

        (options.ApiBaseUrlProblem("Test", "https://api.example.test/") is null).ShouldBe(fine);
    }

    private static TestOptions Resolve(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection().AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddPlatformOptions<TestOptions, TestValidator>("Test",
        [
            new("TEST_KEY", (options, key) => options.Key = key),
            new("TEST_NAME", (options, name) => options.Name = name),
        ]);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<TestOptions>>().Value;
    }

    public sealed class TestOptions() : PlatformApiOptions("https://api.example.test/")
    {
        public string? Key { get; set; }

        [MaxLength(20)]
        public string? Name { get; set; }
    }

    private sealed class TestValidator : IValidateOptions<TestOptions>
    {
        public ValidateOptionsResult Validate(string? name, TestOptions options) =>
            options.ApiBaseUrlProblem("Test", "https://api.example.test/") is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
    }
}
