using Dapper;
using QiPipeline.Metrics.Engine;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse;

namespace QiPipeline.Metrics.Tests.Engine;

/// <summary>The timelines read from a real warehouse, on every provider.</summary>
public abstract class TimelineReaderTests<TProvider>(TProvider provider)
    where TProvider : WarehouseProvider
{
    [SkippableFact]
    public async Task ReadAsync_EdVisitsWithAndWithoutOtherDx_CarryTheirFurtherDiagnosesInOrder()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        var warehouse = new WarehouseConnection(provider.Dialect, await provider.NewWarehouseAsync(), TimeProvider.System);
        await using (var connection = await warehouse.OpenAsync(CancellationToken.None))
        {
            var p = provider.Dialect.Parameter;
            await connection.ExecuteAsync(
                $"INSERT INTO patients (source, patient_id, clinic_id, birth_date, sex, loaded_run_id) VALUES ('n', 'P1', 'N1', {p("birth")}, 'F', 'r1')",
                new { birth = new DateTime(1980, 1, 1) });

            // other_dx as the loader stores it: the codes, trimmed, joined by ';'.
            await connection.ExecuteAsync(
                $"INSERT INTO ed_visits (source, ed_visit_id, patient_id, visit_date, primary_dx, admitted, other_dx, loaded_run_id) "
                + $"VALUES ('n', {p("id")}, 'P1', {p("date")}, 'T14.91XA', {p("admitted")}, {p("other")}, 'r1')",
                new[]
                {
                    new { id = "V1", date = new DateTime(2024, 3, 1), admitted = false, other = (string?)"F32.9;R45.851" },
                    new { id = "V2", date = new DateTime(2024, 3, 2), admitted = false, other = (string?)null },
                });
        }

        var timelines = new List<Timeline.PatientTimeline>();
        await foreach (var timeline in new TimelineReader(warehouse).ReadAsync(new DateOnly(2024, 12, 31), CancellationToken.None))
        {
            timelines.Add(timeline);
        }

        var visits = Assert.Single(timelines).EdVisits.OrderBy(v => v.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(["F32.9", "R45.851"], visits[0].OtherDiagnoses);
        Assert.Equal("T14.91XA", visits[0].PrimaryDx);
        Assert.Empty(visits[1].OtherDiagnoses);
    }
}

public sealed class DuckDbTimelineReaderTests(DuckDbProvider provider) : TimelineReaderTests<DuckDbProvider>(provider), IClassFixture<DuckDbProvider>;

public sealed class PostgresTimelineReaderTests(PostgresProvider provider) : TimelineReaderTests<PostgresProvider>(provider), IClassFixture<PostgresProvider>;

public sealed class SqlServerTimelineReaderTests(SqlServerProvider provider) : TimelineReaderTests<SqlServerProvider>(provider), IClassFixture<SqlServerProvider>;
