using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using TalentBot.Alerts.Delivery;
using TalentBot.Chat.Delivery;
using TalentBot.Testing;

namespace TalentBot.Chat.Tests.Delivery;

/// <summary>
/// How a webhook's answer is read, over real HTTP on loopback: 2xx delivered without asking the platform's reader;
/// any other status handed over with what it means (transient with its Retry-After, or permanent) and its body readable.
/// </summary>
public sealed class WebhookPostTests : IAsyncLifetime
{
    private readonly FakeClock _clock = new();
    private WebApplication _app = null!;
    private Uri _url = null!;
    private Func<HttpContext, Task> _answer = _ => Task.CompletedTask;

    public async Task InitializeAsync() => (_app, _url) = await LoopbackServer.StartAsync(context => _answer(context));

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData(200)]
    [InlineData(204)]
    public async Task A2xx_IsDelivered_WithoutReadingAnError(int status)
    {
        _answer = context =>
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        };

        var posted = await PostAsync((_, _, _) => throw new InvalidOperationException("a success has no error to read"));

        posted.ShouldBe(Posted.Delivered);
    }

    [Fact]
    public async Task A429_IsTransient_WithTheRetryAfterItGave_AndItsBodyReadable()
    {
        _answer = async context =>
        {
            context.Response.StatusCode = 429;
            context.Response.Headers.RetryAfter = "7";
            await context.Response.WriteAsync("rate_limited");
        };
        (DeliveryResult ByStatus, string Body)? seen = null;

        var posted = await PostAsync(async (response, byStatus, token) =>
        {
            seen = (byStatus, await response.Content.ReadAsStringAsync(token));
            return new Posted(byStatus);
        });

        var limited = posted.Result.ShouldBeOfType<DeliveryResult.Transient>();
        limited.RetryAfter.ShouldBe(TimeSpan.FromSeconds(7));
        seen!.Value.Body.ShouldBe("rate_limited");
    }

    [Fact]
    public async Task ARetryAfterDate_IsAWaitFromTheInjectedClock()
    {
        _answer = context =>
        {
            context.Response.StatusCode = 503;
            context.Response.Headers.RetryAfter = (_clock.GetUtcNow() + TimeSpan.FromMinutes(2)).ToString("R");
            return Task.CompletedTask;
        };

        var posted = await PostAsync((_, byStatus, _) => Task.FromResult(new Posted(byStatus)));

        posted.Result.ShouldBeOfType<DeliveryResult.Transient>().RetryAfter.ShouldBe(TimeSpan.FromMinutes(2));
    }

    [Theory]
    [InlineData(400, false)]
    [InlineData(404, false)]
    [InlineData(408, true)]
    [InlineData(500, true)]
    public async Task AnyOtherStatus_IsHandedOver_WithWhatItMeans(int status, bool transient)
    {
        _answer = async context =>
        {
            context.Response.StatusCode = status;
            await context.Response.WriteAsync("no_service");
        };
        var statuses = new List<HttpStatusCode>();

        var posted = await PostAsync((response, byStatus, _) =>
        {
            statuses.Add(response.StatusCode);
            return Task.FromResult(new Posted(byStatus, Malformed: status == 400));
        });

        statuses.ShouldBe([(HttpStatusCode)status]);
        (posted.Result is DeliveryResult.Transient).ShouldBe(transient);
        posted.Malformed.ShouldBe(status == 400);
    }

    private async Task<Posted> PostAsync(Func<HttpResponseMessage, DeliveryResult, CancellationToken, Task<Posted>> refused)
    {
        using var client = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_url, "hook")) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        return await WebhookPost.SendAsync(client, request, _clock, refused, CancellationToken.None);
    }
}
