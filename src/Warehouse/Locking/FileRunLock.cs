using System.Data.Common;

namespace QiPipeline.Warehouse.Locking;

/// <summary>
/// The run lock of a file warehouse (DuckDB): <c>F.lock</c> beside the database file <c>F</c>, opened
/// with <see cref="FileShare.None"/> and kept open for the run. The operating system holds the lock
/// with the open file (flock on Unix, a sharing lock on Windows) and drops it when the process ends,
/// however it ends. The holder's pid, host and start time go into <c>F.lock.owner</c>, a plain file,
/// because a file locked this way cannot be read by another .NET process for the message.
/// </summary>
public sealed class FileRunLock : RunLock
{
    private readonly FileStream _lock;
    private readonly string _ownerPath;

    private FileRunLock(FileStream held, string ownerPath)
    {
        _lock = held;
        _ownerPath = ownerPath;
    }

    /// <summary>The lock file of a database file.</summary>
    public static string LockPath(string databaseFile) => databaseFile + ".lock";

    /// <summary>The file naming the holder.</summary>
    public static string OwnerPath(string databaseFile) => databaseFile + ".lock.owner";

    /// <summary>
    /// The database file of a file connection string, or null for an in-memory database (private to the
    /// process, so nothing to lock).
    /// </summary>
    public static string? DatabaseFile(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        foreach (var key in new[] { "Data Source", "DataSource" })
        {
            if (builder.TryGetValue(key, out var value) && value is string path && path.Length > 0)
            {
                return path.Equals(":memory:", StringComparison.OrdinalIgnoreCase) ? null : Path.GetFullPath(path);
            }
        }

        return null;
    }

    /// <summary>Takes the lock of <paramref name="databaseFile"/>, or throws <see cref="WarehouseLockedException"/> at once if held.</summary>
    public static async Task<RunLock> AcquireAsync(string databaseFile, RunLockOwner owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        FileStream held;
        try
        {
            held = new FileStream(LockPath(databaseFile), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (File.Exists(LockPath(databaseFile)) && e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new WarehouseLockedException(await ReadOwnerAsync(databaseFile, cancellationToken));
        }

        try
        {
            // The owner line also goes into the lock file itself, for an administrator's `cat`.
            var line = owner.Format() + Environment.NewLine;
            held.SetLength(0);
            await held.WriteAsync(System.Text.Encoding.UTF8.GetBytes(line), cancellationToken);
            await held.FlushAsync(cancellationToken);
            await File.WriteAllTextAsync(OwnerPath(databaseFile), line, cancellationToken);
            return new FileRunLock(held, OwnerPath(databaseFile));
        }
        catch
        {
            await held.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc />
    protected override async ValueTask ReleaseAsync()
    {
        // The owner file goes first, while the lock still keeps any other run from writing its own.
        try
        {
            File.Delete(_ownerPath);
        }
        catch (IOException)
        {
            // A stale owner file is overwritten by the next holder; only the lock itself matters.
        }

        // The lock file stays: deleting it would let a run that opened it just before hold a lock on
        // a file no longer in the folder while a third run creates and locks a new one.
        await _lock.DisposeAsync();
    }

    private static async Task<RunLockOwner?> ReadOwnerAsync(string databaseFile, CancellationToken cancellationToken)
    {
        try
        {
            return RunLockOwner.Parse(await File.ReadAllTextAsync(OwnerPath(databaseFile), cancellationToken));
        }
        catch (IOException)
        {
            return null;
        }
    }
}
