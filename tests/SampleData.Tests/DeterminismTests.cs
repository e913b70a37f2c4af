using Microsoft.Data.Sqlite;
using QiPipeline.SampleData.Tests.Support;

namespace QiPipeline.SampleData.Tests;

public sealed class DeterminismTests
{
    private static readonly DateOnly End = new(2025, 12, 31);

    [Fact]
    public async Task GenerateAsync_SameOptionsTwice_WritesIdenticalFilesAndRows()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();
        var options = new GeneratorOptions { Patients = 2000, End = End };

        var a = await ClinicGenerator.GenerateAsync(first.Path, options, CancellationToken.None);
        var b = await ClinicGenerator.GenerateAsync(second.Path, options, CancellationToken.None);

        Assert.Equal(a.Records, b.Records);
        Assert.Equal(a.BadRecords, b.BadRecords);
        foreach (var file in CsvFiles.Prepend("qi.json"))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }

        foreach (var table in SouthTables)
        {
            Assert.Equal(Rows(first.Path, table), Rows(second.Path, table));
        }
    }

    [Fact]
    public async Task GenerateAsync_DifferentSeed_WritesDifferentData()
    {
        using var first = new TempFolder();
        using var second = new TempFolder();

        await ClinicGenerator.GenerateAsync(first.Path, new GeneratorOptions { Patients = 500, End = End }, CancellationToken.None);
        await ClinicGenerator.GenerateAsync(second.Path, new GeneratorOptions { Patients = 500, End = End, Seed = 7 }, CancellationToken.None);

        foreach (var file in CsvFiles)
        {
            Assert.NotEqual(File.ReadAllBytes(Path.Combine(first.Path, file)), File.ReadAllBytes(Path.Combine(second.Path, file)));
        }

        Assert.NotEqual(Rows(first.Path, "person"), Rows(second.Path, "person"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(first.Path, "qi.json")), File.ReadAllBytes(Path.Combine(second.Path, "qi.json")));
    }

    private static readonly string[] SouthTables =
        ["person", "appointment", "questionnaire_result", "referral_order", "ed_event", "rx_dispense", "problem_list", "satisfaction_survey"];

    private static readonly string[] CsvFolders = ["north", "east"];

    private static IEnumerable<string> CsvFiles =>
        from folder in CsvFolders
        from entity in Source.Entities
        select Path.Combine(folder, entity + ".csv");

    private static List<string> Rows(string root, string table)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(root, "south.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT * FROM {table} ORDER BY 1";
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "<null>" : reader.GetValue(i).ToString())));
        }

        return rows;
    }
}
