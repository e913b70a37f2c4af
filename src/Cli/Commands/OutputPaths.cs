namespace QiPipeline.Cli.Commands;

/// <summary>
/// What a verb wrote, printed last so the paths are the closing lines a user reads: the warehouse, the
/// measure files, the workbooks and the charts folder. Nulls are not printed.
/// </summary>
/// <param name="Warehouse">The warehouse file (DuckDB) or the provider of a server warehouse (never its connection string).</param>
/// <param name="Kpis">kpis.csv.</param>
/// <param name="Patients">patients.csv.</param>
/// <param name="Workbooks">The workbooks.</param>
/// <param name="Charts">The folder of this month's chart PNGs.</param>
internal sealed record OutputPaths(string? Warehouse, string? Kpis, string? Patients, IReadOnlyList<string>? Workbooks, string? Charts)
{
    public static async Task WriteAsync(TextWriter output, OutputPaths paths)
    {
        await Line(output, "warehouse", paths.Warehouse);
        await Line(output, "kpis", paths.Kpis);
        await Line(output, "patients", paths.Patients);
        var label = "workbooks";
        foreach (var workbook in paths.Workbooks ?? [])
        {
            await Line(output, label, workbook);
            label = string.Empty;
        }

        await Line(output, "charts", paths.Charts);
    }

    private static async Task Line(TextWriter output, string label, string? path)
    {
        if (path is not null)
        {
            await output.WriteLineAsync($"{label,-10} {path}");
        }
    }
}
