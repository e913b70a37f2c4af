using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;
using static QiPipeline.Metrics.Tests.Support.Contexts;

namespace QiPipeline.Metrics.Tests.Measures;

/// <summary>
/// A diagnosis coded in SNOMED CT counts as the ICD-10-CM code of the same value set does
/// (docs/measures.md, "Diagnosis groups"): the same decks, once per code system. The concepts are
/// members of the published CMS159 value sets: 370143000 |Major depressive disorder| and 66344007
/// |Recurrent major depression| (Major Depression Including Remission), 13746004 |Bipolar disorder|
/// (Bipolar Disorder), 58214004 |Schizophrenia| (Schizophrenia or Psychotic Disorder).
/// </summary>
public sealed class SnomedDiagnosisTests
{
    private const string Final = "2025-06-30";

    [Theory]
    [InlineData("F32.1", "icd10cm", 4)]
    [InlineData("370143000", "snomed", 4)]
    [InlineData("66344007", "snomed", 4)]
    [InlineData("21897009", "snomed", 0)] // generalized anxiety disorder: not a depression diagnosis
    [InlineData("370143000", "icd10cm", 0)] // a concept id sent as ICD-10-CM matches nothing
    public void DepressionOutcomes_IndexNeedsADepressionDiagnosisInEitherSystem(string code, string system, int units)
    {
        var deck = new TimelineBuilder().Dx("2023-11-01", code, system: system).Screen("2024-01-10", "PHQ-9", 15);

        var results = new List<UnitResult>();
        new DepressionOutcomes(For(Final, "2024-01", "2024-01")).Evaluate(deck.AsOf(Final), results);

        Assert.Equal(units, results.Count(r => r.MeasureId != "phq9_utilization" && r.InDenominator));
    }

    [Theory]
    [InlineData("F31.0", "icd10cm")]
    [InlineData("13746004", "snomed")]
    [InlineData("F20.9", "icd10cm")]
    [InlineData("58214004", "snomed")]
    public void DepressionOutcomes_BipolarOrPsychoticDiagnosisInEitherSystem_Excludes(string code, string system)
    {
        var deck = new TimelineBuilder().Dx("2024-01-10", "F32.1").Screen("2024-01-10", "PHQ-9", 15).Dx("2024-02-01", code, system: system);

        var results = new List<UnitResult>();
        new DepressionOutcomes(For(Final, "2024-01", "2024-01")).Evaluate(deck.AsOf(Final), results);

        Assert.All(results.Where(r => r.MeasureId != "phq9_utilization"), r => Assert.True(r.Excluded && !r.InDenominator, r.MeasureId));
    }

    // depression_followup: a depression dx dated in [s - 365, s - 1] excludes the positive screen s.
    [Theory]
    [InlineData("F33.1", "icd10cm", true)]
    [InlineData("66344007", "snomed", true)]
    [InlineData("78667006", "snomed", true)] // Dysthymia (CMS159 Dysthymia), as F34.1
    [InlineData("21897009", "snomed", false)]
    public void DepressionFollowUp_DepressionDiagnosisInTheYearBeforeInEitherSystem_Excludes(string code, string system, bool excluded)
    {
        var deck = new TimelineBuilder().Dx("2024-10-01", code, system: system).Screen("2025-03-10", "PHQ-9", 15);

        var results = new List<UnitResult>();
        new DepressionFollowUp(For("2025-12-31", "2025-01", "2025-12", [])).Evaluate(deck.AsOf("2025-12-31"), results);

        var unit = Assert.Single(results);
        Assert.Equal(excluded, unit.Excluded);
        Assert.Equal(!excluded, unit.InDenominator);
    }
}
