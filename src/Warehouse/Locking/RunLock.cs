namespace QiPipeline.Warehouse.Locking;

/// <summary>
/// The warehouse's run lock, held by this process until disposed: while it is held no other
/// <c>qi</c> run writes the same warehouse. The operating system or the database server releases it
/// if the process dies, so a killed run never blocks the next one.
/// </summary>
public abstract class RunLock : IAsyncDisposable
{
    /// <summary>How many runs still marked <c>running</c> were marked <c>abandoned</c> when the lock was taken.</summary>
    public int AbandonedRuns { get; internal set; }

    /// <summary>Releases the lock.</summary>
    public async ValueTask DisposeAsync()
    {
        await ReleaseAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases what the lock holds (a file, a database session).</summary>
    protected abstract ValueTask ReleaseAsync();
}
