using Dapper;
using DuckDB.NET.Data;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// examples/synthea loads its sample, a small export written after Synthea's public CSV data
/// dictionary, through its own configuration (a <c>files</c> source, America/New_York). The
/// expected rows follow from the sample and the mapping rules in the example's README: times are
/// UTC (<c>Z</c>), so a visit at 03:30Z on 6 March 2024 is on 5 March in New York (EST, UTC-5),
/// and one at 03:30Z on 5 April is on 4 April (EDT, UTC-4).
/// </summary>
public sealed class SyntheaExampleTests : IDisposable
{
    private const string PatientA = "7c1e2f4a-0001-4a6b-9c1d-000000000001";
    private const string PatientB = "7c1e2f4a-0002-4a6b-9c1d-000000000002";
    private const string PatientC = "7c1e2f4a-0003-4a6b-9c1d-000000000003";

    private readonly TempDirectory _folder = new("qi-synthea");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Etl_ExampleConfigurationOnItsSample_LoadsEveryMappedRecord()
    {
        var warehouse = _folder.File("synthea.duckdb");
        var environment = new Dictionary<string, string?> { ["QI_WAREHOUSE__CONNECTIONSTRING"] = $"Data Source={warehouse}" };

        var (code, output, error) = await QiRunner.RunAsync(environment, "etl", "--config", Path.Combine(ExampleFolder(), "qi.json"));

        Assert.True(code == 0, output + error);
        await using var connection = new DuckDBConnection($"Data Source={warehouse}");
        await connection.OpenAsync();
        Assert.Equal(0L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM etl_reject"));
        Assert.Equal(4L, await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM patients"));
        Assert.Equal("2024-12-01", await connection.ExecuteScalarAsync<string>($"SELECT CAST(death_date AS VARCHAR) FROM patients WHERE patient_id = '{PatientC}'"));

        // Emergency visits are ED visits, not clinic encounters; an inpatient stay has no visit length.
        var encounters = (await connection.QueryAsync<(string, string, string, string, int?)>(
            "SELECT right(encounter_id, 1), CAST(encounter_date AS VARCHAR), encounter_type, modality, minutes FROM encounters ORDER BY encounter_id")).ToList();
        Assert.Equal(
        [
            ("1", "2024-03-05", "primary_care", "in_person", 30),
            ("2", "2024-03-05", "primary_care", "in_person", 15),
            ("3", "2024-05-10", "primary_care", "in_person", 20),
            ("5", "2024-06-01", "other", "in_person", null),
            ("6", "2024-04-02", "primary_care", "telehealth", 25),
            ("7", "2024-09-12", "primary_care", "in_person", 30),
        ], encounters);

        // Totals by LOINC code, stored by instrument name; Synthea writes whole scores as 3.0.
        var screenings = (await connection.QueryAsync<(string, string, string, int)>(
            "SELECT left(patient_id, 13), CAST(screening_date AS VARCHAR), instrument, score FROM screenings ORDER BY patient_id, screening_date, instrument")).ToList();
        Assert.Equal(
        [
            ("7c1e2f4a-0001", "2024-03-05", "GAD-7", 8),
            ("7c1e2f4a-0001", "2024-03-05", "PHQ-2", 3),
            ("7c1e2f4a-0001", "2024-03-05", "PHQ-9", 12),
            ("7c1e2f4a-0002", "2024-05-10", "DAST-10", 1),
            ("7c1e2f4a-0002", "2024-05-10", "PHQ-2", 0),
            ("7c1e2f4a-0003", "2024-04-02", "AUDIT-C", 2),
            ("7c1e2f4a-0004", "2024-09-12", "PHQ-A", 4),
        ], screenings);

        var edVisits = (await connection.QueryAsync<(string, string, bool)>(
            "SELECT left(patient_id, 13), CAST(visit_date AS VARCHAR), admitted FROM ed_visits ORDER BY visit_date")).ToList();
        Assert.Equal([("7c1e2f4a-0002", "2024-06-01", true), ("7c1e2f4a-0003", "2024-08-20", false)], edVisits);

        // One fill per dispense, spread over the prescription; none for a prescription never dispensed.
        var fills = (await connection.QueryAsync<(string, string, string, int)>(
            "SELECT left(patient_id, 13), CAST(fill_date AS VARCHAR), drug_class, days_supply FROM medication_fills ORDER BY patient_id, fill_date")).ToList();
        Assert.Equal(
        [
            ("7c1e2f4a-0001", "2024-03-05", "antidepressant", 30),
            ("7c1e2f4a-0001", "2024-04-04", "antidepressant", 30),
            ("7c1e2f4a-0001", "2024-05-04", "antidepressant", 30),
            ("7c1e2f4a-0002", "2024-05-10", "other", 30),
            ("7c1e2f4a-0003", "2024-04-02", "antidepressant", 30),
        ], fills);

        // Every condition, with its SNOMED CT code as is (dx_system snomed): no crosswalk to ICD-10-CM.
        var diagnoses = (await connection.QueryAsync<(string, string, string, string)>(
            "SELECT patient_id, dx_code, dx_system, CAST(dx_date AS VARCHAR) FROM diagnoses ORDER BY patient_id, dx_date")).ToList();
        Assert.Equal(
        [
            (PatientA, "370143000", "snomed", "2024-03-05"),
            (PatientB, "36923009", "snomed", "2024-05-10"),
            (PatientB, "55680006", "snomed", "2024-06-01"),
            (PatientC, "444814009", "snomed", "2024-04-02"),
        ], diagnoses);
    }

    private static string ExampleFolder()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "examples", "synthea");
            if (File.Exists(Path.Combine(candidate, "qi.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("examples/synthea not found above " + AppContext.BaseDirectory);
    }
}
