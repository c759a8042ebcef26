namespace TalentBot.Knowledge;

/// <summary>Reads an HTTP body up to a size cap, for every download the bot makes from a source it does not control.</summary>
public static class CappedBody
{
    /// <summary>The body, or null when it is longer than <paramref name="maxBytes"/> (a missing or lying Content-Length is no guard).</summary>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
