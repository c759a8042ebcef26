using TalentBot.Commands;

namespace TalentBot.Cli.Tests;

/// <summary><c>talentbot serve</c> refuses bad settings before it opens anything, naming each one.</summary>
public sealed class ServeCommandTests : IDisposable
{
    private const string ValidKey = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task GatewayModeWithoutAToken_NamesTheMissingSetting()
    {
        var result = await ServeAsync(new() { ["Discord:Mode"] = "Gateway", ["DISCORD_PUBLIC_KEY"] = ValidKey });

        result.ExitCode.ShouldBe(78);
        result.Error.ShouldContain("DISCORD_BOT_TOKEN is not set");
        File.Exists(_temp.Database).ShouldBeFalse();
    }

    [Fact]
    public async Task EndpointModeWithOnlyAToken_NamesThePublicKeyAndTheGatewayAlternative()
    {
        var result = await ServeAsync(new() { ["DISCORD_BOT_TOKEN"] = "a-token" });

        result.ExitCode.ShouldBe(78);
        result.Error.ShouldContain("DISCORD_PUBLIC_KEY is not set");
        result.Error.ShouldContain("Discord__Mode=Gateway");
        result.Error.ShouldNotContain("a-token");
    }

    [Fact]
    public async Task EveryProblem_IsListedAtOnce()
    {
        var result = await ServeAsync(new()
        {
            ["DISCORD_PUBLIC_KEY"] = "not-hex",
            ["Discord:ApiBaseUrl"] = "discord.com",
            ["Discord:AnswerBudgetMilliseconds"] = "5000",
        });

        result.ExitCode.ShouldBe(78);
        result.Error.ShouldContain("DISCORD_PUBLIC_KEY must be the 64 hexadecimal characters");
        result.Error.ShouldContain("Discord:ApiBaseUrl");
        result.Error.ShouldContain("AnswerBudgetMilliseconds");
        result.ShouldHaveNoStackTrace();
    }

    [Fact]
    public async Task ATokenInASettingsFile_IsRefused()
    {
        var result = await ServeAsync(new() { ["DISCORD_PUBLIC_KEY"] = ValidKey, ["Discord:BotToken"] = "leaked-token" });

        result.ExitCode.ShouldBe(78);
        result.Error.ShouldContain("Discord:BotToken is never read from settings");
        result.Error.ShouldNotContain("leaked-token");
    }

    [Fact]
    public async Task AnAddressInUse_IsSaidPlainly()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;

        var result = await ServeAsync(new() { ["DISCORD_PUBLIC_KEY"] = ValidKey }, "--urls", $"http://127.0.0.1:{port}");

        result.ExitCode.ShouldBe(69);
        result.Error.ShouldContain($"Could not listen on http://127.0.0.1:{port}");
        result.ShouldHaveNoStackTrace();
    }

    private async Task<CliResult> ServeAsync(Dictionary<string, string?> settings, params string[] extra)
    {
        settings["Knowledge:Path"] = Path.Combine(AppContext.BaseDirectory, "knowledge");
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await TalentBotCli.RunAsync(["serve", "--db", _temp.Database, .. extra], output, error, settings);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
