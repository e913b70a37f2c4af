using System.Data.Common;

namespace QiPipeline.Warehouse.Locking;

/// <summary>
/// A run lock held by a database session of its own (PostgreSQL advisory lock, SQL Server application
/// lock): the session stays open for the run and is never pooled, so the lock ends with the session,
/// and the server ends the session when the process dies.
/// </summary>
internal sealed class SessionRunLock(DbConnection session, string releaseSql, Action<DbCommand> addParameters) : RunLock
{
    /// <summary>
    /// The application name the holder's session carries: the owner line, so a refused run can say who
    /// holds the lock (servers cut it at 63 or 128 characters).
    /// </summary>
    public static string ApplicationName(RunLockOwner owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var name = "qi " + owner.Format();
        return name.Length <= 63 ? name : name[..63];
    }

    /// <summary>The owner in an application name written by <see cref="ApplicationName"/>, or null.</summary>
    public static RunLockOwner? OwnerOf(object? applicationName) =>
        applicationName is string name && name.StartsWith("qi ", StringComparison.Ordinal) ? RunLockOwner.Parse(name[3..]) : null;

    /// <inheritdoc />
    protected override async ValueTask ReleaseAsync()
    {
        try
        {
            await using var command = session.CreateCommand();
            command.CommandText = releaseSql;
            addParameters(command);
            await command.ExecuteNonQueryAsync();
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            // The session is broken or closed: the server has ended it, and its lock with it.
        }
        finally
        {
            await session.DisposeAsync();
        }
    }
}
