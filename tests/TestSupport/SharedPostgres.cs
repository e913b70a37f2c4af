namespace QiPipeline.TestSupport;

/// <summary>
/// One PostgreSQL cluster per test process, started on first use and stopped at exit, so that
/// every test class shares its start-up cost (a few seconds) and tests get their own database.
/// </summary>
public static class SharedPostgres
{
    private static readonly Lazy<PostgresServer> Lazy = new(StartAndStopAtExit, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The running server.</summary>
    public static PostgresServer Server => Lazy.Value;

    private static PostgresServer StartAndStopAtExit()
    {
        var server = PostgresServer.Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return server;
    }
}
