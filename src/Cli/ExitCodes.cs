namespace QiPipeline.Cli;

/// <summary>The exit codes of ARCHITECTURE.md.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Bad arguments or configuration: one line says which.</summary>
    public const int BadArguments = 1;

    /// <summary>The run finished with some sources (or entities) failed.</summary>
    public const int Partial = 2;

    /// <summary>Nothing could be done (warehouse unreachable, every source failed).</summary>
    public const int Failed = 3;
}
