namespace QiPipeline.SampleData;

/// <summary>
/// Simulates one patient's history as a small discrete-event model: each stream (primary care,
/// therapy, care management, fills, ED visits, new episodes) keeps its next date, and the
/// earliest one runs next, after the latent mood has been moved to that day. One instance is
/// reused for every patient of a clinic; all randomness comes from the patient's own
/// <see cref="Rng"/>, so a patient's history does not depend on the patients before it.
/// </summary>
internal sealed partial class PatientSimulator
{
    private static readonly DateOnly Never = DateOnly.MaxValue;

    private readonly ClinicContext _clinic;
    private readonly IdSequence _ids;
    private readonly MoodModel _mood = new();
    private Rng _random = new(0);
    private PatientBatch _batch = new();

    public PatientSimulator(ClinicContext clinic, IdSequence ids)
    {
        _clinic = clinic;
        _ids = ids;
    }

    private enum EventStream
    {
        PrimaryCare,
        OtherVisit,
        Therapy,
        CareManagement,
        PsychiatricConsult,
        Antidepressant,
        ChronicFill,
        NewEpisode,
        AvoidableEd,
        OtherEd,
        BehavioralHealthEd,
        EdFollowUp,
    }

    /// <summary>Writes patient <paramref name="number"/>'s row and history into <paramref name="batch"/>.</summary>
    public void Simulate(int number, Rng random, PatientBatch batch)
    {
        _random = random;
        _batch = batch;
        CreatePatient(number);
        ResetCare();
        _mood.Start(_activeFrom, _bipolar, random);
        ScheduleFirstEvents();

        while (true)
        {
            var stream = NextStream(out var day);
            if (day > _lastDay)
            {
                return;
            }

            _mood.Advance(day, RecoveryPerDay(day, out var treated), treated, random);
            Run(stream, day);
        }
    }

    private void Run(EventStream stream, DateOnly day)
    {
        switch (stream)
        {
            case EventStream.PrimaryCare:
                PrimaryCareVisit(day);
                break;
            case EventStream.OtherVisit:
                OtherVisit(day);
                break;
            case EventStream.Therapy:
                TherapySession(day);
                break;
            case EventStream.CareManagement:
                CareManagerContact(day);
                break;
            case EventStream.PsychiatricConsult:
                PsychiatricConsult(day);
                break;
            case EventStream.Antidepressant:
                AntidepressantFill(day);
                break;
            case EventStream.ChronicFill:
                ChronicFill(day);
                break;
            case EventStream.EdFollowUp:
                EdFollowUpContact(day);
                break;
            case EventStream.NewEpisode:
                _mood.StartEpisode(_random);
                _nextEpisode = day.AddDays(DaysUntil(_mood.EpisodeHazardPerYear));
                break;
            default:
                EdVisitCandidate(stream, day);
                break;
        }
    }

    private EventStream NextStream(out DateOnly day)
    {
        day = _nextPrimaryCare;
        var stream = EventStream.PrimaryCare;
        Earlier(ref day, ref stream, _nextOtherVisit, EventStream.OtherVisit);
        Earlier(ref day, ref stream, _nextTherapy, EventStream.Therapy);
        Earlier(ref day, ref stream, _nextCareManager, EventStream.CareManagement);
        Earlier(ref day, ref stream, _nextConsult, EventStream.PsychiatricConsult);
        Earlier(ref day, ref stream, _nextAntidepressant, EventStream.Antidepressant);
        Earlier(ref day, ref stream, NextChronicFill(), EventStream.ChronicFill);
        Earlier(ref day, ref stream, _nextEpisode, EventStream.NewEpisode);
        Earlier(ref day, ref stream, _nextAvoidableEd, EventStream.AvoidableEd);
        Earlier(ref day, ref stream, _nextOtherEd, EventStream.OtherEd);
        Earlier(ref day, ref stream, _nextBehavioralHealthEd, EventStream.BehavioralHealthEd);
        Earlier(ref day, ref stream, _nextEdFollowUp, EventStream.EdFollowUp);
        return stream;
    }

    private static void Earlier(ref DateOnly day, ref EventStream stream, DateOnly candidate, EventStream candidateStream)
    {
        if (candidate < day)
        {
            day = candidate;
            stream = candidateStream;
        }
    }

    private void ScheduleFirstEvents()
    {
        // Established patients' next visit falls anywhere in their usual interval; a new patient comes in on day one.
        var interval = 365.0 / _visitsPerYear;
        _nextPrimaryCare = _activeFrom.AddDays(_activeFrom == _clinic.Timeline.Start && !_newborn ? _random.Next((int)interval + 1) : 0);
        _nextOtherVisit = _activeFrom.AddDays(DaysUntil(Story.OtherVisitsPerYear));
        _nextEpisode = _activeFrom.AddDays(DaysUntil(_mood.EpisodeHazardPerYear));
        _nextAvoidableEd = _activeFrom.AddDays(DaysUntil(MaxAvoidableEdPerYear()));
        _nextOtherEd = _activeFrom.AddDays(DaysUntil(MaxOtherEdPerYear()));
        _nextBehavioralHealthEd = _activeFrom.AddDays(DaysUntil(Story.MaxBehavioralHealthEdPerYear));
    }

    /// <summary>Days to the next event of a Poisson process with this yearly rate (capped so dates stay valid).</summary>
    private int DaysUntil(double perYear) =>
        perYear <= 0 ? 100_000 : (int)Math.Min(100_000, 1 + _random.Exponential(365.0 / perYear));

    private double RecoveryPerDay(DateOnly day, out bool treated)
    {
        var rate = 1 / Story.NaturalRecoveryDays;
        treated = false;
        if (InTherapy(day))
        {
            rate += 1 / Story.TherapyRecoveryDays;
            treated = true;
        }

        if (_antidepressantCoveredUntil.AddDays(7) >= day && _antidepressantCoveredUntil != DateOnly.MinValue)
        {
            rate += 1 / Story.MedicationRecoveryDays;
            treated = true;
        }

        if (InCollaborativeCare(day))
        {
            rate += 1 / Story.CollaborativeCareRecoveryDays;
            treated = true;
        }

        return rate;
    }

    private int AgeAt(DateOnly day)
    {
        var age = day.Year - _birth.Year;
        return _birth.AddYears(age) > day ? age - 1 : age;
    }

    private static int DaysBetween(DateOnly from, DateOnly to) => to.DayNumber - from.DayNumber;

    /// <summary>The day <paramref name="days"/> after <paramref name="day"/>, but no later than the patient's last day.</summary>
    private DateOnly Within(DateOnly day, int days)
    {
        var target = day.AddDays(days);
        return target > _lastDay ? _lastDay : target;
    }

    private EncounterStatus PickStatus(double noShow, double cancelled)
    {
        var x = _random.NextDouble();
        return x < noShow ? EncounterStatus.NoShow : x < noShow + cancelled ? EncounterStatus.Cancelled : EncounterStatus.Completed;
    }

    private Modality PickModality(double telehealth, double phone)
    {
        var x = _random.NextDouble();
        return x < telehealth ? Modality.Telehealth : x < telehealth + phone ? Modality.Phone : Modality.InPerson;
    }

    private void AddEncounter(DateOnly day, EncounterType type, Modality modality, EncounterStatus status, string provider, int? minutes) =>
        _batch.Encounters.Add(new EncounterRecord(_ids.Next(Entity.Encounters), day, type, modality, status, provider, minutes));

    private void AddScreening(DateOnly day, Instrument instrument, int? score, int? item9, bool positive) =>
        _batch.Screenings.Add(new ScreeningRecord(_ids.Next(Entity.Screenings), day, instrument, score, item9, positive));

    private void AddReferral(DateOnly day, ReferralService service, bool warmHandoff) =>
        _batch.Referrals.Add(new ReferralRecord(_ids.Next(Entity.Referrals), day, service, warmHandoff));

    private void AddFill(DateOnly day, string drug, string drugClass, int daysSupply) =>
        _batch.Fills.Add(new FillRecord(_ids.Next(Entity.MedicationFills), day, drug, drugClass, daysSupply));

    private void AddDiagnosis(DateOnly day, string code) =>
        _batch.Diagnoses.Add(new DiagnosisRecord(_ids.Next(Entity.Diagnoses), code, day));
}
