using Dapper;
using QiPipeline.Reports.Monthly;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>The Data quality figures read from the run log of a warehouse, on every provider.</summary>
public abstract class DataQualityQueryTests<TProvider>(TProvider provider)
    where TProvider : WarehouseProvider
{
    private static readonly DateTime Morning = new(2025, 3, 2, 6, 0, 0);

    [SkippableFact]
    public async Task ReadAsync_NoRun_IsEmpty()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        var warehouse = new WarehouseConnection(provider.Dialect, await provider.NewWarehouseAsync(), TimeProvider.System);

        var report = await new DataQualityQuery(warehouse).ReadAsync(CancellationToken.None);

        Assert.Null(report.Run);
        Assert.Empty(report.Loads);
    }

    [SkippableFact]
    public async Task ReadAsync_TwoRuns_ShowsTheLastRunsLoadsAndRejectsByReason()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        var warehouse = new WarehouseConnection(provider.Dialect, await provider.NewWarehouseAsync(), TimeProvider.System);
        await using (var connection = await warehouse.OpenAsync(CancellationToken.None))
        {
            var sql = new RunLogSql(provider.Dialect);
            foreach (var (run, at) in new[] { ("run-1", Morning.AddDays(-1)), ("run-2", Morning) })
            {
                await connection.ExecuteAsync(sql.InsertRun, new
                {
                    run_id = run,
                    started_at = at,
                    ended_at = at.AddMinutes(30),
                    run_date = at.Date,
                    status = "succeeded",
                    sources_ok = 1,
                    sources_failed = 0,
                });
                await connection.ExecuteAsync(sql.InsertRunEntity, new
                {
                    run_id = run,
                    source = "epic",
                    entity = "encounter",
                    mode = "incremental",
                    status = "succeeded",
                    rows_read = 100L,
                    rows_loaded = 95L,
                    rows_unchanged = 0L,
                    rows_rejected = 5L,
                    rows_deleted = 1L,
                    started_at = at,
                    ended_at = at.AddMinutes(20),
                    error = (string?)null,
                });
            }

            await Reject(connection, "run-1", 1, "OLD", "missing_patient");
            await Reject(connection, "run-2", 1, "E1", "missing_patient;bad_date");
            await Reject(connection, "run-2", 2, "E2", "missing_patient");
            await Reject(connection, "run-2", 3, null, "missing_patient");
            await Reject(connection, "run-2", 4, "E4", "missing_patient");
            await Reject(connection, "run-2", 5, "E5", "missing_patient");
        }

        var report = await new DataQualityQuery(warehouse).ReadAsync(CancellationToken.None);

        Assert.Equal("run-2", report.Run!.RunId);
        Assert.Equal(Morning.AddMinutes(30), report.Run.EndedAt);
        var load = Assert.Single(report.Loads);
        Assert.Equal(("epic", "encounter", 100L, 95L, 5L, 1L, Morning.AddMinutes(20)), (load.Source, load.Entity, load.RowsRead, load.RowsLoaded, load.RowsRejected, load.RowsDeleted, load.EndedAt));
        Assert.Equal(2, report.Rejects.Count);
        Assert.Equal(("missing_patient", 5L, "E1, E2, E4"), (report.Rejects[0].Reason, report.Rejects[0].Count, string.Join(", ", report.Rejects[0].Examples)));
        Assert.Equal(("bad_date", 1L, "E1"), (report.Rejects[1].Reason, report.Rejects[1].Count, string.Join(", ", report.Rejects[1].Examples)));
    }

    private async Task Reject(System.Data.Common.DbConnection connection, string run, long row, string? key, string reasons)
    {
        var d = provider.Dialect;
        var columns = new[] { "run_id", "source", "entity", "row_no", "source_key", "reasons", "raw_values" };
        await connection.ExecuteAsync(
            $"INSERT INTO {d.Quote("etl_reject")} ({string.Join(", ", columns.Select(d.Quote))}) VALUES ({string.Join(", ", columns.Select(d.Parameter))})",
            new { run_id = run, source = "epic", entity = "encounter", row_no = row, source_key = key, reasons, raw_values = "{}" });
    }
}

public sealed class DuckDbDataQualityQueryTests(DuckDbProvider provider) : DataQualityQueryTests<DuckDbProvider>(provider), IClassFixture<DuckDbProvider>;

public sealed class PostgresDataQualityQueryTests(PostgresProvider provider) : DataQualityQueryTests<PostgresProvider>(provider), IClassFixture<PostgresProvider>;

public sealed class SqlServerDataQualityQueryTests(SqlServerProvider provider) : DataQualityQueryTests<SqlServerProvider>(provider), IClassFixture<SqlServerProvider>;
