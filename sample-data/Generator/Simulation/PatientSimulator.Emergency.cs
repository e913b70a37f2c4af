namespace QiPipeline.SampleData;

/// <summary>
/// ED visits: three Poisson streams (avoidable, other, behavioral health) whose rates change
/// with season, payer, age, the pilot and the latent mood, drawn by thinning: candidates come
/// at the stream's highest rate and are kept with probability rate / highest rate. A BH visit
/// that does not lead to admission may be followed by a BH contact within 7 or 30 days.
/// </summary>
internal sealed partial class PatientSimulator
{
    private DateOnly _nextAvoidableEd;
    private DateOnly _nextOtherEd;
    private DateOnly _nextBehavioralHealthEd;

    private double MaxAvoidableEdPerYear() =>
        (Story.AvoidableEdPerYear + (_publicPayer ? Story.PublicPayerAvoidableEdExtra : 0) + Story.YoungChildAvoidableEdExtra)
        * Story.MaxEdSeason;

    private static double MaxOtherEdPerYear() => (Story.OtherEdPerYear + Story.ElderlyOtherEdExtra) * Story.MaxEdSeason;

    private void EdVisitCandidate(EventStream stream, DateOnly day)
    {
        var season = Story.EdSeason(day.Month);
        var age = AgeAt(day);
        double rate;
        double highest;
        WeightedChoice<string> diagnoses;
        double admitted;
        switch (stream)
        {
            case EventStream.AvoidableEd:
                highest = MaxAvoidableEdPerYear();
                rate = (Story.AvoidableEdPerYear + (_publicPayer ? Story.PublicPayerAvoidableEdExtra : 0)
                        + (age < 5 ? Story.YoungChildAvoidableEdExtra : 0))
                    * season * Story.AvoidableEdFactor.At(_clinic.Uptake(day));
                diagnoses = ClinicalCodes.AvoidableEdDx;
                admitted = Story.AdmittedAvoidable;
                _nextAvoidableEd = day.AddDays(DaysUntil(highest));
                break;
            case EventStream.OtherEd:
                highest = MaxOtherEdPerYear();
                rate = (Story.OtherEdPerYear + (age >= 75 ? Story.ElderlyOtherEdExtra : 0)) * season;
                diagnoses = ClinicalCodes.OtherEdDx;
                admitted = Story.AdmittedOther;
                _nextOtherEd = day.AddDays(DaysUntil(highest));
                break;
            default:
                highest = Story.MaxBehavioralHealthEdPerYear;
                rate = Story.BehavioralHealthEdPerYear(_mood.Depression);
                diagnoses = ClinicalCodes.BehavioralHealthEdDx;
                admitted = Story.AdmittedBehavioralHealth;
                _nextBehavioralHealthEd = day.AddDays(DaysUntil(highest));
                break;
        }

        if (!_random.Chance(rate / highest))
        {
            return;
        }

        var primary = diagnoses.Pick(_random);
        var wasAdmitted = _random.Chance(admitted);
        var behavioral = stream == EventStream.BehavioralHealthEd;
        var other = behavioral ? ClinicalCodes.BehavioralHealthEdOtherDx(primary, _random)
            : primary[0] == 'S' && _random.Chance(Story.InjuryExternalCause) ? ClinicalCodes.Fall
            : null;
        _batch.EdVisits.Add(new EdVisitRecord(_ids.Next(Entity.EdVisits), day, primary, wasAdmitted, _clinic.Facilities.Pick(_random), other));
        if (behavioral && !wasAdmitted)
        {
            ScheduleEdFollowUp(day);
        }
    }

    private void ScheduleEdFollowUp(DateOnly day)
    {
        if (_nextEdFollowUp != Never)
        {
            return;
        }

        var uptake = _clinic.Uptake(day);
        if (_random.Chance(Story.EdFollowUpWithin7Days.At(uptake)))
        {
            _nextEdFollowUp = day.AddDays(_random.Between(1, 7));
        }
        else if (_random.Chance(Story.EdFollowUpWithin30Days.At(uptake)))
        {
            _nextEdFollowUp = day.AddDays(_random.Between(8, 30));
        }
    }

    /// <summary>The BH contact after an ED visit: the care manager's when in collaborative care, else a therapist's (who may start therapy).</summary>
    private void EdFollowUpContact(DateOnly day)
    {
        _nextEdFollowUp = Never;
        var uptake = _clinic.Uptake(day);
        var modality = PickModality(Story.BehavioralHealthTelehealth.At(uptake), Story.BehavioralHealthPhone);
        if (InCollaborativeCare(day))
        {
            AddEncounter(day, EncounterType.CareManagement, modality, EncounterStatus.Completed, _careManager, _random.Between(10, 35));
            return;
        }

        _therapist = _random.Pick(_clinic.BehavioralHealthProviders);
        AddEncounter(day, EncounterType.BehavioralHealth, modality, EncounterStatus.Completed, _therapist, _random.Pick(TherapyMinutes));
        if (!InBehavioralHealthCare(day) && _random.Chance(Story.TherapyAfterEdFollowUp))
        {
            StartTherapy(day, firstContactDone: true, psychiatry: false);
        }
    }
}
