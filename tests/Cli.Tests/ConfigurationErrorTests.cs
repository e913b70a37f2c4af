using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>A configuration mistake: exit code 1 and one line naming the file and the key.</summary>
public sealed class ConfigurationErrorTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("""{ "warehouse": { "provider": "oracle" }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""", "warehouse.provider 'oracle' is not one of duckdb, postgres, sqlserver")]
    [InlineData("""{ "warehouse": { "keepPatientResults": -1 }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""", "warehouse.keepPatientResults -1 must be 0 (keep every as-of date) or more")]
    [InlineData("""{ "warehouse": { "keepPatientResults": "three" }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""", "warehouse.keepPatientResults 'three' is not")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "mysql", "path": "n" } ] }""", "sources[0] ('n').type 'mysql' is not one of csv, sqlite, postgres, sqlserver")]
    [InlineData("""{ "sources": [ { "name": "n; DROP TABLE patients", "type": "csv", "path": "n" } ] }""", "sources[0].name 'n; DROP TABLE patients' must be 1-50 letters, digits, '-' or '_'")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv" } ] }""", "sources[0] ('n').path is required for a csv source")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n", "mode": "sometimes" } ] }""", "sources[0] ('n').mode 'sometimes' is not snapshot or incremental")]
    [InlineData("""{ "sources": [ { "name": "s", "type": "sqlite", "connectionString": "Data Source=x.db", "queries": { "visits": "SELECT 1" } } ] }""", "sources[0] ('s').queries.visits is not an entity")]
    [InlineData("""{ "sources": [ { "name": "s", "type": "postgres", "connectionStringEnv": "QI_TEST_UNSET_VARIABLE", "queries": { "patients": "SELECT 1" } } ] }""", "sources[0] ('s').connectionStringEnv names QI_TEST_UNSET_VARIABLE, which is not set")]
    [InlineData("""{ "sources": [] }""", "sources: no source is configured")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n", "retries": -1 } ] }""", "sources[0] ('n').retries -1 must be 0-100")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n", "retryDelaySeconds": -2 } ] }""", "sources[0] ('n').retryDelaySeconds -2 must be 0-3600 seconds")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n", "timeoutSeconds": -0.5 } ] }""", "sources[0] ('n').timeoutSeconds -0.5 must be 0-604800 seconds")]
    [InlineData("""{ "clinics": [ { "id": "N1", "goLive": "someday" } ], "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""", "clinics[0].goLive 'someday' is not a date YYYY-MM-DD")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n" }, { "name": "n", "type": "csv", "path": "m" } ] }""", "sources: the name 'n' is used twice")]
    [InlineData("""{ "sources": [ { "name": "n", "type": "csv", "path": "n" ] }""", "not valid JSON")]
    [InlineData("""{ "reports": { "targets": { "depression_screenings": 0.8 } }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""", "reports.targets.depression_screenings: 'depression_screenings' is not a measure id")]
    [InlineData("""{ "reports": { "targets": { "depression_screening": "high" } }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""", "reports.targets.depression_screening 'high' is not a number")]
    [InlineData("""{ "reports": { "targets": { "depression_screening": 80 } }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""", "reports.targets.depression_screening 80 must be a proportion from 0 to 1")]
    [InlineData("""{ "reports": { "targets": { "ed_visits": -0.1 } }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""", "reports.targets.ed_visits -0.1 must be 0 or more")]
    [InlineData("""{ "reports": { "cocmRates": { "99492": 150, "99999": 10 } }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""", "reports.cocmRates.99999 is not a CoCM code (use 99492, 99493, 99494, G2214)")]
    [InlineData("""{ "reports": { "cocmRates": { "G2214": -1.5 } }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""", "reports.cocmRates.G2214 is -1.5; a rate cannot be negative")]
    [InlineData("""{ "reports": { "cocmRates": { "99493": "lots" } }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""", "reports.cocmRates.99493 'lots' is not a number")]
    public async Task Etl_ConfigurationMistake_ExitsOneWithOneLineNamingFileAndKey(string json, string expected)
    {
        var config = _folder.File("qi.json");
        await File.WriteAllTextAsync(config, json);

        var (code, _, error) = await QiRunner.RunAsync("etl", "--config", config);

        Assert.Equal(1, code);
        Assert.StartsWith($"qi: {config}: ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Theory]
    [InlineData("kpis")]
    [InlineData("run")]
    public async Task AnyVerb_BadEdClassificationFile_ExitsOneBeforeAnyWorkWithOneLineNamingTheFileAndTheLine(string verb)
    {
        var config = _folder.File("qi.json");
        await File.WriteAllTextAsync(config, """{ "ed": { "classificationFile": "nyu.csv" }, "sources": [ { "name": "n", "type": "csv", "path": "n" } ] }""");
        await File.WriteAllTextAsync(_folder.File("nyu.csv"), "icd10,edcnnpa,edcnpa,epct,noner,injury,psych,alcohol,drug\nJ069,0,0,x,1,0,0,0,0\n");

        var (code, _, error) = await QiRunner.RunAsync(verb, "--config", config, "--as-of", "2025-06-30");

        Assert.Equal(1, code);
        Assert.False(File.Exists(_folder.File("out/warehouse.duckdb")));
        Assert.Equal(
            $"qi: {config}: ed.classificationFile {_folder.File("nyu.csv")}: ED weights table, line 2: epct must be a number from 0 to 1, not 'x'",
            error.TrimEnd());
    }

    [Fact]
    public async Task Etl_MissingConfigurationFile_ExitsOne()
    {
        var (code, _, error) = await QiRunner.RunAsync("etl", "--config", _folder.File("absent.json"));

        Assert.Equal(1, code);
        Assert.Equal($"qi: {_folder.File("absent.json")}: configuration file not found", error.TrimEnd());
    }

    [Theory]
    [InlineData(new[] { "frobnicate" }, "qi: 'frobnicate' is not a command or option of qi (qi --help lists them)")]
    [InlineData(new[] { "etl" }, "qi: Option '--config' is required.")]
    [InlineData(new[] { "etl", "--config" }, "qi: Required argument missing for option: '--config'.")]
    [InlineData(new[] { "etl", "--config", "x.json", "--colour", "red" }, "qi: '--colour' is not a command or option of qi etl (qi etl --help lists them)")]
    [InlineData(new[] { "etl", "--config", "a.json", "--config", "b.json" }, "qi: Option '--config' expects a single argument but 2 were provided.")]
    [InlineData(new[] { "demo", "--patients", "many" }, "qi: option --patients must be a whole number from 10 to 10000000, not 'many'")]
    [InlineData(new[] { "kpis", "--config", "x.json", "--as-of", "0001-01-01" }, "qi: option --as-of 0001-01-01 must be from 1900-01-01 to 2200-12-31")]
    [InlineData(new[] { "report", "--config", "x.json", "--as-of", "9999-12-31" }, "qi: option --as-of 9999-12-31 must be from 1900-01-01 to 2200-12-31")]
    [InlineData(new[] { "run", "--config", "x.json", "--as-of=2025-13-01" }, "qi: option --as-of must be a date YYYY-MM-DD, not '2025-13-01'")]
    [InlineData(new[] { "kpis", "--config", "x.json", "--from", "0001-01" }, "qi: option --from 0001-01 must be from 1900-01-01 to 2200-12-31")]
    public async Task Qi_BadArguments_ExitOneWithOneLine(string[] args, string expected)
    {
        var (code, _, error) = await QiRunner.RunAsync(args);

        Assert.Equal(1, code);
        Assert.Equal(expected, error.TrimEnd());
    }

    [Fact]
    public async Task Qi_NoArguments_PrintsHelpAndExitsOne()
    {
        var (code, output, _) = await QiRunner.RunAsync();

        Assert.Equal(1, code);
        Assert.Contains("Usage:", output, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+\S+ \[command\] \[options\]$", output);
    }
}
