using System.Globalization;
using System.Text.Json;
using Dapper;
using QiPipeline.Etl.Configuration;
using QiPipeline.Etl.Sources.Fhir;
using QiPipeline.Etl.Tests.Support;
using QiPipeline.SampleData;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Sources.Fhir;

/// <summary>
/// The demo's FHIR clinic (east-fhir/) against the same clinic written as a CSV extract (east/), bad
/// records included: loaded, both give the same warehouse rows. Compared modulo what the shapes
/// cannot share: a no-show's id (an Appointment's carries the prefix Appointment/) and modality (an
/// Appointment has no class, so a FHIR no-show has none), the class of a
/// fill that is no antidepressant (FHIR gives other, the CSV the drug's own class), and the
/// diagnoses, coded in SNOMED CT in FHIR: their CSV ICD-10-CM codes are mapped through the
/// generator's own table and compared with what the fhir source reads.
/// </summary>
public sealed class FhirDemoClinicTests(DuckDbProvider warehouse) : IClassFixture<DuckDbProvider>, IDisposable
{
    /// <summary>Before the harness's run date, so only the injected future dates are in the future.</summary>
    private static readonly DateOnly End = new(2025, 5, 31);

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Load_FhirClinic_SameRowsAsItsCsvExtractAndOneRejectPerBadRecord()
    {
        var report = await ClinicGenerator.GenerateWithReportAsync(_folder.Path, new GeneratorOptions { End = End, Patients = 900 }, CancellationToken.None);
        var fhirOptions = EastOptions();
        var csv = await Harness.CreateAsync(warehouse);
        var fhir = await Harness.CreateAsync(warehouse);
        var clinics = new HashSet<string> { "N1", "S1", "E1" };

        await csv.RunAsync([SourceFactory.Create(fhirOptions with { Type = SourceTypes.Csv, Path = _folder.File("east"), Fhir = null }, "")], clinics: clinics);
        var fhirRun = await fhir.RunAsync([SourceFactory.Create(fhirOptions, "")], clinics: clinics);

        foreach (var entity in CanonicalModel.Entities.Where(e => e != CanonicalModel.Diagnoses))
        {
            var expected = await RowsAsync(csv, entity);
            Assert.True(expected.Count > 20, $"{entity}: {expected.Count} rows");
            Assert.Equal(expected, await RowsAsync(fhir, entity));
        }

        // One reject per injected bad record and per malformed line (diagnoses aside: see below).
        var stats = report.Source("east");
        var rejects = await fhir.RejectsAsync(fhirRun.RunId);
        foreach (var shape in EntityShape.All.Where(s => s.Entity != SampleData.Entity.Diagnoses))
        {
            var injected = RejectReasons.All.Sum(r => stats.Bad[shape.Entity, r]) + stats.MalformedLines(shape.Entity);
            Assert.True(injected == rejects.Count(r => r.Entity == shape.Name), $"{shape.Name}: {injected} injected, {rejects.Count(r => r.Entity == shape.Name)} rejected");
        }

        Assert.True(stats.MalformedLinesTotal >= 4);
        Assert.Equal(await DiagnosesAsync(csv), await FhirDiagnosesAsync(fhirOptions));
    }

    /// <summary>The CSV's loaded diagnoses with their codes mapped to SNOMED CT by the generator's table.</summary>
    private static async Task<List<string>> DiagnosesAsync(Harness csv)
    {
        await using var connection = await csv.OpenAsync();
        var rows = await connection.QueryAsync<(string Id, string Patient, string Code, DateTime Date)>(
            "SELECT diagnosis_id, patient_id, dx_code, CAST(dx_date AS TIMESTAMP) FROM diagnoses WHERE source = 'east'");
        return [.. rows.Select(r => $"{r.Id}|{r.Patient}|{FhirCodes.SnomedFor(Dotted(r.Code))}|{r.Date:yyyy-MM-dd}").Order(StringComparer.Ordinal)];
    }

    /// <summary>What the fhir source reads as diagnoses, first record per id, for the ids the CSV loaded.</summary>
    private async Task<List<string>> FhirDiagnosesAsync(SourceOptions options)
    {
        var source = new FhirSource("east", options.Path!, new FhirMaps(options.Fhir));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = new List<string>();
        var csvIds = File.ReadLines(_folder.File("east/diagnoses.csv")).Skip(1).Select(l => l.Split(',')[0]).ToHashSet(StringComparer.Ordinal);
        await foreach (var record in source.ReadAsync(CanonicalModel.Diagnoses, null, CancellationToken.None))
        {
            var (id, patient, code, date) = (record.Values[0], record.Values[1], record.Values[2], record.Values[3]);
            if (id is null || patient is null || date is null || !seen.Add(id) || !csvIds.Contains(id))
            {
                continue;
            }

            rows.Add($"{id}|{patient}|{code}|{date[..10]}");
        }

        return rows;
    }

    /// <summary>Restores the dot the warehouse drops from an ICD-10-CM code (F321 → F32.1).</summary>
    private static string Dotted(string code) => code.Contains('.', StringComparison.Ordinal) || code.Length <= 3 ? code : code[..3] + "." + code[3..];

    private static async Task<List<string>> RowsAsync(Harness harness, EntityDefinition entity)
    {
        await using var connection = await harness.OpenAsync();
        var columns = string.Join(", ", entity.Columns.Select(c => c.Type == ColumnType.Date ? $"CAST({c.Name} AS VARCHAR) AS {c.Name}" : c.Name));
        var rows = await connection.QueryAsync($"SELECT {columns} FROM {entity.Name} WHERE source = 'east'");
        return [.. rows.Cast<IDictionary<string, object?>>()
            .Select(r => string.Join("|", r.Select(kv => Normal(entity, kv.Key, kv.Value, r))))
            .Order(StringComparer.Ordinal)];
    }

    private static string Normal(EntityDefinition entity, string column, object? value, IDictionary<string, object?> row)
    {
        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return (entity.Name, column) switch
        {
            ("encounters", "encounter_id") => text.Replace("Appointment/", "", StringComparison.Ordinal),
            ("encounters", "modality") when "no_show".Equals(row["status"]) => "", // an Appointment has no class
            ("medication_fills", "drug_class") => text == "antidepressant" ? text : "not antidepressant",
            _ => text,
        };
    }

    /// <summary>The east source of the generated qi.json, as the configuration loader would bind it.</summary>
    private SourceOptions EastOptions()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(_folder.File("qi.json")));
        var east = config.RootElement.GetProperty("sources").EnumerateArray().Single(s => s.GetProperty("name").GetString() == "east");
        var options = east.Deserialize<SourceOptions>(Json)!;
        return options with { Path = _folder.File(options.Path!) };
    }
}
