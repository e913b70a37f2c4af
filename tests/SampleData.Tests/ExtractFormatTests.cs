using System.Text;
using System.Text.RegularExpressions;
using QiPipeline.SampleData.Tests.Support;

namespace QiPipeline.SampleData.Tests;

/// <summary>The CSV extract contract (docs/architecture.md), byte for byte where it matters.</summary>
[Collection(DemoCollectionDefinition.Name)]
public sealed partial class ExtractFormatTests(DemoFixture demo)
{
    private static readonly Dictionary<string, string> Headers = new()
    {
        ["patients"] = "patient_id,clinic_id,birth_date,sex,race,ethnicity,language,payer,death_date",
        ["encounters"] = "encounter_id,patient_id,clinic_id,encounter_date,encounter_type,modality,status,provider_id,minutes",
        ["screenings"] = "screening_id,patient_id,clinic_id,screening_date,instrument,score,item9_score,positive",
        ["referrals"] = "referral_id,patient_id,clinic_id,referral_date,service,warm_handoff",
        ["ed_visits"] = "ed_visit_id,patient_id,visit_date,primary_dx,admitted,facility,other_dx",
        ["medication_fills"] = "fill_id,patient_id,fill_date,drug,drug_class,days_supply",
        ["diagnoses"] = "diagnosis_id,patient_id,dx_code,dx_date",
        ["surveys"] = "survey_id,patient_id,clinic_id,survey_date,score,max_score",
    };

    [Theory]
    [InlineData("north")]
    [InlineData("east")]
    public void CsvFiles_EachSource_FollowTheContract(string source)
    {
        foreach (var (entity, header) in Headers)
        {
            var bytes = File.ReadAllBytes(Path.Combine(demo.Root, source, entity + ".csv"));
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);

            Assert.False(bytes.AsSpan().StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }), $"{entity}: BOM");
            Assert.DoesNotContain('\r', text);
            Assert.StartsWith(header + "\n", text, StringComparison.Ordinal);
            Assert.EndsWith("\n", text, StringComparison.Ordinal);
            var width = header.Split(',').Length;
            Assert.All(CsvText.Parse(text), r => Assert.Equal(width, r.Length));
        }
    }

    [Fact]
    public void CsvFiles_ValueWithComma_IsQuoted()
    {
        var patients = File.ReadAllText(Path.Combine(demo.Root, "north", "patients.csv"));

        Assert.Contains(",\"Chinese, Mandarin\",", patients, StringComparison.Ordinal);
        Assert.Contains("Chinese, Mandarin", CsvText.Read(Path.Combine(demo.Root, "north", "patients.csv")).Values("language"));
    }

    [Theory]
    [InlineData("north", 'N')]
    [InlineData("south", 'S')]
    [InlineData("east", 'E')]
    public void Ids_EachSource_ArePrefixedAndPadded(string source, char code)
    {
        var tables = demo.Source(source);

        Assert.All(tables["patients"].Values("patient_id").OfType<string>(), id => Assert.Matches($"^{code}-P\\d{{6,}}$", id));
        Assert.All(tables["encounters"].Values("encounter_id").OfType<string>(), id => Assert.Matches($"^{code}-E\\d{{7,}}$", id));
    }

    [Fact]
    public void Patients_AllSources_LookLikeACommunityHealthCenter()
    {
        var patients = DemoFixture.SourceNames
            .SelectMany(s => demo.Source(s)["patients"].Rows.Select(r => (Source: s, Row: r)))
            .Where(p => p.Row[0] is { } id && !id.Contains("-P9", StringComparison.Ordinal))
            .GroupBy(p => p.Row[0])
            .Select(g => g.First().Row)
            .ToList();
        double Share(int column, string value) => patients.Count(r => r[column] == value) / (double)patients.Count;

        Assert.Equal(3000, patients.Count);
        Assert.InRange(Share(6, "English"), 0.68, 0.76);
        Assert.InRange(Share(6, "Spanish"), 0.17, 0.23);
        Assert.Equal(["Commercial", "Medicaid", "Medicare", "Uninsured"], patients.Select(r => r[7]).Distinct().Order(StringComparer.Ordinal));
        Assert.Contains(patients, r => r[2]!.EndsWith("-02-29", StringComparison.Ordinal));
        Assert.InRange(patients.Count(r => r[8] is not null), 30, 300);
        var ages = patients.Select(r => Timelines.Age(DateOnly.Parse(r[2]!, System.Globalization.CultureInfo.InvariantCulture), DemoFixture.End)).ToList();
        Assert.True(ages.Min() == 0 && ages.Max() >= 90, $"ages {ages.Min()}-{ages.Max()}");
    }

    [Fact]
    public void ClinicalCodes_AllSources_AreIcd10WithDotsAndMixAvoidableEdVisits()
    {
        var diagnoses = DemoFixture.SourceNames.SelectMany(s => demo.Source(s)["diagnoses"].Values("dx_code")).OfType<string>().ToList();
        var edCodes = DemoFixture.SourceNames.SelectMany(s => demo.Source(s)["ed_visits"].Values("primary_dx")).OfType<string>().ToList();
        var otherCodes = DemoFixture.SourceNames.SelectMany(s => demo.Source(s)["ed_visits"].Values("other_dx")).OfType<string>()
            .SelectMany(codes => codes.Split(';')).ToList();

        Assert.All(diagnoses, c => Assert.Matches(IcdWithDot(), c));
        Assert.Contains("F31.81", diagnoses);
        Assert.Contains("F32.1", diagnoses);
        Assert.Contains("I10", diagnoses);
        Assert.Contains("J06.9", edCodes);
        Assert.Contains("S52.501A", edCodes);
        Assert.Contains("F32.9", edCodes);
        Assert.All(otherCodes.Select(c => c.Trim()), c => Assert.Matches(IcdWithDot(), c));
        Assert.Contains("X78.9XXA", otherCodes);
        Assert.Contains(" R45.851", otherCodes); // a space after ';', which the contract trims
    }

    [GeneratedRegex(@"^[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?$")]
    private static partial Regex IcdWithDot();
}
