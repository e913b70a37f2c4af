using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DuckDB.NET.Data;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>End to end: synthetic clinics -> qi etl -> qi report, the Action lists sheet read back with the Open XML SDK.</summary>
public sealed class ActionListReportTests : IDisposable
{
    private static readonly string[] Titles =
    [
        "Urgency", "Clinic", "Patient id", "Source", "Reason", "Reason code", "Index date", "Due date", "Days overdue", "Last score",
        "Last BH contact", "Care manager", "Status", "Owner", "Note", "What happened and what is needed",
    ];

    private readonly TempDirectory _folder = new("qi-actions");

    [Fact]
    public async Task Report_OnTheDemoClinics_ListsPatientsOfTheWarehouseMostUrgentFirst()
    {
        var demo = await ClinicGenerator.GenerateAsync(_folder.File("demo"), new GeneratorOptions { Patients = 300, End = new DateOnly(2025, 5, 31) }, CancellationToken.None);
        var (etl, etlOut, etlError) = await QiRunner.RunAsync("etl", "--config", demo.ConfigPath);
        Assert.True(etl == 0, etlError + etlOut);
        var output = _folder.File("reports");

        // The in-process clock says 2025-07-01, so the as-of is the end of June and the report month 2025-06.
        var (code, stdout, error) = await QiRunner.RunAsync("report", "--config", demo.ConfigPath, "--out", output);

        Assert.True(code == 0, error + stdout);
        using var document = SpreadsheetDocument.Open(Path.Combine(output, "qi-monthly-2025-06.xlsx"), isEditable: false);
        var names = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(names.IndexOf("Equity") + 1, names.IndexOf("Action lists")); // PDSA cycles, Equity, Action lists
        var rows = Rows(document, "Action lists");
        Assert.Contains("INTERNAL", rows[1][0], StringComparison.Ordinal);
        Assert.Contains("Internal: contains patient ids", rows[2][0], StringComparison.Ordinal);
        Assert.Equal(Titles, rows[4]);
        var items = rows.Where(r => r.Key > 4).OrderBy(r => r.Key).Select(r => r.Value).ToList();
        Assert.NotEmpty(items);
        var urgencies = items.Select(i => int.Parse(i[0], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(urgencies.Order(), urgencies);

        var listed = items.Select(i => (Source: i[3], Patient: i[2])).Distinct().ToList();
        var known = await PatientsAsync(_folder.File("warehouse.duckdb"));
        Assert.All(listed, p => Assert.Contains(p, known));
    }

    /// <summary>Every row's cell texts, columns A to K, by row number (shared strings resolved).</summary>
    private static Dictionary<int, string[]> Rows(SpreadsheetDocument document, string sheet)
    {
        var workbook = document.WorkbookPart!;
        var part = (WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == sheet).Id!);
        var strings = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        var rows = new Dictionary<int, string[]>();
        foreach (var row in part.Worksheet.Descendants<Row>())
        {
            var texts = new string[Titles.Length];
            foreach (var cell in row.Elements<Cell>())
            {
                var column = cell.CellReference!.Value!.TakeWhile(char.IsLetter).Aggregate(0, (n, c) => (n * 26) + c - 'A' + 1);
                if (column <= texts.Length)
                {
                    // A styled empty cell may carry a type but no value.
                    texts[column - 1] = cell.DataType?.Value == CellValues.SharedString && cell.CellValue is { } index
                        ? strings[int.Parse(index.Text, System.Globalization.CultureInfo.InvariantCulture)]
                        : cell.DataType?.Value == CellValues.InlineString ? cell.InnerText : cell.CellValue?.Text ?? "";
                }
            }

            rows[(int)row.RowIndex!.Value] = [.. texts.Select(t => t ?? "")];
        }

        return rows;
    }

    private static async Task<HashSet<(string Source, string Patient)>> PatientsAsync(string warehouse)
    {
        await using var connection = new DuckDBConnection($"Data Source={warehouse}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT source, patient_id FROM patients";
        await using var reader = await command.ExecuteReaderAsync();
        var patients = new HashSet<(string, string)>();
        while (await reader.ReadAsync())
        {
            patients.Add((reader.GetString(0), reader.GetString(1)));
        }

        return patients;
    }

    public void Dispose() => _folder.Dispose();
}
