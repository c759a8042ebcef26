namespace TalentBot.Knowledge.Ownership;

/// <summary>
/// The modes of what a store creates: its file holds webhook URLs, which are credentials, so nothing beside it is
/// readable by other users.
/// </summary>
public static class OwnerOnly
{
    public const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    public const UnixFileMode Directory = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>Creates <paramref name="path"/> empty and owner-only if it does not exist; leaves an existing file alone.</summary>
    public static void CreateFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = File;
        using var _ = new FileStream(path, options);
    }

    /// <summary>Creates the directory <paramref name="path"/> owner-only if it does not exist.</summary>
    public static void CreateDirectory(string path)
    {
        if (OperatingSystem.IsWindows()) System.IO.Directory.CreateDirectory(path);
        else System.IO.Directory.CreateDirectory(path, Directory);
    }
}
