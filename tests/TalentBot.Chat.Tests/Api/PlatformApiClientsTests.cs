using System.Collections.Concurrent;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TalentBot.Chat.Api;
using TalentBot.Testing;

namespace TalentBot.Chat.Tests.Api;

/// <summary>
/// A platform API client registered as an adapter registers it, calling a fake platform over loopback on a fake
/// clock, its settings from the shared options: the credential and User-Agent on every call, 5xx retried with backoff and 429s after their wait, each
/// attempt through the rate limit and the credential added once, a wait over the cap handed back at once.
/// </summary>
public sealed class PlatformApiClientsTests : IAsyncLifetime
{
    private const string Token = "test-token-abc";
    private const string ClientName = "test-platform";

    private readonly FakeClock _clock = new();
    private readonly CapturedLogs _logs = new();
    private readonly ConcurrentQueue<(int Status, int? RetryAfter)> _script = new();
    private readonly ConcurrentQueue<(string Path, string Authorization, string UserAgent)> _calls = new();
    private readonly SemaphoreSlim _called = new(0);
    private WebApplication _platform = null!;
    private ServiceProvider _services = null!;

    public async Task InitializeAsync()
    {
        (_platform, var address) = await LoopbackServer.StartAsync(async context =>
        {
            _calls.Enqueue((context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString(), context.Request.Headers.UserAgent.ToString()));
            var (status, retryAfter) = _script.TryDequeue(out var scripted) ? scripted : (200, null);
            context.Response.StatusCode = status;
            if (retryAfter is { } seconds) context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await context.Response.WriteAsync("{}");
            _called.Release();
        });
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(_clock)
            .AddLogging(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace))
            .AddSingleton<Counts>();
        services.AddOptions<TestOptions>().Configure(options =>
        {
            options.ApiBaseUrl = new Uri(address, "api").ToString();
            options.ApiMaxRetries = 2;
            options.ApiAttemptTimeoutSeconds = 120;
        });
        services.AddPlatformApiClient<TestOptions, TokenHandler, CountingLimit>(new PlatformApiClient<TestOptions>
        {
            Name = ClientName,
            UserAgent = _ => "TestBot (https://example.test, 1.0)",
            RetryAfter = (response, _) => ValueTask.FromResult(response.Headers.RetryAfter?.Delta),
            CallName = _ => "things.get",
        });
        services.AddPlatformWebhookClient<CountingLimit>("test-webhook", _ => "TestBot (https://example.test, 1.0)");
        _services = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _platform.DisposeAsync();
        _called.Dispose();
    }

    private Counts Counted => _services.GetRequiredService<Counts>();

    [Fact]
    public async Task ACall_CarriesTheCredentialAndUserAgent_ToTheBaseAddress()
    {
        using var response = await Client().GetAsync(new Uri("things/1", UriKind.Relative));

        response.IsSuccessStatusCode.ShouldBeTrue();
        var call = _calls.ShouldHaveSingleItem();
        call.ShouldBe(("/api/things/1", "Bearer " + Token, "TestBot (https://example.test, 1.0)"));
        (Counted.Authenticated, Counted.Limited).ShouldBe((1, 1));
    }

    [Fact]
    public async Task AServerError_IsRetriedAfterABackoffOnTheClock_EachAttemptThroughTheLimit_TheCredentialAddedOnce()
    {
        _script.Enqueue((503, null));

        var armed = _clock.Armed;
        var calling = Client().GetAsync(new Uri("things/1", UriKind.Relative));
        await _called.WaitAsync(TimeSpan.FromSeconds(10));
        await _clock.TimerArmedAsync(armed, due => due < TimeSpan.FromSeconds(10));
        _calls.Count.ShouldBe(1);
        _clock.Advance(TimeSpan.FromSeconds(10));
        using var response = await calling.WaitAsync(TimeSpan.FromSeconds(10));

        response.IsSuccessStatusCode.ShouldBeTrue();
        _calls.Count.ShouldBe(2);
        (Counted.Authenticated, Counted.Limited).ShouldBe((1, 2));
        var line = _logs.Entries.Where(l => l.EventId == 4521).ShouldHaveSingleItem();
        line.Message.ShouldStartWith("things.get failed (503); retry 1 in ");
        line.Exception.ShouldBeNull();
    }

    [Fact]
    public async Task A429_WaitsExactlyWhatItSays_OnTheInjectedClock()
    {
        _script.Enqueue((429, 3));

        var armed = _clock.Armed;
        var calling = Client().GetAsync(new Uri("things/1", UriKind.Relative));
        await _clock.TimerArmedAsync(armed, due => due == TimeSpan.FromSeconds(3));
        _clock.Advance(TimeSpan.FromSeconds(2.9));
        _calls.Count.ShouldBe(1);
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        using var response = await calling.WaitAsync(TimeSpan.FromSeconds(10));

        response.IsSuccessStatusCode.ShouldBeTrue();
        _calls.Count.ShouldBe(2);
        _logs.Entries.ShouldContain(l => l.EventId == 4520 && l.Message == "Rate limited on things.get: waiting 3000 ms");
    }

    [Fact]
    public async Task A429LongerThanTheCap_IsHandedBackAtOnce_SoAnOutboxCanReschedule()
    {
        _script.Enqueue((429, 120));

        using var response = await Client().GetAsync(new Uri("things/1", UriKind.Relative));

        ((int)response.StatusCode).ShouldBe(429);
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(120));
        _calls.Count.ShouldBe(1);
    }

    [Fact]
    public async Task AClientError_IsNotRetried()
    {
        _script.Enqueue((404, null));

        using var response = await Client().GetAsync(new Uri("things/1", UriKind.Relative));

        ((int)response.StatusCode).ShouldBe(404);
        _calls.Count.ShouldBe(1);
        _logs.Entries.ShouldNotContain(l => l.EventId == 4520 || l.EventId == 4521);
    }

    [Fact]
    public async Task AWebhookClient_PacesAndNamesItself_ButAddsNoCredentialAndLeavesRetryingToTheOutbox()
    {
        _script.Enqueue((503, null));
        var url = new Uri(_platform.Urls.First().TrimEnd('/') + "/hooks/secret-path");

        using var response = await _services.GetRequiredService<IHttpClientFactory>().CreateClient("test-webhook").PostAsync(url, new StringContent("{}"));

        ((int)response.StatusCode).ShouldBe(503);
        _calls.ShouldHaveSingleItem().ShouldBe(("/hooks/secret-path", "", "TestBot (https://example.test, 1.0)"));
        (Counted.Authenticated, Counted.Limited).ShouldBe((0, 1));
    }

    private HttpClient Client() => _services.GetRequiredService<IHttpClientFactory>().CreateClient(ClientName);

    private sealed class TestOptions() : PlatformApiOptions("https://platform.example.test/api/");

    private sealed class Counts
    {
        public int Authenticated;
        public int Limited;
    }

    private sealed class TokenHandler(Counts counts) : AuthorizationHandler
    {
        protected override AuthenticationHeaderValue? CredentialFor(HttpRequestMessage request)
        {
            Interlocked.Increment(ref counts.Authenticated);
            return new AuthenticationHeaderValue("Bearer", Token);
        }
    }

    private sealed class CountingLimit(Counts counts) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref counts.Limited);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
