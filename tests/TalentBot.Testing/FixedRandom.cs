namespace TalentBot.Testing;

/// <summary>A random source that always returns the same fraction, so jittered times are known.</summary>
public sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}
