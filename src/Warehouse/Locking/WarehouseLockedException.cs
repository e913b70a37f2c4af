using System.Globalization;

namespace QiPipeline.Warehouse.Locking;

/// <summary>Another run holds the warehouse's run lock: this run must not start (exit code 3, try later).</summary>
public sealed class WarehouseLockedException : Exception
{
    /// <summary>Creates the exception for a holder, known or not.</summary>
    public WarehouseLockedException(RunLockOwner? owner)
        : base(Describe(owner))
    {
        Owner = owner;
    }

    /// <summary>Creates the exception.</summary>
    public WarehouseLockedException()
        : base(Describe(null))
    {
    }

    /// <summary>Creates the exception.</summary>
    public WarehouseLockedException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public WarehouseLockedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The holder, when it could be read.</summary>
    public RunLockOwner? Owner { get; }

    private static string Describe(RunLockOwner? owner) => owner is null
        ? "another qi run holds the warehouse lock; try again later"
        : string.Create(CultureInfo.InvariantCulture,
            $"another qi run holds the warehouse lock since {owner.Since.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC (pid {owner.ProcessId} on {owner.Host}); try again later");
}
