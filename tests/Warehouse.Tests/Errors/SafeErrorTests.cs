using DuckDB.NET.Data;
using Npgsql;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Warehouse.Tests.Errors;

/// <summary>
/// What an error may say: a driver's type and code, the words of a known message shape before the
/// value, never the value a driver quotes nor a connection-string setting.
/// </summary>
public sealed class SafeErrorTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("22P02", "invalid input syntax for type integer: \"N-P000007-secret\"", "PostgresException 22P02: invalid input syntax for type integer")]
    [InlineData("22001", "value too long for type character varying(10)", "PostgresException 22001: value too long for type character varying(10)")]
    [InlineData("42703", "column \"dob\" does not exist", "PostgresException 42703: column \"dob\" does not exist")]
    [InlineData("25006", "cannot execute DELETE in a read-only transaction", "PostgresException 25006: cannot execute DELETE in a read-only transaction")]
    [InlineData("28P01", "password authentication failed for user \"secret-user\"", "PostgresException 28P01 (invalid_password)")]
    [InlineData("23505", "duplicate key value violates unique constraint \"k\"", "PostgresException 23505")]
    [InlineData("22007", "invalid input syntax for type date secret", "PostgresException 22007 (invalid_datetime_format)")]
    public void Describe_PostgresError_KeepsTypeCodeAndTheWordsBeforeAnyValue(string state, string message, string expected) =>
        Assert.Equal(expected, SafeError.Describe(new PostgresException(message, "ERROR", "ERROR", state)));

    [Fact]
    public async Task Describe_RealDuckDbConversionError_SaysTheTypeNotTheValue()
    {
        await using var connection = new DuckDBConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT CAST('N-P000007-secret' AS INTEGER)";

        var error = await Assert.ThrowsAsync<DuckDBException>(() => command.ExecuteScalarAsync());

        Assert.Contains("secret", error.Message, StringComparison.Ordinal); // what the driver says
        Assert.DoesNotContain("secret", SafeError.Describe(error), StringComparison.Ordinal);
        Assert.StartsWith("DuckDBException (", SafeError.Describe(error), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("memory_limit=secret-42GB")]
    [InlineData("threads=secret-42")]
    [InlineData("access_mode=secret-42")]
    public async Task OpenAsync_DuckDbSettingItCannotUse_IsAWarehouseErrorWithoutTheValue(string setting)
    {
        var warehouse = new WarehouseConnection(new DuckDbDialect(), $"Data Source={_folder.File("w.duckdb")};{setting}", TimeProvider.System);

        var error = await Assert.ThrowsAsync<WarehouseException>(() => warehouse.OpenAsync(CancellationToken.None));

        Assert.StartsWith("the duckdb warehouse cannot be opened: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Describe_FileSystemError_KeepsItsWords()
    {
        Assert.Equal("No space left on device : '/w/.qi-copy.csv'", SafeError.Describe(new IOException("No space left on device : '/w/.qi-copy.csv'")));
    }
}
