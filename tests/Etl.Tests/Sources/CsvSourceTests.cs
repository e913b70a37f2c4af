using System.Globalization;
using System.Text;
using QiPipeline.Etl.Sources;
using QiPipeline.TestSupport;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Tests.Sources;

/// <summary>Reading extract files as clinics actually send them.</summary>
public sealed class CsvSourceTests : IDisposable
{
    private const string Header = "patient_id,clinic_id,birth_date,sex,race,ethnicity,language,payer,death_date\n";
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Read_MissingFile_GivesNoRecords() => Assert.Empty(await ReadAsync(CanonicalModel.Encounters));

    [Fact]
    public async Task Read_Utf8WithByteOrderMark_ReadsTheHeader()
    {
        Write(Header + "P1,N1,1980-01-01,F,,,Español,,\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var record = Assert.Single(await ReadAsync(CanonicalModel.Patients));

        Assert.Equal("P1", record.Values[0]);
        Assert.Equal("Español", record.Values[6]);
    }

    [Fact]
    public async Task Read_Utf16WithByteOrderMark_IsDecoded()
    {
        Write(Header + "P1,N1,1980-01-01,F,,,Tiếng Việt,,\n", new UnicodeEncoding(bigEndian: false, byteOrderMark: true));

        var record = Assert.Single(await ReadAsync(CanonicalModel.Patients));

        Assert.Equal("Tiếng Việt", record.Values[6]);
    }

    [Fact]
    public async Task Read_Latin1Bytes_MakeThatRecordMalformedAndKeepTheOthers()
    {
        Write(Header + "P1,N1,1980-01-01,F,,,English,,\nP2,N1,1980-01-01,F,,,Espa\u00f1ol,,\nP3,N1,1980-01-01,F,,,English,,\n", Encoding.Latin1);

        var records = await ReadAsync(CanonicalModel.Patients);

        Assert.Equal([null, "bytes that are not UTF-8 (save the extract as UTF-8)", null], records.Select(r => r.Malformed));
        Assert.Equal(3, records[1].RowNumber);
    }

    [Fact]
    public async Task Read_HeaderWithoutARequiredColumn_FailsNamingIt()
    {
        Write("patient_id,clinic_id,birth_date\nP1,N1,1980-01-01\n", new UTF8Encoding(false));

        var error = await Assert.ThrowsAsync<SourceException>(() => ReadAsync(CanonicalModel.Patients));

        Assert.StartsWith("north/patients.csv line 1: required column 'sex' missing from the header", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_ColumnsInAnotherOrderWithExtras_AreMappedByName()
    {
        Write("sex,extra,birth_date,patient_id\nM,x,1990-02-03,P9\n", new UTF8Encoding(false));

        var record = Assert.Single(await ReadAsync(CanonicalModel.Patients));

        Assert.Equal(("P9", "1990-02-03", "M", null), (record.Values[0], record.Values[2], record.Values[3], record.Values[1]));
        Assert.Null(record.Malformed);
    }

    [Fact]
    public async Task Read_RowWithTooManyFields_IsMalformedAndTheNextRowIsFine()
    {
        Write(Header + "P1,N1,1980-01-01,F,,,,,,EXTRA\nP2,N1,1980-01-01,F,,,,,\n", new UTF8Encoding(false));

        var records = await ReadAsync(CanonicalModel.Patients);

        Assert.Equal("10 fields where the header has 9", records[0].Malformed);
        Assert.Null(records[1].Malformed);
    }

    [Fact]
    public async Task Read_EmptyFile_GivesNoRecords()
    {
        Write("", new UTF8Encoding(false));

        Assert.Empty(await ReadAsync(CanonicalModel.Patients));
    }

    [Fact]
    public async Task ReadAsync_LargeFile_FractionIsTheBytesReadOverTheFileSize()
    {
        // 40,000 records of 50 ASCII bytes after the header: 2 MB, many times the reader's 64 KB buffers.
        const int Records = 40_000;
        const string Head = "patient_id,clinic_id,birth_date,sex\n";
        var text = new StringBuilder(Head);
        for (var i = 0; i < Records; i++)
        {
            var line = string.Create(CultureInfo.InvariantCulture, $"P{i:D8},N1,1980-01-01,F");
            text.Append(line).Append(' ', 49 - line.Length).Append('\n');
        }

        Write(text.ToString(), new UTF8Encoding(false));
        var size = (double)new FileInfo(_folder.File("patients.csv")).Length;

        var fractions = (await ReadAsync(CanonicalModel.Patients)).Select(r => r.Fraction!.Value).ToList();

        Assert.Equal(Records, fractions.Count);
        Assert.True(fractions.Zip(fractions.Skip(1)).All(p => p.First <= p.Second), "the fraction never goes back");
        var middle = fractions[Records / 2 - 1]; // the record ending half-way through the records' bytes
        var read = (Head.Length + (Records / 2 * 50.0)) / size;
        Assert.InRange(middle, read, read + (3 * 65536 / size)); // ahead by at most the buffers
        Assert.Equal(1.0, fractions[^1]);
    }

    private void Write(string text, Encoding encoding) =>
        File.WriteAllBytes(_folder.File("patients.csv"), [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);

    private async Task<List<RawRecord>> ReadAsync(EntityDefinition entity)
    {
        var records = new List<RawRecord>();
        await foreach (var record in new CsvSource("north", _folder.Path).ReadAsync(entity, null, CancellationToken.None))
        {
            records.Add(record);
        }

        return records;
    }
}
