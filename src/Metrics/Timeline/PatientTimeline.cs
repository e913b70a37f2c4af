namespace QiPipeline.Metrics.Timeline;

/// <summary>
/// One patient's records as of the as-of date, each list sorted by (date, id ordinal). Records
/// dated after the as-of date, and a death date after it, are left out when it is built, so a
/// measure never needs to think about the as-of date except for pending units.
/// </summary>
public sealed class PatientTimeline
{
    /// <summary>Builds the timeline, dropping what is after <paramref name="asOf"/> and sorting.</summary>
    public PatientTimeline(
        Patient patient,
        DateOnly asOf,
        IEnumerable<Encounter> encounters,
        IEnumerable<Screening> screenings,
        IEnumerable<Referral> referrals,
        IEnumerable<EdVisit> edVisits,
        IEnumerable<MedicationFill> fills,
        IEnumerable<Diagnosis> diagnoses,
        IEnumerable<Survey> surveys)
    {
        Patient = patient.DeathDate > asOf ? patient with { DeathDate = null } : patient;
        AsOf = asOf;
        Encounters = Sorted(encounters, e => e.Date, e => e.Id, asOf);
        Screenings = Sorted(screenings, s => s.Date, s => s.Id, asOf);
        Referrals = Sorted(referrals, r => r.Date, r => r.Id, asOf);
        EdVisits = Sorted(edVisits, v => v.Date, v => v.Id, asOf);
        Fills = Sorted(fills, f => f.Date, f => f.Id, asOf);
        Diagnoses = Sorted(diagnoses, d => d.Date, d => d.Id, asOf);
        Surveys = Sorted(surveys, s => s.Date, s => s.Id, asOf);
    }

    /// <summary>The patient (death date null when after the as-of date).</summary>
    public Patient Patient { get; }

    /// <summary>The as-of date.</summary>
    public DateOnly AsOf { get; }

    /// <summary>Encounters, by date then id.</summary>
    public IReadOnlyList<Encounter> Encounters { get; }

    /// <summary>Screenings, by date then id.</summary>
    public IReadOnlyList<Screening> Screenings { get; }

    /// <summary>Referrals, by date then id.</summary>
    public IReadOnlyList<Referral> Referrals { get; }

    /// <summary>ED visits, by date then id.</summary>
    public IReadOnlyList<EdVisit> EdVisits { get; }

    /// <summary>Medication fills, by date then id.</summary>
    public IReadOnlyList<MedicationFill> Fills { get; }

    /// <summary>Diagnoses, by date then id.</summary>
    public IReadOnlyList<Diagnosis> Diagnoses { get; }

    /// <summary>Surveys, by date then id.</summary>
    public IReadOnlyList<Survey> Surveys { get; }

    /// <summary>
    /// The clinic the patient is attributed to for <paramref name="month"/>: the clinic of the
    /// most recent PC visit dated in [m_end - 730 days, m_end] (same-day ties: the lowest clinic
    /// id, ordinal); null when there is none or the patient died before the month began.
    /// </summary>
    public string? AttributedClinic(Month month)
    {
        if (Patient.DeathDate < month.Start)
        {
            return null;
        }

        var from = month.End.AddDays(-730);
        string? clinic = null;
        DateOnly? latest = null;
        for (var i = Encounters.Count - 1; i >= 0; i--)
        {
            var e = Encounters[i];
            if (e.Date > month.End || !e.IsPcVisit)
            {
                continue;
            }

            if (e.Date < from || (latest is { } day && e.Date < day))
            {
                break;
            }

            latest = e.Date;
            if (clinic is null || string.CompareOrdinal(e.ClinicId, clinic) < 0)
            {
                clinic = e.ClinicId;
            }
        }

        return clinic;
    }

    /// <summary>Whether the patient has a diagnosis with any of the prefixes dated on or before <paramref name="date"/>.</summary>
    public bool HasDiagnosisBy(DateOnly date, params string[] prefixes) =>
        Diagnoses.Any(d => d.Date <= date && prefixes.Any(d.HasPrefix));

    /// <summary>Whether the patient has a diagnosis of <paramref name="group"/> (in either code system) dated in [<paramref name="from"/>, <paramref name="to"/>] (either may be open).</summary>
    public bool HasDiagnosis(DiagnosisGroup group, DateOnly? from, DateOnly? to)
    {
        ArgumentNullException.ThrowIfNull(group);
        return Diagnoses.Any(d => (from is null || d.Date >= from) && (to is null || d.Date <= to) && group.Contains(d));
    }

    private static List<T> Sorted<T>(IEnumerable<T> records, Func<T, DateOnly> date, Func<T, string> id, DateOnly asOf) =>
        [.. records.Where(r => date(r) <= asOf).OrderBy(date).ThenBy(id, StringComparer.Ordinal)];
}
