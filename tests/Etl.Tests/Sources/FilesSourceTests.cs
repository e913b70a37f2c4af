using QiPipeline.Etl.Configuration;
using QiPipeline.Etl.Loading;
using QiPipeline.Etl.Tests.Support;
using QiPipeline.TestSupport;

namespace QiPipeline.Etl.Tests.Sources;

/// <summary>The <c>files</c> source: one DuckDB SELECT per entity over local files, read-only.</summary>
public sealed class FilesSourceTests(DuckDbProvider warehouse) : IClassFixture<DuckDbProvider>, IDisposable
{
    private readonly TempDirectory _folder = new();

    private string Export => _folder.File("export");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_JsonLinesFile_LoadsThroughReadJson()
    {
        Directory.CreateDirectory(Export);
        File.WriteAllText(Path.Combine(Export, "people.ndjson"), """
            {"mrn": "000123", "born": "1980-05-17", "gender": "female"}
            {"mrn": "000124", "born": "1991-01-02", "gender": "male"}
            """);
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([Source(new()
        {
            ["patients"] = "SELECT mrn AS patient_id, born AS birth_date, CASE gender WHEN 'female' THEN 'F' WHEN 'male' THEN 'M' ELSE 'U' END AS sex FROM read_json('people.ndjson', columns = {mrn: 'VARCHAR', born: 'VARCHAR', gender: 'VARCHAR'})",
        })]);

        Assert.Equal("succeeded", result.Status);
        Assert.Equal("M", await harness.ScalarAsync("SELECT sex FROM patients WHERE patient_id = '000124'"));
    }

    [Theory]
    [InlineData("COPY (SELECT 'P1' AS patient_id) TO 'written.csv'")]
    [InlineData("SELECT 'P1' AS patient_id, '1980-01-01' AS birth_date, 'F' AS sex; COPY (SELECT 1) TO 'written.csv'")]
    [InlineData("ATTACH 'written.csv' AS w")]
    public async Task Run_QueryThatIsNotOneSelect_FailsTheEntityAndWritesNothing(string sql)
    {
        Directory.CreateDirectory(Export);
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([Source(new() { ["patients"] = sql })]);

        var patients = result.Sources[0].Entities.Single();
        Assert.Equal(EntityLoadResult.FailedStatus, patients.Status);
        Assert.Contains("the query for patients is not one SELECT", patients.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Export, "written.csv")));
    }

    [Fact]
    public async Task Run_MissingFolder_FailsTheSourceWithTheFolderNamed()
    {
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([Source(new() { ["patients"] = "SELECT 1" })]);

        Assert.Equal(EntityLoadResult.SkippedStatus, result.Sources[0].Entities.Single().Status);
        Assert.Contains($"folder '{Export}' does not exist", result.Sources[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingFile_FailsThatEntityOnly()
    {
        Directory.CreateDirectory(Export);
        File.WriteAllText(Path.Combine(Export, "people.csv"), "id,dob,sex\nP1,1980-05-17,F\n");
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync([Source(new()
        {
            ["patients"] = "SELECT id AS patient_id, dob AS birth_date, sex FROM read_csv('people.csv', all_varchar = true)",
            ["encounters"] = "SELECT * FROM read_csv('visits.csv', all_varchar = true)",
        })]);

        Assert.Equal(EntityLoadResult.LoadedStatus, result.Sources[0].Entities.Single(e => e.Entity == "patients").Status);
        var encounters = result.Sources[0].Entities.Single(e => e.Entity == "encounters");
        Assert.Equal(EntityLoadResult.FailedStatus, encounters.Status);
        Assert.Contains("the query for encounters failed", encounters.Error, StringComparison.Ordinal);
    }

    private ConfiguredSource Source(Dictionary<string, string> queries) =>
        SourceFactory.Create(new SourceOptions { Name = "export", Type = SourceTypes.Files, Path = Export, Queries = queries }, "");
}
