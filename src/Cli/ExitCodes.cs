namespace QiPipeline.Cli;

/// <summary>The exit codes of the README and docs/architecture.md.</summary>
internal static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Success = 0;

    /// <summary>Bad arguments or configuration: one line says which.</summary>
    public const int BadArguments = 1;

    /// <summary>The run finished with some sources (or entities) failed.</summary>
    public const int Partial = 2;

    /// <summary>Nothing could be done (warehouse unreachable, every source failed, another run holds the warehouse lock).</summary>
    public const int Failed = 3;

    /// <summary>Stopped by Ctrl+C (SIGINT, 128 + 2): the entity being loaded rolled back, the run is recorded as cancelled.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (128 + 15), e.g. a service manager's stop: as <see cref="Interrupted"/>.</summary>
    public const int Terminated = 143;
}
