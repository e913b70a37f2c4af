using Dapper;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Tests.Support;
using QiPipeline.Warehouse;
using QiPipeline.Warehouse.Dialects;

namespace QiPipeline.Metrics.Tests.Engine;

/// <summary>The timeline reader against a real DuckDB warehouse file.</summary>
public sealed class TimelineReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qi-timeline").FullName;

    [Fact]
    public async Task ReadAsync_EncountersWithAndWithoutModality_CarryTheModalityColumn()
    {
        // bh_telehealth_share reads the encounter's modality: telehealth, phone, in_person or none.
        var warehouse = new WarehouseConnection(new DuckDbDialect(), $"Data Source={Path.Combine(_folder, "w.duckdb")}", TimeProvider.System);
        await using (var connection = await warehouse.OpenAsync(CancellationToken.None))
        {
            await connection.ExecuteAsync(
                "INSERT INTO patients (source, patient_id, clinic_id, birth_date, sex, loaded_run_id) VALUES ('north', 'P1', 'N1', DATE '1980-06-15', 'F', 'r1')");
            await connection.ExecuteAsync("""
                INSERT INTO encounters (source, encounter_id, patient_id, clinic_id, encounter_date, encounter_type, modality, status, loaded_run_id) VALUES
                ('north', 'E1', 'P1', 'N1', DATE '2025-03-10', 'behavioral_health', 'telehealth', 'completed', 'r1'),
                ('north', 'E2', 'P1', 'N1', DATE '2025-03-11', 'care_management', 'phone', 'completed', 'r1'),
                ('north', 'E3', 'P1', 'N1', DATE '2025-03-12', 'behavioral_health', NULL, 'completed', 'r1')
                """);
        }

        var timelines = new List<Timeline.PatientTimeline>();
        await foreach (var timeline in new TimelineReader(warehouse).ReadAsync(TimelineBuilder.D("2025-12-31"), CancellationToken.None))
        {
            timelines.Add(timeline);
        }

        var only = Assert.Single(timelines);
        Assert.Equal([("E1", "telehealth"), ("E2", "phone"), ("E3", null)], only.Encounters.Select(e => (e.Id, e.Modality)));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
