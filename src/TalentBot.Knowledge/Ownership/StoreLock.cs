namespace TalentBot.Knowledge.Ownership;

/// <summary>
/// The operating system's lock that makes one process the owner of a store: an exclusive lock on
/// <c>&lt;store&gt;.lock</c>, held for as long as the store is open. The kernel drops it when the process dies, so a
/// lock left by a killed process never blocks anyone; the file itself is never deleted, because deleting a lock file
/// lets two processes each lock a different file of the same name.
/// </summary>
/// <remarks>
/// .NET takes <c>flock(LOCK_EX)</c> on Unix and a sharing lock on Windows for <see cref="FileShare.None"/>, which is
/// all this needs; setting <c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c> turns that off and with it this protection.
/// </remarks>
public sealed class StoreLock : IDisposable
{
    private readonly FileStream _file;

    private StoreLock(FileStream file, string path)
    {
        _file = file;
        Path = path;
    }

    /// <summary>The lock file.</summary>
    public string Path { get; }

    public static string PathFor(string storePath) => System.IO.Path.GetFullPath(storePath) + ".lock";

    /// <summary>Takes the lock of the store at <paramref name="storePath"/>, or returns null when another process holds it.</summary>
    public static StoreLock? TryAcquire(string storePath)
    {
        var path = PathFor(storePath);
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.OpenOrCreate,
                Access = FileAccess.ReadWrite,
                Share = FileShare.None,
            };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = OwnerOnly.File;
            return new StoreLock(new FileStream(path, options), path);
        }
        catch (IOException) when (File.Exists(path))
        {
            // A sharing violation: the lock is held. Any other failure to create the file is the caller's to report.
            return null;
        }
    }

    public void Dispose() => _file.Dispose();
}
