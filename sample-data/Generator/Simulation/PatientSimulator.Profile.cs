namespace QiPipeline.SampleData;

/// <summary>Who the patient is: demographics, traits and chronic conditions, drawn once.</summary>
internal sealed partial class PatientSimulator
{
    private const int MaxChronicFills = 5;
    private readonly List<ChronicCondition> _conditions = [];
    private readonly string?[] _chronicDrug = new string?[MaxChronicFills];
    private readonly string?[] _chronicClass = new string?[MaxChronicFills];
    private readonly int[] _chronicSupply = new int[MaxChronicFills];
    private readonly DateOnly[] _nextChronic = new DateOnly[MaxChronicFills];
    private int _chronicFills;
    private int _dueChronic;

    private DateOnly _birth;
    private DateOnly _activeFrom;
    private DateOnly _lastDay;
    private bool _newborn;
    private Sex _sex;
    private bool _english;
    private bool _publicPayer;
    private double _visitsPerYear;
    private double _visitRateFactor;
    private string _pcp = "";
    private bool _bipolar;
    private bool _psychotic;
    private bool _socialNeed;

    /// <summary>The usual AUDIT-C level of adults, the CRAFFT level of teens.</summary>
    private int _substanceLevel;

    private bool _drugUse;
    private DateOnly _postpartumFrom;
    private DateOnly _postpartumUntil;
    private bool _startingDiagnosesRecorded;

    private void CreatePatient(int number)
    {
        var random = _random;
        var timeline = _clinic.Timeline;
        var (minAge, maxAge) = Demographics.AgeAtEnd.Pick(random);
        _birth = timeline.End.AddYears(-random.Between(minAge, maxAge)).AddDays(-random.Next(365));
        if (random.Chance(Story.LeapDayBirthShare))
        {
            _birth = LeapDayNear(_birth, timeline.End);
        }

        var age = AgeAt(timeline.End);
        _sex = Demographics.Sexes.Pick(random);
        var language = Demographics.Languages.Pick(random);
        _english = language == Demographics.English;
        var race = Demographics.Race(language, random);
        var ethnicity = Demographics.Ethnicity(language, random);
        var payer = Demographics.Payer(age, language, random);
        _publicPayer = Demographics.IsPublicOrUninsured(payer);

        _newborn = _birth > timeline.Start;
        _activeFrom = _newborn ? _birth.AddDays(random.Between(3, 14))
            : random.Chance(Story.EstablishedShare) ? timeline.Start
            : timeline.Start.AddDays(random.Next(DaysBetween(timeline.Start, timeline.End) + 1));

        DateOnly? death = null;
        var daysToDeath = random.Exponential(365 / Story.AnnualMortality(age));
        if (_activeFrom.DayNumber + 1 + daysToDeath <= timeline.End.DayNumber)
        {
            death = _activeFrom.AddDays(1 + (int)daysToDeath);
        }

        _lastDay = death ?? timeline.End;
        _batch.LastDay = _lastDay;
        var registered = _activeFrom > timeline.End ? timeline.End : _activeFrom;
        _batch.Patients.Add(new PatientRecord(number, _birth, _sex, race, ethnicity, language, payer, death, registered));

        _pcp = random.Pick(_clinic.PrimaryCareProviders);
        _bipolar = age >= 12 && random.Chance(Story.BipolarShare);
        _psychotic = age >= 18 && random.Chance(Story.PsychoticShare);
        _socialNeed = random.Chance(_publicPayer ? Story.SocialNeedPublicPayer : Story.SocialNeedOtherPayer);
        DrawSubstanceUse(age);
        DrawPostpartumYear(age);
        DrawChronicConditions(age);
        _visitRateFactor = random.Uniform(1 - Story.VisitRateSpread, 1 + Story.VisitRateSpread);
        _visitsPerYear = VisitsPerYear(_activeFrom);
        _startingDiagnosesRecorded = false;
    }

    private static DateOnly LeapDayNear(DateOnly birth, DateOnly end)
    {
        var year = birth.Year - (birth.Year % 4);
        if (year % 100 == 0 && year % 400 != 0)
        {
            year -= 4;
        }

        var leapDay = new DateOnly(year, 2, 29);
        return leapDay <= end ? leapDay : birth;
    }

    private void DrawSubstanceUse(int age)
    {
        var x = _random.NextDouble();
        _substanceLevel = age < 18
            ? (x < 0.88 ? _random.Between(0, 1) : _random.Between(2, 4))
            : (x < 0.75 ? _random.Between(0, 2) : x < 0.9 ? _random.Between(3, 5) : _random.Between(6, 10)) + (_sex == Sex.Male ? 1 : 0);
        _drugUse = age >= 18 && _random.Chance(0.06);
    }

    private void DrawPostpartumYear(int age)
    {
        _postpartumFrom = Never;
        _postpartumUntil = Never;
        if (_sex == Sex.Female && age is >= 18 and <= 46 && _lastDay > _activeFrom && _random.Chance(Story.PostpartumShare))
        {
            _postpartumFrom = _activeFrom.AddDays(_random.Next(DaysBetween(_activeFrom, _lastDay)));
            _postpartumUntil = _postpartumFrom.AddDays(365);
        }
    }

    private void DrawChronicConditions(int age)
    {
        _conditions.Clear();
        _chronicFills = 0;
        foreach (var condition in ClinicalCodes.ChronicConditions)
        {
            if (!_random.Chance(condition.Prevalence(age)))
            {
                continue;
            }

            _conditions.Add(condition);
            if (condition.Drug is not null && (age >= 18 || (age >= 4 && condition.DrugClass == "bronchodilator")))
            {
                var supply = _random.Chance(0.6) ? 90 : 30;
                _chronicDrug[_chronicFills] = condition.Drug;
                _chronicClass[_chronicFills] = condition.DrugClass;
                _chronicSupply[_chronicFills] = supply;
                _nextChronic[_chronicFills] = _activeFrom.AddDays(_random.Next(supply));
                _chronicFills++;
            }
        }
    }

    private double VisitsPerYear(DateOnly day) =>
        (Story.PrimaryCareVisitsPerYear(AgeAt(day)) + (Story.VisitsPerChronicCondition * Math.Min(2, _conditions.Count)))
        * _visitRateFactor;

    private DateOnly NextChronicFill()
    {
        var next = Never;
        for (var i = 0; i < _chronicFills; i++)
        {
            if (_nextChronic[i] < next)
            {
                next = _nextChronic[i];
                _dueChronic = i;
            }
        }

        return next;
    }
}
