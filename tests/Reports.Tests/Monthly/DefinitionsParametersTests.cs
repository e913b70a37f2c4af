using QiPipeline.Reports.Monthly;

namespace QiPipeline.Reports.Tests.Monthly;

/// <summary>The Definitions sheet shows the parameters in force: configured values marked, defaults from the catalog.</summary>
public sealed class DefinitionsParametersTests
{
    [Fact]
    public void Read_ConfiguredValue_IsInForceAndMarked()
    {
        var defaults = DefinitionsParameters.Read(new Dictionary<string, IReadOnlyDictionary<string, string?>>());
        var first = defaults[0];
        var settings = new Dictionary<string, IReadOnlyDictionary<string, string?>>
        {
            [first.MeasureId] = new Dictionary<string, string?> { [first.Name] = "42" },
        };

        var read = DefinitionsParameters.Read(settings);

        Assert.All(defaults, p => Assert.False(p.Configured));
        var configured = Assert.Single(read, p => p.Configured);
        Assert.Equal((first.MeasureId, first.Name, "42", first.Default), (configured.MeasureId, configured.Name, configured.Value, configured.Default));
    }

    [Fact]
    public void Read_Defaults_IncludeTheActionListParameters()
    {
        // docs/measures.md, "Action lists": an item 9 flag counts for 30 days, a referral is listed after 14.
        var read = DefinitionsParameters.Read(new Dictionary<string, IReadOnlyDictionary<string, string?>>());

        Assert.Contains(read, p => (p.MeasureId, p.Name, p.Value) == ("action_lists", "steppedCareDays", "56"));
        Assert.Contains(read, p => (p.MeasureId, p.Name, p.Value) == ("action_lists", "referralDays", "14"));
    }
}
