using LiteDB;

namespace TalentBot.Knowledge.Storage;

/// <summary>
/// Predicates as fixed expressions with parameters. LiteDB's <c>Query.EQ</c> and <c>Query.In</c> write the value into
/// the expression text, so every call parses and compiles a new expression (~1 ms each here); a fixed text is
/// compiled once and cached, leaving only the index lookup.
/// </summary>
internal static class StoreQueries
{
    public static BsonExpression IdIn(IEnumerable<string> ids) => In("_id", ids);

    public static BsonExpression In(string field, IEnumerable<string> values) =>
        BsonExpression.Create($"$.{field} IN @0", new BsonArray(values.Select(v => new BsonValue(v))));

    public static BsonExpression Equal(string field, string value) => BsonExpression.Create($"$.{field} = @0", new BsonValue(value));

    /// <summary>Values that begin with <paramref name="prefix"/>, read from the field's index.</summary>
    public static BsonExpression StartsWith(string field, string prefix) =>
        BsonExpression.Create($"$.{field} LIKE @0", new BsonValue(prefix.Replace("%", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) + "%"));

    public static BsonExpression GreaterThan(string field, long value) => BsonExpression.Create($"$.{field} > @0", new BsonValue(value));

    public static BsonExpression GreaterThan(string field, string value) => BsonExpression.Create($"$.{field} > @0", new BsonValue(value));

    /// <summary>
    /// A projection of only <paramref name="fields"/>, so a query maps a few fields rather than whole documents. Each
    /// field is named, so one the document lacks reads as null rather than being left out.
    /// </summary>
    public static BsonExpression Fields(params string[] fields) =>
        BsonExpression.Create("{ " + string.Join(", ", fields.Select(f => $"{f}: $.{f}")) + " }");

    /// <summary>A projected text field, null where the document had none.</summary>
    public static string? NullableString(BsonValue value) => value.IsNull ? null : value.AsString;
}
