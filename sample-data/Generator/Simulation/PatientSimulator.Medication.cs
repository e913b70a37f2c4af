namespace QiPipeline.SampleData;

/// <summary>Antidepressant courses (adherence is what the pilot improves) and chronic maintenance fills.</summary>
internal sealed partial class PatientSimulator
{
    private const string AntidepressantClass = "antidepressant";

    private DateOnly _nextAntidepressant;
    private DateOnly _antidepressantCoveredUntil;
    private string _antidepressant = "";
    private int _antidepressantSupply;
    private int _antidepressantMonthsLeft;

    private void StartAntidepressant(DateOnly day)
    {
        _antidepressant = _random.Pick(ClinicalCodes.Antidepressants);
        _antidepressantSupply = _random.Chance(Story.NinetyDaySupplyShare) ? 90 : 30;
        _antidepressantMonthsLeft = _random.Between(Story.MinCourseFills, Story.MaxCourseFills);
        _nextAntidepressant = day;
        if (DaysBetween(_lastDepressionDx, day) > Story.DepressionDxRecodeDays && _random.Chance(Story.DepressionDxWithAntidepressant))
        {
            CodeDepression(day, _planScore);
        }
    }

    private void AntidepressantFill(DateOnly day)
    {
        AddFill(day, _antidepressant, AntidepressantClass, _antidepressantSupply);
        _antidepressantCoveredUntil = day.AddDays(_antidepressantSupply - 1);
        _antidepressantMonthsLeft -= _antidepressantSupply / 30;
        var uptake = _clinic.Uptake(day);
        if (_antidepressantMonthsLeft <= 0 || _random.Chance(Story.DiscontinuePerRefill.At(uptake)))
        {
            _nextAntidepressant = Never;
            return;
        }

        var gap = _random.Chance(Story.RefillOnTime.At(uptake)) ? _random.Between(-4, 2) : _random.Between(8, 35);
        _nextAntidepressant = day.AddDays(_antidepressantSupply + gap);
    }

    private void ChronicFill(DateOnly day)
    {
        var i = _dueChronic;
        AddFill(day, _chronicDrug[i]!, _chronicClass[i]!, _chronicSupply[i]);
        var gap = _random.Chance(0.8) ? _random.Between(-5, 3) : _random.Between(5, 30);
        _nextChronic[i] = day.AddDays(_chronicSupply[i] + gap);
    }
}
