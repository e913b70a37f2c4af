using System.Data.Common;
using Dapper;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Sources;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse;

namespace QiPipeline.Etl.Tests.Support;

/// <summary>Runs the ETL into one fresh warehouse of a provider and reads what it holds.</summary>
internal sealed class Harness
{
    /// <summary>The run date of every test run: records after it are future.</summary>
    public static readonly DateOnly RunDate = new(2025, 6, 30);

    private readonly WarehouseProvider _provider;
    private readonly string _connectionString;
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(RunDate, new TimeOnly(12, 0), TimeSpan.Zero));

    private Harness(WarehouseProvider provider, string connectionString)
    {
        _provider = provider;
        _connectionString = connectionString;
    }

    public static async Task<Harness> CreateAsync(WarehouseProvider provider)
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        return new Harness(provider, await provider.NewWarehouseAsync());
    }

    public Task<EtlRunResult> RunAsync(string source, string folder, LoadMode mode = LoadMode.Snapshot, ILoadInterceptor? interceptor = null) =>
        RunAsync([new ConfiguredSource(new CsvSource(source, folder), mode)], interceptor);

    /// <summary>
    /// The clock of retry delays and source time limits, apart from the run's clock so the run
    /// date stays fixed: <see cref="RunAsync(IReadOnlyList{ConfiguredSource}, ILoadInterceptor?, IReadOnlySet{string}?)"/>
    /// moves it a second every few milliseconds, so waits pass without sleeping.
    /// </summary>
    public FakeTimeProvider Waits { get; } = new();

    public async Task<EtlRunResult> RunAsync(IReadOnlyList<ConfiguredSource> sources, ILoadInterceptor? interceptor = null, IReadOnlySet<string>? clinics = null)
    {
        var run = Start(sources, interceptor, clinics);
        await PassTimeUntilAsync(run);
        return await run;
    }

    /// <summary>Starts a run without moving <see cref="Waits"/>: the test decides when time passes.</summary>
    public Task<EtlRunResult> Start(
        IReadOnlyList<ConfiguredSource> sources, ILoadInterceptor? interceptor = null, IReadOnlySet<string>? clinics = null, ILogger? logger = null, ILoadProgress? progress = null)
    {
        _time.Advance(TimeSpan.FromMinutes(1));
        var warehouse = new WarehouseConnection(_provider.Dialect, _connectionString, _time);
        var runner = new EtlRunner(
            warehouse, sources, clinics ?? new HashSet<string> { "N1", "S1" }, _time, logger ?? NullLogger.Instance, interceptor, Waits, progress);
        return Task.Run(() => runner.RunAsync(CancellationToken.None));
    }

    /// <summary>Moves <see cref="Waits"/> on a second at a time until <paramref name="run"/> ends.</summary>
    public async Task PassTimeUntilAsync(Task run)
    {
        while (!run.IsCompleted)
        {
            await Task.WhenAny(run, Task.Delay(5));
            Waits.Advance(TimeSpan.FromSeconds(1));
        }
    }

    public async Task<DbConnection> OpenAsync()
    {
        var connection = _provider.Dialect.CreateConnection(_connectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>Every row of a table as text, sorted, so two states compare with Assert.Equal.</summary>
    public async Task<List<string>> TableAsync(string table)
    {
        await using var connection = await OpenAsync();
        var rows = await connection.QueryAsync($"SELECT * FROM {_provider.Dialect.Quote(table)}");
        return rows.Cast<IDictionary<string, object?>>()
            .Select(r => string.Join("|", r.Select(kv => $"{kv.Key}={kv.Value}")))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    public async Task<long> CountAsync(string table, string where = "1 = 1")
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<long>($"SELECT CAST(COUNT(*) AS BIGINT) FROM {_provider.Dialect.Quote(table)} WHERE {where}");
    }

    /// <summary>The rejects of a run: (entity, source key, reasons).</summary>
    public async Task<List<(string Entity, string? Key, string Reasons)>> RejectsAsync(string runId)
    {
        await using var connection = await OpenAsync();
        var rows = await connection.QueryAsync<(string, string?, string)>(
            $"SELECT entity, source_key, reasons FROM etl_reject WHERE run_id = {_provider.Dialect.Parameter("run_id")} ORDER BY entity, row_no",
            new { run_id = runId });
        return rows.ToList();
    }

    /// <summary>The reasons and raw values of a run's rejects, in row order.</summary>
    public async Task<List<(string Reasons, string Raw)>> RejectedRawValuesAsync(string runId)
    {
        await using var connection = await OpenAsync();
        var rows = await connection.QueryAsync<(string, string)>(
            $"SELECT reasons, raw_values FROM etl_reject WHERE run_id = {_provider.Dialect.Parameter("run_id")} ORDER BY entity, row_no",
            new { run_id = runId });
        return rows.ToList();
    }

    public async Task<string?> ScalarAsync(string sql)
    {
        await using var connection = await OpenAsync();
        var value = await connection.ExecuteScalarAsync<object?>(sql);
        return value is null or DBNull ? null : Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
