namespace TalentBot.Core;

/// <summary>An amount of money as a sentence states it: the value, an ISO 4217 currency, and the words used.</summary>
public sealed record Money(decimal Amount, string Currency, string Text);
