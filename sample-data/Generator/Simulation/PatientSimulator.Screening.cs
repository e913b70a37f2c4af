namespace QiPipeline.SampleData;

/// <summary>Screening at a completed primary-care visit, PHQ-9 and GAD-7 monitoring during care, and the depression codes that high scores bring.</summary>
internal sealed partial class PatientSimulator
{
    private DateOnly _lastDepressionScreen;
    private DateOnly _lastAnxietyScreen;
    private DateOnly _lastSubstanceScreen;
    private DateOnly _lastSocialNeedsScreen;
    private DateOnly _lastPhq9;
    private DateOnly _lastAnxietyDx;
    private string _lastDepressionCode = "";
    private DateOnly _lastGad7;
    private DateOnly _anxietyCareUntil;
    private DateOnly _anxietyRecheck;
    private bool _alcoholDxRecorded;

    private void Screen(DateOnly day, double uptake)
    {
        var age = AgeAt(day);
        if (age < Story.MinScreeningAge)
        {
            return;
        }

        var factor = _clinic.Noise(day) * (_english ? 1 : Story.NonEnglishScreeningFactor);
        var monitored = false;
        if (_depressionCareUntil >= day && DaysBetween(_lastPhq9, day) >= Story.MonitoringIntervalDays
            && _random.Chance(Story.MonitorAtPrimaryCare.At(uptake)))
        {
            Monitor(day, age);
            monitored = true;
        }

        if (!monitored && _random.Chance(ScreenProbability(_lastDepressionScreen, day, Story.DepressionScreenWhenDue.At(uptake)) * factor))
        {
            ScreenDepression(day, age, uptake);
        }

        if (_anxietyCareUntil >= day && DaysBetween(_lastGad7, day) >= Story.MonitoringIntervalDays
            && (day == _anxietyRecheck || _random.Chance(Story.MonitorAnxiety.At(uptake))))
        {
            MonitorAnxiety(day);
        }
        else if (_random.Chance(ScreenProbability(_lastAnxietyScreen, day, Story.AnxietyScreenWhenDue.At(uptake)) * factor))
        {
            ScreenAnxiety(day, uptake);
        }

        if (_random.Chance(ScreenProbability(_lastSubstanceScreen, day, Story.SubstanceScreenWhenDue.At(uptake)) * factor))
        {
            ScreenSubstanceUse(day, age, uptake);
        }

        if (age >= Story.MinSdohScreeningAge
            && _random.Chance(ScreenProbability(_lastSocialNeedsScreen, day, Story.SdohScreenWhenDue.At(uptake)) * factor))
        {
            ScreenSocialNeeds(day, uptake);
        }
    }

    private static double ScreenProbability(DateOnly lastScreen, DateOnly day, double whenDue) =>
        DaysBetween(lastScreen, day) > Story.ScreeningDueAfterDays ? whenDue : Story.ScreenWhenNotDue;

    private void ScreenDepression(DateOnly day, int age, double uptake)
    {
        _lastDepressionScreen = day;
        var full = age < 18 ? Instrument.PhqA
            : day >= _postpartumFrom && day < _postpartumUntil ? Instrument.Epds
            : Instrument.Phq9;
        if (full == Instrument.Phq9 && _random.Chance(Story.TwoStepScreeningShare))
        {
            var score = _mood.ReadPhq2(_random);
            AddScreening(day, Instrument.Phq2, score, null, Instruments.IsPositive(Instrument.Phq2, score, _sex));
            if (score < 3)
            {
                return;
            }

            if (!_random.Chance(Story.FullScreenAfterPositiveShortScreen.At(uptake)))
            {
                // Some clinicians act on a positive PHQ-2 without the PHQ-9.
                if (_depressionCareUntil < day && _random.Chance(Story.ActOnPositiveScreen.At(uptake) * 0.5))
                {
                    StartDepressionPlan(day, age, uptake, 12);
                }

                return;
            }
        }

        var total = full == Instrument.Epds ? _mood.ReadEpds(_random) : _mood.ReadPhq9(_random);
        int? item9 = full == Instrument.Epds ? null : SelfHarmItem(total);
        AddScreening(day, full, total, item9, Instruments.IsPositive(full, total, _sex));
        if (full != Instrument.Epds)
        {
            _lastPhq9 = day;
            NoteImprovement(day, total);
        }

        CodeDepressionAtHighScore(day, total, uptake);
        if (total >= 10 && _depressionCareUntil < day && _random.Chance(Story.ActOnPositiveScreen.At(uptake)))
        {
            StartDepressionPlan(day, age, uptake, total);
        }
    }

    /// <summary>A visit with a score of 10 or more usually carries a depression code (the problem is addressed and billed).</summary>
    private void CodeDepressionAtHighScore(DateOnly day, int score, double uptake)
    {
        if (score >= 10 && DaysBetween(_lastDepressionDx, day) > Story.DepressionDxRecodeDays
            && _random.Chance(Story.DepressionDxAtHighScore.At(uptake)))
        {
            CodeDepression(day, score);
        }
    }

    /// <summary>
    /// The episode's code again within a year of the last one; otherwise F32.x for a first coded
    /// episode (F32.9 when unspecified) and F33.x (recurrent) once an earlier episode was coded.
    /// </summary>
    private void CodeDepression(DateOnly day, int score)
    {
        _lastDepressionCode = _lastDepressionDx != DateOnly.MinValue && DaysBetween(_lastDepressionDx, day) <= 365 ? _lastDepressionCode
            : _lastDepressionDx != DateOnly.MinValue ? (score >= 20 ? "F33.2" : "F33.1")
            : _random.Chance(0.1) ? "F32.9"
            : score >= 20 ? "F32.2" : "F32.1";
        AddDiagnosis(day, _lastDepressionCode);
        _lastDepressionDx = day;
    }

    /// <summary>Whether a PHQ-9 after the plan shows improvement: below 10, or at most half the plan's score.</summary>
    private void NoteImprovement(DateOnly day, int score)
    {
        if (day > _planDay && (score < 10 || 2 * score <= _planScore))
        {
            _improvedSincePlan = true;
        }
    }

    /// <summary>A PHQ-9 (PHQ-A for teens) during a depression episode; returns the score.</summary>
    private int Monitor(DateOnly day, int age)
    {
        var instrument = age < 18 ? Instrument.PhqA : Instrument.Phq9;
        var score = _mood.ReadPhq9(_random);
        AddScreening(day, instrument, score, SelfHarmItem(score), Instruments.IsPositive(instrument, score, _sex));
        _lastPhq9 = day;
        _lastDepressionScreen = day;
        NoteImprovement(day, score);
        CodeDepressionAtHighScore(day, score, _clinic.Uptake(day));
        if (score < 5 && _therapySessionsLeft > 1)
        {
            _therapySessionsLeft = 1;
        }

        return score;
    }

    private int SelfHarmItem(int score)
    {
        if (!_random.Chance(Story.SelfHarmItemRate(score)))
        {
            return 0;
        }

        var x = _random.NextDouble();
        return x < 0.75 ? 1 : x < 0.95 ? 2 : 3;
    }

    private void ScreenAnxiety(DateOnly day, double uptake)
    {
        _lastAnxietyScreen = day;
        if (_random.Chance(Story.TwoStepScreeningShare))
        {
            var shortScore = _mood.ReadGad2(_random);
            AddScreening(day, Instrument.Gad2, shortScore, null, Instruments.IsPositive(Instrument.Gad2, shortScore, _sex));
            if (shortScore < 3 || !_random.Chance(Story.FullScreenAfterPositiveShortScreen.At(uptake)))
            {
                return;
            }
        }

        var score = _mood.ReadGad7(_random);
        AddScreening(day, Instrument.Gad7, score, null, Instruments.IsPositive(Instrument.Gad7, score, _sex));
        _lastGad7 = day;
        if (score < 10)
        {
            return;
        }

        if (_anxietyCareUntil < day)
        {
            _anxietyCareUntil = day.AddDays(Story.AnxietyCareDays);
            if (_random.Chance(Story.AnxietyRecheckVisit.At(uptake)))
            {
                _anxietyRecheck = day.AddDays(_random.Between(Story.AnxietyRecheckMinDays, Story.AnxietyRecheckMaxDays));
            }
        }

        if (DaysBetween(_lastAnxietyDx, day) > 365 && _random.Chance(0.5))
        {
            AddDiagnosis(day, ClinicalCodes.GeneralizedAnxiety);
            _lastAnxietyDx = day;
        }

        if (!InBehavioralHealthCare(day) && _random.Chance(Story.ReferAfterPositiveAnxiety.At(uptake)))
        {
            var collaborative = _clinic.Profile.Pilot && _random.Chance(Story.CollaborativeCareEnrollment * uptake);
            Refer(day, uptake, ReferralService.BehavioralHealth, collaborative);
        }
    }

    /// <summary>At a BH or care-manager contact during anxiety care, a GAD-7 when none was taken lately.</summary>
    private void MaybeMonitorAnxiety(DateOnly day, double uptake)
    {
        if (_anxietyCareUntil >= day && DaysBetween(_lastGad7, day) >= Story.MonitoringIntervalDays
            && _random.Chance(Story.MonitorAnxiety.At(uptake)))
        {
            MonitorAnxiety(day);
        }
    }

    /// <summary>A GAD-7 during anxiety care (measurement-based care for anxiety).</summary>
    private void MonitorAnxiety(DateOnly day)
    {
        var score = _mood.ReadGad7(_random);
        AddScreening(day, Instrument.Gad7, score, null, Instruments.IsPositive(Instrument.Gad7, score, _sex));
        _lastGad7 = day;
        _lastAnxietyScreen = day;
    }

    private void ScreenSubstanceUse(DateOnly day, int age, double uptake)
    {
        _lastSubstanceScreen = day;
        Instrument instrument;
        int score;
        bool risky;
        if (age < 18)
        {
            instrument = Instrument.Crafft;
            score = Math.Clamp(_substanceLevel + _random.Between(-1, 1), 0, 6);
            risky = score >= 2;
        }
        else if (_random.Chance(Story.DastShare))
        {
            instrument = Instrument.Dast10;
            score = _drugUse ? _random.Between(3, 7) : _random.Between(0, 1);
            risky = score >= 3;
        }
        else
        {
            instrument = Instrument.AuditC;
            score = (int)Math.Clamp(Math.Round(_substanceLevel + (0.8 * _random.Normal())), 0, 12);
            risky = score >= 6;
            if (score >= 7 && !_alcoholDxRecorded && _random.Chance(0.3))
            {
                AddDiagnosis(day, ClinicalCodes.AlcoholAbuse);
                _alcoholDxRecorded = true;
            }
        }

        AddScreening(day, instrument, score, null, Instruments.IsPositive(instrument, score, _sex));
        if (risky && !InBehavioralHealthCare(day) && _random.Chance(Story.ReferAfterPositiveSubstance.At(uptake)))
        {
            Refer(day, uptake, ReferralService.SubstanceUse, collaborative: false);
        }
    }

    private void ScreenSocialNeeds(DateOnly day, double uptake)
    {
        _lastSocialNeedsScreen = day;

        // Needs come and go: one screen in ten disagrees with the patient's usual state.
        var positive = _random.Chance(0.9) ? _socialNeed : !_socialNeed;
        AddScreening(day, _clinic.Profile.SdohInstrument, null, null, positive);
        if (positive && _random.Chance(Story.ReferAfterPositiveSocialNeed.At(uptake)))
        {
            Refer(day, uptake, ReferralService.SocialServices, collaborative: false);
        }
    }
}
