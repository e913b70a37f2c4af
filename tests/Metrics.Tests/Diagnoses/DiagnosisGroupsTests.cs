using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Metrics.Tests.Diagnoses;

/// <summary>The diagnosis groups of docs/measures.md, code by code.</summary>
public sealed class DiagnosisGroupsTests
{
    [Theory]
    [InlineData("F32.0", true)]
    [InlineData("f32.9", true)]
    [InlineData(" F33.1 ", true)]
    [InlineData("F34.1", true)]
    [InlineData("F32.81", false)]
    [InlineData("F3289", false)]
    [InlineData("F34.0", false)]
    [InlineData("F31.0", false)]
    [InlineData("", false)]
    public void Depression_FollowsTheDefinition(string code, bool expected) =>
        Assert.Equal(expected, DiagnosisGroups.Depression.Contains(code));

    [Theory]
    [InlineData("F34.1", false)]
    [InlineData("F32.A", true)]
    public void MajorDepression_LeavesOutDysthymia(string code, bool expected) =>
        Assert.Equal(expected, DiagnosisGroups.MajorDepression.Contains(code));

    [Theory]
    [InlineData("F10.20", false)]
    [InlineData("F19.9", false)]
    [InlineData("F20.9", true)]
    [InlineData("F41.1", true)]
    [InlineData("F09", true)]
    public void MentalIllness_IsEveryFCodeButSubstanceUse(string code, bool expected) =>
        Assert.Equal(expected, DiagnosisGroups.MentalIllness.Contains(code));

    [Theory]
    [InlineData("X71.0XXA", true)]
    [InlineData("X83.8XXA", true)]
    [InlineData("X70", false)]
    [InlineData("X84", false)]
    [InlineData("T14.91XA", true)]
    [InlineData("R45.851", true)]
    [InlineData("R45.85", false)]
    public void SelfHarm_IsX71ToX83AndT1491AndR45851(string code, bool expected) =>
        Assert.Equal(expected, DiagnosisGroups.SelfHarm.Contains(code));

    [Theory]
    [InlineData("F60.3", true)]
    [InlineData("F60.2", false)]
    public void EmotionallyUnstablePersonality_IsF603Only(string code, bool expected) =>
        Assert.Equal(expected, DiagnosisGroups.EmotionallyUnstablePersonality.Contains(code));
}
