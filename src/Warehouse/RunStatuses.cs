namespace QiPipeline.Warehouse;

/// <summary>The statuses of an <c>etl_run</c> row that the run's own outcome does not decide.</summary>
public static class RunStatuses
{
    /// <summary>The run has started and not ended; a live run, or one whose process died.</summary>
    public const string Running = "running";

    /// <summary>The run was stopped (SIGTERM, Ctrl+C, a service stop); the entity being loaded was rolled back.</summary>
    public const string Cancelled = "cancelled";

    /// <summary>A run left <c>running</c> by a process that died; marked by the next run that takes the lock.</summary>
    public const string Abandoned = "abandoned";
}
