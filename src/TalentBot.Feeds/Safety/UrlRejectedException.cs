using TalentBot.Knowledge;

namespace TalentBot.Feeds.Safety;

/// <summary>
/// A request the guard refused to send or to follow. A <see cref="FetchRefusedException"/>, so every caller that
/// reports a failed fetch (the article loader among them) reports this one with its reason, and does not retry it.
/// </summary>
internal sealed class UrlRejectedException(string reason, Exception? inner = null) : FetchRefusedException(reason, inner);
