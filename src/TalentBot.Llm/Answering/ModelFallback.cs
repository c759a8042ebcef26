using System.Net;
using System.Text.Json;
using Microsoft.SemanticKernel;
using TalentBot.Answering;

namespace TalentBot.Llm.Answering;

/// <summary>Why the model's answer was not used.</summary>
internal enum FallbackReason
{
    Timeout,
    RateLimited,
    Unavailable,
    Malformed,
    ToolLoop,
    Ungrounded,
}

internal static class ModelFallback
{
    /// <summary>Sorts a failure of the model call into what the user is told; null for a bug that should surface.</summary>
    public static FallbackReason? Classify(Exception exception) => exception switch
    {
        HttpOperationException { StatusCode: HttpStatusCode.TooManyRequests } => FallbackReason.RateLimited,
        HttpOperationException { StatusCode: null } http when http.InnerException is not (JsonException or FormatException)
            => FallbackReason.Unavailable,
        HttpOperationException { StatusCode: { } status } when (int)status >= 400 => FallbackReason.Unavailable,
        HttpOperationException or KernelException or JsonException or FormatException or InvalidOperationException
            or ArgumentException => FallbackReason.Malformed,
        HttpRequestException => FallbackReason.Unavailable,
        _ => null,
    };

    public static Phrase Phrase(FallbackReason reason) => reason switch
    {
        FallbackReason.Timeout => TalentBot.Answering.Phrase.ModelFallbackTimeout,
        FallbackReason.RateLimited => TalentBot.Answering.Phrase.ModelFallbackBusy,
        FallbackReason.Unavailable => TalentBot.Answering.Phrase.ModelFallbackUnavailable,
        FallbackReason.Malformed or FallbackReason.ToolLoop => TalentBot.Answering.Phrase.ModelFallbackMalformed,
        FallbackReason.Ungrounded => TalentBot.Answering.Phrase.ModelFallbackUngrounded,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, null),
    };
}
