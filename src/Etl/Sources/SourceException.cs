namespace QiPipeline.Etl.Sources;

/// <summary>
/// A source or one of its entities cannot be read (unreachable server, missing folder, a file
/// whose header or encoding is wrong). The message names the source, file and line, never a
/// connection string or a patient value; the loader fails that source or entity and goes on.
/// </summary>
public sealed class SourceException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SourceException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public SourceException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SourceException()
    {
    }
}
