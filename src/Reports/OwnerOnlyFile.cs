namespace QiPipeline.Reports;

/// <summary>
/// Files that hold patient ids (the monthly workbook, patients.csv) are readable and writable by their
/// owner only: mode 0600 on Unix, set before the first byte is written, whatever the umask and whether
/// the file existed. On Windows the file inherits its folder's ACL: put the reports folder where only
/// the service account and the care team can read.
/// </summary>
public static class OwnerOnlyFile
{
    /// <summary>Read and write for the owner, nothing for group and others.</summary>
    public const UnixFileMode Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    /// <summary>Creates or truncates <paramref name="path"/> for writing (and reading back), owner-only.</summary>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = Mode;
        }

        var stream = new FileStream(path, options);
        try
        {
            // An existing file keeps its mode when truncated: narrow it while it is still empty.
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(stream.SafeFileHandle, Mode);
            }

            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }
}
