using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using TalentBot.Commands;

namespace TalentBot.Cli.Tests;

/// <summary><c>talentbot discord register</c> against a fake Discord API on loopback.</summary>
public sealed class DiscordRegisterTests : IAsyncLifetime
{
    private const string ApplicationId = "1100000000000000001";
    private const string Token = "register-test-token.abc";

    private readonly ConcurrentQueue<(string Method, string Path, string? Authorization, string Body)> _calls = new();
    private int _status = 200;
    private WebApplication _fake = null!;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _fake = builder.Build();
        _fake.Map("/api/v10/{**path}", async context =>
        {
            var body = await new StreamReader(context.Request.Body).ReadToEndAsync();
            _calls.Enqueue((context.Request.Method, context.Request.Path.Value!, context.Request.Headers.Authorization.ToString(), body));
            context.Response.StatusCode = _status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(_status == 200 ? body : """{"message":"401: Unauthorized","code":0}""");
        });
        await _fake.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _fake.StopAsync();
        await _fake.DisposeAsync();
    }

    [Fact]
    public async Task Register_OverwritesTheGlobalCommandsWithTheBotToken()
    {
        var result = await RegisterAsync(Settings());

        result.ExitCode.ShouldBe(0, result.Error);
        result.Output.ShouldContain("Registered 10 commands globally");
        var call = _calls.ShouldHaveSingleItem();
        call.Method.ShouldBe("PUT");
        call.Path.ShouldBe($"/api/v10/applications/{ApplicationId}/commands");
        call.Authorization.ShouldBe("Bot " + Token);
        var commands = JsonNode.Parse(call.Body)!.AsArray();
        commands.Count.ShouldBe(10);
        var whoLeft = commands.Single(c => (string)c!["name"]! == "who-left")!;
        ((bool)whoLeft["options"]![0]!["autocomplete"]!).ShouldBeTrue();
        ((string)whoLeft["description_localizations"]!["ja"]!).ShouldNotBeNullOrWhiteSpace();
        ((string)commands.Single(c => (string)c!["name"]! == "subscribe")!["default_member_permissions"]!).ShouldBe("16");
    }

    /// <summary>
    /// Discord's rule for slash-command and option names, its <c>\p{sc=Deva}</c> and <c>\p{sc=Thai}</c> written as .NET's
    /// blocks of those scripts (.NET has no script classes). Without the apostrophe Discord's newest rule allows, so a name
    /// valid here is valid under every version of it.
    /// </summary>
    private static readonly Regex DiscordName = new(@"^[-_\p{L}\p{N}\p{IsDevanagari}\p{IsThai}]{1,32}$");

    [Fact]
    public async Task Register_NamesEveryCommandAndOptionInFrenchItalianAndJapanese_ByDiscordsRules()
    {
        (await RegisterAsync(Settings())).ExitCode.ShouldBe(0);

        var commands = JsonNode.Parse(_calls.ShouldHaveSingleItem().Body)!.AsArray();
        foreach (var command in commands.Select(c => c!))
        {
            LocalizedNames(command);
            var options = (command["options"]?.AsArray() ?? []).Select(o => o!).ToList();
            var defaults = options.Select(o => (string)o["name"]!).ToList();
            foreach (var locale in new[] { "fr", "it", "ja" })
            {
                // Localised option names must differ from the command's other default option names and from each other.
                var localized = options.Select(o => LocalizedNames(o)[locale]).ToList();
                localized.ShouldBeUnique($"{command["name"]} in {locale}");
                foreach (var (option, name) in options.Zip(localized))
                    defaults.Where(d => d != (string)option["name"]!).ShouldNotContain(name, $"{command["name"]} {option["name"]} in {locale}");
            }
        }
        foreach (var locale in new[] { "fr", "it", "ja" })
            commands.Select(c => LocalizedNames(c!)[locale]).ShouldBeUnique($"command names in {locale}");
        // Manage Channels gating is unchanged by the names.
        commands.Where(c => c!["default_member_permissions"] is not null).Select(c => (string)c!["name"]!).ShouldBe(["subscribe", "unsubscribe"]);
        commands.Where(c => c!["default_member_permissions"] is not null).ShouldAllBe(c => (string)c!["default_member_permissions"]! == "16");
    }

    /// <summary>A command's or option's name_localizations, each checked against Discord's rules: fr, it and ja, lowercase, the regex.</summary>
    private static Dictionary<string, string> LocalizedNames(JsonNode node)
    {
        var names = node["name_localizations"]!.AsObject().ToDictionary(p => p.Key, p => (string)p.Value!);
        names.Keys.ShouldBe(["fr", "it", "ja"], ignoreOrder: true, $"{node["name"]}");
        foreach (var name in names.Values.Append((string)node["name"]!))
        {
            DiscordName.IsMatch(name).ShouldBeTrue($"{node["name"]}: {name}");
            name.ShouldBe(name.ToLower(CultureInfo.InvariantCulture), $"{node["name"]}: {name} must be lowercase");
        }
        return names;
    }

    [Fact]
    public async Task RegisteringTwice_SendsTheSameCommands()
    {
        (await RegisterAsync(Settings())).ExitCode.ShouldBe(0);
        (await RegisterAsync(Settings())).ExitCode.ShouldBe(0);

        var bodies = _calls.Select(c => c.Body).ToList();
        bodies.Count.ShouldBe(2);
        bodies[0].ShouldBe(bodies[1]);
    }

    [Fact]
    public async Task Guild_RegistersInThatServerOnly()
    {
        var result = await RegisterAsync(Settings(), "--guild", "1200000000000000001");

        result.ExitCode.ShouldBe(0);
        result.Output.ShouldContain("in server 1200000000000000001");
        _calls.ShouldHaveSingleItem().Path.ShouldBe($"/api/v10/applications/{ApplicationId}/guilds/1200000000000000001/commands");
    }

    [Fact]
    public async Task ApplicationIdFromSettings_IsUsedToo()
    {
        var settings = Settings();
        settings.Remove("DISCORD_APPLICATION_ID");
        settings["Discord:ApplicationId"] = ApplicationId;

        (await RegisterAsync(settings)).ExitCode.ShouldBe(0);
    }

    [Theory]
    [InlineData("DISCORD_APPLICATION_ID")]
    [InlineData("DISCORD_BOT_TOKEN")]
    public async Task MissingSetting_IsNamedAndNothingIsSent(string missing)
    {
        var settings = Settings();
        settings.Remove(missing);

        var result = await RegisterAsync(settings);

        result.ExitCode.ShouldBe(78);
        result.Error.ShouldContain(missing);
        _calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task GuildThatIsNotAnId_IsRefused()
    {
        var result = await RegisterAsync(Settings(), "--guild", "my-server");

        result.ExitCode.ShouldBe(1);
        _calls.ShouldBeEmpty();
    }

    [Fact]
    public async Task RejectedToken_SaysWhichSettingToCheck_WithoutPrintingIt()
    {
        _status = 401;

        var result = await RegisterAsync(Settings());

        result.ExitCode.ShouldBe(69);
        result.Error.ShouldContain("Check DISCORD_BOT_TOKEN");
        (result.Output + result.Error).ShouldNotContain(Token);
        result.ShouldHaveNoStackTrace();
    }

    private Dictionary<string, string?> Settings() => new()
    {
        ["DISCORD_APPLICATION_ID"] = ApplicationId,
        ["DISCORD_BOT_TOKEN"] = Token,
        ["Discord:ApiBaseUrl"] = _fake.Urls.First() + "/api/v10",
    };

    private static async Task<CliResult> RegisterAsync(Dictionary<string, string?> settings, params string[] extra)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await TalentBotCli.RunAsync(["discord", "register", .. extra], output, error, settings);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
