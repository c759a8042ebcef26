namespace TalentBot.Feeds.Safety;

/// <summary>
/// A request the guard refused to send or to follow. An <see cref="HttpRequestException"/>, so every caller that
/// already reports an unreachable URL (the article loader among them) reports this one with its reason.
/// </summary>
internal sealed class UrlRejectedException(string reason, Exception? inner = null) : HttpRequestException(reason, inner);
