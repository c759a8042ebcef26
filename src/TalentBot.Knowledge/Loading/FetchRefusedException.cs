namespace TalentBot.Knowledge;

/// <summary>
/// A fetch the bot refused to make or to follow (a scheme it does not fetch, an address it may not reach, too many
/// redirects): the reason is the whole message, and asking again gets the same answer. An
/// <see cref="HttpRequestException"/>, so a caller that only knows HTTP failures still reports it.
/// </summary>
public class FetchRefusedException(string reason, Exception? inner = null) : HttpRequestException(reason, inner);
