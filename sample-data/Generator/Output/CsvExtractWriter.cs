using System.Runtime.InteropServices;

namespace QiPipeline.SampleData;

/// <summary>A folder in the CSV extract contract (docs/architecture.md: eight files, contract column order).</summary>
internal sealed class CsvExtractWriter : IExtractWriter
{
    private readonly CsvFile[] _files;
    private readonly string[] _prefixes;
    private readonly ClinicProfile _clinic;

    public CsvExtractWriter(string folder, ClinicProfile clinic)
    {
        Directory.CreateDirectory(folder);
        _clinic = clinic;
        _files = [.. EntityShape.All.Select(shape => new CsvFile(Path.Combine(folder, shape.FileName), shape.Columns))];
        _prefixes = [.. EntityShape.All.Select(shape => RecordIds.Prefix(clinic.Code, shape.Entity))];
    }

    public void Write(PatientBatch batch)
    {
        var patientId = RecordIds.Format(_clinic.Code, Entity.Patients, batch.Patient.Number);
        var clinicId = _clinic.ClinicId;

        var file = _files[(int)Entity.Patients];
        foreach (var p in batch.Patients)
        {
            file.BeginRow(p.Bad);
            Id(file, Entity.Patients, p.Number);
            file.Text(clinicId);
            file.Date(p.BirthDate);
            file.Text(Vocabulary.Code(p.Sex));
            file.Text(p.Race);
            file.Text(p.Ethnicity);
            file.Text(p.Language);
            file.Text(p.Payer);
            file.Date(p.DeathDate);
            file.EndRow();
        }

        file = _files[(int)Entity.Encounters];
        foreach (ref readonly var e in CollectionsMarshal.AsSpan(batch.Encounters))
        {
            file.BeginRow(e.Bad);
            Id(file, Entity.Encounters, e.Id);
            file.Text(patientId);
            file.Text(clinicId);
            file.Date(e.Date);
            file.Text(Vocabulary.Code(e.Type));
            file.Text(Vocabulary.Code(e.Modality));
            file.Text(Vocabulary.Code(e.Status));
            file.Text(e.Provider);
            file.Number(e.Minutes);
            file.EndRow();
        }

        file = _files[(int)Entity.Screenings];
        foreach (ref readonly var s in CollectionsMarshal.AsSpan(batch.Screenings))
        {
            file.BeginRow(s.Bad);
            Id(file, Entity.Screenings, s.Id);
            file.Text(patientId);
            file.Text(clinicId);
            file.Date(s.Date);
            file.Text(Vocabulary.Code(s.Instrument));
            file.Number(s.Score);
            file.Number(s.Item9);
            file.Boolean(s.Positive);
            file.EndRow();
        }

        file = _files[(int)Entity.Referrals];
        foreach (ref readonly var r in CollectionsMarshal.AsSpan(batch.Referrals))
        {
            file.BeginRow(r.Bad);
            Id(file, Entity.Referrals, r.Id);
            file.Text(patientId);
            file.Text(clinicId);
            file.Date(r.Date);
            file.Text(Vocabulary.Code(r.Service));
            file.Boolean(r.WarmHandoff);
            file.EndRow();
        }

        file = _files[(int)Entity.EdVisits];
        foreach (ref readonly var v in CollectionsMarshal.AsSpan(batch.EdVisits))
        {
            file.BeginRow(v.Bad);
            Id(file, Entity.EdVisits, v.Id);
            file.Text(patientId);
            file.Date(v.Date);
            file.Text(v.PrimaryDx);
            file.Boolean(v.Admitted);
            file.Text(v.Facility);
            file.Text(v.OtherDx);
            file.EndRow();
        }

        file = _files[(int)Entity.MedicationFills];
        foreach (ref readonly var f in CollectionsMarshal.AsSpan(batch.Fills))
        {
            file.BeginRow(f.Bad);
            Id(file, Entity.MedicationFills, f.Id);
            file.Text(patientId);
            file.Date(f.Date);
            file.Text(f.Drug);
            file.Text(f.DrugClass);
            file.Number(f.DaysSupply);
            file.EndRow();
        }

        file = _files[(int)Entity.Diagnoses];
        foreach (ref readonly var d in CollectionsMarshal.AsSpan(batch.Diagnoses))
        {
            file.BeginRow(d.Bad);
            Id(file, Entity.Diagnoses, d.Id);
            file.Text(patientId);
            file.Text(d.Code);
            file.Date(d.Date);
            file.EndRow();
        }

        file = _files[(int)Entity.Surveys];
        foreach (ref readonly var q in CollectionsMarshal.AsSpan(batch.Surveys))
        {
            file.BeginRow(q.Bad);
            Id(file, Entity.Surveys, q.Id);
            file.Text(patientId);
            file.Text(clinicId);
            file.Date(q.Date);
            file.Number(q.Score);
            file.Number(q.MaxScore);
            file.EndRow();
        }
    }

    public void Complete()
    {
        foreach (var file in _files)
        {
            file.Flush();
        }
    }

    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Dispose();
        }
    }

    private void Id(CsvFile file, Entity entity, long number) =>
        file.Id(_prefixes[(int)entity], number, RecordIds.NumberFormat(entity));
}
