using System.Text;

namespace TalentBot.Slack.Requests;

/// <summary>
/// Parses an <c>application/x-www-form-urlencoded</c> body strictly: a broken escape, bytes that are not UTF-8 or a
/// field given twice make the whole body malformed, rather than being guessed at. Stateless.
/// </summary>
public static class FormBody
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static bool TryParse(ReadOnlySpan<byte> body, out IReadOnlyDictionary<string, string> fields)
    {
        var parsed = new Dictionary<string, string>(StringComparer.Ordinal);
        fields = parsed;
        var buffer = new List<byte>(256);
        while (!body.IsEmpty)
        {
            var end = body.IndexOf((byte)'&');
            var pair = end < 0 ? body : body[..end];
            body = end < 0 ? [] : body[(end + 1)..];
            if (pair.IsEmpty) continue;

            var equals = pair.IndexOf((byte)'=');
            var nameBytes = equals < 0 ? pair : pair[..equals];
            var valueBytes = equals < 0 ? [] : pair[(equals + 1)..];
            if (!TryDecode(nameBytes, buffer, out var name) || name.Length == 0) return false;
            if (!TryDecode(valueBytes, buffer, out var value)) return false;
            if (!parsed.TryAdd(name, value)) return false;
        }
        return true;
    }

    private static bool TryDecode(ReadOnlySpan<byte> encoded, List<byte> buffer, out string text)
    {
        text = "";
        buffer.Clear();
        for (var i = 0; i < encoded.Length; i++)
        {
            var b = encoded[i];
            if (b == (byte)'+')
            {
                buffer.Add((byte)' ');
            }
            else if (b == (byte)'%')
            {
                if (i + 2 >= encoded.Length || HexValue(encoded[i + 1]) is not { } high || HexValue(encoded[i + 2]) is not { } low) return false;
                buffer.Add((byte)(high * 16 + low));
                i += 2;
            }
            else
            {
                buffer.Add(b);
            }
        }
        try
        {
            text = StrictUtf8.GetString(buffer.ToArray());
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static int? HexValue(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => null,
    };
}
