using QiPipeline.Etl.Sources;
using QiPipeline.Etl.Validation;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Validation;

/// <summary>Row-level checks; the set-based ones are covered by the loader tests.</summary>
public sealed class RecordValidatorTests
{
    private static readonly ValidationContext Context = new(new DateOnly(2025, 6, 30), new HashSet<string> { "N1" }, RequireUpdatedAt: false);

    [Theory]
    [InlineData("PHQ-2", "6", null)]
    [InlineData("PHQ-2", "7", "out_of_range")]
    [InlineData("PHQ-9", "27", null)]
    [InlineData("PHQ-9", "-1", "out_of_range")]
    [InlineData("GAD-7", "22", "out_of_range")]
    [InlineData("AUDIT-C", "12", null)]
    [InlineData("AUDIT", "41", "out_of_range")]
    [InlineData("DAST-10", "11", "out_of_range")]
    [InlineData("EPDS", "30", null)]
    [InlineData("SINGLE-DRUG", "366", null)]
    [InlineData("SINGLE-DRUG", "367", "out_of_range")]
    [InlineData("CRAFFT", "7", "out_of_range")]
    [InlineData("PHQ-9", "12.5", "bad_number")]
    public void Validate_ScoreAgainstItsInstrumentsRange(string instrument, string score, string? reasons)
    {
        var row = Validate(CanonicalModel.Screenings, "S1", "P1", "N1", "2025-03-04", instrument, score, null, null);

        Assert.Equal(reasons, Reasons(row));
    }

    [Fact]
    public void Validate_LoincCode_IsStoredAsTheInstrumentName()
    {
        var row = Validate(CanonicalModel.Screenings, "S1", "P1", "N1", "2025-03-04", "44261-6", "12", "1", null);

        Assert.Null(Reasons(row));
        Assert.Equal("PHQ-9", row[5]);
    }

    [Fact]
    public void Validate_SocialNeedsScreenWithoutPositive_IsMissingRequired()
    {
        var row = Validate(CanonicalModel.Screenings, "S1", "P1", "N1", "2025-03-04", "AHC-HRSN", null, null, null);

        Assert.Equal("missing_required", Reasons(row));
    }

    [Fact]
    public void Validate_DateOnTheRunDate_IsFineAndTheDayAfterIsFuture()
    {
        Assert.Null(Reasons(Validate(CanonicalModel.Diagnoses, "D1", "P1", "F32.1", "2025-06-30")));
        Assert.Equal("future_date", Reasons(Validate(CanonicalModel.Diagnoses, "D1", "P1", "F32.1", "2025-07-01")));
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("2025-3-4")]
    [InlineData("20250304")]
    [InlineData("2025-03-04T25:00")]
    [InlineData("2025-02-30T10:00:00Z")]
    public void Validate_DateNotStrictlyIsoOrNotReal_IsBadDate(string date) =>
        Assert.Equal("bad_date", Reasons(Validate(CanonicalModel.Diagnoses, "D1", "P1", "F32.1", date)));

    [Theory]
    [InlineData("2025-03-04T10:00", "2025-03-04")]
    [InlineData("2025-03-04 10:00:00", "2025-03-04")]
    [InlineData("2025-03-04T03:00:00Z", "2025-03-03")]
    public void Validate_TimestampInADateColumn_GivesItsDateInTheSourcesZone(string raw, string expected)
    {
        var context = Context with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago") };
        var entity = CanonicalModel.Diagnoses;

        var row = new RecordValidator(entity, context).Validate(new RawRecord(2, ["D1", "P1", "F32.1", raw, null, null]));

        Assert.Null(Reasons(row));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), row[4]);
    }

    [Fact]
    public void Validate_TimestampAfterTheRunDateInTheSourcesZone_IsFuture()
    {
        // 2025-07-01T03:00Z is still 2025-06-30 in Chicago (UTC-5 in summer), the run date: fine there, future in UTC.
        var chicago = Context with { TimeZone = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago") };
        var utc = Context with { TimeZone = TimeZoneInfo.Utc };
        var record = new RawRecord(2, ["D1", "P1", "F32.1", "2025-07-01T03:00:00Z", null, null]);

        Assert.Null(Reasons(new RecordValidator(CanonicalModel.Diagnoses, chicago).Validate(record)));
        Assert.Equal("future_date", Reasons(new RecordValidator(CanonicalModel.Diagnoses, utc).Validate(record)));
    }

    [Theory]
    [InlineData("12.0", null)]
    [InlineData("12.5", "bad_number")]
    public void Validate_ScoreWrittenAsADecimal_IsAcceptedWhenWhole(string score, string? reasons)
    {
        var row = Validate(CanonicalModel.Screenings, "S1", "P1", "N1", "2025-03-04", "PHQ-9", score, "1.0", null);

        Assert.Equal(reasons, Reasons(row));
        Assert.Equal(reasons is null ? 12 : null, row[6]);
    }

    [Theory]
    [InlineData("F31.81", null)]
    [InlineData("f3181", null)]
    [InlineData("Z76.0", null)]
    [InlineData("F", "bad_code")]
    [InlineData("31.81", "bad_code")]
    public void Validate_DiagnosisCode_MustLookLikeIcd10(string code, string? reasons) =>
        Assert.Equal(reasons, Reasons(Validate(CanonicalModel.Diagnoses, "D1", "P1", code, "2025-03-04")));

    [Theory]
    [InlineData("F32.9;R45.851", "F32.9;R45.851")]
    [InlineData(" F32.9 ; r45851 ", "F32.9;r45851")]
    [InlineData("F32.9;", "F32.9")]
    [InlineData(";", null)]
    [InlineData(null, null)]
    public void Validate_EdOtherDiagnoses_EachCodeTrimmedAndStoredJoinedBySemicolons(string? otherDx, string? stored)
    {
        var row = Validate(CanonicalModel.EdVisits, "V1", "P1", "2025-03-04", "J06.9", "false", "General", otherDx);

        Assert.Null(Reasons(row));
        Assert.Equal(stored, row[1 + CanonicalModel.EdVisits.IndexOf("other_dx")]);
    }

    [Theory]
    [InlineData("J06.9", "F32.9;not-a-code", "bad_code")]
    [InlineData("J06.9", "F32.9 R45.851", "bad_code")]
    [InlineData("J06.9", "F32.9,R45.851", "bad_code")]
    [InlineData("J06.9", "31.81", "bad_code")]
    [InlineData("flu", null, "bad_code")]
    [InlineData("flu", "F32.9;x", "bad_code")]
    [InlineData(null, "F32.9", null)]
    public void Validate_EdDiagnoses_PrimaryAndEachOtherCodeMustLookLikeIcd10(string? primaryDx, string? otherDx, string? reasons)
    {
        var row = Validate(CanonicalModel.EdVisits, "V1", "P1", "2025-03-04", primaryDx, "false", "General", otherDx);

        Assert.Equal(reasons, Reasons(row));
    }

    [Fact]
    public void Validate_EdOtherDiagnosesLongerThanItsColumn_IsTooLong()
    {
        var codes = string.Join(';', Enumerable.Repeat("S52.501A", 120));

        Assert.Equal("too_long", Reasons(Validate(CanonicalModel.EdVisits, "V1", "P1", "2025-03-04", "J06.9", "false", "General", codes)));
    }

    [Fact]
    public void Validate_IdLongerThanItsColumn_IsTooLongAndTheRawValueIsCut()
    {
        var row = Validate(CanonicalModel.Diagnoses, new string('x', 10_000), "P1", "F32.1", "2025-03-04");

        Assert.Equal("too_long", Reasons(row));
        Assert.True(((string)row[^1]!).Length < 1200);
    }

    [Fact]
    public void Validate_AnyRecord_KeepsRawValuesAsJson()
    {
        var row = Validate(CanonicalModel.Diagnoses, "D1", "P1", "F32.1", "2025-03-04");

        Assert.Equal("""{"diagnosis_id":"D1","patient_id":"P1","dx_code":"F32.1","dx_date":"2025-03-04"}""", row[^1]);
    }

    [Fact]
    public void Validate_RawValuesWithQuotesBackslashesAndControlCharacters_AreValidJson()
    {
        const string drug = "say \"hi\" C:\\x\nline\u0001 é";
        var row = Validate(CanonicalModel.MedicationFills, "F1", "P1", "2025-03-04", drug, "antidepressant", "30");

        using var json = System.Text.Json.JsonDocument.Parse((string)row[^1]!);

        Assert.Equal(drug, json.RootElement.GetProperty("drug").GetString());
        Assert.Equal("F1", json.RootElement.GetProperty("fill_id").GetString());
    }

    [Theory]
    [InlineData("2025-05-01T08:00:00", "2025-05-01T08:00:00")]
    [InlineData("2025-05-01 08:00", "2025-05-01T08:00:00")]
    [InlineData("2025-05-01T08:00:00+02:00", "2025-05-01T06:00:00")]
    [InlineData("2025-05-01T08:00:00.25Z", "2025-05-01T08:00:00.25")]
    public void TryParseTimestamp_IsoForms_GiveUtcClockTime(string text, string expected)
    {
        Assert.True(RecordValidator.TryParseTimestamp(text, out var value));
        Assert.Equal(expected, value.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", System.Globalization.CultureInfo.InvariantCulture).TrimEnd('.'));
    }

    private static object?[] Validate(EntityDefinition entity, params string?[] values) =>
        new RecordValidator(entity, Context).Validate(new RawRecord(2, [.. values, .. new string?[entity.Columns.Count + 1 - values.Length]]));

    private static string? Reasons(object?[] row) => (string?)row[^2];
}
