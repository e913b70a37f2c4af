namespace QiPipeline.SampleData;

/// <summary>
/// ED visits: three Poisson streams (avoidable, other, behavioral health) whose rates change
/// with season, payer, age, the pilot and the latent mood, drawn by thinning: candidates come
/// at the stream's highest rate and are kept with probability rate / highest rate.
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

        if (_random.Chance(rate / highest))
        {
            _batch.EdVisits.Add(new EdVisitRecord(
                _ids.Next(Entity.EdVisits), day, diagnoses.Pick(_random), _random.Chance(admitted), _clinic.Facilities.Pick(_random)));
        }
    }
}
