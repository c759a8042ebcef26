using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Logging;
using Polly;
using TalentBot.Answering;
using TalentBot.Core;
using TalentBot.Core.Knowledge;
using TalentBot.Llm.Answering;

namespace TalentBot.Llm;

public static class LlmServiceCollectionExtensions
{
    public const string HttpClientName = "talentbot-llm";

    /// <summary>
    /// Binds and validates the <c>Llm</c> section and registers the model's <see cref="HttpClient"/> (credential,
    /// bounded retries that honour Retry-After) and the <see cref="ConfiguredModel"/>.
    /// </summary>
    public static IServiceCollection AddTalentBotModel(this IServiceCollection services)
    {
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpClient(HttpClientName, (provider, client) =>
            {
                // The budget is enforced per answer by a cancellation token; this only stops a call outliving it.
                client.Timeout = provider.GetRequiredService<IOptions<LlmOptions>>().Value.Timeout + TimeSpan.FromSeconds(1);
            })
            // The client lives as long as the process (inside ModelConnection), so connections are recycled
            // here instead of by the factory's handler rotation, or a moved endpoint's DNS would never be seen.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .AddHttpMessageHandler(provider => new CredentialHandler(provider.GetRequiredService<IOptions<LlmOptions>>().Value))
            .AddResilienceHandler("llm", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<LlmOptions>>().Value;
                pipeline.AddRetry(RetryOptions(options, context.ServiceProvider.GetService<TimeProvider>() ?? TimeProvider.System));
            });
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<LlmOptions>>().Value;
            return new ConfiguredModel(options.IsEnabled
                ? new ModelConnection(options, provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName))
                : null);
        });
        return services;
    }

    /// <summary>
    /// Retries 408, 429, 5xx and network failures a few times, waiting what Retry-After asks; a wait longer than
    /// half the answer's budget is not worth it, so that failure is final and the offline answer goes out at once.
    /// </summary>
    internal static HttpRetryStrategyOptions RetryOptions(LlmOptions options, TimeProvider time)
    {
        var longestWait = options.Timeout / 2;
        return new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetries),
            Delay = TimeSpan.FromMilliseconds(options.RetryDelayMilliseconds),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            ShouldRetryAfterHeader = true,
            ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && IsWorthRetrying(args.Outcome, longestWait, time)),
        };
    }

    private static bool IsWorthRetrying(Outcome<HttpResponseMessage> outcome, TimeSpan longestWait, TimeProvider time)
    {
        if (outcome.Exception is HttpRequestException) return true;
        if (outcome.Result is not { } response) return false;
        var status = response.StatusCode;
        var transient = status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;
        if (!transient) return false;
        var retryAfter = response.Headers.RetryAfter;
        var wait = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - time.GetUtcNow() : null);
        return wait is null || wait <= longestWait;
    }
}

/// <summary>The model connection when the <c>Llm</c> section names an endpoint; null means answer offline.</summary>
public sealed record ConfiguredModel(ModelConnection? Connection)
{
    /// <summary>The answer service over <paramref name="answerer"/>: model-backed when a model is configured, offline otherwise.</summary>
    public IAnswerService AnswerServiceFor(QuestionAnswerer answerer, EntityRegistry registry, TimeProvider time, ILoggerFactory loggers, IMeterFactory? meters)
    {
        ArgumentNullException.ThrowIfNull(answerer);
        ArgumentNullException.ThrowIfNull(loggers);
        return Connection is null
            ? new OfflineAnswerService(answerer)
            : new ModelAnswerService(answerer, registry, Connection, time, loggers.CreateLogger<ModelAnswerService>(), meters);
    }

    /// <summary>
    /// The answer service for a one-shot command over <paramref name="store"/>. With an embedding model, sentences
    /// without a vector are embedded first (once each, kept in the store).
    /// </summary>
    public async Task<IAnswerService> AnswerServiceForAsync<TStore>(
        TStore store, TimeProvider time, ILoggerFactory loggers, IMeterFactory? meters, CancellationToken cancellationToken)
        where TStore : IKnowledgeBase, ISentenceVectorStore
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(loggers);
        await SentenceEmbedding.PrepareAsync(store, Connection, loggers.CreateLogger(typeof(SentenceEmbedding)), cancellationToken).ConfigureAwait(false);
        return AnswerServiceFor(new QuestionAnswerer(store, time), store.Registry, time, loggers, meters);
    }
}
