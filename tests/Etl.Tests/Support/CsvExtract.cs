using System.Text;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Support;

/// <summary>Writes a CSV extract folder in the contract format, one file per entity given.</summary>
internal static class CsvExtract
{
    public static void Write(string folder, string entity, IEnumerable<Row> rows, bool withUpdatedAt = false)
    {
        Directory.CreateDirectory(folder);
        var columns = CanonicalModel.Find(entity)!.Columns.Select(c => c.Name).ToList();
        if (withUpdatedAt)
        {
            columns.Add(CanonicalModel.UpdatedAt);
        }

        var text = new StringBuilder();
        text.AppendJoin(',', columns).Append('\n');
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(c => Quote(row.GetValueOrDefault(c)))).Append('\n');
        }

        File.WriteAllText(Path.Combine(folder, entity + ".csv"), text.ToString(), new UTF8Encoding(false));
    }

    private static string Quote(string? value) =>
        value is null ? "" : value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
