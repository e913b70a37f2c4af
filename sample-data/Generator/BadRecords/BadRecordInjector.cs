using System.Globalization;

namespace QiPipeline.SampleData;

/// <summary>
/// Turns about <see cref="GeneratorOptions.BadRate"/> of one source's records into bad ones,
/// spread evenly over the reject reasons: every record adds BadRate / reasons to each reason's
/// debt, and a record takes the first reason (in rotation) whose debt has reached one and that
/// can apply to it (after_death waits for a patient who died, unknown_clinic for a record with
/// a clinic). A bad record replaces its good version, except duplicates and broken patient rows,
/// which are extra rows (a broken copy of a real patient would orphan that patient's history).
/// </summary>
internal sealed class BadRecordInjector
{
    /// <summary>Ids of extra, broken patient rows start here; unknown patient ids at <see cref="UnknownPatientBase"/>.</summary>
    private const int GhostPatientBase = 9_000_000;

    private const int UnknownPatientBase = 8_000_000;

    private static readonly string[] UnknownClinics = ["W1", "N2", "S9", "X1"];
    private static readonly string[] UnknownSexes = ["Q", "female", "2", "O"];

    private readonly double _ratePerReason;
    private readonly double[] _debt = new double[RejectReasons.Count];
    private readonly ClinicProfile _clinic;
    private readonly DateOnly _end;
    private int _rotation;
    private int _ghosts;
    private int _unknownPatients;
    private Rng _random = new(0);
    private PatientBatch _batch = new();

    public BadRecordInjector(ClinicProfile clinic, DateOnly end, double badRate)
    {
        _clinic = clinic;
        _end = end;
        _ratePerReason = badRate / RejectReasons.Count;
    }

    public BadRecordCounts Counts { get; } = new();

    public void Apply(PatientBatch batch, Rng random)
    {
        if (_ratePerReason <= 0)
        {
            return;
        }

        _random = random;
        _batch = batch;
        InjectPatientRow();
        Inject(batch.Encounters, EntityShape.Encounters);
        Inject(batch.Screenings, EntityShape.Screenings);
        Inject(batch.Referrals, EntityShape.Referrals);
        Inject(batch.EdVisits, EntityShape.EdVisits);
        Inject(batch.Fills, EntityShape.MedicationFills);
        Inject(batch.Diagnoses, EntityShape.Diagnoses);
        Inject(batch.Surveys, EntityShape.Surveys);
    }

    private void Inject<T>(List<T> records, EntityShape shape)
        where T : struct, IEventRecord<T>
    {
        var count = records.Count; // duplicates appended below are not visited again
        for (var i = 0; i < count; i++)
        {
            Accrue();
            var record = records[i];
            for (var k = 0; k < RejectReasons.Count; k++)
            {
                var reason = (RejectReason)((_rotation + k) % RejectReasons.Count);
                if (_debt[(int)reason] < 1 || EventViolation(reason, record, shape) is not { } bad)
                {
                    continue;
                }

                Take(shape.Entity, reason);
                if (reason == RejectReason.DuplicateId)
                {
                    records.Add(record.WithDate(NeighbourDay(record.Date)).WithBad(bad));
                }
                else
                {
                    records[i] = record.WithBad(bad);
                }

                break;
            }
        }
    }

    private BadValue? EventViolation<T>(RejectReason reason, T record, EntityShape shape)
        where T : struct, IEventRecord<T>
    {
        var patient = _batch.Patient;
        switch (reason)
        {
            case RejectReason.MissingRequired:
                int[] required = shape.Entity == Entity.MedicationFills
                    ? [EntityShape.IdColumn, EntityShape.PatientColumn, shape.DateColumn, FillRecord.DrugClassColumn]
                    : [EntityShape.IdColumn, EntityShape.PatientColumn, shape.DateColumn];
                return new BadValue(reason, required[_random.Next(required.Length)], null);
            case RejectReason.BadDate:
                return new BadValue(reason, shape.DateColumn, BadDateText(record.Date));
            case RejectReason.FutureDate:
                return new BadValue(reason, shape.DateColumn, IsoDate(FutureDay()));
            case RejectReason.BeforeBirth:
                return new BadValue(reason, shape.DateColumn, IsoDate(patient.BirthDate.AddDays(-1 - _random.Next(400))));
            case RejectReason.AfterDeath:
                return patient.DeathDate is { } death && death < _end
                    ? new BadValue(reason, shape.DateColumn, IsoDate(death.AddDays(1 + _random.Next(_end.DayNumber - death.DayNumber))))
                    : null;
            case RejectReason.UnknownPatient:
                return new BadValue(reason, EntityShape.PatientColumn,
                    RecordIds.Format(_clinic.Code, Entity.Patients, UnknownPatientBase + ++_unknownPatients));
            case RejectReason.UnknownClinic:
                return shape.ClinicColumn < 0 ? null : new BadValue(reason, shape.ClinicColumn, _random.Pick(UnknownClinics));
            case RejectReason.BadCode:
                return record.CodeViolation(_random);
            case RejectReason.OutOfRange:
                return record.RangeViolation(_random);
            default:
                return BadValue.Duplicate;
        }
    }

    /// <summary>
    /// A patient row can only go bad as an extra row: a second row with the patient's id (and
    /// another payer), or a broken copy under a new id that no record refers to.
    /// </summary>
    private void InjectPatientRow()
    {
        Accrue();
        var patient = _batch.Patient;
        for (var k = 0; k < RejectReasons.Count; k++)
        {
            var reason = (RejectReason)((_rotation + k) % RejectReasons.Count);
            if (_debt[(int)reason] < 1 || PatientViolation(reason, patient) is not { } bad)
            {
                continue;
            }

            Take(Entity.Patients, reason);
            _batch.Patients.Add(reason == RejectReason.DuplicateId
                ? patient with { Payer = patient.Payer == "Medicaid" ? "Commercial" : "Medicaid", Bad = bad }
                : patient with { Number = GhostPatientBase + ++_ghosts, Bad = bad });
            return;
        }
    }

    private BadValue? PatientViolation(RejectReason reason, PatientRecord patient) => reason switch
    {
        RejectReason.MissingRequired => new BadValue(reason, _random.Chance(0.5) ? 2 : 3, null),
        RejectReason.BadDate => new BadValue(reason, 2, BadDateText(patient.BirthDate)),
        RejectReason.FutureDate => new BadValue(reason, 2, IsoDate(FutureDay())),
        RejectReason.BeforeBirth => new BadValue(reason, 8, IsoDate(patient.BirthDate.AddDays(-1 - _random.Next(400)))),
        RejectReason.UnknownClinic => new BadValue(reason, 1, _random.Pick(UnknownClinics)),
        RejectReason.BadCode => new BadValue(reason, 3, _random.Pick(UnknownSexes)),
        RejectReason.DuplicateId => BadValue.Duplicate,
        _ => null,
    };

    private void Accrue()
    {
        for (var i = 0; i < _debt.Length; i++)
        {
            _debt[i] += _ratePerReason;
        }
    }

    private void Take(Entity entity, RejectReason reason)
    {
        _debt[(int)reason] -= 1;
        _rotation = ((int)reason + 1) % RejectReasons.Count;
        Counts.Add(entity, reason);
    }

    /// <summary>After the run date: more than 30 days after End.</summary>
    private DateOnly FutureDay() => _end.AddDays(31 + _random.Next(365));

    /// <summary>A day next to <paramref name="day"/> that is still a valid date for the patient.</summary>
    private DateOnly NeighbourDay(DateOnly day) =>
        day < _batch.LastDay ? day.AddDays(1) : day > _batch.Patient.BirthDate ? day.AddDays(-1) : day;

    private string BadDateText(DateOnly day) => _random.Next(5) switch
    {
        0 => string.Create(CultureInfo.InvariantCulture, $"{day.Year:0000}-13-{day.Day:00}"),
        1 => string.Create(CultureInfo.InvariantCulture, $"{day.Month:00}/{day.Day:00}/{day.Year:0000}"),
        2 => string.Create(CultureInfo.InvariantCulture, $"{day.Year:0000}-02-30"),
        3 => string.Create(CultureInfo.InvariantCulture, $"{day.Year:0000}-{day.Month:00}-32"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{day.Year:0000}{day.Month:00}{day.Day:00}"),
    };

    private static string IsoDate(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
