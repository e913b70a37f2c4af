using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Etl.Tests.Loading;

/// <summary>
/// The loader's behaviour on every warehouse provider: the same tests run on DuckDB, on a real
/// PostgreSQL server, and on SQL Server where one is configured.
/// </summary>
public abstract class LoaderTests<TProvider>(TProvider provider) : ExtractFolderTests
    where TProvider : WarehouseProvider
{
    [SkippableFact]
    public async Task Run_ValidExtract_LoadsEveryEntity()
    {
        var harness = await Harness.CreateAsync(provider);
        WriteOnePatientOfEverything();

        var result = await harness.RunAsync("north", North);

        Assert.Equal("succeeded", result.Status);
        foreach (var entity in new[] { "patients", "encounters", "screenings", "referrals", "ed_visits", "medication_fills", "diagnoses", "surveys" })
        {
            Assert.Equal(1, await harness.CountAsync(entity));
            var outcome = result.Sources[0].Entities.Single(e => e.Entity == entity);
            Assert.Equal((1, 1, 0, 0), (outcome.Read, outcome.Loaded, outcome.Rejected, outcome.Deleted));
        }

        Assert.Equal(8, await harness.CountAsync("etl_run_entity", $"run_id = '{result.RunId}' AND status = 'loaded'"));
        Assert.Equal("succeeded", await harness.ScalarAsync($"SELECT status FROM etl_run WHERE run_id = '{result.RunId}'"));
    }

    [SkippableFact]
    public async Task Run_SameExtractTwice_ChangesNothing()
    {
        var harness = await Harness.CreateAsync(provider);
        WriteOnePatientOfEverything();
        await harness.RunAsync("north", North);
        var before = await SnapshotAsync(harness);

        var second = await harness.RunAsync("north", North);

        Assert.Equal(before, await SnapshotAsync(harness));
        Assert.All(second.Sources[0].Entities, e => Assert.Equal((1L, 0L, 1L), (e.Read, e.Loaded, e.Unchanged)));
    }

    [SkippableFact]
    public async Task Run_ChangedAndRemovedRows_UpdatesAndDeletesInSnapshotMode()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1"), Some.Patient("P2")]);
        CsvExtract.Write(North, "encounters", [Some.Encounter("P1", "E1"), Some.Encounter("P1", "E2"), Some.Encounter("P2", "E3")]);
        await harness.RunAsync("north", North);

        CsvExtract.Write(North, "encounters", [Some.Encounter("P1", "E1", status: "no_show"), Some.Encounter("P2", "E3")]);
        var result = await harness.RunAsync("north", North);

        var encounters = result.Sources[0].Entities.Single(e => e.Entity == "encounters");
        Assert.Equal((2L, 1L, 1L, 1L), (encounters.Read, encounters.Loaded, encounters.Unchanged, encounters.Deleted));
        Assert.Equal(2, await harness.CountAsync("encounters"));
        Assert.Equal("no_show", await harness.ScalarAsync("SELECT status FROM encounters WHERE encounter_id = 'E1'"));
        Assert.Equal(0, await harness.CountAsync("encounters", "encounter_id = 'E2'"));
    }

    [SkippableFact]
    public async Task Run_RowRejectedAfterLoading_KeepsItsLastGoodVersion()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        CsvExtract.Write(North, "encounters", [Some.Encounter("P1", "E1")]);
        await harness.RunAsync("north", North);

        CsvExtract.Write(North, "encounters", [Some.Encounter("P1", "E1", status: "done")]);
        var result = await harness.RunAsync("north", North);

        Assert.Equal([("encounters", "E1", "bad_code")], await harness.RejectsAsync(result.RunId));
        Assert.Equal("completed", await harness.ScalarAsync("SELECT status FROM encounters WHERE encounter_id = 'E1'"));
    }

    [SkippableFact]
    public async Task Run_FailureBetweenStagingAndMerge_LeavesWarehouseUnchangedAndNextRunCompletes()
    {
        var harness = await Harness.CreateAsync(provider);
        WriteOnePatientOfEverything();
        await harness.RunAsync("north", North);
        CsvExtract.Write(North, "encounters", [Some.Encounter("P1", "E1", status: "no_show"), Some.Encounter("P1", "E9")]);
        var before = await SnapshotAsync(harness);
        var rejectsBefore = await harness.CountAsync("etl_reject");

        var failed = await harness.RunAsync("north", North, interceptor: new ThrowBeforeMerge("encounters"));

        Assert.Equal("partial", failed.Status);
        var encounters = failed.Sources[0].Entities.Single(e => e.Entity == "encounters");
        Assert.Equal(EntityLoadResult.FailedStatus, encounters.Status);
        Assert.Equal("InvalidOperationException", encounters.Error); // the type only: an exception's message may quote a value
        Assert.Equal(before, await SnapshotAsync(harness));
        Assert.Equal(rejectsBefore, await harness.CountAsync("etl_reject"));
        Assert.Equal(1, await harness.CountAsync("etl_run_entity", $"run_id = '{failed.RunId}' AND status = 'failed'"));

        var next = await harness.RunAsync("north", North);

        Assert.Equal("succeeded", next.Status);
        Assert.Equal(2, await harness.CountAsync("encounters"));
        Assert.Equal("no_show", await harness.ScalarAsync("SELECT status FROM encounters WHERE encounter_id = 'E1'"));
    }

    [SkippableFact]
    public async Task Run_FileWithAWrongHeader_FailsThatEntityAloneAndKeepsTheOtherFiles()
    {
        var harness = await Harness.CreateAsync(provider);
        WriteOnePatientOfEverything();
        File.WriteAllText(Path.Combine(North, "encounters.csv"), "encounter_id,patient,date\nE1,P1,2025-03-04\n");

        var result = await harness.RunAsync("north", North);

        Assert.Equal("partial", result.Status);
        var encounters = result.Sources[0].Entities.Single(e => e.Entity == "encounters");
        Assert.Equal(EntityLoadResult.FailedStatus, encounters.Status);
        Assert.StartsWith("north/encounters.csv line 1: required columns 'patient_id', 'clinic_id'", encounters.Error, StringComparison.Ordinal);
        Assert.Equal(0, await harness.CountAsync("encounters"));
        Assert.Equal(1, await harness.CountAsync("screenings"));
        Assert.Equal(1, await harness.CountAsync("surveys"));
    }

    [SkippableFact]
    public async Task Run_Incremental_MergesOnlyRowsAfterTheWatermarkAndDeletesNothing()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1").With("updated_at", "2025-05-01T08:00:00")], withUpdatedAt: true);
        CsvExtract.Write(North, "encounters",
        [
            Some.Encounter("P1", "E1").With("updated_at", "2025-05-01T08:00:00"),
            Some.Encounter("P1", "E2").With("updated_at", "2025-05-02T09:30:00"),
        ], withUpdatedAt: true);
        var first = await harness.RunAsync("north", North, LoadMode.Incremental);
        Assert.Equal("succeeded", first.Status);
        Assert.Equal("2025-05-02 09:30:00", Normalize(await harness.ScalarAsync("SELECT watermark FROM etl_watermark WHERE entity = 'encounters'")));

        // E1 changed without a newer updated_at: not merged. E2 gone: not deleted. E3 new: merged.
        CsvExtract.Write(North, "encounters",
        [
            Some.Encounter("P1", "E1", status: "cancelled").With("updated_at", "2025-05-02T09:30:00"),
            Some.Encounter("P1", "E3").With("updated_at", "2025-05-03T07:00:00"),
        ], withUpdatedAt: true);
        var second = await harness.RunAsync("north", North, LoadMode.Incremental);

        var encounters = second.Sources[0].Entities.Single(e => e.Entity == "encounters");
        Assert.Equal((1L, 1L, 0L), (encounters.Read, encounters.Loaded, encounters.Deleted));
        Assert.Equal(3, await harness.CountAsync("encounters"));
        Assert.Equal("completed", await harness.ScalarAsync("SELECT status FROM encounters WHERE encounter_id = 'E1'"));
        Assert.Equal("2025-05-03 07:00:00", Normalize(await harness.ScalarAsync("SELECT watermark FROM etl_watermark WHERE entity = 'encounters'")));
    }

    [SkippableFact]
    public async Task Run_IncrementalRowWithoutUpdatedAt_IsRejected()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1").With("updated_at", "2025-05-01T08:00:00"), Some.Patient("P2")], withUpdatedAt: true);

        var result = await harness.RunAsync("north", North, LoadMode.Incremental);

        Assert.Equal([("patients", "P2", "missing_required")], await harness.RejectsAsync(result.RunId));
    }

    [SkippableFact]
    public async Task Run_EdVisitsWithOtherDx_StoreEachVisitsCodesTrimmedAndJoinedBySemicolons()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        CsvExtract.Write(North, "ed_visits",
        [
            Some.EdVisit("P1", "V1").With("other_dx", " F32.9 ;R45.851 ; T14.91XA"),
            Some.EdVisit("P1", "V2"),
        ]);

        var result = await harness.RunAsync("north", North);

        Assert.Equal("succeeded", result.Status);
        Assert.Empty(await harness.RejectsAsync(result.RunId));
        Assert.Equal("F32.9;R45.851;T14.91XA", await harness.ScalarAsync("SELECT other_dx FROM ed_visits WHERE ed_visit_id = 'V1'"));
        Assert.Null(await harness.ScalarAsync("SELECT other_dx FROM ed_visits WHERE ed_visit_id = 'V2'"));
    }

    [SkippableFact]
    public async Task Run_EdVisitsFileWithoutOtherDx_LoadsWithNoFurtherDiagnoses()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        File.WriteAllText(Path.Combine(North, "ed_visits.csv"), "ed_visit_id,patient_id,visit_date,primary_dx,admitted,facility\nV1,P1,2025-01-15,J06.9,false,General\n");

        var result = await harness.RunAsync("north", North);

        Assert.Equal("succeeded", result.Status);
        Assert.Equal(1, await harness.CountAsync("ed_visits", "other_dx IS NULL"));
    }

    [SkippableTheory]
    [InlineData("F32.9;not-a-code")]
    [InlineData("F32.9 R45.851")]
    public async Task Run_EdVisitWithABadCodeInOtherDx_IsRejectedAsBadCodeAndTheGoodVisitLoads(string otherDx)
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        CsvExtract.Write(North, "ed_visits", [Some.EdVisit("P1", "GOOD").With("other_dx", "F32.9"), Some.EdVisit("P1", "BAD").With("other_dx", otherDx)]);

        var result = await harness.RunAsync("north", North);

        Assert.Equal([("ed_visits", "BAD", "bad_code")], await harness.RejectsAsync(result.RunId));
        Assert.Equal("F32.9", await harness.ScalarAsync("SELECT other_dx FROM ed_visits WHERE ed_visit_id = 'GOOD'"));
        Assert.Equal(0, await harness.CountAsync("ed_visits", "ed_visit_id = 'BAD'"));
    }

    [SkippableFact]
    public async Task Run_DiagnosesInBothSystems_KeepTheirSystemAndAnEmptyOneIsIcd10cm()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        CsvExtract.Write(North, "diagnoses",
        [
            Some.Diagnosis("P1", "D-ICD"),
            Some.Diagnosis("P1", "D-ICD2", code: "F33.1").With("dx_system", "icd10cm"),
            Some.Diagnosis("P1", "D-SCT", code: "370143000").With("dx_system", "snomed"),
        ]);

        var result = await harness.RunAsync("north", North);

        Assert.Equal("succeeded", result.Status);
        Assert.Empty(await harness.RejectsAsync(result.RunId));
        Assert.Equal("icd10cm", await harness.ScalarAsync("SELECT dx_system FROM diagnoses WHERE diagnosis_id = 'D-ICD'"));
        Assert.Equal("icd10cm", await harness.ScalarAsync("SELECT dx_system FROM diagnoses WHERE diagnosis_id = 'D-ICD2'"));
        Assert.Equal("snomed", await harness.ScalarAsync("SELECT dx_system FROM diagnoses WHERE diagnosis_id = 'D-SCT'"));
        Assert.Equal("370143000", await harness.ScalarAsync("SELECT dx_code FROM diagnoses WHERE diagnosis_id = 'D-SCT'"));
    }

    [SkippableFact]
    public async Task Run_DiagnosesFileWithoutDxSystem_LoadsAsIcd10cm()
    {
        var harness = await Harness.CreateAsync(provider);
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        File.WriteAllText(Path.Combine(North, "diagnoses.csv"), "diagnosis_id,patient_id,dx_code,dx_date\nD1,P1,F32.1,2025-03-04\n");

        var result = await harness.RunAsync("north", North);

        Assert.Equal("succeeded", result.Status);
        Assert.Equal(1, await harness.CountAsync("diagnoses", "dx_system = 'icd10cm'"));
    }

    [SkippableTheory]
    [MemberData(nameof(RejectCases.All), MemberType = typeof(RejectCases))]
    public async Task Run_BadRecord_IsRejectedWithItsReasonAndGoodRowsLoad(string entity, string change, string reasons)
    {
        var harness = await Harness.CreateAsync(provider);
        var patients = new List<Row> { Some.Patient("P1"), Some.Patient("P-DEAD", death: "2025-01-31") };
        var good = GoodRow(entity, "GOOD");
        var bad = GoodRow(entity, "BAD");
        if (change == "duplicate")
        {
            bad = good.With("status", "no_show");
        }
        else
        {
            foreach (var assignment in change.Split(';'))
            {
                var (column, value) = (assignment.Split('=')[0], assignment.Split('=')[1]);
                bad = bad.With(column, value.Length == 0 ? null : value);
            }
        }

        if (entity == "patients")
        {
            patients.AddRange([good, bad]);
        }
        else
        {
            CsvExtract.Write(North, entity, [good, bad]);
        }

        CsvExtract.Write(North, "patients", patients);

        var result = await harness.RunAsync("north", North);

        var rejects = await harness.RejectsAsync(result.RunId);
        var reject = Assert.Single(rejects);
        Assert.Equal((entity, reasons), (reject.Entity, reject.Reasons));
        Assert.Equal(1, await harness.CountAsync(entity, $"{CanonicalIdOf(entity)} = 'GOOD'"));
        Assert.Equal("succeeded", result.Status);
    }

    private static Row GoodRow(string entity, string id) => entity switch
    {
        "patients" => Some.Patient(id, birth: "1980-01-01"),
        "encounters" => Some.Encounter("P1", id),
        "screenings" => Some.Screening("P1", id),
        "referrals" => Some.Referral("P1", id),
        "ed_visits" => Some.EdVisit("P1", id),
        "medication_fills" => Some.Fill("P1", id),
        "diagnoses" => Some.Diagnosis("P1", id),
        "surveys" => Some.Survey("P1", id),
        _ => throw new ArgumentOutOfRangeException(nameof(entity)),
    };

    private static string CanonicalIdOf(string entity) => Warehouse.Model.CanonicalModel.Find(entity)!.IdColumn.Name;

    private void WriteOnePatientOfEverything()
    {
        CsvExtract.Write(North, "patients", [Some.Patient("P1")]);
        CsvExtract.Write(North, "encounters", [Some.Encounter("P1", "E1")]);
        CsvExtract.Write(North, "screenings", [Some.Screening("P1")]);
        CsvExtract.Write(North, "referrals", [Some.Referral("P1")]);
        CsvExtract.Write(North, "ed_visits", [Some.EdVisit("P1")]);
        CsvExtract.Write(North, "medication_fills", [Some.Fill("P1")]);
        CsvExtract.Write(North, "diagnoses", [Some.Diagnosis("P1")]);
        CsvExtract.Write(North, "surveys", [Some.Survey("P1")]);
    }

    private static async Task<List<string>> SnapshotAsync(Harness harness)
    {
        var all = new List<string>();
        foreach (var table in new[] { "patients", "encounters", "screenings", "referrals", "ed_visits", "medication_fills", "diagnoses", "surveys", "etl_watermark" })
        {
            all.AddRange((await harness.TableAsync(table)).Select(r => table + ":" + r));
        }

        return all;
    }

    /// <summary>Engines print timestamps differently; compare them as 'yyyy-MM-dd HH:mm:ss'.</summary>
    private static string? Normalize(string? timestamp) =>
        timestamp is null ? null : DateTime.Parse(timestamp, System.Globalization.CultureInfo.InvariantCulture).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}

public sealed class DuckDbLoaderTests(DuckDbProvider provider) : LoaderTests<DuckDbProvider>(provider), IClassFixture<DuckDbProvider>;

public sealed class PostgresLoaderTests(PostgresProvider provider) : LoaderTests<PostgresProvider>(provider), IClassFixture<PostgresProvider>;

public sealed class SqlServerLoaderTests(SqlServerProvider provider) : LoaderTests<SqlServerProvider>(provider), IClassFixture<SqlServerProvider>;
