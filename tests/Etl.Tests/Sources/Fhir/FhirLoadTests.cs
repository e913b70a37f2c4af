using QiPipeline.Etl.Configuration;
using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Etl.Tests.Sources.Fhir;

/// <summary>A fhir source through the loader into a real DuckDB warehouse: rejects with reasons, the rest loads, incremental reads.</summary>
public sealed class FhirLoadTests(DuckDbProvider warehouse) : IClassFixture<DuckDbProvider>, IDisposable
{
    private const string Patients = """
        {"resourceType":"Patient","id":"p1","meta":{"lastUpdated":"2025-03-01T10:00:00Z"},"gender":"female","birthDate":"1980-05-17"}
        {"resourceType":"Patient","id":"p2","meta":{"lastUpdated":"2025-03-01T10:00:00Z"},"gender":"male","birthDate":"1990-01-02"}
        """;

    private readonly FhirExport _export = new();

    public void Dispose() => _export.Dispose();

    [Fact]
    public async Task Run_ExportWithBadLinesAndBadResources_LoadsTheRestAndRejectsEachWithItsReason()
    {
        _export.Write("Patient.ndjson", Patients);
        _export.Write(
            "Encounter.ndjson",
            """{"resourceType":"Encounter","id":"e1","meta":{"lastUpdated":"2025-03-01T10:00:00Z"},"status":"finished","class":{"code":"AMB"},"subject":{"reference":"Patient/p1"},"serviceProvider":{"reference":"Organization/org-n"},"period":{"start":"2025-02-03T23:30:00-05:00","end":"2025-02-04T00:10:00-05:00"}}""",
            """{"resourceType":"Encounter","id":"e2",""",
            """{"resourceType":"Encounter","id":"e3","meta":{"lastUpdated":"2025-03-01T10:00:00Z"},"status":"finished","class":{"code":"AMB"},"subject":{"reference":"Patient/p1"},"serviceProvider":{"reference":"Organization/org-n"}}""",
            """{"resourceType":"Encounter","id":"e4","meta":{"lastUpdated":"2025-03-01T10:00:00Z"},"status":"finished","class":{"code":"AMB"},"subject":{"reference":"Patient/p9"},"serviceProvider":{"reference":"Organization/org-n"},"period":{"start":"2025-02-03"}}""");
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([Source()]);

        var encounters = result.Sources[0].Entities.Single(e => e.Entity == "encounters");
        Assert.Equal((4, 1, 3), (encounters.Read, encounters.Loaded, encounters.Rejected));
        Assert.Equal(
            [("encounters", null, "malformed_row;missing_required"), ("encounters", "e3", "missing_required"), ("encounters", "e4", "unknown_patient")],
            (await harness.RejectsAsync(result.RunId)).Where(r => r.Entity == "encounters").Select(r => (r.Entity, r.Key, r.Reasons)));

        // The period's start in New York time: 3 February, 40 minutes over midnight.
        Assert.Equal("2025-02-03", await harness.ScalarAsync("SELECT CAST(encounter_date AS VARCHAR) FROM encounters WHERE encounter_id = 'e1'"));
        Assert.Equal("40", await harness.ScalarAsync("SELECT minutes FROM encounters WHERE encounter_id = 'e1'"));
        Assert.Equal("N1", await harness.ScalarAsync("SELECT clinic_id FROM encounters WHERE encounter_id = 'e1'"));
    }

    [Fact]
    public async Task Run_IncrementalTwice_SecondReadsOnlyResourcesUpdatedSince()
    {
        _export.Write("Patient.ndjson", Patients);
        var harness = await Harness.CreateAsync(warehouse);
        var first = await harness.RunAsync([Source(LoadMode.Incremental)]);
        _export.Write("Patient.ndjson", Patients, """{"resourceType":"Patient","id":"p3","meta":{"lastUpdated":"2025-03-02T10:00:00Z"},"gender":"female","birthDate":"2001-07-07"}""");

        var second = await harness.RunAsync([Source(LoadMode.Incremental)]);

        Assert.Equal(2, first.Sources[0].Entities.Single(e => e.Entity == "patients").Read);
        Assert.Equal((1, 1), second.Sources[0].Entities.Where(e => e.Entity == "patients").Select(e => (e.Read, e.Loaded)).Single());
        Assert.Equal(3, await harness.CountAsync("patients"));
    }

    private ConfiguredSource Source(LoadMode mode = LoadMode.Snapshot) => SourceFactory.Create(
        new SourceOptions
        {
            Name = "fhir",
            Type = SourceTypes.Fhir,
            Path = _export.Folder,
            Mode = mode == LoadMode.Incremental ? "incremental" : null,
            TimeZone = "America/New_York",
            Fhir = new FhirSourceOptions { Organizations = new Dictionary<string, string> { ["Organization/org-n"] = "N1" } },
        },
        "");
}
