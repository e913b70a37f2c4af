using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>Test decks for <c>ed_visits</c>, <c>avoidable_ed_visits</c> and <c>bh_ed_visits</c> (docs/measures.md "ED use").</summary>
public sealed class EdUseTests
{
    private const string Visits = "ed_visits";
    private const string Avoidable = "avoidable_ed_visits";
    private const string Bh = "bh_ed_visits";
    private const string Final = "2024-12-31";

    [Fact]
    public void MeasureIds_VisitsAvoidableBh()
    {
        Assert.Equal([Visits, Avoidable, Bh], new EdUse(For(Final, "2024-03", "2024-03")).MeasureIds);
    }

    [Fact]
    public void Evaluate_AttributedMonthWithVisits_CountsTheNonAdmittedVisitsOfTheMonth()
    {
        var deck = new TimelineBuilder(patientId: "P42").Pc("2024-01-05", clinic: "N2")
            .Ed("2024-02-29", "J06.9")
            .Ed("2024-03-01", "J06.9")
            .Ed("2024-03-10", "J45.909", admitted: true)
            .Ed("2024-03-15", "S52.501A")
            .Ed("2024-03-31", "F32.9")
            .Ed("2024-04-01", "F41.1");

        var results = Run(deck, Final, "2024-03", "2024-03");

        Assert.Equal(
            [
                new UnitResult(Visits, "N2", M("2024-03"), "P42", "P42", true, false, true, false, 3),
                new UnitResult(Avoidable, "N2", M("2024-03"), "P42", "P42", true, false, true, false, 1),
                new UnitResult(Bh, "N2", M("2024-03"), "P42", "P42", true, false, true, false, 1),
            ],
            results);
    }

    [Fact]
    public void Evaluate_SeveralReportedMonths_OneUnitPerMeasureAndAttributedMonth()
    {
        var deck = new TimelineBuilder().Pc("2024-01-05")
            .Ed("2024-02-29", "J06.9")
            .Ed("2024-03-01", "J06.9")
            .Ed("2024-04-01", "F41.1")
            .Ed("2024-04-02", "X71.0XXA");

        var results = Run(deck, Final, "2023-12", "2024-05");

        Assert.Equal([M("2024-01"), M("2024-02"), M("2024-03"), M("2024-04"), M("2024-05")], Values(results, Visits).Keys);
        Assert.Equal([0.0, 1, 1, 2, 0], Values(results, Visits).Values);
        Assert.Equal([0.0, 1, 1, 0, 0], Values(results, Avoidable).Values);
        Assert.Equal([0.0, 0, 0, 2, 0], Values(results, Bh).Values);
        Assert.All(results, r => Assert.Equal(r.NumeratorValue > 0, r.InNumerator));
        Assert.All(results, r => Assert.True(r.InDenominator));
    }

    [Fact]
    public void Evaluate_NoPcVisit_NoUnitEvenWithEdVisits()
    {
        var deck = new TimelineBuilder().Ed("2024-03-01", "J06.9").Encounter("2024-02-01", "behavioral_health");

        Assert.Empty(Run(deck, Final, "2024-03", "2024-03"));
    }

    [Theory]
    [InlineData("2022-03-31", false)]
    [InlineData("2022-04-01", true)]
    public void Evaluate_LastPcVisitAroundTheAttributionLookback_UnitOnlyWhenAttributed(string visit, bool unit)
    {
        // m_end 2024-03-31 - 730 days = 2022-04-01 (2024-02-29 is one of the 730).
        var deck = new TimelineBuilder().Pc(visit).Ed("2024-03-01", "J06.9");

        Assert.Equal(unit ? 3 : 0, Run(deck, Final, "2024-03", "2024-03").Count);
    }

    [Theory]
    [InlineData("2024-02-29", false)]
    [InlineData("2024-03-01", true)]
    [InlineData("2024-03-31", true)]
    public void Evaluate_DeathAroundTheMonthStart_UnattributedOnlyWhenBeforeIt(string death, bool unit)
    {
        var deck = new TimelineBuilder(death: death).Pc("2024-01-05").Ed("2024-02-20", "F32.9");

        var results = Run(deck, Final, "2024-03", "2024-03");

        Assert.Equal(unit ? 3 : 0, results.Count);
        Assert.All(results, r => Assert.Equal(0, r.NumeratorValue));
    }

    [Theory]
    [InlineData("F32.9", true)]
    [InlineData("f10.20", true)]
    [InlineData("X71.0XXA", true)]
    [InlineData("X83.8XXA", true)]
    [InlineData("X70.XXXA", false)]
    [InlineData("X84", false)]
    [InlineData("R45.851", true)]
    [InlineData("R45.85", false)]
    [InlineData("T14.91XA", true)]
    [InlineData("T14.90XA", false)]
    [InlineData("S06.0X0A", false)]
    [InlineData(null, false)]
    public void Evaluate_PrimaryDiagnosis_BhWhenAnyFCodeOrSelfHarmX71ToX83R45851OrT1491(string? dx, bool bh)
    {
        var deck = new TimelineBuilder().Pc("2024-01-05").Ed("2024-03-01", dx);

        var results = Run(deck, Final, "2024-03", "2024-03");

        Assert.Equal(bh ? 1 : 0, Unit(results, Bh).NumeratorValue);
        Assert.Equal(bh, Unit(results, Bh).InNumerator);
        Assert.Equal(1, Unit(results, Visits).NumeratorValue);
    }

    [Fact]
    public void Evaluate_WeightsTable_AvoidableValueIsTheSumOfTheVisitsWeights()
    {
        var table = EdClassification.FromCsv(new StringReader("""
            icd10,edcnnpa,edcnpa,epct,noner,injury,psych,alcohol,drug
            J069,0.1,0.125,0.25,0.5,0,0,0,0
            R10.9,0.5,0.25,0,0,0,0,0,0
            """));
        var deck = new TimelineBuilder().Pc("2024-01-05")
            .Ed("2024-03-01", "J06.9")
            .Ed("2024-03-05", "R10.9")
            .Ed("2024-03-09", "I10")
            .Ed("2024-03-10", "J06.9", admitted: true);

        var results = new List<UnitResult>();
        new EdUse(For(Final, "2024-03", "2024-03"), table).Evaluate(deck.AsOf(Final), results);

        Assert.Equal(1.125, Unit(results, Avoidable).NumeratorValue, 9);
        Assert.True(Unit(results, Avoidable).InNumerator);
        Assert.Equal(3, Unit(results, Visits).NumeratorValue);
    }

    [Fact]
    public void Evaluate_WeightsTableWithoutTheCodes_AvoidableZeroAndNotInTheNumerator()
    {
        var table = EdClassification.FromCsv(new StringReader("icd10,edcnnpa,edcnpa,epct,noner,injury,psych,alcohol,drug"));
        var deck = new TimelineBuilder().Pc("2024-01-05").Ed("2024-03-01", "J06.9");

        var results = new List<UnitResult>();
        new EdUse(For(Final, "2024-03", "2024-03"), table).Evaluate(deck.AsOf(Final), results);

        Assert.Equal(0, Unit(results, Avoidable).NumeratorValue);
        Assert.False(Unit(results, Avoidable).InNumerator);
    }

    [Fact]
    public void Evaluate_MonthOfTheAsOfDate_NeverPending()
    {
        var deck = new TimelineBuilder().Pc("2024-01-05").Ed("2024-03-01", "J06.9").Ed("2024-03-20", "J06.9");

        var results = Run(deck, "2024-03-15", "2024-03", "2024-03");

        Assert.All(results, r => Assert.False(r.Pending));
        Assert.Equal(1, Unit(results, Visits).NumeratorValue);
    }

    [Fact]
    public void Evaluate_PcVisitsAtTwoClinics_UnitsBelongToTheAttributedClinicOfEachMonth()
    {
        var deck = new TimelineBuilder().Pc("2024-01-05", clinic: "N1").Pc("2024-03-10", clinic: "N2").Ed("2024-02-01", "F32.9");

        var results = Run(deck, Final, "2024-02", "2024-03");

        Assert.Equal(["N1", "N2"], results.Where(r => r.MeasureId == Bh).Select(r => r.ClinicId));
    }

    // v2: self-harm counts as primary OR other dx (an external-cause code is seldom primary);
    // mental illness and substance use only as primary dx.
    [Theory]
    [InlineData("S51.811A", new[] { "X78.9XXA" }, 1)]
    [InlineData("T39.1X2A", new[] { "Z91.5", "r45.851" }, 1)]
    [InlineData("T14.91XA", new[] { "X71.0XXA" }, 1)]
    [InlineData("S51.811A", new[] { "F32.9" }, 0)]
    [InlineData("S51.811A", new[] { "X84" }, 0)]
    [InlineData("S51.811A", new string[0], 0)]
    [InlineData(null, new[] { " X80.XXXA " }, 1)]
    public void Evaluate_SelfHarmAsAnOtherDiagnosis_BhVisitCountedOnce(string? primary, string[] other, double bh)
    {
        var deck = new TimelineBuilder().Pc("2024-01-05").Ed("2024-03-01", primary, otherDx: other);

        var results = Run(deck, Final, "2024-03", "2024-03");

        Assert.Equal(bh, Unit(results, Bh).NumeratorValue);
        Assert.Equal(1, Unit(results, Visits).NumeratorValue);
    }

    [Fact]
    public void Lists_AttributedMonths_EveryVisitsUnitAndOnlyTheAvoidableAndBhUnitsAboveZero()
    {
        // docs/measures.md "Units": the ed_visits units list the attributed patient-months the three measures share;
        // an avoidable_ed_visits or bh_ed_visits unit is listed only when its value is above 0.
        var deck = new TimelineBuilder(patientId: "P7").Pc("2024-01-05", clinic: "N1")
            .Ed("2024-02-10", "J06.9")
            .Ed("2024-03-10", "F32.9");
        var family = new EdUse(For(Final, "2024-01", "2024-03"));
        var results = new List<UnitResult>();
        family.Evaluate(deck.AsOf(Final), results);

        var listed = results.Where(family.Lists).Select(r => (r.MeasureId, r.Period.ToString(), r.NumeratorValue)).ToList();

        Assert.Equal(9, results.Count);
        Assert.Equal(
            [
                (Visits, "2024-01", 0.0),
                (Visits, "2024-02", 1), (Avoidable, "2024-02", 1),
                (Visits, "2024-03", 1), (Bh, "2024-03", 1),
            ],
            listed);
    }

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf, string from, string to, params string[] overrides)
    {
        var results = new List<UnitResult>();
        new EdUse(For(asOf, from, to, overrides)).Evaluate(deck.AsOf(asOf), results);
        return results;
    }

    private static UnitResult Unit(List<UnitResult> results, string measure) => Assert.Single(results, r => r.MeasureId == measure);

    private static SortedDictionary<Timeline.Month, double> Values(List<UnitResult> results, string measure) =>
        new(results.Where(r => r.MeasureId == measure).ToDictionary(r => r.Period, r => r.NumeratorValue));
}
