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

    [SkippableFact]
    public async Task ReadAsync_DiagnosesCarryTheirSystemAndAnEmptyOneIsIcd10cm()
    {
        Skip.If(provider.SkipReason is not null, provider.SkipReason);
        var warehouse = new WarehouseConnection(provider.Dialect, await provider.NewWarehouseAsync(), TimeProvider.System);
        await using (var connection = await warehouse.OpenAsync(CancellationToken.None))
        {
            var p = provider.Dialect.Parameter;
            await connection.ExecuteAsync(
                $"INSERT INTO patients (source, patient_id, clinic_id, birth_date, sex, loaded_run_id) VALUES ('n', 'P1', 'N1', {p("birth")}, 'F', 'r1')",
                new { birth = new DateTime(1980, 1, 1) });
            await connection.ExecuteAsync(
                $"INSERT INTO diagnoses (source, diagnosis_id, patient_id, dx_code, dx_date, dx_system, loaded_run_id) "
                + $"VALUES ('n', {p("id")}, 'P1', {p("code")}, {p("date")}, {p("system")}, 'r1')",
                new[]
                {
                    new { id = "D1", code = "370143000", date = new DateTime(2024, 3, 1), system = (string?)"snomed" },
                    new { id = "D2", code = "F32.1", date = new DateTime(2024, 3, 2), system = (string?)"icd10cm" },
                    new { id = "D3", code = "F33.1", date = new DateTime(2024, 3, 3), system = (string?)null },
                });
        }

        var timelines = new List<Timeline.PatientTimeline>();
        await foreach (var timeline in new TimelineReader(warehouse).ReadAsync(new DateOnly(2024, 12, 31), CancellationToken.None))
        {
            timelines.Add(timeline);
        }

        var diagnoses = Assert.Single(timelines).Diagnoses.OrderBy(d => d.Id, StringComparer.Ordinal).Select(d => (d.Code, d.System));
        Assert.Equal([("370143000", "snomed"), ("F32.1", "icd10cm"), ("F33.1", "icd10cm")], diagnoses);
    }
}

public sealed class DuckDbTimelineReaderTests(DuckDbProvider provider) : TimelineReaderTests<DuckDbProvider>(provider), IClassFixture<DuckDbProvider>;

public sealed class PostgresTimelineReaderTests(PostgresProvider provider) : TimelineReaderTests<PostgresProvider>(provider), IClassFixture<PostgresProvider>;

public sealed class SqlServerTimelineReaderTests(SqlServerProvider provider) : TimelineReaderTests<SqlServerProvider>(provider), IClassFixture<SqlServerProvider>;
