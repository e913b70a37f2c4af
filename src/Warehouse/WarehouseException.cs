namespace QiPipeline.Warehouse;

/// <summary>A warehouse problem a user can fix (wrong version, unreachable server), with a readable message.</summary>
public sealed class WarehouseException : Exception
{
    /// <summary>Creates the exception.</summary>
    public WarehouseException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public WarehouseException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public WarehouseException()
    {
    }
}
