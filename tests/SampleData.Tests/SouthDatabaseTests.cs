using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using QiPipeline.SampleData.Tests.Support;

namespace QiPipeline.SampleData.Tests;

/// <summary>The south clinic's own schema, and the qi.json queries that map it to the canonical columns.</summary>
[Collection(DemoCollectionDefinition.Name)]
public sealed partial class SouthDatabaseTests(DemoFixture demo)
{
    [Fact]
    public void Schema_EveryTable_HasItsOwnNamesAndModifiedAt()
    {
        using var connection = Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");

        Assert.Equal(
            ["appointment", "ed_event", "person", "problem_list", "questionnaire_result", "referral_order", "rx_dispense", "satisfaction_survey"],
            tables);
        Assert.All(tables, t => Assert.Contains("modified_at", Query(connection, $"SELECT name FROM pragma_table_info('{t}')")));
        var statuses = Query(connection, "SELECT DISTINCT appt_status FROM appointment");
        Assert.Superset(new HashSet<string> { "CMP", "NOS", "CAN" }, statuses.ToHashSet());
        Assert.DoesNotContain("completed", statuses);
        var genders = Query(connection, "SELECT DISTINCT gender_cd FROM person");
        Assert.Superset(new HashSet<string> { "FEM", "MAL", "NB", "UNK" }, genders.ToHashSet());
        Assert.DoesNotContain("F", genders);
        var instruments = Query(connection, "SELECT DISTINCT instrument_cd FROM questionnaire_result");
        Assert.Contains("44261-6", instruments);
        Assert.Contains("55758-7", instruments);
        Assert.Contains("70274-6", instruments);
        Assert.Contains("75626-2", instruments);
        Assert.Contains("PRAPARE", instruments);
    }

    [Fact]
    public void Queries_EveryEntity_ReturnTheCanonicalColumnsAndIsoUpdatedAt()
    {
        var tables = demo.Source("south");
        var csv = demo.Source("north");

        foreach (var entity in Source.Entities)
        {
            Assert.Equal(csv[entity].Columns.Append("updated_at"), tables[entity].Columns);
            Assert.All(tables[entity].Values("updated_at"), u => Assert.Matches(IsoTimestamp(), u));
            Assert.True(string.CompareOrdinal(tables[entity].Values("updated_at").Max(), "2025-12-31T23:59:59") <= 0);
        }

        Assert.Contains("44261-6", tables["screenings"].Values("instrument"));
        Assert.Contains("PHQ-A", tables["screenings"].Values("instrument"));
        Assert.Contains("no_show", tables["encounters"].Values("status"));
        Assert.Contains("care_management", tables["encounters"].Values("encounter_type"));
        Assert.Contains("antidepressant", tables["medication_fills"].Values("drug_class"));
    }

    [Fact]
    public void Queries_WatermarkAtTheNewestChange_ReturnNothingNew()
    {
        var all = demo.Source("south");
        var newest = all.Values.SelectMany(t => t.Values("updated_at")).Max()!;
        var middle = "2025-06-30T12:00:00";

        var none = Source.ReadDatabase(demo.Root, watermark: newest);
        var recent = Source.ReadDatabase(demo.Root, watermark: middle);

        Assert.All(none.Values, t => Assert.Empty(t.Rows));
        Assert.Equal(
            all["encounters"].Values("updated_at").Count(u => string.CompareOrdinal(u, middle) > 0),
            recent["encounters"].Rows.Count);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(demo.Root, "south.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        return connection;
    }

    private static List<string> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.IsDBNull(0) ? "<null>" : reader.GetString(0));
        }

        return values;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$")]
    private static partial Regex IsoTimestamp();
}
