using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace QiPipeline.SampleData.Tests.Support;

/// <summary>Reads a generated source the way the loader would: CSV files, or the SQLite mapping queries of qi.json.</summary>
public static class Source
{
    public static readonly IReadOnlyList<string> Entities =
        ["patients", "encounters", "screenings", "referrals", "ed_visits", "medication_fills", "diagnoses", "surveys"];

    public static Dictionary<string, Table> ReadCsv(string folder) =>
        Entities.ToDictionary(e => e, e => CsvText.Read(Path.Combine(folder, e + ".csv")));

    /// <summary>Runs each entity's query of source <paramref name="name"/> in qi.json, binding the watermark.</summary>
    public static Dictionary<string, Table> ReadDatabase(string root, string name = "south", string watermark = "0001-01-01T00:00:00")
    {
        var queries = Queries(root, name);
        using var connection = new SqliteConnection($"Data Source={Path.Combine(root, "south.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = new Dictionary<string, Table>();
        foreach (var entity in Entities)
        {
            using var command = connection.CreateCommand();
            command.CommandText = queries[entity];
            command.Parameters.AddWithValue("@watermark", watermark);
            using var reader = command.ExecuteReader();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<string?[]>();
            while (reader.Read())
            {
                var row = new string?[columns.Count];
                for (var i = 0; i < row.Length; i++)
                {
                    row[i] = reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                }

                rows.Add(row);
            }

            tables[entity] = new Table(columns, rows);
        }

        return tables;
    }

    public static Dictionary<string, string> Queries(string root, string name = "south")
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "qi.json")));
        var source = config.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
        return source.GetProperty("queries").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
    }

    public static Dictionary<string, Table> Read(string root, string name) =>
        name == "south" ? ReadDatabase(root) : ReadCsv(Path.Combine(root, name));
}
