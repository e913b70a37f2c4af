using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// A configuration is checked whole before anything runs: a misspelled key anywhere, a value of the wrong
/// type or range, or a connection string its provider cannot read is exit 1 with one line naming the file
/// and the key, and nothing is loaded (the warehouse is not even created).
/// </summary>
public sealed class StrictConfigurationTests : IDisposable
{
    private const string Csv = """{ "name": "n", "type": "csv", "path": "n" }""";

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData($$"""{ "warehose": { "provider": "duckdb" }, "sources": [ {{Csv}} ] }""", "warehose is not a known key")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n", "retrys": 3 } ] }""", "sources[0].retrys is not a known key")]
    [InlineData($$"""{ "reports": { "minCelSize": 5 }, "sources": [ {{Csv}} ] }""", "reports.minCelSize is not a known key")]
    [InlineData($$"""{ "clinics": [ { "id": "N1", "goLiveDate": "2025-01-01" } ], "sources": [ {{Csv}} ] }""", "clinics[0].goLiveDate is not a known key")]
    [InlineData($$"""{ "pdsaCycles": [ { "id": "c", "measureId": "depression_screening", "start": "2025-01-01", "end": "2025-02-01", "predicted": 0.5 } ], "sources": [ {{Csv}} ] }""", "pdsaCycles[0].predicted is not a known key")]
    [InlineData($$"""{ "ed": { "classification": "ed.csv" }, "sources": [ {{Csv}} ] }""", "ed.classification is not a known key")]
    [InlineData($$"""{ "clinics": [ { "id": "N1" } ], "pdsaCycles": [ { "id": "c", "measureId": "depression_screning", "start": "2025-01-01", "end": "2025-02-01" } ], "sources": [ {{Csv}} ] }""", "pdsaCycles[0].measureId 'depression_screning' is not a measure id (use ")]
    [InlineData($$"""{ "clinics": [ { "id": "N1" } ], "pdsaCycles": [ { "id": "c", "clinicIds": ["N1", "N9"], "measureId": "depression_screening", "start": "2025-01-01", "end": "2025-02-01" } ], "sources": [ {{Csv}} ] }""", "pdsaCycles[0].clinicIds[1] 'N9' is not a clinic id of the clinics section (use N1)")]
    [InlineData("""{ "clinics": [ { "id": "E1" } ], "sources": [ { "name": "f", "type": "fhir", "path": "f", "fhir": { "organizations": { "Organization/east": "E2" } } } ] }""", "sources[0] ('f').fhir.organizations.Organization/east 'E2' is not a clinic id of the clinics section (use E1)")]
    [InlineData("""{ "clinics": [ { "id": "E1" } ], "sources": [ { "name": "f", "type": "fhir", "path": "f", "fhir": { "clinicId": "E2" } } ] }""", "sources[0] ('f').fhir.clinicId 'E2' is not a clinic id of the clinics section (use E1)")]
    public async Task Etl_UnknownKey_ExitsOneNamingTheKeyPath(string json, string expected) => await AssertRefusedAsync(json, expected);

    [Theory]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n", "retries": "three" } ] }""", "sources[0].retries 'three' is not a whole number")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n", "retries": 1e12 } ] }""", "sources[0].retries '1e12' is not a whole number")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n", "timeoutSeconds": "soon" } ] }""", "sources[0].timeoutSeconds 'soon' is not a number")]
    [InlineData($$"""{ "clinics": [ { "id": "N1", "pilot": "maybe" } ], "sources": [ {{Csv}} ] }""", "clinics[0].pilot 'maybe' is not true or false")]
    [InlineData($$"""{ "pdsaCycles": [ { "id": "c", "measureId": "depression_screening", "start": "2025-01-01", "end": "2025-02-01", "prediction": "high" } ], "sources": [ {{Csv}} ] }""", "pdsaCycles[0].prediction 'high' is not a number")]
    [InlineData($$"""{ "reports": { "minCellSize": "eleven" }, "sources": [ {{Csv}} ] }""", "reports.minCellSize 'eleven' is not a whole number")]
    [InlineData($$"""{ "clinics": { "id": "N1" }, "sources": [ {{Csv}} ] }""", "clinics must be a list, not an object")]
    [InlineData("""{ "sources": [ { "name": "s", "type": "sqlite", "connectionString": "Data Source=x.db", "queries": "SELECT 1" } ] }""", "sources[0].queries must be an object, not a single value")]
    [InlineData($$"""{ "clinics": [ { "id": "N1", "name": { "short": "N" } } ], "sources": [ {{Csv}} ] }""", "clinics[0].name must be a single value (a text), not an object or a list")]
    public async Task Etl_WrongType_ExitsOneNamingTheKeyInsteadOfDroppingTheElement(string json, string expected) => await AssertRefusedAsync(json, expected);

    [Theory]
    [InlineData($$"""{ "reports": { "minCellSize": 0 }, "sources": [ {{Csv}} ] }""", "reports.minCellSize is 0; it must be 1 or more")]
    [InlineData($$"""{ "reports": { "minCellSize": -5 }, "sources": [ {{Csv}} ] }""", "reports.minCellSize is -5; it must be 1 or more")]
    [InlineData($$"""{ "reports": { "minMonthlyDenominator": 0 }, "sources": [ {{Csv}} ] }""", "reports.minMonthlyDenominator is 0; it must be 1 or more")]
    [InlineData($$"""{ "reports": { "minComparisonUnits": -1 }, "sources": [ {{Csv}} ] }""", "reports.minComparisonUnits is -1; it must be 1 or more")]
    [InlineData($$"""{ "reports": { "avoidableEdVisitCost": -250 }, "sources": [ {{Csv}} ] }""", "reports.avoidableEdVisitCost is -250; a cost cannot be negative")]
    [InlineData($$"""{ "clinics": [ { "id": "=2+2" } ], "sources": [ {{Csv}} ] }""", "clinics[0].id '=2+2' must be 1-50 letters, digits, '-' or '_'")]
    [InlineData($$"""{ "clinics": [ { "id": "N1", "rampMonths": -1 } ], "sources": [ {{Csv}} ] }""", "clinics[0].rampMonths -1 must be 0-120")]
    [InlineData($$"""{ "clinics": [ { "id": "N1", "goLive": "0001-01-01" } ], "sources": [ {{Csv}} ] }""", "clinics[0].goLive 0001-01-01 must be from 1900-01-01 to 2200-12-31")]
    [InlineData($$"""{ "clinics": [ { "id": "N1" }, { "id": "N1" } ], "sources": [ {{Csv}} ] }""", "clinics: the id 'N1' is used twice")]
    [InlineData($$"""{ "pdsaCycles": [ { "id": "c", "measureId": "depression_screening", "end": "2025-02-01" } ], "sources": [ {{Csv}} ] }""", "pdsaCycles[0].start is required")]
    [InlineData($$"""{ "pdsaCycles": [ { "id": "c", "measureId": "depression_screening", "start": "2025-01-01", "end": "2025-02-01", "prediction": 80 } ], "sources": [ {{Csv}} ] }""", "pdsaCycles[0].prediction 80 must be a proportion from 0 to 1")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n", "maxRejectShare": 1.5 } ] }""", "sources[0] ('n').maxRejectShare 1.5 must be 0-1")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n", "timeZone": "Mars/Olympus" } ] }""", "sources[0] ('n').timeZone 'Mars/Olympus' is not an IANA time zone id")]
    public async Task Etl_ValueOutOfRange_ExitsOneNamingTheKey(string json, string expected) => await AssertRefusedAsync(json, expected);

    [Theory]
    [InlineData($$"""{ "measures": { "depression_folowup": { "windowDays": 30 } }, "sources": [ {{Csv}} ] }""", "measures.depression_folowup: 'depression_folowup' is not an id of the measures section")]
    [InlineData($$"""{ "measures": { "depression_followup": { "windowDay": 30 } }, "sources": [ {{Csv}} ] }""", "measures.depression_followup.windowDay is not a parameter of depression_followup")]
    [InlineData($$"""{ "measures": { "depression_followup": { "windowDays": "thirty" } }, "sources": [ {{Csv}} ] }""", "measures.depression_followup.windowDays 'thirty' is not a whole number")]
    [InlineData($$"""{ "measures": { "depression_followup": { "windowDays": -30 } }, "sources": [ {{Csv}} ] }""", "measures.depression_followup.windowDays is -30; it must be 0 or more")]
    [InlineData($$"""{ "measures": { "depression_followup": { "instruments": "PHQ-9" } }, "sources": [ {{Csv}} ] }""", "measures.depression_followup.instruments must be a list of texts")]
    [InlineData($$"""{ "measures": { "depression_followup": { "thresholds": { "PHQ-9": "ten" } } }, "sources": [ {{Csv}} ] }""", "measures.depression_followup.thresholds.PHQ-9 'ten' is not a whole number")]
    [InlineData($$"""{ "measures": { "cocm_billing": { "initialMinutes": 1e3 } }, "sources": [ {{Csv}} ] }""", "measures.cocm_billing.initialMinutes '1e3' is not a whole number")]
    [InlineData($$"""{ "measures": { "depression_screening": 365 }, "sources": [ {{Csv}} ] }""", "measures.depression_screening must be an object of parameters")]
    [InlineData($$"""{ "measures": { "depression_followup": { "thresholds": { "PHQ9": 10 } } }, "sources": [ {{Csv}} ] }""", "measures.depression_followup.thresholds.PHQ9 'PHQ9' is not one of PHQ-2, PHQ-9")]
    [InlineData($$"""{ "measures": { "depression_screening": { "instruments": ["PHQ-9", "PHQ9"] } }, "sources": [ {{Csv}} ] }""", "measures.depression_screening.instruments[1] 'PHQ9' is not one of PHQ-2, PHQ-9")]
    [InlineData($$"""{ "measures": { "action_lists": { "suicideRiskContactTypes": ["behavioural_health"] } }, "sources": [ {{Csv}} ] }""", "measures.action_lists.suicideRiskContactTypes[0] 'behavioural_health' is not one of ")]
    public async Task Etl_MeasuresSectionMistake_ExitsOneNamingIdOrParameter(string json, string expected) => await AssertRefusedAsync(json, expected);

    [Fact]
    public async Task Etl_MeasuresSectionOfTheCatalog_IsAccepted()
    {
        TinyExtract.WriteNorth(_folder);
        var config = _folder.File("qi.json");
        await File.WriteAllTextAsync(config, """
            { "measures": { "depression_followup": { "windowDays": 45, "instruments": ["PHQ-9"], "thresholds": { "PHQ-9": 12 } },
                            "cocm_billing": { "initialMinutes": 40 } },
              "sources": [ { "name": "north", "type": "csv", "path": "north" } ] }
            """);

        var (code, output, error) = await QiRunner.RunAsync("etl", "--config", config);

        Assert.True(code == 0, error + output);
    }

    [Theory]
    [InlineData("duckdb", "Data Source=w.duckdb;bogus_opt=s3cr3t-value", "warehouse.connectionString 'bogus_opt' is not a DuckDB connection-string keyword or setting")]
    [InlineData("postgres", "Host=localhost;Database=qi;Bogus=s3cr3t-value", "warehouse.connectionString 'bogus' is not a postgres connection-string keyword")]
    [InlineData("postgres", "Host=localhost;Port=s3cr3t-value", "warehouse.connectionString the value of 'port' is not valid for postgres")]
    [InlineData("sqlserver", "Server=localhost;Database=qi;Bogus=s3cr3t-value", "warehouse.connectionString 'bogus' is not a sqlserver connection-string keyword")]
    public async Task Etl_WarehouseConnectionStringTheProviderCannotRead_OneLineWithoutTheValue(string provider, string connectionString, string expected)
    {
        var json = $$"""{ "warehouse": { "provider": "{{provider}}", "connectionString": "{{connectionString}}" }, "sources": [ {{Csv}} ] }""";

        var error = await AssertRefusedAsync(json, expected);

        Assert.DoesNotContain("s3cr3t", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sqlite", "Data Source=clinic.db;Bogus=s3cr3t-value", "sources[0] ('s').connectionString 'bogus' is not a sqlite connection-string keyword")]
    [InlineData("postgres", "Host=localhost;Bogus=s3cr3t-value", "sources[0] ('s').connectionString 'bogus' is not a postgres connection-string keyword")]
    [InlineData("sqlserver", "Server=localhost;Bogus=s3cr3t-value", "sources[0] ('s').connectionString 'bogus' is not a sqlserver connection-string keyword")]
    public async Task Etl_SourceConnectionStringTheProviderCannotRead_OneLineWithoutTheValue(string type, string connectionString, string expected)
    {
        var json = $$"""{ "sources": [ { "name": "s", "type": "{{type}}", "connectionString": "{{connectionString}}", "queries": { "patients": "SELECT 1" } } ] }""";

        var error = await AssertRefusedAsync(json, expected);

        Assert.DoesNotContain("s3cr3t", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Etl_MisspelledEnvironmentOverride_ExitsOneNamingIt()
    {
        var config = _folder.File("qi.json");
        await File.WriteAllTextAsync(config, $$"""{ "sources": [ {{Csv}} ] }""");
        var environment = new Dictionary<string, string?> { ["QI_WAREHOUSE__CONECTIONSTRING"] = "Data Source=x.duckdb" };

        var (code, _, error) = await QiRunner.RunAsync(environment, "etl", "--config", config);

        Assert.Equal(1, code);
        Assert.Contains("QI_ environment variables: WAREHOUSE.CONECTIONSTRING is not a known key", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Etl_OtherVariablesWithThePrefix_AreNotConfiguration()
    {
        TinyExtract.WriteNorth(_folder);
        var config = _folder.File("qi.json");
        await File.WriteAllTextAsync(config, """{ "sources": [ { "name": "north", "type": "csv", "path": "north" } ] }""");
        var environment = new Dictionary<string, string?> { ["QI_TEST_SQLSERVER"] = "Server=elsewhere" };

        var (code, output, error) = await QiRunner.RunAsync(environment, "etl", "--config", config);

        Assert.True(code == 0, error + output);
    }

    private async Task<string> AssertRefusedAsync(string json, string expected)
    {
        var config = _folder.File("qi.json");
        await File.WriteAllTextAsync(config, json);

        var (code, output, error) = await QiRunner.RunAsync("etl", "--config", config);

        Assert.True(code == 1, $"exit {code}: {error}{output}");
        Assert.StartsWith($"qi: {config}: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.False(File.Exists(_folder.File("out/warehouse.duckdb")), "nothing may run on a configuration with a mistake");
        return error;
    }
}
