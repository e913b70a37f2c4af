using System.Globalization;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary><c>qi spc</c> as an analyst runs it: a CSV in, a CSV of limits and signals out, one line per mistake.</summary>
public sealed class SpcCommandTests : IDisposable
{
    private const string Header = "part,x,y,cl,lcl,ucl,sigma_signal,longest_run,longest_run_max,n_crossings,n_crossings_min,runs_signal";

    // Montgomery, Introduction to Statistical Quality Control, Example 7.1 (orange juice cans, 30 samples of 50).
    private static readonly int[] OrangeJuice = [12, 15, 8, 10, 4, 7, 16, 9, 14, 10, 5, 6, 17, 12, 22, 8, 10, 5, 13, 11, 20, 18, 24, 15, 9, 12, 7, 13, 9, 6];

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Spc_PChart_WritesOneRowPerPointWithThePublishedLimits()
    {
        var input = Write("oj.csv", "x,y,n\n" + string.Concat(OrangeJuice.Select((d, i) => $"s{i + 1},{d},50\n")));

        var (code, output, error) = await QiRunner.RunAsync("spc", "--chart", "p", "--input", input, "--out", _folder.File("out.csv"));

        Assert.True(code == 0, error);
        Assert.Equal($"p chart: 30 points in 1 part(s); beyond the limits: 15,23; runs signal in part: none; wrote {_folder.File("out.csv")}", output.TrimEnd());
        var rows = await ReadRowsAsync("out.csv");
        Assert.Equal(Header, rows[0]);
        Assert.Equal(31, rows.Length);
        var fifteenth = rows[15].Split(',');
        Assert.Equal(["1", "s15", "0.44"], fifteenth[..3]);
        // Montgomery, Example 7.1: p̄ = 0.2313, LCL = 0.0524, UCL = 0.4102.
        Assert.Equal(0.2313, Parse(fifteenth[3]), 4);
        Assert.Equal(0.0524, Parse(fifteenth[4]), 4);
        Assert.Equal(0.4102, Parse(fifteenth[5]), 4);
        Assert.Equal("1", fifteenth[6]);
        // 30 useful observations: the qicharts2 table allows a longest run of 8 and at least 10 crossings.
        Assert.Equal(["8", "10"], new[] { fifteenth[8], fifteenth[10] });
    }

    [Fact]
    public async Task Spc_PartAndExclude_NumberPointsFromOne()
    {
        int[] counts = [2, 3, 2, 3, 40, 9, 8, 9, 8];
        var input = Write("c.csv", "x,y\n" + string.Concat(counts.Select((c, i) => $"w{i + 1},{c}\n")));

        var (code, _, error) = await QiRunner.RunAsync(
            "spc", "--chart", "c", "--input", input, "--out", _folder.File("out.csv"), "--part", "5", "--exclude", "5");

        Assert.True(code == 0, error);
        var rows = (await ReadRowsAsync("out.csv")).Skip(1).Select(r => r.Split(',')).ToList();
        Assert.Equal(["1", "1", "1", "1", "1", "2", "2", "2", "2"], rows.Select(r => r[0]));
        Assert.Equal("2.5", rows[4][3]);
        Assert.Equal("1", rows[4][6]);
        Assert.Equal("8.5", rows[5][3]);
    }

    [Fact]
    public async Task Spc_RunChart_LeavesTheLimitsEmpty()
    {
        var input = Write("run.csv", "x,y,extra\nJan,1,a\nFeb,\"3\",b\nMar,2,c\n");

        var (code, _, error) = await QiRunner.RunAsync("spc", "--chart", "run", "--input", input, "--out", _folder.File("out.csv"));

        Assert.True(code == 0, error);
        Assert.Equal("1,Feb,3,2,,,0,1,4,1,0,0", (await ReadRowsAsync("out.csv"))[2]);
    }

    [Fact]
    public async Task Spc_ScreenMr_IsAFlagWithoutAValue()
    {
        int[] values = [0, 1, 0, 1, 0, 1, 0, 1, 0, 20];
        var input = Write("i.csv", "x,y\n" + string.Concat(values.Select((v, i) => $"{i + 1},{v}\n")));

        var (plainCode, _, _) = await QiRunner.RunAsync("spc", "--chart", "i", "--input", input, "--out", _folder.File("plain.csv"));
        var (code, _, error) = await QiRunner.RunAsync("spc", "--screen-mr", "--chart", "i", "--input", input, "--out", _folder.File("screened.csv"));

        Assert.Equal(0, plainCode);
        Assert.True(code == 0, error);
        var plain = Parse((await ReadRowsAsync("plain.csv"))[1].Split(',')[5]);
        var screened = Parse((await ReadRowsAsync("screened.csv"))[1].Split(',')[5]);
        Assert.True(screened < plain);
    }

    [Theory]
    [InlineData("p", "x,y\na,1\n", new string[0], "line 1: column 'n' is missing (the chart needs x,y,n)")]
    [InlineData("c", "x,count\na,1\n", new string[0], "line 1: column 'y' is missing (the chart needs x,y)")]
    [InlineData("p", "x,y,n\na,5,50\nb,abc,50\n", new string[0], "line 3, column y: 'abc' is not a number")]
    [InlineData("p", "x,y,n\na,5,50\nb,5,\n", new string[0], "line 3, column n: '' is not a number")]
    [InlineData("p", "x,y,n\na,5,0\n", new string[0], "line 2, column n: the denominator must be greater than 0, not 0")]
    [InlineData("u", "x,y,n\na,5,-2\n", new string[0], "line 2, column n: the denominator must be greater than 0, not -2")]
    [InlineData("p", "x,y,n\na,60,50\n", new string[0], "line 2, column y: 60 events out of 50: a proportion cannot exceed 1")]
    [InlineData("c", "x,y\na,-1\n", new string[0], "line 2, column y: a count cannot be negative (-1)")]
    [InlineData("c", "x,y\na,1\nb\n", new string[0], "line 3: 1 fields where the header has 2")]
    [InlineData("c", "x,y\n", new string[0], "no data rows below the header")]
    [InlineData("c", "x,y\na,1\nb,2\nc,3\n", new[] { "--exclude", "9" }, "excluded point 9 is outside the series (1 to 3)")]
    [InlineData("c", "x,y\na,1\nb,2\nc,3\n", new[] { "--part", "3" }, "a new part after point 3 is outside the series (1 to 2)")]
    [InlineData("c", "x,y\na,1\nb,2\nc,3\n", new[] { "--freeze", "4" }, "freeze after point 4 is outside the series (1 to 3)")]
    public async Task Spc_BadInput_ExitsOneWithOneLineNamingFileLineAndColumn(string chart, string csv, string[] extra, string expected)
    {
        var input = Write("in.csv", csv);

        var (code, _, error) = await QiRunner.RunAsync(["spc", "--chart", chart, "--input", input, "--out", _folder.File("out.csv"), .. extra]);

        Assert.Equal(1, code);
        Assert.Equal($"qi: {input}: {expected}", error.TrimEnd());
        Assert.False(File.Exists(_folder.File("out.csv")));
    }

    [Theory]
    [InlineData(new[] { "--chart", "xbar" }, "qi: option --chart 'xbar' is not one of run, i, mr, p, u, c, pp, up")]
    [InlineData(new[] { "--chart", "c", "--part", "1,x" }, "qi: option --part must be point numbers from 1, separated by commas, not '1,x'")]
    [InlineData(new[] { "--chart", "c", "--exclude", "0" }, "qi: option --exclude must be point numbers from 1, separated by commas, not '0'")]
    [InlineData(new[] { "--chart", "c", "--screen-mr", "yes" }, "qi: 'yes' is not a command or option of qi spc (qi spc --help lists them)")]
    [InlineData(new[] { "--chart", "c", "--colour", "red" }, "qi: '--colour' is not a command or option of qi spc (qi spc --help lists them)")]
    public async Task Spc_BadOption_ExitsOneWithOneLine(string[] options, string expected)
    {
        var input = Write("in.csv", "x,y\na,1\n");

        var (code, _, error) = await QiRunner.RunAsync(["spc", "--input", input, "--out", _folder.File("out.csv"), .. options]);

        Assert.Equal(1, code);
        Assert.Equal(expected, error.TrimEnd());
    }

    [Fact]
    public async Task Spc_LabelsWithSeparatorsQuotesOrFormulas_AreEscapedAndNegativeNumbersAreNot()
    {
        // An i chart of -3, 1, 2: mean 0, mean moving range 2.5, limits 0 -/+ 3 x 2.5 / 1.128 (d2 for n = 2) = -/+6.6489...
        var input = Write("labels.csv", "x,y\n\"a,b\",-3\n\"say \"\"hi\"\"\",1\n=SUM(A1),2\n");

        var (code, _, error) = await QiRunner.RunAsync("spc", "--chart", "i", "--input", input, "--out", _folder.File("out.csv"));

        Assert.True(code == 0, error);
        var rows = await ReadRowsAsync("out.csv");
        Assert.Equal(Header, rows[0]);

        // RFC 4180: a field holding the separator or a quote is quoted, its quotes doubled; OWASP (CSV
        // injection): text starting with = gets a leading apostrophe, and is quoted. Numbers stay numbers.
        Assert.StartsWith("1,\"a,b\",-3,0,-6.6489", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("1,\"say \"\"hi\"\"\",1,0,-6.6489", rows[2], StringComparison.Ordinal);
        Assert.StartsWith("1,\"'=SUM(A1)\",2,0,-6.6489", rows[3], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spc_MissingInput_ExitsOneNamingTheFile()
    {
        var (code, _, error) = await QiRunner.RunAsync("spc", "--chart", "c", "--input", _folder.File("absent.csv"), "--out", _folder.File("out.csv"));

        Assert.Equal(1, code);
        Assert.Equal($"qi: {_folder.File("absent.csv")}: file not found", error.TrimEnd());
    }

    private static double Parse(string field) => double.Parse(field, CultureInfo.InvariantCulture);

    private string Write(string name, string text)
    {
        var path = _folder.File(name);
        File.WriteAllText(path, text);
        return path;
    }

    private async Task<string[]> ReadRowsAsync(string name) => (await File.ReadAllTextAsync(_folder.File(name))).TrimEnd('\n').Split('\n');
}
