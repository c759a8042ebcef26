using Microsoft.AspNetCore.Http;

namespace TalentBot.Testing;

/// <summary>A file a fake server received in a multipart form: its form field, file name, content type and bytes.</summary>
public sealed record RecordedFile(string Field, string FileName, string ContentType, byte[] Content)
{
    /// <summary>
    /// Reads a multipart form: its text fields joined by name (for Discord, <c>payload_json</c>) and its files. Null when
    /// the request is not multipart, so a fake keeps reading other bodies as text.
    /// </summary>
    public static async Task<(IReadOnlyDictionary<string, string> Fields, IReadOnlyList<RecordedFile> Files)?> ReadMultipartAsync(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentType?.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) != true) return null;
        var form = await request.ReadFormAsync().ConfigureAwait(false);
        var files = new List<RecordedFile>();
        foreach (var file in form.Files)
        {
            using var bytes = new MemoryStream();
            await file.CopyToAsync(bytes).ConfigureAwait(false);
            files.Add(new RecordedFile(file.Name, file.FileName, file.ContentType, bytes.ToArray()));
        }
        return (form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal), files);
    }
}
