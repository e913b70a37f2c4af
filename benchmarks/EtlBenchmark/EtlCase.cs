using System.Diagnostics;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Sources;
using QiPipeline.Etl.Validation;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.EtlBenchmark;

/// <summary>
/// The two loads compared: <c>qi etl</c> (validation, staging, set-based checks, merge, run log)
/// and the engine's own bulk import of the same CSV files into text columns, which validates
/// nothing: the upper bound of what a loader on that engine can do.
/// </summary>
internal static class EtlCase
{
    private static readonly HashSet<string> Clinics = ["N1", "S1", "E1"];

    public static async Task<Measurement> RunEtlAsync(string engine, string folder)
    {
        var (dialect, connectionString) = await NewWarehouseAsync(engine, folder);
        var sources = DataSet.CsvFolders(folder)
            .Select(f => new ConfiguredSource(new CsvSource(Path.GetFileName(f), f), LoadMode.Snapshot))
            .ToList();
        var runner = new EtlRunner(new WarehouseConnection(dialect, connectionString, TimeProvider.System), sources, Clinics, TimeProvider.System, NullLogger.Instance);

        var clock = Stopwatch.StartNew();
        var result = await runner.RunAsync(CancellationToken.None);
        clock.Stop();
        if (result.Status != "succeeded")
        {
            throw new InvalidOperationException($"The benchmark load ended {result.Status}.");
        }

        return Measurement.Of(result.Sources.SelectMany(s => s.Entities).Sum(e => e.Read), clock);
    }

    /// <summary>Reading and validating alone, no warehouse: the loader's own share of the time.</summary>
    public static async Task<Measurement> RunReadAndValidateAsync(string folder)
    {
        var clock = Stopwatch.StartNew();
        long rows = 0;
        foreach (var path in DataSet.CsvFolders(folder))
        {
            var source = new CsvSource(Path.GetFileName(path), path);
            foreach (var entity in CanonicalModel.Entities)
            {
                var validator = new RecordValidator(entity, new ValidationContext(DataSet.End, Clinics, RequireUpdatedAt: false));
                await foreach (var record in source.ReadAsync(entity, null, CancellationToken.None))
                {
                    validator.ValidateForStaging(record);
                    rows++;
                }
            }
        }

        clock.Stop();
        return Measurement.Of(rows, clock);
    }

    public static async Task<Measurement> RunNativeImportAsync(string engine, string folder)
    {
        var (_, connectionString) = await NewWarehouseAsync(engine, folder);
        var files = DataSet.CsvFolders(folder).SelectMany(f => Directory.GetFiles(f, "*.csv")).Order(StringComparer.Ordinal).ToList();
        var clock = Stopwatch.StartNew();
        long rows = 0;
        if (engine == "duckdb")
        {
            await using var connection = new DuckDBConnection(connectionString);
            await connection.OpenAsync();
            foreach (var (file, i) in files.Select((f, i) => (f, i)))
            {
                await connection.ExecuteAsync($"CREATE TABLE import_{i} AS SELECT * FROM read_csv('{file}', header = true, all_varchar = true)");
                rows += await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM import_{i}");
            }
        }
        else
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            foreach (var (file, i) in files.Select((f, i) => (f, i)))
            {
                var columns = File.ReadLines(file).First().Split(',');
                await connection.ExecuteAsync($"CREATE TABLE import_{i} ({string.Join(", ", columns.Select(c => $"\"{c}\" text"))})");
                await using (var copy = await connection.BeginTextImportAsync($"COPY import_{i} FROM STDIN (FORMAT csv, HEADER true)"))
                using (var input = new StreamReader(file))
                {
                    var buffer = new char[1 << 16];
                    int read;
                    while ((read = await input.ReadAsync(buffer)) > 0)
                    {
                        await copy.WriteAsync(buffer.AsMemory(0, read));
                    }
                }

                rows += await connection.ExecuteScalarAsync<long>($"SELECT COUNT(*) FROM import_{i}");
            }
        }

        clock.Stop();
        return Measurement.Of(rows, clock);
    }

    private static async Task<(WarehouseDialect Dialect, string ConnectionString)> NewWarehouseAsync(string engine, string folder)
    {
        if (engine == "duckdb")
        {
            var file = Path.Combine(folder, $"bench-{Guid.NewGuid():N}.duckdb");
            AppDomain.CurrentDomain.ProcessExit += (_, _) => File.Delete(file);
            return (new DuckDbDialect(), $"Data Source={file}");
        }

        return (new PostgresDialect(), await SharedPostgres.Server.CreateDatabaseAsync("bench"));
    }
}
