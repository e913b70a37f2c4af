using QiPipeline.Etl.Csv;

namespace QiPipeline.Etl.Tests.Csv;

/// <summary>RFC 4180 cases.</summary>
public sealed class CsvReaderTests
{
    [Fact]
    public void Read_QuotedFieldsWithCommasQuotesAndNewlines_UnquotesThem()
    {
        var records = ReadAll("a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"line1\nline2\"\nlast,,\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["x, y", "say \"hi\"", "line1\nline2"], records[1].Fields);
        Assert.Equal(["last", "", ""], records[2].Fields);
    }

    [Fact]
    public void Read_RecordAfterQuotedNewline_KnowsItsPhysicalLine()
    {
        var records = ReadAll("a,b\n\"1\n2\",x\n3,y\n");

        Assert.Equal([1L, 2L, 4L], records.Select(r => r.Line));
    }

    [Fact]
    public void Read_CrLfLineEnds_AreLineEnds()
    {
        var records = ReadAll("a,b\r\n1,2\r\n");

        Assert.Equal(["1", "2"], records[1].Fields);
    }

    [Fact]
    public void Read_NoFinalNewlineAndBlankLines_ReadsEveryRecordOnce()
    {
        var records = ReadAll("a,b\n\n1,2\n\n3,4");

        Assert.Equal(3, records.Count);
        Assert.Equal(["3", "4"], records[2].Fields);
    }

    [Fact]
    public void Read_FileEndingInsideQuotes_MarksTheRecordUnterminated()
    {
        var records = ReadAll("a,b\n1,\"trunc");

        Assert.True(records[1].Unterminated);
        Assert.False(records[0].Unterminated);
    }

    // A quote inside an unquoted field is text, as before the reader came from a library: the next
    // record stays whole (a reader that toggles quoting there, as Sep does, merges the records up to
    // the next quote into one field).
    [Fact]
    public void Read_QuoteInsideAnUnquotedField_IsTextAndTheNextRecordStaysWhole()
    {
        var records = ReadAll("height,id\n5'10\",P1\n6'1\",P2\n");

        Assert.Equal(3, records.Count);
        Assert.Equal(["5'10\"", "P1"], records[1].Fields);
        Assert.Equal(["6'1\"", "P2"], records[2].Fields);
        Assert.Equal(3L, records[2].Line);
        Assert.All(records, r => Assert.False(r.Unterminated));
    }

    [Fact]
    public void Read_Utf8BytesWithByteOrderMark_SkipsTheMark()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)',', (byte)'b', (byte)'\n', (byte)'1', (byte)',', (byte)'2', (byte)'\n' };
        var reader = new CsvReader(new MemoryStream(bytes));

        Assert.Equal(["a", "b"], reader.Read()!.Fields);
        Assert.Equal(["1", "2"], reader.Read()!.Fields);
        Assert.Null(reader.Read());
    }

    private static List<CsvRecord> ReadAll(string text)
    {
        var reader = new CsvReader(new StringReader(text));
        var records = new List<CsvRecord>();
        while (reader.Read() is { } record)
        {
            records.Add(record);
        }

        return records;
    }
}
