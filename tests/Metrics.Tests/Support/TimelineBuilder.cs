using System.Globalization;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Tests.Support;

/// <summary>
/// A test patient's timeline, written like an eCQM test deck: one line per record, only the
/// values that matter; ids are given in order (E1, E2, ...) unless a test names them.
/// Dates are 'YYYY-MM-DD' strings so a deck reads like the specification.
/// </summary>
internal sealed class TimelineBuilder(string birth = "1980-06-15", string sex = "F", string? death = null, string patientId = "P1")
{
    private readonly List<Encounter> _encounters = [];
    private readonly List<Screening> _screenings = [];
    private readonly List<Referral> _referrals = [];
    private readonly List<EdVisit> _edVisits = [];
    private readonly List<MedicationFill> _fills = [];
    private readonly List<Diagnosis> _diagnoses = [];
    private readonly List<Survey> _surveys = [];

    public string? Language { get; init; } = "English";

    public TimelineBuilder Pc(string date, string clinic = "N1", string status = "completed", string? id = null) =>
        Encounter(date, "primary_care", clinic, status, id: id);

    public TimelineBuilder Encounter(
        string date, string type, string clinic = "N1", string status = "completed", int? minutes = null, string? id = null, string? modality = "in_person", string? provider = null)
    {
        _encounters.Add(new Encounter(id ?? $"E{_encounters.Count + 1}", clinic, D(date), type, modality, status, minutes, provider));
        return this;
    }

    public TimelineBuilder Screen(string date, string instrument, int? score, int? item9 = null, bool? positive = null, string clinic = "N1", string? id = null)
    {
        _screenings.Add(new Screening(id ?? $"S{_screenings.Count + 1}", clinic, D(date), instrument, score, item9, positive));
        return this;
    }

    public TimelineBuilder Refer(string date, string service = "behavioral_health", bool? warm = null, string clinic = "N1", string? id = null)
    {
        _referrals.Add(new Referral(id ?? $"R{_referrals.Count + 1}", clinic, D(date), service, warm));
        return this;
    }

    public TimelineBuilder Ed(string date, string? dx, bool admitted = false, string? id = null, string[]? otherDx = null)
    {
        _edVisits.Add(new EdVisit(id ?? $"V{_edVisits.Count + 1}", D(date), dx, admitted, otherDx));
        return this;
    }

    public TimelineBuilder Fill(string date, int days, string drug = "sertraline", string drugClass = "antidepressant", string? id = null)
    {
        _fills.Add(new MedicationFill(id ?? $"F{_fills.Count + 1}", D(date), drug, drugClass, days));
        return this;
    }

    public TimelineBuilder Dx(string date, string code, string? id = null, string system = "icd10cm")
    {
        _diagnoses.Add(new Diagnosis(id ?? $"D{_diagnoses.Count + 1}", code, D(date), system));
        return this;
    }

    public TimelineBuilder Survey(string date, int? score, int max = 5, string clinic = "N1", string? id = null)
    {
        _surveys.Add(new Survey(id ?? $"Q{_surveys.Count + 1}", clinic, D(date), score, max));
        return this;
    }

    /// <summary>The timeline as of <paramref name="asOf"/>.</summary>
    public PatientTimeline AsOf(string asOf) => new(
        new Patient("north", patientId, "N1", D(birth), sex, "White", "Not Hispanic", Language, "Medicaid", death is null ? null : D(death)),
        D(asOf), _encounters, _screenings, _referrals, _edVisits, _fills, _diagnoses, _surveys);

    public static DateOnly D(string date) => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
