using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using QiPipeline.Metrics.Timeline;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>
/// Test decks for <c>phq9_utilization</c> (docs/measures.md): one unit per month whose end is in a
/// depression episode [d, d + 364], numerator a PHQ-9/PHQ-A in [m_end - 119, m_end]. The usual
/// index is a PHQ-9 of 15 on 2024-01-10 at N2 with a depression diagnosis the same day; its episode
/// ends 2025-01-08, so its months are 2024-01 to 2024-12.
/// </summary>
public sealed class Phq9UtilizationTests
{
    private const string Utilization = "phq9_utilization";
    private const string Final = "2025-06-30";

    [Fact]
    public void Evaluate_IndexAndNoOtherScore_AUnitPerMonthOfTheEpisodeMetUntilTheIndexIsOlderThan120Days()
    {
        // The index score counts: 2024-01 to 2024-04 (2024-04-30 - 119 = 2024-01-02) are met, 2024-05 not.
        var results = Run(Index(), Final, "2023-06", "2025-06");

        Assert.Equal([.. Month.Range(M("2024-01"), M("2024-12"))], results.Select(r => r.Period));
        Assert.All(results, r => Assert.Equal(new UnitResult(Utilization, "N2", r.Period, "P1", "S1", true, false, r.InNumerator, false, r.InNumerator ? 1 : 0), r));
        Assert.Equal([.. Month.Range(M("2024-01"), M("2024-04"))], results.Where(r => r.InNumerator).Select(r => r.Period));
    }

    [Theory]
    [InlineData("2024-02-01", "2024-12")] // d + 365 = 2025-01-31 is January's end: outside the episode
    [InlineData("2024-02-02", "2025-01")] // d + 364 = 2025-01-31: inside
    public void Evaluate_MonthEndAroundTheEpisodeEnd_TheEpisodeEndsBeforeD365(string index, string lastMonth)
    {
        var deck = new TimelineBuilder().Dx(index, "F32.1").Screen(index, "PHQ-9", 15);

        var results = Run(deck, Final, "2024-01", "2025-06");

        Assert.Equal(M(lastMonth), results.Max(r => r.Period));
        Assert.Equal(M("2024-02"), results.Min(r => r.Period));
    }

    [Theory]
    [InlineData("2024-03-02", false)] // m_end - 120
    [InlineData("2024-03-03", true)] // m_end - 119
    [InlineData("2024-06-30", true)] // m_end
    [InlineData("2024-07-01", false)] // the next month
    public void Evaluate_ScoreAroundTheFourMonthsBeforeJuneEnd_MetOnlyInside(string date, bool met)
    {
        var deck = Index().Screen(date, "PHQ-A", 3);

        var june = Assert.Single(Run(deck, Final, "2024-06", "2024-06"));

        Assert.Equal(met, june.InNumerator);
    }

    [Theory]
    [InlineData("GAD-7", 3, false)]
    [InlineData("PHQ-2", 1, false)]
    [InlineData("PHQ-9", null, false)]
    [InlineData("PHQ-9", 0, true)]
    public void Evaluate_ScoreOfAnotherInstrumentOrWithoutScore_DoesNotMeetTheMonth(string instrument, int? score, bool met)
    {
        var deck = Index().Screen("2024-06-10", instrument, score);

        Assert.Equal(met, Assert.Single(Run(deck, Final, "2024-06", "2024-06")).InNumerator);
    }

    [Theory]
    [InlineData("2024-06-29", true)]
    [InlineData("2024-06-30", false)]
    public void Evaluate_NoScoreAsOfAroundTheMonthEnd_PendingUntilTheMonthEnds(string asOf, bool pending)
    {
        var june = Assert.Single(Run(Index(), asOf, "2024-06", "2024-06"));

        Assert.False(june.InNumerator);
        Assert.Equal(pending, june.Pending);
    }

    [Fact]
    public void Evaluate_ScoreEarlierInTheOpenMonth_MetAndFinal()
    {
        var june = Assert.Single(Run(Index().Screen("2024-06-03", "PHQ-9", 8), "2024-06-15", "2024-06", "2024-06"));

        Assert.True(june.InNumerator);
        Assert.False(june.Pending);
    }

    [Theory]
    [InlineData("2024-05-31", "2024-05")] // dead before June began: May is the last month
    [InlineData("2024-06-01", "2024-06")] // alive on June's first day
    public void Evaluate_DeathAroundAMonthStart_UnitsWhileAliveOnTheMonthStart(string death, string lastMonth)
    {
        var results = Run(Index(death: death), Final, "2024-01", "2024-12");

        Assert.Equal(M(lastMonth), results.Max(r => r.Period));
        Assert.DoesNotContain(results, r => r.Excluded);
    }

    [Theory]
    [InlineData("F31.0", "2024-06-30", "2024-05")]
    [InlineData("F31.0", "2024-07-01", "2024-06")]
    [InlineData("F60.3", "2024-06-30", "2024-05")]
    [InlineData("F20.9", "2024-06-30", "2024-05")]
    [InlineData("F84.0", "2024-06-30", "2024-05")]
    [InlineData("F60.2", "2024-06-30", "2024-12")]
    public void Evaluate_ExclusionDiagnosisAroundAMonthEnd_NoUnitFromTheMonthItIsDatedIn(string code, string date, string lastMonth)
    {
        var results = Run(Index().Dx(date, code), Final, "2024-01", "2024-12");

        Assert.Equal(M(lastMonth), results.Max(r => r.Period));
        Assert.DoesNotContain(results, r => r.Excluded);
    }

    [Fact]
    public void Evaluate_NoDepressionDiagnosis_NoEpisode()
    {
        var deck = new TimelineBuilder().Screen("2024-01-10", "PHQ-9", 15);

        Assert.Empty(Run(deck, Final, "2024-01", "2024-12"));
    }

    [Fact]
    public void Evaluate_StillHighAfterAYear_ANewEpisodeWithTheNewIndex()
    {
        // 2025-01-10 is 366 days after the first index event: its episode opens the next month's units.
        var deck = Index().Screen("2024-09-10", "PHQ-9", 16).Dx("2025-01-10", "F33.1").Screen("2025-01-10", "PHQ-9", 14, clinic: "N3");

        var results = Run(deck, Final, "2024-12", "2025-02");

        Assert.Equal([("2024-12", "S1", "N2"), ("2025-01", "S3", "N3"), ("2025-02", "S3", "N3")], results.Select(r => (r.Period.ToString(), r.UnitId, r.ClinicId)));
    }

    [Fact]
    public void Evaluate_MeasurementDaysConfigured_TheWindowFollows()
    {
        var deck = Index().Screen("2024-06-01", "PHQ-9", 8);

        var june = Assert.Single(Run(deck, Final, "2024-06", "2024-06", $"{Utilization}.measurementDays=29"));

        Assert.False(june.InNumerator);
    }

    private static TimelineBuilder Index(string? death = null) =>
        new TimelineBuilder(death: death).Dx("2024-01-10", "F32.1").Screen("2024-01-10", "PHQ-9", 15, clinic: "N2");

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf, string from, string to, params string[] overrides)
    {
        var results = new List<UnitResult>();
        new DepressionOutcomes(For(asOf, from, to, overrides)).Evaluate(deck.AsOf(asOf), results);
        return [.. results.Where(r => r.MeasureId == Utilization)];
    }
}
