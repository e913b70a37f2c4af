using System.Data.Common;
using System.Runtime.CompilerServices;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Warehouse;

namespace QiPipeline.Metrics.Engine;

/// <summary>
/// Streams every patient's timeline from the warehouse: one query per entity, each ordered by
/// (source, patient_id) and read forward only, merged patient by patient. Memory holds one
/// patient's records, whatever the number of patients.
/// </summary>
public sealed class TimelineReader(WarehouseConnection warehouse)
{
    /// <summary>The timelines, as of <paramref name="asOf"/>, in (source, patient_id) order.</summary>
    public async IAsyncEnumerable<PatientTimeline> ReadAsync(DateOnly asOf, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var d = warehouse.Dialect;
        var connections = new List<DbConnection>();
        try
        {
            async Task<DbDataReader> QueryAsync(string sql)
            {
                var connection = await warehouse.OpenAsync(cancellationToken);
                connections.Add(connection);
                var command = d.CreateStreamingCommand(connection, sql);
                return await command.ExecuteReaderAsync(cancellationToken);
            }

            await using var patients = await QueryAsync(TimelineQueries.Patients(d));
            await using var encounters = new KeyedReader<Encounter>(await QueryAsync(TimelineQueries.Encounters(d)), TimelineQueries.Encounter);
            await using var screenings = new KeyedReader<Screening>(await QueryAsync(TimelineQueries.Screenings(d)), TimelineQueries.Screening);
            await using var referrals = new KeyedReader<Referral>(await QueryAsync(TimelineQueries.Referrals(d)), TimelineQueries.Referral);
            await using var edVisits = new KeyedReader<EdVisit>(await QueryAsync(TimelineQueries.EdVisits(d)), TimelineQueries.EdVisit);
            await using var fills = new KeyedReader<MedicationFill>(await QueryAsync(TimelineQueries.Fills(d)), TimelineQueries.Fill);
            await using var diagnoses = new KeyedReader<Diagnosis>(await QueryAsync(TimelineQueries.Diagnoses(d)), TimelineQueries.Diagnosis);
            await using var surveys = new KeyedReader<Survey>(await QueryAsync(TimelineQueries.Surveys(d)), TimelineQueries.Survey);
            foreach (var reader in new Func<CancellationToken, Task>[]
            {
                encounters.StartAsync, screenings.StartAsync, referrals.StartAsync, edVisits.StartAsync,
                fills.StartAsync, diagnoses.StartAsync, surveys.StartAsync,
            })
            {
                await reader(cancellationToken);
            }

            while (await patients.ReadAsync(cancellationToken))
            {
                var patient = TimelineQueries.Patient(patients);
                var e = new List<Encounter>();
                var s = new List<Screening>();
                var r = new List<Referral>();
                var v = new List<EdVisit>();
                var f = new List<MedicationFill>();
                var x = new List<Diagnosis>();
                var q = new List<Survey>();
                await encounters.TakeAsync(patient.Source, patient.PatientId, e, cancellationToken);
                await screenings.TakeAsync(patient.Source, patient.PatientId, s, cancellationToken);
                await referrals.TakeAsync(patient.Source, patient.PatientId, r, cancellationToken);
                await edVisits.TakeAsync(patient.Source, patient.PatientId, v, cancellationToken);
                await fills.TakeAsync(patient.Source, patient.PatientId, f, cancellationToken);
                await diagnoses.TakeAsync(patient.Source, patient.PatientId, x, cancellationToken);
                await surveys.TakeAsync(patient.Source, patient.PatientId, q, cancellationToken);
                yield return new PatientTimeline(patient, asOf, e, s, r, v, f, x, q);
            }
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }
}
