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
