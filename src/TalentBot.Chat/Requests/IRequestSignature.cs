namespace TalentBot.Chat.Requests;

/// <summary>
/// A platform's request signature scheme: the headers that carry it and the check over a timestamp and the raw body.
/// Each adapter keeps its own (Ed25519 for Discord, HMAC v0 for Slack); <see cref="SignedRequestReader"/> does the
/// rest. A malformed signature is a failed check, never an exception.
/// </summary>
public interface IRequestSignature
{
    static abstract string SignatureHeader { get; }

    static abstract string TimestampHeader { get; }

    bool Verify(string timestamp, ReadOnlySpan<byte> body, string signature);
}
