using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace TalentBot.Chat.Api;

/// <summary>Registers a platform's API client: its named <see cref="HttpClient"/> with authentication, rate limiting and retries.</summary>
public static class PlatformApiClients
{
    /// <summary>
    /// The named client of <paramref name="api"/>, its settings read from <typeparamref name="TOptions"/>. Outermost
    /// first: <typeparamref name="TAuthentication"/> adds the credential once; a Polly retry takes 5xx, timeouts and
    /// 429s (a 429 waits as long as it says, up to <see cref="PlatformApiOptions.MaxRetryAfterSeconds"/>; anything
    /// else backs off exponentially with jitter); each attempt then waits for its turn in
    /// <typeparamref name="TRateLimit"/>, then runs under its own timeout. Waits run on the container's
    /// <see cref="TimeProvider"/>. The factory's request logging is off: URLs can hold tokens.
    /// </summary>
    public static IHttpClientBuilder AddPlatformApiClient<TOptions, TAuthentication, TRateLimit>(this IServiceCollection services,
        PlatformApiClient<TOptions> api)
        where TOptions : PlatformApiOptions
        where TAuthentication : AuthorizationHandler
        where TRateLimit : DelegatingHandler
    {
        ArgumentNullException.ThrowIfNull(api);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddTransient<TAuthentication>();
        services.TryAddTransient<TRateLimit>();
        var client = services.AddHttpClient(api.Name, (provider, client) =>
        {
            var settings = Settings(provider);
            client.BaseAddress = settings.BaseAddress;
            client.DefaultRequestHeaders.UserAgent.ParseAdd(settings.UserAgent);
            // Polly governs time per attempt; rate-limit waits must not count against a client-wide timeout.
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        client.RemoveAllLoggers();
        client.AddHttpMessageHandler<TAuthentication>();
        client.AddResilienceHandler(api.Name + "-retry", (builder, context) =>
        {
            var settings = Settings(context.ServiceProvider);
            var logger = context.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PlatformApiClients).Namespace + "." + api.Name);
            if (settings.MaxRetries > 0) builder.AddRetry(RetryOptions(api, settings, logger));
        });
        client.AddHttpMessageHandler<TRateLimit>();
        client.AddResilienceHandler(api.Name + "-attempt", (builder, context) => builder.AddTimeout(Settings(context.ServiceProvider).AttemptTimeout));
        return client;

        PlatformApiSettings Settings(IServiceProvider provider)
        {
            var options = provider.GetRequiredService<IOptions<TOptions>>().Value;
            return options.Settings(api.UserAgent(options));
        }
    }

    /// <summary>
    /// A webhook client (its URL is its credential): the User-Agent, the factory's URL logging off, and
    /// <typeparamref name="TRateLimit"/> for the platform's pacing. No retries and no client-wide timeout: the outbox
    /// that sends through it bounds each attempt with its token and retries on its own schedule.
    /// </summary>
    public static IHttpClientBuilder AddPlatformWebhookClient<TRateLimit>(this IServiceCollection services, string name, Func<IServiceProvider, string> userAgent)
        where TRateLimit : DelegatingHandler
    {
        ArgumentNullException.ThrowIfNull(userAgent);
        services.TryAddTransient<TRateLimit>();
        var client = services.AddHttpClient(name, (provider, client) =>
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent(provider));
            client.Timeout = Timeout.InfiniteTimeSpan;
        });
        client.RemoveAllLoggers();
        client.AddHttpMessageHandler<TRateLimit>();
        return client;
    }

    private static RetryStrategyOptions<HttpResponseMessage> RetryOptions<TOptions>(PlatformApiClient<TOptions> api, PlatformApiSettings settings, ILogger logger)
        where TOptions : PlatformApiOptions => new()
    {
        MaxRetryAttempts = settings.MaxRetries,
        BackoffType = DelayBackoffType.Exponential,
        UseJitter = true,
        Delay = TimeSpan.FromMilliseconds(500),
        ShouldHandle = async args => args.Outcome switch
        {
            { Exception: HttpRequestException or TimeoutRejectedException } => true,
            { Result.StatusCode: HttpStatusCode.TooManyRequests } =>
                await api.RetryAfter(args.Outcome.Result!, args.Context.CancellationToken).ConfigureAwait(false) is not { } wait || wait <= settings.MaxRetryAfter,
            { Result: { } response } => (int)response.StatusCode is 500 or 502 or 503 or 504,
            _ => false,
        },
        // A 429 waits as long as the platform says; anything else backs off exponentially.
        DelayGenerator = async args => args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests } limited
            ? await api.RetryAfter(limited, args.Context.CancellationToken).ConfigureAwait(false)
            : null,
        OnRetry = args =>
        {
            var call = args.Outcome.Result?.RequestMessage is { } request ? api.CallName(request) : api.Name;
            var waitMs = (long)args.RetryDelay.TotalMilliseconds;
            if (args.Outcome.Result is { StatusCode: HttpStatusCode.TooManyRequests }) ApiLog.RateLimited(logger, call, waitMs);
            else ApiLog.Retrying(logger, call, Describe(args.Outcome), args.AttemptNumber + 1, waitMs);
            return ValueTask.CompletedTask;
        },
    };

    private static string Describe(Outcome<HttpResponseMessage> outcome) =>
        outcome.Result is { } response ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
        : outcome.Exception?.GetType().Name ?? "no response";
}
