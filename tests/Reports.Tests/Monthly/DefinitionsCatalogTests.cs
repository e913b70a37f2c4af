using QiPipeline.Metrics.Engine;
using QiPipeline.Metrics.Measures;
using QiPipeline.Metrics.Timeline;
using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>The definitions written in code cannot drift from the measures computed, and the parameters are those in force.</summary>
public sealed class DefinitionsCatalogTests
{
    [Fact]
    public void All_HasEveryMeasureOfTheCatalogAndNoOther()
    {
        var context = new MeasureContext(new DateOnly(2025, 6, 30), new Month(2024, 7), new Month(2025, 6), MeasureParameters.Defaults);
        var ids = MeasureCatalog.Create(context, EdClassification.BuiltIn).SelectMany(f => f.MeasureIds).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(ids, DefinitionsCatalog.All.Select(e => e.MeasureId).ToHashSet(StringComparer.Ordinal));
        Assert.All(DefinitionsCatalog.All, e => Assert.EndsWith(".", e.Definition, StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ConfiguredValue_IsInForceAndMarked()
    {
        var defaults = DefinitionsParameters.Read(new Month(2025, 6), new Dictionary<string, IReadOnlyDictionary<string, string?>>());
        var first = defaults[0];
        var settings = new Dictionary<string, IReadOnlyDictionary<string, string?>>
        {
            [first.MeasureId] = new Dictionary<string, string?> { [first.Name] = "42" },
        };

        var read = DefinitionsParameters.Read(new Month(2025, 6), settings);

        Assert.All(defaults, p => Assert.False(p.Configured));
        var configured = Assert.Single(read, p => p.Configured);
        Assert.Equal((first.MeasureId, first.Name, "42", first.Default), (configured.MeasureId, configured.Name, configured.Value, configured.Default));
    }

    [Fact]
    public void Read_Defaults_IncludeTheActionListParameters()
    {
        // docs/measures.md, "Action lists": an item 9 flag counts for 30 days, a referral is listed after 14.
        var read = DefinitionsParameters.Read(new Month(2025, 6), new Dictionary<string, IReadOnlyDictionary<string, string?>>());

        Assert.Contains(read, p => (p.MeasureId, p.Name, p.Value) == ("action_lists", "suicideRiskDays", "30"));
        Assert.Contains(read, p => (p.MeasureId, p.Name, p.Value) == ("action_lists", "referralDays", "14"));
    }
}
