using DuckDB.NET.Data;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// Synthetic clinics big enough that <c>qi etl</c> is still loading seconds after it starts (10,000
/// patients, about 250,000 records), generated once for the process-level stop and lock tests.
/// </summary>
public sealed class LoadExtractFixture : IDisposable
{
    private readonly TempDirectory _folder = new("qi-stop");
    private int _count;

    public LoadExtractFixture()
    {
        var demo = ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = 10_000, End = new DateOnly(2025, 5, 31) }, CancellationToken.None)
            .GetAwaiter().GetResult();
        ConfigPath = demo.ConfigPath;
    }

    /// <summary>The generated configuration (three sources: two CSV folders and a SQLite database).</summary>
    public string ConfigPath { get; }

    /// <summary>A new warehouse file's path.</summary>
    public string NewWarehouse() => _folder.File($"warehouse{Interlocked.Increment(ref _count)}.duckdb");

    /// <summary>The run log of a warehouse: (status, ended) per run, oldest first.</summary>
    public static async Task<List<string>> RunStatusesAsync(string warehouse)
    {
        await using var connection = new DuckDBConnection($"Data Source={warehouse}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM etl_run ORDER BY started_at";
        var statuses = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            statuses.Add(reader.GetString(0));
        }

        return statuses;
    }

    /// <summary>Rows per source of a fact table.</summary>
    public static async Task<Dictionary<string, long>> RowsPerSourceAsync(string warehouse, string table)
    {
        await using var connection = new DuckDBConnection($"Data Source={warehouse}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT source, COUNT(*) FROM {table} GROUP BY source";
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            counts[reader.GetString(0)] = reader.GetInt64(1);
        }

        return counts;
    }

    public void Dispose() => _folder.Dispose();
}
