namespace QiPipeline.Warehouse.Locking;

/// <summary>The lock of an in-memory warehouse: private to the process, so there is nothing to share or lock.</summary>
internal sealed class NoRunLock : RunLock
{
    public static readonly NoRunLock Instance = new();

    /// <inheritdoc />
    protected override ValueTask ReleaseAsync() => ValueTask.CompletedTask;
}
