using TalentBot.Testing;

namespace TalentBot.Cli.Tests.Processes;

/// <summary>
/// SIGTERM while serve is sending an alert to a slow webhook: the attempt either completes and is recorded as sent,
/// or, cut off by <c>Serve:ShutdownTimeout</c>, stays waiting and goes out after a restart. Never lost and unsent.
/// </summary>
[Collection(ProcessTests.Name)]
public sealed class ShutdownDrainTests : IAsyncLifetime
{
    private const string Article = """
        Meta loses a research director to OpenAI

        Ingrid Vasquez-Thorne has left Meta to join OpenAI as a research director, the two companies confirmed on Monday.
        """;

    private readonly TempFolder _temp = new();
    private WebhookReceiver _hook = null!;

    public async Task InitializeAsync() => _hook = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync()
    {
        await _hook.DisposeAsync();
        _temp.Dispose();
    }

    [Fact]
    public async Task SigtermDuringASlowDelivery_WaitsForItAndRecordsItSent()
    {
        _hook.Enqueue(FakeReply.Raw(200, "ok").After(TimeSpan.FromSeconds(3)));
        await SubscribeAsync();
        using var serve = await StartServeAsync(shutdownTimeout: null);

        await AlertInFlightAsync(serve);
        serve.Terminate();

        (await serve.WaitForExitAsync(TimeSpan.FromSeconds(60))).ExitCode.ShouldBe(0, serve.Said());
        _hook.Accepted.Count.ShouldBe(1);
        var deliveries = await Run("deliveries", "--db", _temp.Database);
        deliveries.Output.ShouldContain("0 waiting");
        deliveries.Output.ShouldMatch(@"alert  sent .* \(1 attempt\(s\)\)");
    }

    [Fact]
    public async Task SigtermDuringADeliveryLongerThanTheShutdownTimeout_LeavesItWaiting_AndARestartSendsIt()
    {
        _hook.Enqueue(FakeReply.Raw(200, "ok").After(TimeSpan.FromSeconds(12)));
        await SubscribeAsync();
        using (var serve = await StartServeAsync(shutdownTimeout: "00:00:01"))
        {
            await AlertInFlightAsync(serve);
            serve.Terminate();
            (await serve.WaitForExitAsync(TimeSpan.FromSeconds(10))).ExitCode.ShouldBe(0, serve.Said());
        }

        _hook.Accepted.ShouldBeEmpty();
        var cutOff = await Run("deliveries", "--db", _temp.Database);
        cutOff.Output.ShouldContain("1 waiting");
        cutOff.Output.ShouldNotContain("alert  sent");

        using (var restarted = await StartServeAsync(shutdownTimeout: null))
        {
            (await _hook.WaitForRequestsAsync(2, TimeSpan.FromSeconds(60))).ShouldBeTrue(restarted.Said());
            var sent = await WaitForAsync(async () => (await Run("deliveries", "--db", _temp.Database)).Output, o => o.Contains("alert  sent", StringComparison.Ordinal));
            sent.ShouldContain("0 waiting");
            restarted.Terminate();
            (await restarted.WaitForExitAsync(TimeSpan.FromSeconds(60))).ExitCode.ShouldBe(0, restarted.Said());
        }
        _hook.Accepted.Count.ShouldBe(1);
    }

    private async Task SubscribeAsync()
    {
        var subscribed = await Run("subscribe", "--db", _temp.Database, "--webhook", _hook.Url.AbsoluteUri, "--company", "Meta");
        subscribed.ExitCode.ShouldBe(0, subscribed.Error);
    }

    /// <summary>Ingests a Meta move through serve and waits until its alert has reached the webhook, which is still answering.</summary>
    private async Task AlertInFlightAsync(TalentBotProcess serve)
    {
        var ingested = await Run("ingest", "--db", _temp.Database, _temp.File("departure.txt", Article));
        ingested.ExitCode.ShouldBe(0, ingested.Error);
        ingested.Output.ShouldContain("1 new move(s) (1 stated, 0 inferred)");
        (await _hook.WaitForRequestsAsync(1, TimeSpan.FromSeconds(60))).ShouldBeTrue("no alert reached the webhook; serve said:\n" + serve.Said());
    }

    private async Task<TalentBotProcess> StartServeAsync(string? shutdownTimeout)
    {
        var environment = shutdownTimeout is null ? null : new Dictionary<string, string> { ["Serve__ShutdownTimeout"] = shutdownTimeout };
        var serve = TalentBotProcess.Start(environment, "serve", "--db", _temp.Database, "--urls", "http://127.0.0.1:0");
        await serve.WaitForLineAsync(l => l.Contains("TalentBot is serving on", StringComparison.Ordinal), TimeSpan.FromSeconds(120));
        return serve;
    }

    private static async Task<string> WaitForAsync(Func<Task<string>> read, Func<string, bool> done)
    {
        var last = "";
        for (var tries = 0; tries < 60 && !done(last = await read()); tries++) await Task.Delay(250);
        return last;
    }

    private static Task<CliResult> Run(params string[] args) => TalentBotProcess.RunAsync(null, args);
}
