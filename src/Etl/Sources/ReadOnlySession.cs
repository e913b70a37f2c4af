namespace QiPipeline.Etl.Sources;

/// <summary>
/// The statements that wrap a clinic database read in a transaction that can change nothing, or
/// nothing that lasts: a mapping query that writes (<c>WITH d AS (DELETE ...) SELECT ...</c>, by
/// mistake or on purpose) fails or is rolled back. This is a second fence: the first is a reader
/// account granted SELECT only (docs/operations.md), which alone also stops a query that ends the
/// transaction itself.
/// </summary>
/// <param name="Begin">Sent, in order, before the mapping query.</param>
/// <param name="End">Sent after the read, successful or not (a rollback), or null.</param>
internal sealed record ReadOnlySession(IReadOnlyList<string> Begin, string? End)
{
    /// <summary>SQLite: the file is opened read-only (<c>Mode=ReadOnly</c>); nothing to send.</summary>
    public static readonly ReadOnlySession None = new([], null);

    /// <summary>PostgreSQL: a read-only transaction (a write fails with SQLSTATE 25006), rolled back.</summary>
    public static readonly ReadOnlySession Postgres = new(["BEGIN TRANSACTION READ ONLY"], "ROLLBACK");

    /// <summary>
    /// SQL Server has no read-only transaction: the read runs in a transaction that is always rolled
    /// back (XACT_ABORT so that an error rolls it back too), on a connection that asks for a
    /// read-only replica where an availability group has one (<c>ApplicationIntent=ReadOnly</c>).
    /// </summary>
    public static readonly ReadOnlySession SqlServer = new(["SET XACT_ABORT ON; BEGIN TRANSACTION;"], "IF @@TRANCOUNT > 0 ROLLBACK TRANSACTION;");
}
