using System.Globalization;
using System.Text;
using DuckDB.NET.Data;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Warehouse.Tests.Dialects;

/// <summary>
/// DuckDB's bulk path for permanent tables (measure results): rows written as CSV and loaded with
/// <c>COPY</c> come back exactly as given, text always quoted (a quote doubled), only the bare <c>\N</c> null.
/// </summary>
public sealed class DuckDbCsvCopyTests : IDisposable
{
    private readonly TempDirectory _folder = new("qi-copy");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Append_EveryKindOfValue_TheCopyFilesForm()
    {
        object?[] values = ["a\"b", "", null, "é", new DateOnly(2024, 2, 29), new DateTime(2025, 1, 2, 3, 4, 5), new DateTime(2025, 1, 2, 3, 4, 5, 250), true, false, 0.1, 42, 7L];
        var line = new StringBuilder();
        foreach (var value in values)
        {
            DuckDbCsvCopy.Append(line, value);
            line.Append(',');
        }

        Assert.Equal("\"a\"\"b\",\"\",\\N,\"é\",2024-02-29,2025-01-02 03:04:05,2025-01-02 03:04:05.25,true,false,0.1,42,7,", line.ToString());
    }

    [Fact]
    public async Task CopyAsync_TextNumbersDatesAndNulls_ComeBackAsGiven()
    {
        var longText = string.Concat(Enumerable.Repeat("a,\"b\"\n€", 20_000)); // longer than a file buffer
        object?[][] rows =
        [
            ["plain", "", new DateOnly(2024, 2, 29), new DateTime(2025, 1, 2, 3, 4, 5, 250), true, 0.1, 42, null],
            ["a \"quoted\", with\na line feed", "\\N as text", new DateOnly(1900, 1, 1), new DateTime(2025, 1, 2, 3, 4, 5), false, 1e-300, -7, 2.5],
            [longText, "ü😀", new DateOnly(2200, 12, 31), new DateTime(1999, 12, 31, 23, 59, 59), true, -0.125, int.MaxValue, null],
        ];

        await using var connection = new DuckDBConnection($"Data Source={_folder.File("w.duckdb")}");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (a VARCHAR, b VARCHAR, c DATE, d TIMESTAMP, e BOOLEAN, f DOUBLE, g INTEGER, h DOUBLE)";
            await create.ExecuteNonQueryAsync();
        }

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            Assert.Equal(3, await DuckDbCsvCopy.CopyAsync(connection, transaction, "t", rows.ToAsyncEnumerable(), CancellationToken.None));
            await transaction.CommitAsync();
        }

        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT * FROM t ORDER BY g";
        await using var reader = await select.ExecuteReaderAsync();
        var back = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            back.Add(
            [
                reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2), reader.GetDateTime(3), reader.GetBoolean(4),
                reader.GetDouble(5), reader.GetInt32(6), reader.IsDBNull(7) ? null : reader.GetDouble(7),
            ]);
        }

        Assert.Equal(rows.OrderBy(r => (int)r[6]!).Select(Text), back.Select(Text));
        Assert.Empty(Directory.EnumerateFiles(_folder.Path, $"{DuckDbCsvCopy.Prefix}*"));
    }

    private static string Text(object?[] row) =>
        string.Join('|', row.Select(v => v is null ? "null" : string.Create(CultureInfo.InvariantCulture, $"{v}")));
}
