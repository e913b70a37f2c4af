using QiPipeline.Metrics.Timeline;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Metrics.Tests.Diagnoses;

/// <summary>The diagnosis value-set table as shipped (the embedded Timeline/Data/diagnosis_value_sets.csv).</summary>
public sealed class ShippedValueSetsTests
{
    private static readonly string[] Groups =
    [
        "depression", "major_depression", "bipolar", "psychotic", "pervasive_developmental",
        "emotionally_unstable_personality", "mental_illness", "substance_use", "self_harm",
    ];

    [Theory]
    [InlineData("2363")] // Verhoeff's scheme as usually published: 236 gets check digit 3
    [InlineData("138875005")] // SNOMED CT Concept, the root
    [InlineData("404684003")] // Clinical finding
    public void HasValidCheckDigit_PublishedExamples_AreValid(string digits) =>
        Assert.True(SnomedCtId.HasValidCheckDigit(digits));

    [Theory]
    [InlineData("2364")]
    [InlineData("138875004")]
    [InlineData("404684030")] // two digits swapped: the error Verhoeff's scheme is built to catch
    public void HasValidCheckDigit_OneDigitWrongOrTwoSwapped_IsInvalid(string digits) =>
        Assert.False(SnomedCtId.HasValidCheckDigit(digits));

    [Fact]
    public void EverySnomedRow_IsAConceptIdWithAValidVerhoeffCheckDigit()
    {
        var snomed = Rows().Where(r => r.System == "snomed").ToList();

        Assert.NotEmpty(snomed);
        Assert.All(snomed, r => Assert.True(SnomedCtId.IsConceptId(r.Code), $"{r.Group}: {r.Code} is not a SNOMED CT concept id"));
        Assert.All(snomed, r => Assert.Equal("concept", r.Match));
    }

    [Fact]
    public void EveryRow_IsOfAKnownGroupSystemAndMatch_AndEveryGroupHasItsIcdPrefixes()
    {
        var rows = Rows();

        Assert.All(rows, r => Assert.Contains(r.Group, Groups));
        Assert.All(rows, r => Assert.Contains((r.System, r.Match), new[] { ("icd10cm", "prefix"), ("icd10cm", "except"), ("snomed", "concept") }));
        Assert.All(Groups, g => Assert.Contains(rows, r => r.Group == g && r.Match == "prefix"));
        Assert.Equal(rows.Count, rows.Select(r => (r.Group, r.System, r.Code, r.Match)).Distinct().Count());
    }

    [Fact]
    public void EverySnomedRow_NamesTheValueSetItComesFrom()
    {
        // OIDs of VSAC value sets, or the one concept taken as the equivalent of its ICD-10-CM code.
        Assert.All(
            Rows().Where(r => r.System == "snomed"),
            r => Assert.True(r.Source.StartsWith("VSAC 2.16.840.", StringComparison.Ordinal) || r.Source.StartsWith("SNOMED CT ", StringComparison.Ordinal), r.Source));
    }

    /// <summary>
    /// The table's rows, split here by hand: its first four columns are plain words and codes (no
    /// quotes, no commas), so this reads them without the reader under test.
    /// </summary>
    private static List<(string Group, string System, string Code, string Match, string Source)> Rows()
    {
        using var stream = typeof(DiagnosisGroups).Assembly.GetManifestResourceStream("QiPipeline.Metrics.diagnosis_value_sets.csv")!;
        using var reader = new StreamReader(stream);
        var lines = reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("value_set,system,code,match,display,source", lines[0]);
        return [.. lines.Skip(1).Select(l => l.Split(',')).Select(f => (f[0], f[1], f[2], f[3], f[^1]))];
    }
}
