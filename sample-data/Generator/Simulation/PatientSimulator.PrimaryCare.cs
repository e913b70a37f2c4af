namespace QiPipeline.SampleData;

/// <summary>Primary-care and other visits: where screening happens and plans start.</summary>
internal sealed partial class PatientSimulator
{
    private static readonly WeightedChoice<int> PrimaryCareMinutes = new((15, 0.2), (20, 0.35), (30, 0.35), (40, 0.1));

    private DateOnly _nextPrimaryCare;
    private DateOnly _nextOtherVisit;
    private DateOnly _nextEpisode;

    private void PrimaryCareVisit(DateOnly day)
    {
        var uptake = _clinic.Uptake(day);
        var status = PickStatus(Story.PrimaryCareNoShow, Story.PrimaryCareCancelled);
        var modality = PickModality(Story.PrimaryCareTelehealth.At(uptake), Story.PrimaryCarePhone);
        var provider = _random.Chance(0.8) ? _pcp : _random.Pick(_clinic.PrimaryCareProviders);
        int? minutes = status == EncounterStatus.Completed && !_random.Chance(Story.MinutesNotRecorded)
            ? PrimaryCareMinutes.Pick(_random)
            : null;
        AddEncounter(day, EncounterType.PrimaryCare, modality, status, provider, minutes);
        if (status != EncounterStatus.Completed)
        {
            _nextPrimaryCare = day.AddDays(_random.Between(7, 28));
            return;
        }

        if (!_startingDiagnosesRecorded)
        {
            RecordStartingDiagnoses(day);
        }

        Screen(day, uptake);
        if (!InBehavioralHealthCare(day) && _random.Chance(Story.ReferralWithoutScreen))
        {
            Refer(day, uptake, ReferralService.BehavioralHealth, collaborative: false);
        }

        MaybeSurvey(day, uptake, Story.SurveyAfterPrimaryCare);
        _nextPrimaryCare = day.AddDays(NextVisitInterval(day));
        if (_anxietyRecheck > day && _anxietyRecheck < _nextPrimaryCare)
        {
            _nextPrimaryCare = _anxietyRecheck;
        }
    }

    private int NextVisitInterval(DateOnly day)
    {
        // A patient who just started a depression plan comes back soon, unless a care manager follows them.
        if (_lastPlan != DateOnly.MinValue && DaysBetween(_lastPlan, day) <= 90 && !InCollaborativeCare(day))
        {
            return _random.Between(Story.FollowUpVisitMinDays, Story.FollowUpVisitMaxDays);
        }

        return (int)Math.Max(14, 365.0 / VisitsPerYear(day) * _random.Uniform(0.5, 1.5));
    }

    private void OtherVisit(DateOnly day)
    {
        var status = _random.Chance(0.95) ? EncounterStatus.Completed : EncounterStatus.NoShow;
        AddEncounter(day, EncounterType.Other, Modality.InPerson, status, _pcp, status == EncounterStatus.Completed ? 15 : null);
        _nextOtherVisit = day.AddDays(DaysUntil(Story.OtherVisitsPerYear));
    }

    /// <summary>Chronic conditions and serious mental illness are on the problem list from the first visit.</summary>
    private void RecordStartingDiagnoses(DateOnly day)
    {
        _startingDiagnosesRecorded = true;
        foreach (var condition in _conditions)
        {
            AddDiagnosis(day, condition.DxCode);
        }

        if (_bipolar)
        {
            AddDiagnosis(day, ClinicalCodes.Bipolar);
        }

        if (_psychotic)
        {
            AddDiagnosis(day, ClinicalCodes.Schizophrenia);
        }
    }

    private void MaybeSurvey(DateOnly day, double uptake, double probability)
    {
        if (!_random.Chance(probability))
        {
            return;
        }

        var surveyDay = Within(day, _random.Between(1, 10));
        var tenPoint = _random.Chance(_clinic.Profile.TenPointSurveyShare);
        var topBoxRate = (tenPoint ? Story.TenPointTopBox : Story.FivePointTopBox).At(uptake);
        var topBox = _random.Chance(Math.Min(0.95, topBoxRate * _clinic.Noise(day)));
        var x = _random.NextDouble();
        var (score, max) = tenPoint
            ? (topBox ? (x < Story.TenOfTopBox ? 10 : 9) : x < 0.5 ? 8 : x < 0.75 ? 7 : _random.Between(0, 6), 10)
            : (topBox ? 5 : x < 0.55 ? 4 : x < 0.8 ? 3 : _random.Between(1, 2), 5);
        _batch.Surveys.Add(new SurveyRecord(_ids.Next(Entity.Surveys), surveyDay, score, max));
    }
}
