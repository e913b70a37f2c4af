using QiPipeline.Metrics.Catalog;
using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Tests.Support;

namespace QiPipeline.Metrics.Tests.Catalog;

/// <summary>The catalog is what the families compute, and parameters come only from it.</summary>
public sealed class MeasureCatalogTests
{
    [Fact]
    public void Measures_AreTheFamiliesMeasuresInReportOrder()
    {
        // Building every family with defaults also proves that each parameter a family reads is declared:
        // reading an undeclared one throws.
        var context = Contexts.For("2025-06-30", "2024-07", "2025-06");

        var computed = MeasureFamilies.Create(context, EdClassification.BuiltIn).SelectMany(f => f.MeasureIds).ToList();

        Assert.Equal(computed, MeasureCatalog.Measures.Select(m => m.Id).ToList());
    }

    [Fact]
    public void Measures_HaveUniqueReadableNamesThatFitASheetName()
    {
        Assert.Equal(MeasureCatalog.Measures.Count, MeasureCatalog.Measures.Select(m => m.DisplayName).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(MeasureCatalog.Measures, m =>
        {
            Assert.InRange(m.DisplayName.Length, 1, 31);
            Assert.DoesNotContain('_', m.DisplayName);
            Assert.EndsWith(".", m.Description, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(m.Adapts));
        });
    }

    [Fact]
    public void ParameterSets_AreTheMeasuresThenActionListsAndCocmBilling()
    {
        var ids = MeasureCatalog.ParameterSets.Select(s => s.Id).ToList();

        Assert.Equal([.. MeasureCatalog.Measures.Select(m => m.Id), "action_lists", "cocm_billing"], ids);
        Assert.All(MeasureCatalog.ParameterSets, s => Assert.Equal(s.Parameters.Count, s.Parameters.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count()));
    }

    [Fact]
    public void Int_Unset_IsTheCatalogDefault()
    {
        // docs/measures.md: referral_engagement looks 30 days after the referral.
        Assert.Equal(30, MeasureParameters.Defaults("referral_engagement").Int("windowDays"));
    }

    [Fact]
    public void Int_Configured_OverridesTheDefault()
    {
        var parameters = new MeasureParameters("referral_engagement", new Dictionary<string, string?> { ["windowDays"] = "14" });

        Assert.Equal(14, parameters.Int("windowDays"));
    }

    [Fact]
    public void Strings_ConfiguredList_ReplacesTheDefaultWhole()
    {
        var parameters = new MeasureParameters("depression_screening", new Dictionary<string, string?> { ["instruments:1"] = "PHQ-9", ["instruments:0"] = "PHQ-2" });

        Assert.Equal(["PHQ-2", "PHQ-9"], parameters.Strings("instruments"));
    }

    [Fact]
    public void IntMap_ConfiguredEntry_ReplacesOnlyThatEntry()
    {
        var parameters = new MeasureParameters("depression_followup", new Dictionary<string, string?> { ["thresholds:PHQ-2"] = "2" });

        var thresholds = parameters.IntMap("thresholds");

        Assert.Equal(2, thresholds["PHQ-2"]);
        Assert.Equal(10, thresholds["phq-9"]);
    }

    [Theory]
    [InlineData(null, true)] // docs/measures.md: a depression outcome's index needs a depression diagnosis by default
    [InlineData("false", false)]
    [InlineData("False", false)] // JSON false as the configuration reads it
    public void Bool_UnsetOrConfigured_TheDefaultOrTheValue(string? configured, bool expected)
    {
        var values = configured is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["requireDiagnosis"] = configured };

        Assert.Equal(expected, new MeasureParameters("depression_remission_6m", values).Bool("requireDiagnosis"));
    }

    [Fact]
    public void Bool_NotTrueOrFalse_ThrowsNamingTheKey()
    {
        var parameters = new MeasureParameters("phq9_utilization", new Dictionary<string, string?> { ["requireDiagnosis"] = "no" });

        var error = Assert.Throws<ArgumentException>(() => parameters.Bool("requireDiagnosis"));

        Assert.Equal("measures.phq9_utilization.requireDiagnosis must be true or false, not 'no'", error.Message);
    }

    [Fact]
    public void Int_UndeclaredName_Throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MeasureParameters.Defaults("referral_engagement").Int("windowDay"));

        Assert.Contains("measures.referral_engagement.windowDay", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnknownId_Throws()
    {
        Assert.Throws<ArgumentException>(() => MeasureParameters.Defaults("depression_folowup"));
    }
}
