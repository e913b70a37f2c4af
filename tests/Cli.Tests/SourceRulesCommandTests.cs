using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// The source keys of issue 11 from the command line: <c>timeZone</c>, <c>maxRejectShare</c> and the
/// <c>files</c> and <c>fhir</c> types are checked before any work, and too many rejects make the run partial (exit 2).
/// </summary>
public sealed class SourceRulesCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("""{ "name": "n", "type": "csv", "path": "n", "timeZone": "Mars/Olympus_Mons" }""", "sources[0] ('n').timeZone 'Mars/Olympus_Mons' is not an IANA time zone id")]
    [InlineData("""{ "name": "n", "type": "csv", "path": "n", "timeZone": "" }""", "sources[0] ('n').timeZone '' is not an IANA time zone id")]
    [InlineData("""{ "name": "n", "type": "csv", "path": "n", "maxRejectShare": 1.5 }""", "sources[0] ('n').maxRejectShare 1.5 must be 0-1")]
    [InlineData("""{ "name": "n", "type": "csv", "path": "n", "maxRejectShare": -0.1 }""", "sources[0] ('n').maxRejectShare -0.1 must be 0-1")]
    [InlineData("""{ "name": "f", "type": "files", "queries": { "patients": "SELECT 1" } }""", "sources[0] ('f').path is required for a files source")]
    [InlineData("""{ "name": "f", "type": "files", "path": "export" }""", "sources[0] ('f').queries is empty")]
    [InlineData("""{ "name": "h", "type": "fhir" }""", "sources[0] ('h').path is required for a fhir source")]
    [InlineData("""{ "name": "h", "type": "fhir", "path": "export", "queries": { "patients": "SELECT 1" } }""", "sources[0] ('h').queries is not used by a fhir source")]
    [InlineData("""{ "name": "h", "type": "fhir", "path": "export", "fhir": { "organizations": { "Organization/1": "North Clinic" } } }""", "sources[0] ('h').fhir.organizations.Organization/1 'North Clinic' is not a clinic id")]
    [InlineData("""{ "name": "h", "type": "fhir", "path": "export", "fhir": { "clinicId": "=N1" } }""", "sources[0] ('h').fhir.clinicId '=N1' must be 1-50 letters")]
    [InlineData("""{ "name": "h", "type": "fhir", "path": "export", "fhir": { "referralServices": { "BH": "counseling" } } }""", "sources[0] ('h').fhir.referralServices.BH 'counseling' is not one of behavioral_health, psychiatry")]
    [InlineData("""{ "name": "h", "type": "fhir", "path": "export", "fhir": { "encounterTypes": { "V": "visit" } } }""", "sources[0] ('h').fhir.encounterTypes.V 'visit' is not one of primary_care")]
    [InlineData("""{ "name": "h", "type": "fhir", "path": "export", "fhir": { "surveyCodes": [ " " ] } }""", "sources[0] ('h').fhir.surveyCodes[0] is empty")]
    [InlineData("""{ "name": "h", "type": "fhir", "path": "export", "fhir": { "organisations": { "Organization/1": "N1" } } }""", "sources[0].fhir.organisations is not a known key")]
    [InlineData("""{ "name": "h", "type": "fhir", "path": "export", "fhir": { "surveyCodes": "PX" } }""", "sources[0].fhir.surveyCodes must be a list")]
    [InlineData("""{ "name": "n", "type": "csv", "path": "n", "fhir": { "clinicId": "N1" } }""", "sources[0] ('n').fhir is only for a fhir source")]
    public async Task Etl_SourceKeyMistake_ExitsOneNamingTheKey(string source, string expected)
    {
        var config = _folder.File("qi.json");
        await File.WriteAllTextAsync(config, $$"""{ "sources": [ {{source}} ] }""");

        var (code, _, error) = await QiRunner.RunAsync("etl", "--config", config);

        Assert.Equal(1, code);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Etl_EveryEncounterRejected_ExitsTwoWithTheReasonsAndNoValues()
    {
        Directory.CreateDirectory(_folder.File("north"));
        File.WriteAllText(_folder.File("north/patients.csv"), "patient_id,clinic_id,birth_date,sex\nP1,N1,1980-01-01,F\n");
        File.WriteAllText(_folder.File("north/encounters.csv"),
            "encounter_id,patient_id,clinic_id,encounter_date,encounter_type,status\nE1,P1,N1,03/07/2025,primary_care,completed\nE2,P1,N1,03/08/2025,primary_care,completed\n");
        var config = _folder.File("qi.json");
        await File.WriteAllTextAsync(config, """
            { "warehouse": { "provider": "duckdb", "connectionString": "Data Source=out/warehouse.duckdb" },
              "sources": [ { "name": "n", "type": "csv", "path": "north" } ] }
            """);

        var (code, output, error) = await QiRunner.RunAsync("etl", "--config", config);

        Assert.Equal(2, code);
        Assert.Matches(@"(?m)^n\s+encounters\s+2\s+0\s+0\s+2\s+0\s+\d+\.\d\s+too_many_rejects$", output);
        Assert.Contains("n/encounters: all 2 records read were rejected (bad_date 2); see etl_reject", output, StringComparison.Ordinal);
        Assert.Contains(": partial", output, StringComparison.Ordinal);
        Assert.DoesNotContain("03/07/2025", output + error, StringComparison.Ordinal);
    }
}
