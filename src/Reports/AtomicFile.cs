using System.Globalization;
using QiPipeline.Warehouse;

namespace QiPipeline.Reports;

/// <summary>
/// A file written whole or not at all: the bytes go to a temporary file beside the target
/// (<c>.NAME.qi-tmp-PID-GUID</c>, same folder so the rename stays on one file system), which
/// <see cref="Commit"/> flushes to disk and renames over the target in one step. A run killed, stopped
/// or failed before that leaves the previous version of the target as it was; its temporary file
/// is deleted on dispose, or, after a kill, by the next <see cref="Create"/> in that folder (once no
/// live process has the pid in its name). An owner-only file is mode 0600 from its first byte.
/// </summary>
public sealed class AtomicFile : IDisposable
{
    /// <summary>The part of a temporary file's name after the target's name.</summary>
    public const string Marker = ".qi-tmp-";

    private readonly string _path;
    private FileStream? _stream;
    private bool _committed;

    private AtomicFile(string path, string temporaryPath, FileStream stream)
    {
        _path = path;
        TemporaryPath = temporaryPath;
        _stream = stream;
    }

    /// <summary>Where the bytes are written until <see cref="Commit"/>.</summary>
    public string TemporaryPath { get; }

    /// <summary>The temporary file, open for writing (and reading back, as a workbook writer needs).</summary>
    public FileStream Stream => _stream ?? throw new InvalidOperationException("The temporary file is closed.");

    /// <summary>
    /// Starts writing <paramref name="path"/>; <paramref name="ownerOnly"/> for a file with patient ids or
    /// health information (see <see cref="OwnerOnlyFile"/>). Removes the temporary files of dead runs in the folder first.
    /// </summary>
    public static AtomicFile Create(string path, bool ownerOnly)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        RemoveLeftovers(folder);
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}{Marker}{Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (ownerOnly && !OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = OwnerOnlyFile.Mode;
        }

        var stream = new FileStream(temporary, options);
        try
        {
            // CreateNew applies the umask to the mode asked for: an owner-only file is set to exactly
            // 0600 while still empty, and a shared one to the mode the umask the process started with
            // gives (the process narrows its own umask for the warehouse, see ProcessUmask).
            if (!OperatingSystem.IsWindows() && (ownerOnly ? OwnerOnlyFile.Mode : ProcessUmask.DefaultMode) is { } mode)
            {
                File.SetUnixFileMode(stream.SafeFileHandle, mode);
            }

            return new AtomicFile(full, temporary, stream);
        }
        catch
        {
            stream.Dispose();
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically.</summary>
    public static async Task WriteAllBytesAsync(string path, byte[] bytes, bool ownerOnly, CancellationToken cancellationToken)
    {
        using var file = Create(path, ownerOnly);
        await file.Stream.WriteAsync(bytes, cancellationToken);
        file.Commit();
    }

    /// <summary>Flushes and closes the temporary file, leaving it to be changed by path (pictures added) before <see cref="Commit"/>.</summary>
    public void CloseStream()
    {
        if (_stream is { } stream)
        {
            stream.Flush(flushToDisk: true);
            stream.Dispose();
            _stream = null;
        }
    }

    /// <summary>Replaces the target with the finished file, in one rename.</summary>
    public void Commit()
    {
        CloseStream();
        File.Move(TemporaryPath, _path, overwrite: true);
        _committed = true;
    }

    /// <summary>Deletes the temporary file unless committed: the target keeps its previous version.</summary>
    public void Dispose()
    {
        _stream?.Dispose();
        _stream = null;
        if (!_committed)
        {
            File.Delete(TemporaryPath);
        }
    }

    /// <summary>Deletes the temporary files in <paramref name="folder"/> left by processes that are gone (see <see cref="LeftoverFiles"/>).</summary>
    public static void RemoveLeftovers(string folder) => LeftoverFiles.RemoveDead(folder, $".*{Marker}*", Marker);
}
