using System.Runtime.InteropServices;

namespace QiPipeline.Warehouse;

/// <summary>
/// The warehouse's files are owner-only (0600) whatever the umask. DuckDB creates its database file
/// and, after every checkpoint, a new write-ahead log (<c>F.wal</c>) itself, with the umask applied to
/// 0666 and no setting for the mode, and an empty file made beforehand is refused as "not a valid
/// DuckDB database file". So a process that opens a DuckDB file narrows its umask to no access for
/// group and others, once, before DuckDB creates anything; files meant to keep the usual mode
/// (kpis.csv, charts, the aggregate workbooks) are given <see cref="DefaultMode"/> explicitly.
/// </summary>
public static partial class ProcessUmask
{
    private const uint GroupAndOthers = 0b000_111_111;

    private static readonly Lock Gate = new();

    /// <summary>The umask the process started with, once narrowed; null before (or on Windows).</summary>
    public static UnixFileMode? Original { get; private set; }

    /// <summary>The mode a file that is not owner-only gets: 0666 less the umask the process started with, or null when that is what the system gives anyway.</summary>
    public static UnixFileMode? DefaultMode =>
        Original is { } mask ? (UnixFileMode)(0b110_110_110 & ~(uint)mask) : null;

    /// <summary>Narrows the umask so that new files are owner-only (idempotent; nothing on Windows).</summary>
    public static void RestrictToOwner()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        lock (Gate)
        {
            if (Original is not null)
            {
                return;
            }

            var original = NativeMethods.umask(GroupAndOthers);
            _ = NativeMethods.umask(original | GroupAndOthers);
            Original = (UnixFileMode)original;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "umask")]
        public static extern uint umask(uint mask);
    }
}
