using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Sources;
using QiPipeline.Etl.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Etl.Tests.Loading;

/// <summary>
/// Nothing silent (issue 11): an entity that read records and loaded none, or rejected more than
/// the source's <c>maxRejectShare</c> (default 0.5), makes the source fail with the commonest
/// reasons in the summary, on every warehouse provider.
/// </summary>
public abstract class RejectShareTests<TProvider>(TProvider provider) : ExtractFolderTests
    where TProvider : WarehouseProvider
{
    [SkippableFact]
    public async Task Run_EveryRecordOfAnEntityRejected_FailsTheSourceWithCountsPerReasonAndNoValues()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        CsvExtract.Write(North, "encounters",
        [
            Some.Encounter("P1", "E1", date: "03/07/2025"),
            Some.Encounter("P1", "E2", date: "03/08/2025"),
            Some.Encounter("P1", "E3", date: "03/09/2025", status: "done"),
        ]);

        var result = await harness.RunAsync("north", North);

        var encounters = result.Sources[0].Entities.Single(e => e.Entity == "encounters");
        Assert.Equal(EntityLoadResult.TooManyRejectsStatus, encounters.Status);
        Assert.Equal("all 3 records read were rejected (bad_date 3, bad_code 1); see etl_reject", encounters.Error);
        Assert.False(result.Sources[0].Succeeded);
        Assert.Equal("partial", result.Status);
        Assert.Equal(1, await harness.CountAsync("patients"));
        Assert.Equal(3, await harness.CountAsync("etl_reject", "entity = 'encounters'"));
        Assert.Equal(1, await harness.CountAsync("etl_run_entity", $"run_id = '{result.RunId}' AND status = 'too_many_rejects'"));
        Assert.Equal("1", await harness.ScalarAsync($"SELECT sources_failed FROM etl_run WHERE run_id = '{result.RunId}'"));
    }

    [SkippableFact]
    public async Task Run_MoreThanHalfRejected_FailsTheSourceButLoadsTheGoodRecords()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        CsvExtract.Write(North, "encounters",
        [
            Some.Encounter("P1", "E1"),
            Some.Encounter("P1", "E2", date: "2025-13-01"),
            Some.Encounter("P1", "E3", date: "2025-13-02"),
        ]);

        var result = await harness.RunAsync("north", North);

        var encounters = result.Sources[0].Entities.Single(e => e.Entity == "encounters");
        Assert.Equal(EntityLoadResult.TooManyRejectsStatus, encounters.Status);
        Assert.Equal("2 of 3 records read were rejected, more than maxRejectShare 0.5 (bad_date 2); see etl_reject", encounters.Error);
        Assert.Equal(1, await harness.CountAsync("encounters", "encounter_id = 'E1'"));
    }

    [SkippableFact]
    public async Task Run_HalfRejected_IsNotMoreThanTheDefaultShare()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        CsvExtract.Write(North, "encounters", [Some.Encounter("P1", "E1"), Some.Encounter("P1", "E2", date: "2025-13-01")]);

        var result = await harness.RunAsync("north", North);

        Assert.Equal("succeeded", result.Status);
    }

    [SkippableFact]
    public async Task Run_ShareRaisedByTheSource_AcceptsMoreRejectsButNeverAllOfThem()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        CsvExtract.Write(North, "encounters", [Some.Encounter("P1", "E1"), Some.Encounter("P1", "E2", date: "2025-13-01"), Some.Encounter("P1", "E3", date: "2025-13-02")]);
        CsvExtract.Write(North, "diagnoses", [Some.Diagnosis("P1", "D1", date: "2025-13-01")]);
        var source = new ConfiguredSource(new CsvSource("north", North), LoadMode.Snapshot, Rules: new SourceRules(TimeZoneInfo.Utc, MaxRejectShare: 1));

        var result = await harness.RunAsync([source]);

        Assert.Equal(EntityLoadResult.LoadedStatus, result.Sources[0].Entities.Single(e => e.Entity == "encounters").Status);
        var diagnoses = result.Sources[0].Entities.Single(e => e.Entity == "diagnoses");
        Assert.Equal(EntityLoadResult.TooManyRejectsStatus, diagnoses.Status);
        Assert.Equal("partial", result.Status);
    }

    [SkippableFact]
    public async Task Run_IncrementalWithTooManyRejects_KeepsTheWatermarkSoAFixedMappingRereadsThem()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1").With("updated_at", "2025-05-01T08:00:00")], withUpdatedAt: true);
        CsvExtract.Write(North, "encounters", [Some.Encounter("P1", "E1").With("updated_at", "2025-05-01T08:00:00")], withUpdatedAt: true);
        await harness.RunAsync("north", North, LoadMode.Incremental);
        CsvExtract.Write(North, "encounters", [Some.Encounter("P1", "E2", date: "05/02/2025").With("updated_at", "2025-05-02T08:00:00")], withUpdatedAt: true);

        var bad = await harness.RunAsync("north", North, LoadMode.Incremental);
        CsvExtract.Write(North, "encounters", [Some.Encounter("P1", "E2", date: "2025-05-02").With("updated_at", "2025-05-02T08:00:00")], withUpdatedAt: true);
        var fixedRun = await harness.RunAsync("north", North, LoadMode.Incremental);

        Assert.Equal(EntityLoadResult.TooManyRejectsStatus, bad.Sources[0].Entities.Single(e => e.Entity == "encounters").Status);
        Assert.Equal("succeeded", fixedRun.Status);
        Assert.Equal(1, await harness.CountAsync("encounters", "encounter_id = 'E2'"));
    }

    [SkippableFact]
    public async Task Run_EmptyEntity_IsNotAFailure()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        CsvExtract.Write(North, "encounters", []);

        var result = await harness.RunAsync("north", North);

        Assert.Equal("succeeded", result.Status);
    }
}

public sealed class DuckDbRejectShareTests(DuckDbProvider provider) : RejectShareTests<DuckDbProvider>(provider), IClassFixture<DuckDbProvider>;

public sealed class PostgresRejectShareTests(PostgresProvider provider) : RejectShareTests<PostgresProvider>(provider), IClassFixture<PostgresProvider>;

public sealed class SqlServerRejectShareTests(SqlServerProvider provider) : RejectShareTests<SqlServerProvider>(provider), IClassFixture<SqlServerProvider>;
