using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;
using QiPipeline.Etl.Resilience;
using QiPipeline.Etl.Sources;
using QiPipeline.TestSupport;

namespace QiPipeline.Etl.Tests.Resilience;

/// <summary>
/// Which failures are retried: real driver exceptions where they can be provoked (a refused
/// connection, a deadlock SQLSTATE, a locked SQLite file), the SQL Server error numbers by table.
/// </summary>
public sealed class TransientErrorsTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task IsTransient_RefusedPostgresConnection_True()
    {
        var error = await Assert.ThrowsAnyAsync<NpgsqlException>(async () =>
        {
            await using var connection = new NpgsqlConnection($"Host=127.0.0.1;Port={ClosedPort()};Username=qi;Database=x;Timeout=3;Pooling=false");
            await connection.OpenAsync();
        });

        Assert.True(TransientErrors.IsTransient(error));
    }

    [Fact]
    public async Task IsTransient_RefusedConnectionWrappedBySource_True()
    {
        var source = new DatabaseSource(
            "clinic", "postgres", () => new NpgsqlConnection($"Host=127.0.0.1;Port={ClosedPort()};Username=qi;Database=x;Timeout=3;Pooling=false"), new Dictionary<string, string>(), t => t);

        var error = await Assert.ThrowsAsync<SourceException>(() => source.CheckAsync(CancellationToken.None));

        Assert.True(TransientErrors.IsTransient(error));
    }

    [Theory]
    [InlineData("40P01")] // deadlock detected
    [InlineData("40001")] // serialization failure
    [InlineData("57P03")] // cannot connect now (starting up)
    [InlineData("08006")] // connection failure
    public async Task IsTransient_PostgresStateWorthARetry_True(string sqlState)
    {
        var error = await PostgresErrorAsync($"DO $$ BEGIN RAISE EXCEPTION 'raised' USING ERRCODE = '{sqlState}'; END $$");

        Assert.Equal(sqlState, error.SqlState);
        Assert.True(TransientErrors.IsTransient(error));
        Assert.True(TransientErrors.IsTransient(new SourceException("source 'clinic': the query failed", error)));
    }

    [Theory]
    [InlineData("SELEC 1")] // syntax error, 42601
    [InlineData("SELECT no_such_column FROM pg_class")] // undefined column, 42703
    [InlineData("DO $$ BEGIN RAISE EXCEPTION 'raised' USING ERRCODE = '42501'; END $$")] // permission denied
    public async Task IsTransient_PostgresMistake_False(string sql)
    {
        var error = await PostgresErrorAsync(sql);

        Assert.False(TransientErrors.IsTransient(error));
        Assert.False(TransientErrors.IsTransient(new SourceException("source 'clinic': the query failed", error)));
    }

    [Fact]
    public async Task IsTransient_SqliteFileLockedByAnotherConnection_True()
    {
        var file = _folder.File("locked.db");
        await using var holder = new SqliteConnection($"Data Source={file};Pooling=False");
        await holder.OpenAsync();
        await ExecuteAsync(holder, "CREATE TABLE person (id TEXT)");
        await ExecuteAsync(holder, "BEGIN EXCLUSIVE");

        await using var reader = new SqliteConnection($"Data Source={file};Pooling=False");
        await reader.OpenAsync();
        var error = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(reader, "SELECT COUNT(*) FROM person", timeoutSeconds: 1));

        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
        Assert.True(TransientErrors.IsTransient(error));
    }

    [Fact]
    public async Task IsTransient_SqliteMissingTable_False()
    {
        await using var connection = new SqliteConnection($"Data Source={_folder.File("empty.db")};Pooling=False");
        await connection.OpenAsync();

        var error = await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync(connection, "SELECT * FROM person"));

        Assert.False(TransientErrors.IsTransient(error));
    }

    [Theory]
    [InlineData(1205, true)] // deadlock victim
    [InlineData(-2, true)] // client timeout
    [InlineData(53, true)] // network path not found
    [InlineData(233, true)] // connection closed by the server
    [InlineData(4060, true)] // cannot open database (yet)
    [InlineData(40613, true)] // Azure SQL database unavailable
    [InlineData(49920, true)] // Azure SQL busy
    [InlineData(10928, true)] // Azure SQL resource limit
    [InlineData(102, false)] // syntax error
    [InlineData(207, false)] // invalid column name
    [InlineData(208, false)] // invalid object name
    [InlineData(229, false)] // permission denied
    [InlineData(18456, false)] // login failed
    public void IsTransientSqlServerNumber_FollowsTheTable(int number, bool expected) =>
        Assert.Equal(expected, TransientErrors.IsTransientSqlServerNumber(number));

    [Fact]
    public void IsTransient_SocketAndTimeoutErrors_TrueButOtherIoErrorsAndCancellationFalse()
    {
        Assert.True(TransientErrors.IsTransient(new IOException("reset", new SocketException((int)SocketError.ConnectionReset))));
        Assert.True(TransientErrors.IsTransient(new TimeoutException()));
        Assert.False(TransientErrors.IsTransient(new IOException("disk full")));
        Assert.False(TransientErrors.IsTransient(new SourceException("source 'north': patients.csv line 1: no column patient_id")));
        Assert.False(TransientErrors.IsTransient(new OperationCanceledException("cancelled", new TimeoutException())));
    }

    private static async Task<PostgresException> PostgresErrorAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(await SharedPostgres.Server.CreateDatabaseAsync("transient"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, int timeoutSeconds = 30)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = timeoutSeconds;
        await command.ExecuteScalarAsync();
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // closed again when disposed
    }
}
