using System.Globalization;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace QiPipeline.SampleData;

/// <summary>The south clinic's database: <see cref="SouthSchema"/>, written in one transaction.</summary>
internal sealed class SqliteExtractWriter : IExtractWriter
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteTable[] _tables;
    private readonly string[] _prefixes;
    private readonly ClinicProfile _clinic;
    private readonly DateOnly _end;

    public SqliteExtractWriter(string path, ClinicProfile clinic, DateOnly end)
    {
        foreach (var leftover in new[] { path, path + "-journal", path + "-wal", path + "-shm" })
        {
            File.Delete(leftover);
        }

        _clinic = clinic;
        _end = end;
        _prefixes = [.. EntityShape.All.Select(shape => RecordIds.Prefix(clinic.Code, shape.Entity))];
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        _connection.Open();

        // A fresh file that nobody reads until it is complete: no journal needed.
        Execute("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536;");
        Execute(SouthSchema.CreateScript);
        _transaction = _connection.BeginTransaction();
        _tables = [.. SouthSchema.Tables.Select(t => new SqliteTable(_connection, _transaction, t))];
    }

    public void Write(PatientBatch batch)
    {
        var patientId = Id(Entity.Patients, batch.Patient.Number);
        var clinicId = _clinic.ClinicId;

        var table = _tables[(int)Entity.Patients];
        foreach (var p in batch.Patients)
        {
            table.BeginRow(p.Bad);
            table.Value(Id(Entity.Patients, p.Number));
            table.Value(clinicId);
            table.Value(Iso(p.BirthDate));
            table.Value(SouthSchema.Sex(p.Sex));
            table.Value(p.Race);
            table.Value(p.Ethnicity);
            table.Value(p.Language);
            table.Value(SouthSchema.Payer(p.Payer));
            table.Value(p.DeathDate is { } death ? Iso(death) : null);
            var changed = p.DeathDate is { } died && died > p.RegisteredOn ? died : p.RegisteredOn;
            table.EndRow(SouthClock.ModifiedAt(changed, p.Number, Entity.Patients, _end, IsDuplicate(p.Bad)));
        }

        table = _tables[(int)Entity.Encounters];
        foreach (ref readonly var e in CollectionsMarshal.AsSpan(batch.Encounters))
        {
            table.BeginRow(e.Bad);
            table.Value(Id(Entity.Encounters, e.Id));
            table.Value(patientId);
            table.Value(clinicId);
            table.Value(SouthClock.ClinicTime(e.Date, e.Id, Entity.Encounters));
            table.Value(SouthSchema.VisitType(e.Type));
            table.Value(SouthSchema.ContactMode(e.Modality));
            table.Value(SouthSchema.Status(e.Status));
            table.Value(e.Provider);
            table.Value(e.Minutes);
            table.EndRow(Modified(e.Date, e.Id, Entity.Encounters, e.Bad));
        }

        table = _tables[(int)Entity.Screenings];
        foreach (ref readonly var s in CollectionsMarshal.AsSpan(batch.Screenings))
        {
            table.BeginRow(s.Bad);
            table.Value(Id(Entity.Screenings, s.Id));
            table.Value(patientId);
            table.Value(clinicId);
            table.Value(SouthClock.ClinicTime(s.Date, s.Id, Entity.Screenings));
            table.Value(SouthSchema.InstrumentCode(s.Instrument));
            table.Value(s.Score);
            table.Value(s.Item9);
            table.Value(s.Positive ? "Y" : "N");
            table.EndRow(Modified(s.Date, s.Id, Entity.Screenings, s.Bad));
        }

        table = _tables[(int)Entity.Referrals];
        foreach (ref readonly var r in CollectionsMarshal.AsSpan(batch.Referrals))
        {
            table.BeginRow(r.Bad);
            table.Value(Id(Entity.Referrals, r.Id));
            table.Value(patientId);
            table.Value(clinicId);
            table.Value(Iso(r.Date));
            table.Value(SouthSchema.Specialty(r.Service));
            table.Value(r.WarmHandoff ? 1 : 0);
            table.EndRow(Modified(r.Date, r.Id, Entity.Referrals, r.Bad));
        }

        table = _tables[(int)Entity.EdVisits];
        foreach (ref readonly var v in CollectionsMarshal.AsSpan(batch.EdVisits))
        {
            table.BeginRow(v.Bad);
            table.Value(Id(Entity.EdVisits, v.Id));
            table.Value(patientId);
            table.Value(SouthClock.AnyTime(v.Date, v.Id, Entity.EdVisits));
            table.Value(v.PrimaryDx);
            table.Value(v.Admitted ? "ADM" : "DC");
            table.Value(v.Facility);
            table.Value(v.OtherDx);
            table.EndRow(Modified(v.Date, v.Id, Entity.EdVisits, v.Bad));
        }

        table = _tables[(int)Entity.MedicationFills];
        foreach (ref readonly var f in CollectionsMarshal.AsSpan(batch.Fills))
        {
            table.BeginRow(f.Bad);
            table.Value(Id(Entity.MedicationFills, f.Id));
            table.Value(patientId);
            table.Value(Iso(f.Date));
            table.Value(f.Drug);
            table.Value(f.DrugClass.ToUpperInvariant());
            table.Value(f.DaysSupply);
            table.EndRow(Modified(f.Date, f.Id, Entity.MedicationFills, f.Bad));
        }

        table = _tables[(int)Entity.Diagnoses];
        foreach (ref readonly var d in CollectionsMarshal.AsSpan(batch.Diagnoses))
        {
            table.BeginRow(d.Bad);
            table.Value(Id(Entity.Diagnoses, d.Id));
            table.Value(patientId);
            table.Value(d.Code);
            table.Value(Iso(d.Date));
            table.EndRow(Modified(d.Date, d.Id, Entity.Diagnoses, d.Bad));
        }

        table = _tables[(int)Entity.Surveys];
        foreach (ref readonly var q in CollectionsMarshal.AsSpan(batch.Surveys))
        {
            table.BeginRow(q.Bad);
            table.Value(Id(Entity.Surveys, q.Id));
            table.Value(patientId);
            table.Value(clinicId);
            table.Value(Iso(q.Date));
            table.Value(q.Score);
            table.Value(q.MaxScore);
            table.EndRow(Modified(q.Date, q.Id, Entity.Surveys, q.Bad));
        }
    }

    public void Complete() => _transaction.Commit();

    public void Dispose()
    {
        foreach (var table in _tables)
        {
            table.Dispose();
        }

        _transaction.Dispose();
        _connection.Dispose();
    }

    private static bool IsDuplicate(BadValue? bad) => bad?.Reason == RejectReason.DuplicateId;

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string Id(Entity entity, long number) => RecordIds.Format(_prefixes[(int)entity], entity, number);

    private string Modified(DateOnly day, long id, Entity entity, BadValue? bad) =>
        SouthClock.ModifiedAt(day, id, entity, _end, IsDuplicate(bad));

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
