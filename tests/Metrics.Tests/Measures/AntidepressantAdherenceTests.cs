using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>
/// Test decks for <c>antidepressant_acute</c> and <c>antidepressant_continuation</c> (docs/measures.md
/// "Antidepressant adherence"). The usual IPSD is 2024-01-10: the acute window is
/// [2024-01-10, 2024-05-03] (d + 114), the continuation window [2024-01-10, 2024-08-28] (d + 231),
/// the negative history [2023-09-27, 2024-01-09], the diagnosis window [2023-11-11, 2024-03-10].
/// v2 (HEDIS AMM) widened both windows by one day (v1: d + 113, d + 230) and requires major depression.
/// </summary>
public sealed class AntidepressantAdherenceTests
{
    private const string Acute = "antidepressant_acute";
    private const string Continuation = "antidepressant_continuation";
    private const string Final = "2024-12-31";

    [Fact]
    public void MeasureIds_AcuteThenContinuation()
    {
        Assert.Equal([Acute, Continuation], new AntidepressantAdherence(For(Final, "2024-01", "2024-01")).MeasureIds);
    }

    [Theory]
    [InlineData(83, false, false)]
    [InlineData(84, true, false)]
    [InlineData(179, true, false)]
    [InlineData(180, true, true)]
    public void Evaluate_OneFillAroundTheRequiredDays_MetFrom84And180Days(int days, bool acute, bool continuation)
    {
        var deck = Attributed().Fill("2024-01-10", days, id: "F1");

        var results = Run(deck, Final);

        Assert.Equal(new UnitResult(Acute, "N1", M("2024-01"), "P1", "F1", true, false, acute, false, acute ? 1 : 0), Unit(results, Acute));
        Assert.Equal(new UnitResult(Continuation, "N1", M("2024-01"), "P1", "F1", true, false, continuation, false, continuation ? 1 : 0), Unit(results, Continuation));
    }

    [Theory]
    [InlineData("2024-05-03", true)]
    [InlineData("2024-05-04", false)]
    public void Evaluate_RefillAroundTheAcuteWindowEnd_CountsOnlyInside(string refill, bool met)
    {
        // 83 days from the IPSD (2024-01-10 to 2024-04-01), then one more day when the refill is in the window.
        var deck = Attributed().Fill("2024-01-10", 83).Fill(refill, 30);

        Assert.Equal(met, Unit(Run(deck, Final), Acute).InNumerator);
    }

    [Theory]
    [InlineData("2024-08-28", true)]
    [InlineData("2024-08-29", false)]
    public void Evaluate_RefillAroundTheContinuationWindowEnd_CountsOnlyInside(string refill, bool met)
    {
        var deck = Attributed().Fill("2024-01-10", 179).Fill(refill, 1);

        Assert.Equal(met, Unit(Run(deck, Final), Continuation).InNumerator);
    }

    [Theory]
    [InlineData("2024-02-11", true)]
    [InlineData("2024-02-12", false)]
    public void Evaluate_SecondDrugEndingAroundDPlus114_84CoveredDaysMet83Not(string start, bool met)
    {
        // 1 day on d, then 83 days of another drug: from 2024-02-11 they run to 2024-05-03 = d + 114
        // (84 covered days in the window); from 2024-02-12 the last one falls outside (83).
        var deck = Attributed().Fill("2024-01-10", 1, drug: "sertraline").Fill(start, 83, drug: "escitalopram");

        Assert.Equal(met, Unit(Run(deck, Final), Acute).InNumerator);
    }

    [Theory]
    [InlineData("2023-11-10", false)]
    [InlineData("2023-11-11", true)]
    [InlineData("2024-03-10", true)]
    [InlineData("2024-03-11", false)]
    public void Evaluate_MajorDepressionDxAroundTheIpsd_UnitOnlyWithinDMinus60ToDPlus60(string dx, bool unit)
    {
        var deck = new TimelineBuilder().Pc("2024-01-05").Dx(dx, "F33.1").Fill("2024-01-10", 90);

        Assert.Equal(unit ? 2 : 0, Run(deck, Final).Count);
    }

    [Theory]
    [InlineData("F32.9", true)]
    [InlineData("f32.a", true)]
    [InlineData("F33.40", true)]
    [InlineData("F34.1", false)]
    [InlineData("F32.81", false)]
    [InlineData("F31.30", false)]
    public void Evaluate_DiagnosisOnTheIpsd_OnlyMajorDepressionGivesAUnit(string code, bool unit)
    {
        // Major depression: depression other than dysthymia (F34.1); F32.81/F32.89 are not depression.
        var deck = new TimelineBuilder().Pc("2024-01-05").Dx("2024-01-10", code).Fill("2024-01-10", 90);

        Assert.Equal(unit ? 2 : 0, Run(deck, Final).Count);
    }

    [Fact]
    public void Evaluate_ConfiguredDiagnosisDays_Apply()
    {
        var deck = new TimelineBuilder().Pc("2024-01-05").Dx("2023-12-01", "F32.1").Fill("2024-01-10", 90);

        var results = Run(deck, Final, "2024-01", "2024-01", $"{Acute}.diagnosisDays=30");

        Assert.DoesNotContain(results, r => r.MeasureId == Acute);
        Assert.Single(results, r => r.MeasureId == Continuation);
    }

    [Theory]
    [InlineData("sertraline", "sertraline", true)]
    [InlineData("Sertraline", "SERTRALINE", true)]
    [InlineData("sertraline", "fluoxetine", false)]
    public void Evaluate_TwoFillsOnTheIpsd_SameDrugShiftsDifferentDrugsOverlap(string first, string second, bool met)
    {
        var deck = Attributed().Fill("2024-01-10", 42, drug: first).Fill("2024-01-10", 42, drug: second);

        Assert.Equal(met, Unit(Run(deck, Final), Acute).InNumerator);
    }

    [Theory]
    [InlineData("sertraline", true)]
    [InlineData("bupropion", false)]
    public void Evaluate_EarlyRefill_SameDrugShiftsForwardAnotherDrugCountsItsDaysOnce(string refillDrug, bool met)
    {
        // 60 days, then 30 more from day 30: shifted to days 60-89 (90 days), or overlapping days 30-59 (60 days).
        var deck = Attributed().Fill("2024-01-10", 60).Fill("2024-02-09", 30, drug: refillDrug);

        Assert.Equal(met, Unit(Run(deck, Final), Acute).InNumerator);
    }

    [Theory]
    [InlineData("2023-09-26", true)]
    [InlineData("2023-09-27", false)]
    [InlineData("2024-01-09", false)]
    public void Evaluate_EarlierFillAroundTheNegativeHistory_BlocksTheIpsdWithin105Days(string earlier, bool unit)
    {
        var deck = Attributed().Fill(earlier, 30).Fill("2024-01-10", 90);

        Assert.Equal(unit ? 2 : 0, Run(deck, Final).Count(r => r.UnitId == "F2"));
    }

    [Fact]
    public void Evaluate_SupplyFromAFillBeforeTheIpsd_NotCounted()
    {
        // The earlier fill's 200 days would run to 2024-04-12; only fills from the IPSD count.
        var deck = Attributed().Fill("2023-09-26", 200).Fill("2024-01-10", 30);

        var results = Run(deck, Final);

        Assert.False(Unit(results, Acute).InNumerator);
    }

    [Fact]
    public void Evaluate_NonAntidepressantOrZeroSupplyFillsInTheHistory_DoNotBlock()
    {
        var deck = Attributed().Fill("2024-01-01", 30, drug: "atorvastatin", drugClass: "statin").Fill("2024-01-02", 0).Fill("2024-01-10", 90, id: "F9");

        var unit = Unit(Run(deck, Final), Acute);

        Assert.Equal("F9", unit.UnitId);
        Assert.True(unit.InNumerator);
    }

    [Fact]
    public void Evaluate_NonAntidepressantSupply_DoesNotCover()
    {
        var deck = Attributed().Fill("2024-01-10", 30).Fill("2024-01-10", 90, drug: "atorvastatin", drugClass: "statin");

        Assert.False(Unit(Run(deck, Final), Acute).InNumerator);
    }

    [Fact]
    public void Evaluate_TwoFillsOnTheIpsd_LowestIdOrdinalIsTheUnit()
    {
        var deck = Attributed().Fill("2024-01-10", 30, drug: "a", id: "F9").Fill("2024-01-10", 30, drug: "b", id: "F10");

        Assert.Equal("F10", Unit(Run(deck, Final), Acute).UnitId);
    }

    [Theory]
    [InlineData("2006-01-10", "2024-01-10", true)]
    [InlineData("2006-01-11", "2024-01-10", false)]
    [InlineData("2004-02-29", "2022-02-28", true)]
    [InlineData("2004-02-29", "2022-02-27", false)]
    public void Evaluate_IpsdAroundTheEighteenthBirthday_UnitFromAge18(string birth, string ipsd, bool unit)
    {
        // 2004-02-29 + 18 years = 2022-02-28 (AddYears).
        var deck = new TimelineBuilder(birth: birth).Pc(ipsd).Dx(ipsd, "F32.1").Fill(ipsd, 90);
        var month = ipsd[..7];

        Assert.Equal(unit ? 2 : 0, Run(deck, Final, month, month).Count);
    }

    [Fact]
    public void Evaluate_PcVisitsAtTwoClinics_UnitAtTheClinicAttributedForTheMonth()
    {
        // The visit after the fill but in the same month decides: attribution looks back from the month's end.
        var deck = new TimelineBuilder().Pc("2023-06-01", clinic: "N2").Dx("2023-12-01", "F32.1").Fill("2024-01-10", 90).Pc("2024-01-20", clinic: "N3");

        Assert.All(Run(deck, Final), r => Assert.Equal("N3", r.ClinicId));
    }

    [Theory]
    [InlineData("2022-01-30", false)]
    [InlineData("2022-01-31", true)]
    public void Evaluate_LastPcVisitAroundTheAttributionLookback_UnitOnlyWhenAttributed(string visit, bool unit)
    {
        var deck = new TimelineBuilder().Pc(visit).Dx("2024-01-10", "F32.1").Fill("2024-01-10", 90);

        Assert.Equal(unit ? 2 : 0, Run(deck, Final).Count);
    }

    [Fact]
    public void Evaluate_NoPcVisit_NoUnit()
    {
        Assert.Empty(Run(new TimelineBuilder().Dx("2024-01-10", "F32.1").Fill("2024-01-10", 90), Final));
    }

    [Theory]
    [InlineData("2024-05-02", true)]
    [InlineData("2024-05-03", false)]
    public void Evaluate_ShortSupplyAroundTheAcuteWindowEnd_PendingUntilTheEndThenFails(string asOf, bool pending)
    {
        var deck = Attributed().Fill("2024-01-10", 30);

        var results = Run(deck, asOf);

        var acute = Unit(results, Acute);
        Assert.False(acute.InNumerator);
        Assert.Equal(pending, acute.Pending);
        Assert.True(Unit(results, Continuation).Pending);
    }

    [Fact]
    public void Evaluate_SupplyAlreadyEnoughOnTheIpsd_MetAndNotPending()
    {
        var deck = Attributed().Fill("2024-01-10", 90);

        var results = Run(deck, "2024-01-10");

        Assert.True(Unit(results, Acute).InNumerator);
        Assert.False(Unit(results, Acute).Pending);
        Assert.False(Unit(results, Continuation).InNumerator);
        Assert.True(Unit(results, Continuation).Pending);
    }

    [Fact]
    public void Evaluate_FillsMoreThan105DaysApart_OneUnitInEachMonth()
    {
        // The refill of 2024-02-20 is within 105 days of the first and starts no unit; 2024-06-05 - 105 days = 2024-02-21.
        var deck = Attributed().Fill("2024-01-10", 30).Fill("2024-02-20", 10).Dx("2024-06-01", "F33.0").Fill("2024-06-05", 30);

        var results = Run(deck, Final, "2024-01", "2024-06");

        Assert.Equal(["F1", "F3"], results.Where(r => r.MeasureId == Acute).Select(r => r.UnitId));
        Assert.Equal([M("2024-01"), M("2024-06")], results.Where(r => r.MeasureId == Acute).Select(r => r.Period));
    }

    [Fact]
    public void Evaluate_IpsdInAMonthNotReported_NoUnit()
    {
        Assert.Empty(Run(Attributed().Fill("2023-12-31", 90), Final));
    }

    [Fact]
    public void Evaluate_DeathDuringTheWindow_NoExclusionAndTheUnitFails()
    {
        var deck = new TimelineBuilder(death: "2024-02-01").Pc("2024-01-05").Dx("2024-01-05", "F32.1").Fill("2024-01-10", 30);

        var unit = Unit(Run(deck, Final), Acute);

        Assert.True(unit.InDenominator);
        Assert.False(unit.InNumerator);
        Assert.False(unit.Excluded);
    }

    [Fact]
    public void Evaluate_ConfiguredParameters_OverrideTheDefaults()
    {
        var deck = Attributed().Fill("2024-01-10", 60);

        var results = Run(deck, Final, "2024-01", "2024-01", $"{Acute}.coveredDays=60", $"{Continuation}.minAge=50");

        Assert.True(Unit(results, Acute).InNumerator);
        Assert.DoesNotContain(results, r => r.MeasureId == Continuation);
    }

    private static TimelineBuilder Attributed() => new TimelineBuilder().Pc("2024-01-05").Dx("2024-01-05", "F32.1");

    private static List<UnitResult> Run(TimelineBuilder deck, string asOf, string from = "2024-01", string to = "2024-01", params string[] overrides)
    {
        var results = new List<UnitResult>();
        new AntidepressantAdherence(For(asOf, from, to, overrides)).Evaluate(deck.AsOf(asOf), results);
        return results;
    }

    private static UnitResult Unit(List<UnitResult> results, string measure) => Assert.Single(results, r => r.MeasureId == measure);
}
