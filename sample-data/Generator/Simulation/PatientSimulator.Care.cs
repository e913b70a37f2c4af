namespace QiPipeline.SampleData;

/// <summary>Depression plans, referrals, warm handoffs, therapy, collaborative care and psychiatric consults.</summary>
internal sealed partial class PatientSimulator
{
    /// <summary>Psychotherapy visit lengths (the 90832/90834/90837 time bands).</summary>
    private static readonly int[] TherapyMinutes = [30, 45, 53, 60];

    private DateOnly _depressionCareUntil;
    private DateOnly _lastPlan;
    private DateOnly _lastDepressionDx;
    private int _plans;

    /// <summary>The latest plan's day and score, and whether a PHQ-9 since has shown improvement (for the week-8 review).</summary>
    private DateOnly _planDay;

    private int _planScore;
    private bool _improvedSincePlan;

    private DateOnly _nextTherapy;
    private DateOnly _inTherapyUntil;
    private DateOnly _therapyLateStart;
    private int _therapySessionsLeft;
    private bool _therapyMustAttend;
    private bool _therapyMissNext;
    private EncounterType _therapyType;
    private string _therapist = "";

    private DateOnly _nextCareManager;
    private DateOnly _collaborativeStart;
    private DateOnly _collaborativeUntil;
    private DateOnly _nextConsult;
    private bool _consultIsReview;
    private bool _careManagerFirst;
    private int _lowScores;
    private string _careManager = "";
    private DateOnly _nextEdFollowUp;

    private void ResetCare()
    {
        _lastDepressionScreen = DateOnly.MinValue;
        _lastAnxietyScreen = DateOnly.MinValue;
        _lastSubstanceScreen = DateOnly.MinValue;
        _lastSocialNeedsScreen = DateOnly.MinValue;
        _lastPhq9 = DateOnly.MinValue;
        _lastAnxietyDx = DateOnly.MinValue;
        _lastGad7 = DateOnly.MinValue;
        _anxietyCareUntil = DateOnly.MinValue;
        _anxietyRecheck = DateOnly.MinValue;
        _alcoholDxRecorded = false;
        _depressionCareUntil = DateOnly.MinValue;
        _lastPlan = DateOnly.MinValue;
        _lastDepressionDx = DateOnly.MinValue;
        _plans = 0;
        _planDay = DateOnly.MinValue;
        _planScore = 0;
        _improvedSincePlan = false;
        _nextTherapy = Never;
        _inTherapyUntil = DateOnly.MinValue;
        _therapyLateStart = Never;
        _therapySessionsLeft = 0;
        _therapyMustAttend = false;
        _therapyMissNext = false;
        _nextCareManager = Never;
        _collaborativeStart = Never;
        _collaborativeUntil = DateOnly.MinValue;
        _nextConsult = Never;
        _consultIsReview = false;
        _nextEdFollowUp = Never;
        _nextAntidepressant = Never;
        _antidepressantCoveredUntil = DateOnly.MinValue;
    }

    private bool InTherapy(DateOnly day) => _inTherapyUntil >= day;

    private bool InCollaborativeCare(DateOnly day) => day >= _collaborativeStart && day <= _collaborativeUntil;

    /// <summary>Already followed by BH (or about to be): no new BH referral.</summary>
    private bool InBehavioralHealthCare(DateOnly day) => InTherapy(day) || InCollaborativeCare(day) || _nextTherapy != Never;

    private void StartDepressionPlan(DateOnly day, int age, double uptake, int score)
    {
        _depressionCareUntil = day.AddDays(365);
        _lastPlan = day;
        if (DaysBetween(_lastDepressionDx, day) > Story.DepressionDxRecodeDays && _random.Chance(0.8))
        {
            CodeDepression(day, score);
        }

        _plans++;
        _planDay = day;
        _planScore = score;
        _improvedSincePlan = false;
        if (_nextConsult == Never)
        {
            _nextConsult = day.AddDays(_random.Between(Story.ImprovementReviewMinDays, Story.ImprovementReviewMaxDays));
            _consultIsReview = true;
        }

        var collaborative = _clinic.Profile.Pilot && !InCollaborativeCare(day)
            && _random.Chance(Story.CollaborativeCareEnrollment * uptake);
        if ((collaborative || _random.Chance(Story.ReferWhenActing.At(uptake))) && !InBehavioralHealthCare(day))
        {
            var psychiatry = !collaborative && (_bipolar || score >= 20) && _random.Chance(0.5);
            Refer(day, uptake, psychiatry ? ReferralService.Psychiatry : ReferralService.BehavioralHealth, collaborative);
        }

        var medication = age >= 18
            ? Story.AntidepressantWhenActing.At(uptake) + (score >= 15 ? Story.AntidepressantSevereExtra : 0)
            : Story.TeenAntidepressant;
        if (_nextAntidepressant == Never && _random.Chance(medication))
        {
            StartAntidepressant(Within(day, _random.Between(0, 3)));
        }
    }

    /// <summary>
    /// A referral, and what follows it: a warm handoff may become a same-day BH contact; an
    /// engaged patient starts therapy (or collaborative care); an unengaged one may miss a first
    /// appointment and start late, after the 30-day engagement window.
    /// </summary>
    private void Refer(DateOnly day, double uptake, ReferralService service, bool collaborative)
    {
        var referralDay = _random.Chance(Story.SameDayReferral) ? day : Within(day, _random.Between(1, 7));
        var behavioral = service != ReferralService.SocialServices;
        var warm = behavioral && service != ReferralService.Psychiatry
            && _random.Chance(Story.WarmHandoff.At(uptake) * (_english ? 1 : Story.NonEnglishWarmHandoffFactor));
        AddReferral(referralDay, service, warm);
        if (!behavioral)
        {
            return;
        }

        _therapist = _random.Pick(_clinic.BehavioralHealthProviders);
        _careManager = _random.Pick(_clinic.CareManagers);
        var sameDayContact = warm && _random.Chance(Story.WarmHandoffSameDayContact);
        if (sameDayContact)
        {
            AddEncounter(referralDay, collaborative ? EncounterType.CareManagement : EncounterType.BehavioralHealth, Modality.InPerson,
                EncounterStatus.Completed, collaborative ? _careManager : _therapist, _random.Between(20, 45));
        }

        var engagement = Story.Engagement.At(uptake) * (_english ? 1 : Story.NonEnglishEngagementFactor) * _clinic.Noise(referralDay);
        if (sameDayContact || _random.Chance(engagement))
        {
            if (collaborative)
            {
                StartCollaborativeCare(referralDay, sameDayContact);
            }
            else
            {
                StartTherapy(referralDay, sameDayContact, service == ReferralService.Psychiatry);
            }

            return;
        }

        var late = _random.Chance(Story.LateEngagement);
        _therapyType = service == ReferralService.Psychiatry ? EncounterType.PsychiatricConsult : EncounterType.BehavioralHealth;
        if (_random.Chance(Story.MissedFirstAppointment))
        {
            _nextTherapy = referralDay.AddDays(_random.Between(7, 25));
            _therapyMissNext = true;
            _therapyLateStart = late ? referralDay.AddDays(_random.Between(35, 80)) : Never;
        }
        else if (late)
        {
            _nextTherapy = referralDay.AddDays(_random.Between(35, 80));
            _therapyMustAttend = true;
            _therapySessionsLeft = _random.Between(2, 5);
        }
    }

    private void StartTherapy(DateOnly day, bool firstContactDone, bool psychiatry)
    {
        _therapyType = psychiatry && !firstContactDone ? EncounterType.PsychiatricConsult : EncounterType.BehavioralHealth;
        _therapySessionsLeft = _random.Between(Story.MinTherapySessions, Story.MaxTherapySessions) - (firstContactDone ? 1 : 0);
        _therapyMustAttend = !firstContactDone;
        _therapyMissNext = false;
        _therapyLateStart = Never;
        if (firstContactDone)
        {
            _inTherapyUntil = day.AddDays(45);
        }

        _nextTherapy = _therapySessionsLeft <= 0 ? Never
            : day.AddDays(firstContactDone ? _random.Between(14, 28) : _random.Between(3, 27));
    }

    private void TherapySession(DateOnly day)
    {
        var uptake = _clinic.Uptake(day);
        var status = _therapyMissNext ? (_random.Chance(0.65) ? EncounterStatus.NoShow : EncounterStatus.Cancelled)
            : _therapyMustAttend ? EncounterStatus.Completed
            : PickStatus(Story.BehavioralHealthNoShow, Story.BehavioralHealthCancelled);
        var modality = PickModality(Story.BehavioralHealthTelehealth.At(uptake), Story.BehavioralHealthPhone);
        var psychiatrist = _therapyType == EncounterType.PsychiatricConsult;
        int? minutes = status == EncounterStatus.Completed ? (psychiatrist ? _random.Between(30, 60) : _random.Pick(TherapyMinutes)) : null;
        AddEncounter(day, _therapyType, modality, status, psychiatrist ? _clinic.Psychiatrist : _therapist, minutes);

        if (_therapyMissNext)
        {
            _therapyMissNext = false;
            _nextTherapy = _therapyLateStart;
            _therapyMustAttend = _therapyLateStart != Never;
            _therapySessionsLeft = _random.Between(2, 5);
            _therapyLateStart = Never;
            return;
        }

        if (status == EncounterStatus.Completed)
        {
            _therapyMustAttend = false;
            _therapyType = EncounterType.BehavioralHealth;
            _therapySessionsLeft--;
            _inTherapyUntil = day.AddDays(45);
            if (_depressionCareUntil >= day && DaysBetween(_lastPhq9, day) >= Story.MonitoringIntervalDays
                && _random.Chance(Story.MonitorAtBehavioralHealth.At(uptake)))
            {
                Monitor(day, AgeAt(day));
            }

            MaybeMonitorAnxiety(day, uptake);
            MaybeSurvey(day, uptake, Story.SurveyAfterBehavioralHealth);
        }

        _nextTherapy = _therapySessionsLeft <= 0 ? Never
            : day.AddDays(status == EncounterStatus.Completed ? _random.Between(14, 28) : _random.Between(7, 14));
    }

    private void StartCollaborativeCare(DateOnly day, bool firstContactDone)
    {
        _collaborativeStart = day;
        _collaborativeUntil = day.AddDays(_random.Between(Story.MinCollaborativeCareDays, Story.MaxCollaborativeCareDays));

        // The care manager's registry tracks GAD-7 beside PHQ-9 for every enrolled patient.
        if (_anxietyCareUntil < _collaborativeUntil)
        {
            _anxietyCareUntil = _collaborativeUntil;
        }

        _careManagerFirst = !firstContactDone;
        _lowScores = 0;
        _nextCareManager = day.AddDays(firstContactDone
            ? _random.Between(Story.MinCareManagerIntervalDays, Story.MaxCareManagerIntervalDays)
            : _random.Between(2, 10));
        if (_random.Chance(Story.CollaborativeCareWithTherapy))
        {
            StartTherapy(day, firstContactDone: false, psychiatry: false);
        }
    }

    private void CareManagerContact(DateOnly day)
    {
        // The first contact is the enrollment visit: it happens (that is what engaged means).
        var status = _careManagerFirst ? EncounterStatus.Completed : PickStatus(Story.CareManagerNoShow, Story.CareManagerCancelled);
        var modality = _careManagerFirst ? (_random.Chance(0.6) ? Modality.InPerson : Modality.Telehealth) : PickModality(0.3, 0.6);
        int? minutes = status != EncounterStatus.Completed ? null : _careManagerFirst ? _random.Between(40, 60) : _random.Between(10, 35);
        AddEncounter(day, EncounterType.CareManagement, modality, status, _careManager, minutes);
        if (status == EncounterStatus.Completed)
        {
            _careManagerFirst = false;
            if (DaysBetween(_lastPhq9, day) >= Story.MonitoringIntervalDays && _random.Chance(Story.MonitorAtCareManagement))
            {
                var score = Monitor(day, AgeAt(day));
                _lowScores = score < 5 ? _lowScores + 1 : 0;
                if (_lowScores >= 2 && DaysBetween(_collaborativeStart, day) >= 120)
                {
                    _collaborativeUntil = day; // graduated: two scores in remission
                }
            }

            MaybeMonitorAnxiety(day, _clinic.Uptake(day));
        }

        _nextCareManager = day < _collaborativeUntil
            ? day.AddDays(_random.Between(Story.MinCareManagerIntervalDays, Story.MaxCareManagerIntervalDays))
            : Never;
    }

    /// <summary>
    /// The week-8 review of a depression plan (stepped care): a patient whose PHQ-9s since the
    /// plan show no improvement may get a psychiatric consult a few days later; then the consult.
    /// </summary>
    private void PsychiatricConsult(DateOnly day)
    {
        var uptake = _clinic.Uptake(day);
        _nextConsult = Never;
        if (_consultIsReview)
        {
            _consultIsReview = false;
            if (!_improvedSincePlan && _random.Chance(Story.ConsultForNonImprover.At(uptake)))
            {
                _nextConsult = day.AddDays(_random.Between(2, 14));
            }

            return;
        }

        var modality = PickModality(Story.BehavioralHealthTelehealth.At(uptake), Story.BehavioralHealthPhone);
        AddEncounter(day, EncounterType.PsychiatricConsult, modality, EncounterStatus.Completed, _clinic.Psychiatrist, _random.Between(20, 40));
        if (AgeAt(day) >= 18 && _nextAntidepressant == Never && _random.Chance(Story.AntidepressantAfterConsult))
        {
            StartAntidepressant(Within(day, _random.Between(0, 5)));
        }
    }
}
