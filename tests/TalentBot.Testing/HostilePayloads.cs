using System.Text;
using System.Text.Json.Nodes;

namespace TalentBot.Testing;

/// <summary>
/// Hostile variants of a well-formed payload, for fuzzing what a signed-request reader does with them: each variant
/// changes one or two places (a field set to null, to a value of the wrong type, to a huge string, to deep nesting,
/// to a path or a query where an id goes, removed) or spoils the bytes (invalid UTF-8, a lone surrogate escape, a
/// cut-off body). Deterministic for a given <see cref="Random"/> seed, so a failure names the variant that caused it.
/// </summary>
public static class HostilePayloads
{
    /// <summary>Stands in a string value until the bytes are spoiled; never in a real payload.</summary>
    private const string Marker = "ZQXJMARKERZQXJ";

    private static readonly string[] RouteBreakers =
        ["../../x", "../../users/@me/channels?x=", "1/../2", "%2F..%2F", "?a=b", "#frag", "..", ".", " ", "\u0000", "C0/../../x", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢"];

    private static readonly byte[][] BrokenUtf8 =
    [
        [0xFF],
        [0xC0, 0x80],             // an overlong NUL
        [0xED, 0xA0, 0x80],       // a UTF-16 surrogate encoded as UTF-8
        [0xE2, 0x82],             // a sequence cut short
        [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    /// <summary>One hostile variant of <paramref name="seed"/> as bytes, with what was done to it.</summary>
    public static (byte[] Body, string Description) Json(JsonObject seed, Random random)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(random);
        var node = seed.DeepClone().AsObject();
        var kind = random.Next(12);
        switch (kind)
        {
            case 0: return Serialized(Replace(node, random, _ => null, "null"));
            case 1: return Serialized(Replace(node, random, _ => WrongType(random), "wrong type"));
            case 2: return Serialized(Replace(node, random, _ => new string('ä', random.Next(2) == 0 ? 5_000 : 70_000), "huge string"));
            case 3: return Serialized(Replace(node, random, _ => Nested(random.Next(2) == 0 ? 70 : 900), "deep nesting"));
            case 4: return Serialized(Remove(node, random));
            case 5: return Serialized(Replace(node, random, _ => RouteBreakers[random.Next(RouteBreakers.Length)], "a path where a value goes"));
            case 6:
            {
                var (_, where) = Replace(node, random, _ => Marker, "invalid UTF-8");
                var bytes = BrokenUtf8[random.Next(BrokenUtf8.Length)];
                return (Splice(Encoding.UTF8.GetBytes(node.ToJsonString()), bytes), $"invalid UTF-8 {Convert.ToHexString(bytes)} at {where}");
            }
            case 7:
            {
                var (_, where) = Replace(node, random, _ => Marker, "lone surrogate");
                return (Encoding.UTF8.GetBytes(node.ToJsonString().Replace(Marker, "\\ud800", StringComparison.Ordinal)), "a lone surrogate escape at " + where);
            }
            case 8:
            {
                var json = Encoding.UTF8.GetBytes(node.ToJsonString());
                var cut = random.Next(json.Length);
                return (json[..cut], $"cut off after {cut} bytes");
            }
            case 9:
                string[] wholes = ["null", "[]", "\"text\"", "42", "", "{}", "{\"type\":null}", "[{\"type\":2}]", new string('[', 5_000)];
                var whole = wholes[random.Next(wholes.Length)];
                return (Encoding.UTF8.GetBytes(whole), "the whole body: " + (whole.Length > 20 ? whole[..20] + "…" : whole));
            default:
            {
                // Two changes at once, as a broken client makes them.
                var (_, first) = Replace(node, random, _ => WrongType(random), "wrong type");
                var (_, second) = Replace(node, random, _ => null, "null");
                return (Encoding.UTF8.GetBytes(node.ToJsonString()), $"{first} and {second}");
            }
        }
    }

    /// <summary>One hostile variant of a form body's fields, percent-encoded as Slack posts them.</summary>
    public static (string Body, string Description) Form(IReadOnlyDictionary<string, string> seed, Random random)
    {
        ArgumentNullException.ThrowIfNull(seed);
        ArgumentNullException.ThrowIfNull(random);
        var fields = seed.ToDictionary(f => f.Key, f => Uri.EscapeDataString(f.Value));
        var names = fields.Keys.Order(StringComparer.Ordinal).ToList();
        var name = names[random.Next(names.Count)];
        string description;
        switch (random.Next(8))
        {
            case 0:
                fields.Remove(name);
                description = "without " + name;
                break;
            case 1:
                fields[name] = "";
                description = name + " empty";
                break;
            case 2:
                fields[name] = Uri.EscapeDataString(new string('x', random.Next(2) == 0 ? 5_000 : 70_000));
                description = name + " huge";
                break;
            case 3:
                fields[name] = Uri.EscapeDataString(RouteBreakers[random.Next(RouteBreakers.Length)]);
                description = name + " a path";
                break;
            case 4:
                fields[name] = string.Concat(BrokenUtf8[random.Next(BrokenUtf8.Length)].Select(b => "%" + b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture)));
                description = name + " invalid UTF-8";
                break;
            case 5:
                fields[name] = "%G1%";
                description = name + " a broken escape";
                break;
            case 6:
                fields[name] = Uri.EscapeDataString(random.Next(2) == 0 ? "https://attacker.example/steal" : "http://127.0.0.1:9/x");
                description = name + " a stranger's URL";
                break;
            default:
                var body = string.Join("&", fields.Select(f => f.Key + "=" + f.Value)) + "&" + name + "=again";
                return (body, name + " given twice");
        }
        return (string.Join("&", fields.Select(f => f.Key + "=" + f.Value)), description);
    }

    private static (byte[] Body, string Description) Serialized((JsonObject Node, string Description) changed) =>
        (Encoding.UTF8.GetBytes(changed.Node.ToJsonString()), changed.Description);

    /// <summary>Replaces a value somewhere in the tree (any depth, object property or array item).</summary>
    private static (JsonObject Node, string Description) Replace(JsonObject root, Random random, Func<JsonNode?, JsonNode?> with, string what)
    {
        var places = Places(root).ToList();
        var (parent, key, path) = places[random.Next(places.Count)];
        switch (parent)
        {
            case JsonObject o:
                o[(string)key] = with(o[(string)key]);
                break;
            case JsonArray a:
                a[(int)key] = with(a[(int)key]);
                break;
        }
        return (root, $"{what} at {path}");
    }

    private static (JsonObject Node, string Description) Remove(JsonObject root, Random random)
    {
        var places = Places(root).Where(p => p.Parent is JsonObject).ToList();
        var (parent, key, path) = places[random.Next(places.Count)];
        ((JsonObject)parent).Remove((string)key);
        return (root, "without " + path);
    }

    private static IEnumerable<(JsonNode Parent, object Key, string Path)> Places(JsonNode node, string path = "$")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o.ToList())
                {
                    yield return (o, name, $"{path}.{name}");
                    if (value is not null) foreach (var inner in Places(value, $"{path}.{name}")) yield return inner;
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    yield return (a, i, $"{path}[{i}]");
                    if (a[i] is { } value) foreach (var inner in Places(value, $"{path}[{i}]")) yield return inner;
                }
                break;
        }
    }

    private static JsonNode? WrongType(Random random) => random.Next(9) switch
    {
        0 => 0,
        1 => -1,
        2 => 1.5e308,
        3 => true,
        4 => "",
        5 => new JsonArray(),
        6 => new JsonObject(),
        7 => new JsonArray((JsonNode?)null),
        _ => new JsonObject { ["id"] = null },
    };

    private static JsonNode Nested(int depth)
    {
        JsonNode node = new JsonArray();
        for (var i = 0; i < depth; i++) node = new JsonArray(node);
        return node;
    }

    private static byte[] Splice(byte[] json, byte[] bytes)
    {
        var marker = Encoding.UTF8.GetBytes(Marker);
        var at = json.AsSpan().IndexOf(marker);
        return [.. json[..at], .. bytes, .. json[(at + marker.Length)..]];
    }
}
