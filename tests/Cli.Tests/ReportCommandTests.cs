using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using QiPipeline.Metrics.Catalog;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>End to end: synthetic clinics -> qi etl -> qi report, the workbooks read back with the Open XML SDK.</summary>
public sealed partial class ReportCommandTests(ReportCommandTests.DemoReport report) : IClassFixture<ReportCommandTests.DemoReport>, IDisposable
{
    private readonly TempDirectory _folder = new("qi-report");

    [Fact]
    public void Report_OnTheDemoClinics_WritesTheMonthlyWorkbookWithASheetPerMeasure()
    {
        var path = Path.Combine(report.Output, "qi-monthly-2025-06.xlsx");
        Assert.Contains(path, report.Stdout, StringComparison.Ordinal);
        using var document = SpreadsheetDocument.Open(path, isEditable: false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
        Assert.Equal("Summary", sheets[0].Name);
        var measures = MeasureCatalog.Measures.Count;
        Assert.Equal(measures + 6, sheets.Count); // Summary, a sheet per measure, PDSA cycles, Equity, Action lists, Data quality, Definitions
        Assert.Contains(sheets, s => s.Name == "Depression screening"); // the catalog's display names
        Assert.Contains(sheets, s => s.Name == "ED visits");
        Assert.Equal("Equity", sheets[measures + 2].Name);
        Assert.All(sheets.Skip(1).Take(measures), s => Assert.NotEmpty(((WorksheetPart)document.WorkbookPart.GetPartById(s.Id!)).DrawingsPart!.ImageParts));
    }

    [Fact]
    public async Task Report_ValueWorkbook_HoldsNoPatientId()
    {
        // The value workbook is for payers: no patient id (the generator's ids look like N-P000123) in any part of it.
        var value = Path.Combine(report.Output, "qi-value-2025-06.xlsx");
        Assert.Contains(value, report.Stdout, StringComparison.Ordinal);
        using var zip = System.IO.Compression.ZipFile.OpenRead(value);
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotMatch(@"[NSE]-P\d{6}", await reader.ReadToEndAsync());
        }
    }

    [Fact]
    public void Report_ChartsDirConfigured_WritesEveryEmbeddedChartAsAPngThere()
    {
        // The demo's qi.json (in demo/) sets reports.chartsDir ../charts.
        using var document = SpreadsheetDocument.Open(Path.Combine(report.Output, "qi-monthly-2025-06.xlsx"), isEditable: false);
        var embedded = document.WorkbookPart!.WorksheetParts.Sum(w => w.DrawingsPart?.ImageParts.Count() ?? 0);
        var files = Directory.GetFiles(Path.Combine(report.Root, "charts", "2025-06"));

        Assert.Equal(embedded, files.Length);
        Assert.Contains(Path.Combine(report.Root, "charts", "2025-06", "depression_screening-N1.png"), files);
        Assert.Contains(Path.Combine(report.Root, "charts", "2025-06", "ed_visits-ALL.png"), files);
        Assert.All(files, f => Assert.Equal<byte>([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], File.ReadAllBytes(f)[..8]));

        // The pilot workbook's phase-split charts go beside them, under pilot/.
        using var pilot = SpreadsheetDocument.Open(Path.Combine(report.Output, "qi-pilot-2025-06.xlsx"), isEditable: false);
        var pilotEmbedded = pilot.WorkbookPart!.WorksheetParts.Sum(w => w.DrawingsPart?.ImageParts.Count() ?? 0);
        var pilotFiles = Directory.GetFiles(Path.Combine(report.Root, "charts", "2025-06", "pilot"));
        Assert.True(pilotEmbedded > 0);
        Assert.Equal(pilotEmbedded, pilotFiles.Length);
        Assert.Contains(Path.Combine(report.Root, "charts", "2025-06", "pilot", "depression_screening-N1.png"), pilotFiles);
    }

    [Fact]
    public void Report_MonthlyWorkbook_EverySheetHasAFrozenHeaderAPrintAreaAndPrintsLandscapeOnePageWideButTheSummaryTwo()
    {
        using var document = SpreadsheetDocument.Open(Path.Combine(report.Output, "qi-monthly-2025-06.xlsx"), isEditable: false);
        var workbook = document.WorkbookPart!.Workbook;
        var sheets = workbook.Sheets!.Elements<Sheet>().ToList();
        var printAreas = workbook.DefinedNames!.Elements<DefinedName>().Where(d => d.Name == "_xlnm.Print_Area").Select(d => d.LocalSheetId!.Value).ToList();

        Assert.DoesNotContain(sheets, s => s.Name!.Value!.StartsWith("Sheet", StringComparison.Ordinal));
        for (var i = 0; i < sheets.Count; i++)
        {
            var worksheet = ((WorksheetPart)document.WorkbookPart.GetPartById(sheets[i].Id!)).Worksheet;
            var pane = worksheet.Descendants<Pane>().SingleOrDefault();
            Assert.True(pane?.State?.Value == PaneStateValues.FrozenSplit || pane?.State?.Value == PaneStateValues.Frozen, $"{sheets[i].Name} has no frozen header");
            Assert.True(pane!.VerticalSplit?.Value >= 1, $"{sheets[i].Name} freezes no row");
            Assert.True(printAreas.Contains((uint)i), $"{sheets[i].Name} has no print area");
            var setup = worksheet.Elements<PageSetup>().Single();
            Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
            // The Summary's sixteen columns print two pages wide (Report_MonthlyWorkbook_SummaryPrintsTwoPagesWide...).
            var pagesWide = sheets[i].Name == "Summary" ? 2u : 1u;
            Assert.Equal((pagesWide, 0u), (setup.FitToWidth?.Value ?? 1, setup.FitToHeight!.Value));
            Assert.True(worksheet.Elements<SheetProperties>().Single().PageSetupProperties!.FitToPage!.Value, $"{sheets[i].Name} does not fit to the page width");
            Assert.True(worksheet.Elements<Columns>().Single().Elements<Column>().Any(c => c.CustomWidth?.Value == true), $"{sheets[i].Name} sets no column width");
        }
    }

    [Fact]
    public async Task Report_DemoWithCocmRates_WritesThePilotWorkbookAndTheBillingSheet()
    {
        var demo = await ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = 300, End = new DateOnly(2025, 5, 31) }, CancellationToken.None);
        var config = JsonNode.Parse(await File.ReadAllTextAsync(demo.ConfigPath))!;
        config["reports"]!["cocmRates"] = new JsonObject { ["99492"] = 150.0, ["99493"] = 120.0 };
        await File.WriteAllTextAsync(demo.ConfigPath, config.ToJsonString());
        var (etl, etlOut, etlError) = await QiRunner.RunAsync("etl", "--config", demo.ConfigPath);
        Assert.True(etl == 0, etlError + etlOut);
        var output = _folder.File("reports");

        var (code, stdout, error) = await QiRunner.RunAsync("report", "--config", demo.ConfigPath, "--out", output);

        Assert.True(code == 0, error + stdout);
        var pilot = Path.Combine(output, "qi-pilot-2025-06.xlsx");
        Assert.Contains(pilot, stdout, StringComparison.Ordinal);
        using (var document = SpreadsheetDocument.Open(pilot, isEditable: false))
        {
            var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToList();
            Assert.Equal(["N1 North Family Medicine", "N1 statistics", "S1 Southside Health Center", "S1 statistics", "About"], sheets.Select(s => s.Name!.Value));
            Assert.All(new[] { sheets[0], sheets[2] }, s => Assert.NotEmpty(((WorksheetPart)document.WorkbookPart.GetPartById(s.Id!)).DrawingsPart!.ImageParts));
        }

        using var value = SpreadsheetDocument.Open(Path.Combine(output, "qi-value-2025-06.xlsx"), isEditable: false);
        var billing = value.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Collaborative care billing");
        var texts = value.WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        Assert.Contains("Estimated revenue", texts);
        Assert.Contains(texts, t => t.Contains("99492 150.00, 99493 120.00 (reports.cocmRates)", StringComparison.Ordinal));
        Assert.NotNull(billing);
        Assert.Single(value.WorkbookPart.Workbook.Sheets!.Elements<Sheet>(), s => s.Name == "ED visit categories");
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

    /// <summary>The demo clinics generated, loaded and reported once for the class.</summary>
    public sealed class DemoReport : IAsyncLifetime, IDisposable
    {
        private readonly TempDirectory _folder = new("qi-report-demo");

        /// <summary>The folder holding demo/ (with qi.json) and, from its chartsDir, charts/.</summary>
        public string Root => _folder.Path;

        /// <summary>Where qi report --out put the workbooks.</summary>
        public string Output => _folder.File("reports");

        /// <summary>What qi report printed.</summary>
        public string Stdout { get; private set; } = "";

        public async Task InitializeAsync()
        {
            var demo = await ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = 300, End = new DateOnly(2025, 5, 31) }, CancellationToken.None);
            var (etl, etlOut, etlError) = await QiRunner.RunAsync("etl", "--config", demo.ConfigPath);
            Assert.True(etl == 0, etlError + etlOut);

            // The in-process clock says 2025-07-01, so the as-of is the end of June and the report month 2025-06.
            var (code, stdout, error) = await QiRunner.RunAsync("report", "--config", demo.ConfigPath, "--out", Output);
            Assert.True(code == 0, error + stdout);
            Stdout = stdout;
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => _folder.Dispose();
    }
}
