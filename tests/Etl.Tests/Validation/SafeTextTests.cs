using QiPipeline.Etl.Sources;
using QiPipeline.Etl.Tests.Support;
using QiPipeline.Etl.Validation;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Validation;

/// <summary>
/// Ids that would look like another id on screen, or run as a formula in a spreadsheet, are
/// <c>bad_id</c>; dates before 1900 are <c>bad_date</c>.
/// </summary>
public sealed class SafeTextTests(DuckDbProvider warehouse) : IClassFixture<DuckDbProvider>, IDisposable
{
    private static readonly ValidationContext Context = new(new DateOnly(2025, 6, 30), new HashSet<string> { "N1" }, RequireUpdatedAt: false);

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("P\u200b001")] // zero-width space
    [InlineData("P\u202eevil")] // right-to-left override
    [InlineData("P\u2066001\u2069")] // isolates
    [InlineData("\ufeffP001")] // a byte-order mark in the middle of a file
    [InlineData("P\u00a0001")] // no-break space
    [InlineData("P\u0007001")] // control
    [InlineData("P\ufffd001")] // what a decoder left of unreadable bytes
    [InlineData("=HYPERLINK(\"http://x\",\"P1\")")]
    [InlineData("+1")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    public void Validate_UnsafePatientId_IsBadId(string id) =>
        Assert.Equal("bad_id", Reasons(Validate(CanonicalModel.Patients, id, "N1", "1980-01-01", "F")));

    [Fact]
    public void Validate_UnpairedSurrogate_IsBadId() =>
        Assert.Equal("bad_id", Reasons(Validate(CanonicalModel.Patients, "P" + '\ud800' + "001", "N1", "1980-01-01", "F")));

    [Theory]
    [InlineData("P001")]
    [InlineData("P 001")]
    [InlineData("MRN-0001_a.b/c")]
    [InlineData("Müller-7")]
    [InlineData("患者12")]
    public void Validate_OrdinaryId_IsFine(string id) =>
        Assert.Null(Reasons(Validate(CanonicalModel.Patients, id, "N1", "1980-01-01", "F")));

    [Fact]
    public void Validate_EveryIdColumn_IsChecked()
    {
        Assert.Equal("bad_id", Reasons(Validate(CanonicalModel.Encounters, "=1+1", "P1", "N1", "2025-03-04", "primary_care", null, "completed", null)));
        Assert.Equal("bad_id", Reasons(Validate(CanonicalModel.Encounters, "E1", "P1", "N1", "2025-03-04", "primary_care", null, "completed", "@dr")));
        Assert.Contains("bad_id", Reasons(Validate(CanonicalModel.Encounters, "E1", "P1", "+N1", "2025-03-04", "primary_care", null, "completed", null)), StringComparison.Ordinal);
        Assert.Equal("bad_id", Reasons(Validate(CanonicalModel.Diagnoses, "D1", "P\u202e1", "F32.1", "2025-03-04")));
    }

    [Theory]
    [InlineData("0001-01-01", "bad_date")]
    [InlineData("1899-12-31", "bad_date")]
    [InlineData("1900-01-01", null)]
    public void Validate_BirthDateBefore1900_IsBadDate(string birth, string? reasons) =>
        Assert.Equal(reasons, Reasons(Validate(CanonicalModel.Patients, "P1", "N1", birth, "F")));

    [Fact]
    public void Validate_UpdatedAtBefore1900_IsBadDate()
    {
        var values = new string?[CanonicalModel.Diagnoses.Columns.Count + 1];
        string?[] record = ["D1", "P1", "F32.1", "2025-03-04"];
        record.CopyTo(values, 0);
        values[^1] = "0001-01-01T00:00:00";

        Assert.Equal("bad_date", Reasons(new RecordValidator(CanonicalModel.Diagnoses, Context).Validate(new RawRecord(2, values))));
    }

    [Fact]
    public async Task Run_LookAlikeIdsAndAMidFileByteOrderMark_LoadOnePatientAndRejectTheRest()
    {
        var folder = _folder.File("north");
        CsvExtract.Write(folder, "patients",
        [
            Some.Patient("P001"),
            Some.Patient("P\u200b001"),
            Some.Patient("P\u202eevil"),
            Some.Patient("\ufeffP002"),
            Some.Patient("=HYPERLINK(\"http://example.org\",\"P003\")"),
            Some.Patient("P004", birth: "0001-01-01"),
        ]);
        var harness = await Harness.CreateAsync(warehouse);

        var result = await harness.RunAsync("north", folder);

        Assert.Equal("P001", await harness.ScalarAsync("SELECT string_agg(patient_id, ',') FROM patients"));
        var rejects = await harness.RejectsAsync(result.RunId);
        Assert.Equal(["bad_id", "bad_id", "bad_id", "bad_id", "bad_date"], rejects.Select(r => r.Reasons));
    }

    private static object?[] Validate(EntityDefinition entity, params string?[] values) =>
        new RecordValidator(entity, Context).Validate(new RawRecord(2, [.. values, .. new string?[entity.Columns.Count + 1 - values.Length]]));

    private static string? Reasons(object?[] row) => (string?)row[^2];
}
