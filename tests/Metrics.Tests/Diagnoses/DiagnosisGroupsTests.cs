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

    // SNOMED CT membership as the published VSAC value sets list it (expansions of the CMS159 and
    // CMS137 value sets named in NOTICE), and the concept of F41.1 only in mental illness.
    [Theory]
    [InlineData("370143000", "depression", true)] // Major depressive disorder: Major Depression Including Remission
    [InlineData("66344007", "depression", true)] // Recurrent major depression: idem
    [InlineData("78667006", "depression", true)] // Dysthymia: Dysthymia
    [InlineData("370143000", "major depression", true)]
    [InlineData("66344007", "major depression", true)]
    [InlineData("78667006", "major depression", false)] // dysthymia is not major depression (F34.1 is not either)
    [InlineData("13746004", "bipolar", true)] // Bipolar disorder: Bipolar Disorder
    [InlineData("13746004", "depression", false)]
    [InlineData("58214004", "psychotic", true)] // Schizophrenia: Schizophrenia or Psychotic Disorder
    [InlineData("35919005", "pervasive developmental", true)] // Pervasive developmental disorder
    [InlineData("20010003", "emotionally unstable personality", true)] // Borderline personality disorder
    [InlineData("15167005", "substance use", true)] // Alcohol abuse: Substance Use Disorder
    [InlineData("15167005", "mental illness", false)]
    [InlineData("21897009", "mental illness", true)] // Generalized anxiety disorder, as F41.1
    [InlineData("21897009", "depression", false)]
    [InlineData("21897009", "bipolar", false)]
    [InlineData("370143000", "mental illness", true)]
    public void SnomedConcept_IsInTheGroupsWhoseValueSetsHoldIt(string concept, string group, bool expected) =>
        Assert.Equal(expected, Group(group).Contains(new Diagnosis("D1", concept, new DateOnly(2025, 1, 1), "snomed")));

    [Theory]
    [InlineData("F32.9", "icd10cm", true)]
    [InlineData("F32.9", "snomed", false)] // an ICD-10-CM code sent as SNOMED CT is no concept
    [InlineData("370143000", "icd10cm", false)] // a concept id sent as ICD-10-CM is no ICD-10-CM code
    [InlineData("370143000", "snomed", true)]
    public void Diagnosis_MatchesOnlyInItsOwnCodeSystem(string code, string system, bool expected) =>
        Assert.Equal(expected, DiagnosisGroups.Depression.Contains(new Diagnosis("D1", code, new DateOnly(2025, 1, 1), system)));

    [Fact]
    public void Union_KeepsTheSnomedConceptsOfEveryGroup()
    {
        var union = DiagnosisGroup.Union("depression or bipolar", DiagnosisGroups.Depression, DiagnosisGroups.Bipolar);

        Assert.True(union.Contains(new Diagnosis("D1", "13746004", new DateOnly(2025, 1, 1), "snomed")));
        Assert.True(union.Contains(new Diagnosis("D2", "66344007", new DateOnly(2025, 1, 1), "snomed")));
    }

    private static DiagnosisGroup Group(string name) => name switch
    {
        "depression" => DiagnosisGroups.Depression,
        "major depression" => DiagnosisGroups.MajorDepression,
        "bipolar" => DiagnosisGroups.Bipolar,
        "psychotic" => DiagnosisGroups.Psychotic,
        "pervasive developmental" => DiagnosisGroups.PervasiveDevelopmental,
        "emotionally unstable personality" => DiagnosisGroups.EmotionallyUnstablePersonality,
        "mental illness" => DiagnosisGroups.MentalIllness,
        "substance use" => DiagnosisGroups.SubstanceUse,
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };
}
