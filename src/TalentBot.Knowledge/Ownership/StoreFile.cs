using System.Buffers.Binary;

namespace TalentBot.Knowledge.Ownership;

/// <summary>
/// What is on disk at a store's path before LiteDB is let near it. LiteDB treats an empty or cut-short file as a new
/// database and writes a fresh header over it, which turned a damaged store into an empty one that was then seeded
/// from the corpus; so a file that exists must look whole first.
/// </summary>
public static class StoreFile
{
    /// <summary>LiteDB 5's page size; its files grow a whole page at a time.</summary>
    private const int PageSize = 8192;
    private const int SignatureOffset = 32;
    private const int LastPageIdOffset = 64;
    /// <summary>Where LiteDB marks a file in which a page did not read (its "invalid datafile state").</summary>
    private const int DamageMarkOffset = 191;
    private static ReadOnlySpan<byte> Signature => "** This is a LiteDB file **"u8;

    /// <summary>
    /// True when there is no file at <paramref name="path"/> (a store is to be created). Throws
    /// <see cref="StoreDamagedException"/> for an empty or cut-short store and <see cref="InvalidDataException"/> for a
    /// file that is not a LiteDB store at all.
    /// </summary>
    public static bool IsNew(string path)
    {
        if (!File.Exists(path)) return true;
        using var file = File.OpenRead(path);
        if (file.Length == 0) throw new StoreDamagedException(path, "the file is empty");

        var header = new byte[DamageMarkOffset + 1];
        var read = file.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        if (read < SignatureOffset + Signature.Length || !header.AsSpan(SignatureOffset, Signature.Length).SequenceEqual(Signature))
            throw new InvalidDataException($"'{path}' is not a TalentBot knowledge base (not a LiteDB file).");
        if (file.Length < PageSize || read < header.Length)
            throw new StoreDamagedException(path, $"it is cut short ({file.Length:N0} bytes, less than one page)");

        // The header names the last page written at the last checkpoint; a file shorter than that lost its end.
        var lastPage = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(LastPageIdOffset));
        var expected = ((long)lastPage + 1) * PageSize;
        if (file.Length < expected)
            throw new StoreDamagedException(path, $"it is cut short ({file.Length:N0} of at least {expected:N0} bytes)");
        // LiteDB sets this when a page fails to read, and with auto-rebuild (off here) would rebuild the file from
        // what it can still read, dropping the rest; so a marked store is reported, not opened.
        if (header[DamageMarkOffset] != 0)
            throw new StoreDamagedException(path, "a page did not read when it was last used, and LiteDB marked the file");
        return false;
    }

    /// <summary>Creates an empty, owner-only file at <paramref name="path"/> and LiteDB's log beside it, both for LiteDB to fill.</summary>
    public static void CreateOwnerOnly(string path)
    {
        OwnerOnly.CreateFile(path);
        OwnerOnly.CreateFile(LogPathFor(path));
    }

    /// <summary>
    /// LiteDB's write-ahead log, <c>name-log.ext</c>: it holds recent pages (webhook URLs among them) and LiteDB creates
    /// it with the process's default mode, so it is created owner-only before LiteDB opens the store.
    /// </summary>
    public static string LogPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path) + "-log" + Path.GetExtension(path));
}
