using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>End to end: synthetic clinics -> qi etl -> qi report, the workbook read back with the Open XML SDK.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly TempDirectory _folder = new("qi-report");

    [Fact]
    public async Task Report_OnTheDemoClinics_WritesTheMonthlyWorkbookWithASheetPerMeasure()
    {
        var demo = await ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = 300, End = new DateOnly(2025, 5, 31) }, CancellationToken.None);
        var (etl, etlOut, etlError) = await QiRunner.RunAsync("etl", "--config", demo.ConfigPath);
        Assert.True(etl == 0, etlError + etlOut);
        var output = _folder.File("reports");

        // The in-process clock says 2025-06-30, so the report month is 2025-06.
        var (code, stdout, error) = await QiRunner.RunAsync("report", "--config", demo.ConfigPath, "--out", output);

        Assert.True(code == 0, error + stdout);
        var path = Path.Combine(output, "qi-monthly-2025-06.xlsx");
        Assert.Contains(path, stdout, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("Summary", sheets[0].Name);
        Assert.Equal(23, sheets.Count); // Summary, 18 measures, PDSA cycles, Action lists, Data quality, Definitions
        Assert.Contains(sheets, s => s.Name == "depression_screening");
        Assert.Contains(sheets, s => s.Name == "ed_visits");
        Assert.All(sheets.Skip(1).Take(18), s => Assert.NotEmpty(((WorksheetPart)document.WorkbookPart.GetPartById(s.Id!)).DrawingsPart!.ImageParts));

        // The value workbook is for payers: no patient id (the generator's ids look like N-P000123) in any part of it.
        var value = Path.Combine(output, "qi-value-2025-06.xlsx");
        Assert.Contains(value, stdout, StringComparison.Ordinal);
        using var zip = System.IO.Compression.ZipFile.OpenRead(value);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotMatch(@"[NSE]-P\d{6}", await reader.ReadToEndAsync());
        }
    }

    [Fact]
    public async Task Report_BadPdsaDate_OneLineNamingTheKey()
    {
        var config = _folder.File("bad.json");
        await File.WriteAllTextAsync(config, """
            { "warehouse": { "provider": "duckdb", "connectionString": "Data Source=w.duckdb" },
              "sources": [ { "name": "a", "type": "csv", "path": "a" } ],
              "pdsaCycles": [ { "id": "X", "measureId": "depression_screening", "start": "2025-13-01", "end": "2025-02-01" } ] }
            """);

        var (code, _, error) = await QiRunner.RunAsync("report", "--config", config);

        Assert.Equal(1, code);
        Assert.Contains("pdsaCycles[0].start '2025-13-01' is not a date", error, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();
}
