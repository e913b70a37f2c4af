using QiPipeline.Etl.Sources.Fhir;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Sources.Fhir;

/// <summary>The export's files: several per type, gzip, names, bad lines, the watermark (docs/fhir.md, Files).</summary>
public sealed class FhirFilesTests : IDisposable
{
    private readonly FhirExport _export = new();

    public void Dispose() => _export.Dispose();

    [Fact]
    public async Task Read_SeveralFilesPlainAndGzipped_ReadsAllInOrdinalNameOrder()
    {
        _export
            .Write("Patient.ndjson", Patient("p1"), "", Patient("p2"))
            .WriteGzip("Patient.2.ndjson.gz", Patient("p3"))
            .Write("Patient_3.ndjson", Patient("p4"))
            .Write("Patients.ndjson", Patient("x1"))
            .Write("Patient.json", Patient("x2"))
            .Write("Practitioner.ndjson", """{"resourceType":"Practitioner","id":"x3"}""");

        var patients = await _export.ReadAsync(CanonicalModel.Patients);

        // Ordinal name order: "Patient.2..." sorts before "Patient.ndjson" ('2' before 'n').
        Assert.Equal(["p3", "p1", "p2", "p4"], patients.Select(p => p["patient_id"]));
    }

    [Theory]
    [InlineData("Observation.ndjson", "Observation", true)]
    [InlineData("Observation.2.ndjson.gz", "Observation", true)]
    [InlineData("Observation-0001.ndjson", "Observation", true)]
    [InlineData("MedicationRequest.ndjson", "Medication", false)]
    [InlineData("Observation.ndjson.bak", "Observation", false)]
    [InlineData("observation.ndjson", "Observation", false)]
    public void Matches_FileName_ByTypePrefix(string fileName, string type, bool matches) =>
        Assert.Equal(matches, FhirFiles.Matches(fileName, type));

    [Fact]
    public async Task Read_BadLines_AreMalformedRecordsOfTheFilesOwnEntityOnly()
    {
        _export.Write(
            "Encounter.ndjson",
            """{"resourceType":"Encounter","id":"e1","status":"finished","class":{"code":"AMB"},"subject":{"reference":"Patient/p1"},"period":{"start":"2025-02-03"}}""",
            """{"resourceType":"Encounter","id":"e2","status":"finished",""",
            """{"resourceType":"Patient","id":"p9"}""",
            """[1,2]""",
            """{"resourceType":"Encounter","id":"ed1","status":"finished","class":{"code":"EMER"},"subject":{"reference":"Patient/p1"},"period":{"start":"2025-02-03"}}""");

        var encounters = await _export.ReadAsync(CanonicalModel.Encounters);
        var edVisits = await _export.ReadAsync(CanonicalModel.EdVisits);

        Assert.Equal(["e1", null, null, null], encounters.Select(e => e["encounter_id"]));
        Assert.Equal(
            [null, "clinic/Encounter.ndjson line 2: not JSON", "clinic/Encounter.ndjson line 3: not a Encounter resource", "clinic/Encounter.ndjson line 4: not a Encounter resource"],
            encounters.Select(e => e[FhirExport.Problem]));
        Assert.Equal(["ed1"], edVisits.Select(e => e["ed_visit_id"]));
    }

    [Fact]
    public async Task Read_MalformedLine_NamesNoValueOfIt()
    {
        _export.Write("Patient.ndjson", """{"resourceType":"Patient","id":"p1","name":[{"family":"Smithson"}] trailing""");

        var problem = (await _export.SingleAsync(CanonicalModel.Patients))[FhirExport.Problem];

        Assert.NotNull(problem);
        Assert.DoesNotContain("Smithson", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("trailing", problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_WithWatermark_SkipsResourcesNotUpdatedAfterIt()
    {
        _export.Write(
            "Patient.ndjson",
            Patient("old", ""","meta":{"lastUpdated":"2025-03-01T09:00:00-05:00"}"""),
            Patient("same", ""","meta":{"lastUpdated":"2025-03-01T14:00:00Z"}"""),
            Patient("new", ""","meta":{"lastUpdated":"2025-03-01T14:00:00.001Z"}"""),
            Patient("undated"));

        var patients = await _export.ReadAsync(CanonicalModel.Patients, watermark: new DateTime(2025, 3, 1, 14, 0, 0, DateTimeKind.Utc));

        // Undated: kept, so the loader rejects it for its missing updated_at instead of dropping it unseen.
        Assert.Equal(["new", "undated"], patients.Select(p => p["patient_id"]));
    }

    [Fact]
    public async Task Read_MissingFiles_NoRecords()
    {
        Assert.Empty(await _export.ReadAsync(CanonicalModel.Surveys));
        Assert.Empty(await _export.ReadAsync(CanonicalModel.MedicationFills));
    }

    private static string Patient(string id, string more = "") =>
        $$"""{"resourceType":"Patient","id":"{{id}}","gender":"female","birthDate":"1980-05-17"{{more}}}""";
}
