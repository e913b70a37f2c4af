using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>Test decks for the screening coverage measures (docs/measures.md "Screening measures").</summary>
public sealed class ScreeningCoverageTests
{
    private const string Depression = "depression_screening";

    [Fact]
    public void MeasureIds_AreTheFourScreeningMeasuresInReportOrder()
    {
        var family = new ScreeningCoverage(For("2025-12-31", "2025-01", "2025-12"));

        Assert.Equal(["depression_screening", "anxiety_screening", "substance_use_screening", "sdoh_screening"], family.MeasureIds);
    }

    [Fact]
    public void Evaluate_Phq9OnTheVisitDay_OneMetPatientMonthAtTheVisitClinic()
    {
        var deck = new TimelineBuilder().Pc("2025-03-10", clinic: "S1").Screen("2025-03-10", "PHQ-9", 4);

        var unit = Assert.Single(Run(deck), r => r.MeasureId == Depression);

        Assert.Equal(new UnitResult(Depression, "S1", M("2025-03"), "P1", "P1", true, false, true, false, 1), unit);
    }

    [Theory]
    [InlineData("2023-03-11", true)]
    [InlineData("2023-03-10", false)]
    public void Evaluate_ScreenAtTheLookbackStart_CountsOnly365DaysBackNotOneYear(string screened, bool met)
    {
        // v = 2024-03-10; v - 365 = 2023-03-11 because 2024-02-29 lies in between.
        var deck = new TimelineBuilder().Pc("2024-03-10").Screen(screened, "PHQ-2", 0);

        var unit = Single(Run(deck, asOf: "2024-12-31", from: "2024-01", to: "2024-12"), Depression);

        Assert.True(unit.InDenominator);
        Assert.Equal(met, unit.InNumerator);
    }

    [Theory]
    [InlineData("2025-03-10", true)]
    [InlineData("2025-03-11", false)]
    public void Evaluate_ScreenAroundTheVisitDay_CountsUpToTheVisitDayOnly(string screened, bool met)
    {
        var deck = new TimelineBuilder().Pc("2025-03-10").Screen(screened, "PHQ-9", 12);

        Assert.Equal(met, Single(Run(deck), Depression).InNumerator);
    }

    [Fact]
    public void Evaluate_ScreenAfterTheFirstVisitButBeforeALaterOne_MetThroughTheLaterVisit()
    {
        var deck = new TimelineBuilder().Pc("2025-03-03").Screen("2025-03-12", "PHQ-2", 1).Pc("2025-03-20");

        Assert.True(Single(Run(deck), Depression).InNumerator);
    }

    [Fact]
    public void Evaluate_ScreenAtAnotherClinic_Counts()
    {
        var deck = new TimelineBuilder().Pc("2025-03-10", clinic: "N1").Screen("2025-01-02", "EPDS", 3, clinic: "S1");

        var unit = Single(Run(deck), Depression);

        Assert.Equal("N1", unit.ClinicId);
        Assert.True(unit.InNumerator);
    }

    [Fact]
    public void Evaluate_VisitsAtTwoClinicsInOneMonth_OneUnitPerClinicEachWithItsOwnVisits()
    {
        // The screen is after the only N1 visit and before the S1 visit.
        var deck = new TimelineBuilder().Pc("2025-03-05", clinic: "N1").Screen("2025-03-12", "PHQ-9", 2).Pc("2025-03-15", clinic: "S1");

        var units = Run(deck).Where(r => r.MeasureId == Depression).OrderBy(r => r.ClinicId, StringComparer.Ordinal).ToList();

        Assert.Equal(["N1", "S1"], units.Select(u => u.ClinicId));
        Assert.All(units, u => Assert.Equal("P1", u.UnitId));
        Assert.False(units[0].InNumerator);
        Assert.True(units[1].InNumerator);
    }

    [Fact]
    public void Evaluate_VisitsInTwoMonths_OneUnitPerMonth()
    {
        var deck = new TimelineBuilder().Pc("2025-01-20").Pc("2025-03-10").Screen("2025-02-01", "PHQ-2", 0);

        var units = Run(deck).Where(r => r.MeasureId == Depression).ToList();

        Assert.Equal([M("2025-01"), M("2025-03")], units.Select(u => u.Period));
        Assert.Equal([false, true], units.Select(u => u.InNumerator));
    }

    [Theory]
    [InlineData("no_show")]
    [InlineData("cancelled")]
    public void Evaluate_PrimaryCareNotCompleted_NoUnit(string status)
    {
        var deck = new TimelineBuilder().Pc("2025-03-10", status: status).Screen("2025-03-10", "PHQ-9", 3);

        Assert.Empty(Run(deck));
    }

    [Fact]
    public void Evaluate_OnlyABehavioralHealthVisit_NoUnit()
    {
        var deck = new TimelineBuilder().Encounter("2025-03-10", "behavioral_health").Screen("2025-03-10", "PHQ-9", 3);

        Assert.Empty(Run(deck));
    }

    [Fact]
    public void Evaluate_VisitInAMonthNotReported_NoUnit()
    {
        var deck = new TimelineBuilder().Pc("2024-12-31").Screen("2024-12-31", "PHQ-9", 3);

        Assert.Empty(Run(deck));
    }

    [Theory]
    [InlineData("2013-03-10", true)]
    [InlineData("2013-03-11", false)]
    public void Evaluate_AgeAtTheVisit_TwelveIsInElevenIsNot(string birth, bool inPopulation)
    {
        var deck = new TimelineBuilder(birth: birth).Pc("2025-03-10");

        Assert.Equal(inPopulation, Run(deck).Any(r => r.MeasureId == Depression));
    }

    [Theory]
    [InlineData("2024-02-28", false)]
    [InlineData("2024-02-29", true)]
    public void Evaluate_BornOn29February_TwelveOnTheLeapDay(string visit, bool inPopulation)
    {
        var deck = new TimelineBuilder(birth: "2012-02-29").Pc(visit);

        Assert.Equal(inPopulation, Run(deck, asOf: "2024-12-31", from: "2024-01", to: "2024-12").Any(r => r.MeasureId == Depression));
    }

    [Theory]
    [InlineData("2026-02-27", false)]
    [InlineData("2026-02-28", true)]
    public void Evaluate_SdohBornOn29February_EighteenOn28FebruaryOfACommonYear(string visit, bool inPopulation)
    {
        var deck = new TimelineBuilder(birth: "2008-02-29").Pc(visit);

        var units = Run(deck, asOf: "2026-12-31", from: "2026-01", to: "2026-12");

        Assert.Equal(inPopulation, units.Any(r => r.MeasureId == "sdoh_screening"));
        Assert.Single(units, r => r.MeasureId == Depression);
    }

    [Fact]
    public void Evaluate_ElevenAtTheFirstVisitTwelveAtALaterOne_NoUnit()
    {
        // Age is taken at v1, the first PC visit of the month at the clinic.
        var deck = new TimelineBuilder(birth: "2013-03-15").Pc("2025-03-10").Pc("2025-03-20");

        Assert.DoesNotContain(Run(deck), r => r.MeasureId == Depression);
    }

    // v2 (CMS2: screening is for patients not yet diagnosed): a depression or bipolar dx dated
    // strictly before v1 excludes; v1 excluded on a dx dated on or before it.
    [Theory]
    [InlineData("F31.81")]
    [InlineData("f310")]
    [InlineData("F31")]
    [InlineData("F32.9")]
    [InlineData("F33.1")]
    [InlineData("F34.1")]
    public void Evaluate_DepressionOrBipolarDxTheDayBeforeTheFirstVisit_Excluded(string code)
    {
        var deck = new TimelineBuilder().Dx("2025-03-09", code).Pc("2025-03-10").Screen("2025-03-10", "PHQ-9", 3);

        var unit = Single(Run(deck), Depression);

        Assert.Equal(UnitResult.Exclusion(Depression, "N1", M("2025-03"), "P1", "P1"), unit);
    }

    [Theory]
    [InlineData("F31.81")]
    [InlineData("F32.9")]
    public void Evaluate_DepressionOrBipolarDxOnTheFirstVisitDay_NotExcluded(string code)
    {
        // v1 = 2025-03-10: a diagnosis made at the visit does not take the visit out of screening.
        var deck = new TimelineBuilder().Dx("2025-03-10", code).Pc("2025-03-10").Screen("2025-03-10", "PHQ-9", 3);

        var unit = Single(Run(deck), Depression);

        Assert.False(unit.Excluded);
        Assert.True(unit.InDenominator && unit.InNumerator);
    }

    [Fact]
    public void Evaluate_DxAfterTheFirstVisit_NotExcludedEvenBeforeALaterVisit()
    {
        var deck = new TimelineBuilder().Pc("2025-03-10").Dx("2025-03-11", "F31.0").Dx("2025-03-12", "F32.9").Pc("2025-03-20");

        var unit = Single(Run(deck), Depression);

        Assert.False(unit.Excluded);
        Assert.True(unit.InDenominator);
    }

    [Fact]
    public void Evaluate_DxBetweenTheFirstVisitsAtTwoClinics_ExcludedOnlyAtTheLaterClinic()
    {
        // v1 at N1 is 2025-03-05, v1 at S1 is 2025-03-15; the depression dx of 2025-03-10 lies between.
        var deck = new TimelineBuilder().Pc("2025-03-05", clinic: "N1").Dx("2025-03-10", "F32.A").Pc("2025-03-15", clinic: "S1");

        var units = Run(deck).Where(r => r.MeasureId == Depression).OrderBy(r => r.ClinicId, StringComparer.Ordinal).ToList();

        Assert.Equal([("N1", false, true), ("S1", true, false)], units.Select(u => (u.ClinicId, u.Excluded, u.InDenominator)));
    }

    [Fact]
    public void Evaluate_BipolarDx_ExcludesDepressionScreeningOnly()
    {
        var deck = new TimelineBuilder().Dx("2020-01-01", "F31.9").Pc("2025-03-10");

        var units = Run(deck);

        Assert.All(units.Where(r => r.MeasureId != Depression), u => Assert.True(u.InDenominator));
        Assert.True(Single(units, Depression).Excluded);
    }

    [Theory]
    [InlineData("F32.81")]
    [InlineData("F32.89")]
    [InlineData("F34.0")]
    [InlineData("F41.1")]
    public void Evaluate_MoodOrAnxietyDxOutsideTheDepressionGroup_NotExcluded(string code)
    {
        // Depression is F32 except F32.81/F32.89, F33 and F34.1 (dysthymia), not cyclothymia (F34.0).
        var deck = new TimelineBuilder().Dx("2020-01-01", code).Pc("2025-03-10");

        Assert.False(Single(Run(deck), Depression).Excluded);
    }

    [Theory]
    [InlineData("PHQ-2", "depression_screening")]
    [InlineData("PHQ-A", "depression_screening")]
    [InlineData("EPDS", "depression_screening")]
    [InlineData("GAD-2", "anxiety_screening")]
    [InlineData("GAD-7", "anxiety_screening")]
    [InlineData("AUDIT-C", "substance_use_screening")]
    [InlineData("AUDIT", "substance_use_screening")]
    [InlineData("DAST-10", "substance_use_screening")]
    [InlineData("SINGLE-ALCOHOL", "substance_use_screening")]
    [InlineData("SINGLE-DRUG", "substance_use_screening")]
    [InlineData("CRAFFT", "substance_use_screening")]
    [InlineData("AHC-HRSN", "sdoh_screening")]
    [InlineData("PRAPARE", "sdoh_screening")]
    public void Evaluate_OneInstrument_MeetsItsOwnMeasureOnly(string instrument, string measure)
    {
        var deck = new TimelineBuilder().Pc("2025-03-10").Screen("2025-03-01", instrument, 0, positive: false);

        var units = Run(deck);

        Assert.Equal(4, units.Count);
        Assert.Equal([measure], units.Where(u => u.InNumerator).Select(u => u.MeasureId));
    }

    [Fact]
    public void Evaluate_NoScreenAndTheVisitOnTheAsOfDate_NotPending()
    {
        var deck = new TimelineBuilder().Pc("2025-06-30");

        var units = Run(deck, asOf: "2025-06-30");

        Assert.Equal(4, units.Count);
        Assert.All(units, u => Assert.False(u.Pending || u.InNumerator));
    }

    [Fact]
    public void Evaluate_ScreenAfterTheAsOfDate_Ignored()
    {
        var deck = new TimelineBuilder().Pc("2025-03-10").Pc("2025-03-20").Screen("2025-03-15", "PHQ-9", 3);

        Assert.False(Single(Run(deck, asOf: "2025-03-12"), Depression).InNumerator);
    }

    [Fact]
    public void Evaluate_ConfiguredLookbackMinAgeAndInstruments_Apply()
    {
        var deck = new TimelineBuilder(birth: "2015-01-01").Pc("2025-03-10").Screen("2025-02-07", "PHQ-9", 3).Screen("2025-02-08", "GAD-7", 3);

        var units = Run(
            deck,
            overrides: ["depression_screening.lookbackDays=30", "depression_screening.minAge=10", "anxiety_screening.minAge=10", "anxiety_screening.lookbackDays=30", "anxiety_screening.instruments:0=GAD-2"]);

        Assert.False(Single(units, Depression).InNumerator); // 2025-02-07 is v - 31
        Assert.False(Single(units, "anxiety_screening").InNumerator); // GAD-7 no longer counts
        Assert.DoesNotContain(units, u => u.MeasureId == "substance_use_screening"); // still 12
    }

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf = "2025-12-31", string from = "2025-01", string to = "2025-12", string[]? overrides = null)
    {
        var results = new List<UnitResult>();
        new ScreeningCoverage(For(asOf, from, to, overrides ?? [])).Evaluate(deck.AsOf(asOf), results);
        return results;
    }

    private static UnitResult Single(List<UnitResult> results, string measure) => Assert.Single(results, r => r.MeasureId == measure);
}
