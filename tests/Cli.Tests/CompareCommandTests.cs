using System.Globalization;

namespace QiPipeline.Cli.Tests;

/// <summary><c>qi compare</c>: the difference of two proportions and its intervals, for outside checks.</summary>
public sealed class CompareCommandTests
{
    [Fact]
    public async Task Compare_NewcombeExampleA_PrintsTheDifferenceAndBothWilsonIntervals()
    {
        var (code, output, error) = await QiRunner.RunAsync("compare", "--a", "56/70", "--b", "48/80");

        Assert.True(code == 0, error);
        Assert.Equal(string.Empty, error);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r').Split(',')).ToList();
        Assert.Equal(["name", "value", "lower", "upper"], lines[0]);
        Assert.Equal(["difference", "a", "b"], lines.Skip(1).Select(l => l[0]));

        // Newcombe 1998, Stat Med 17: 873-890, Table II (a), method 10: 0.2000 (0.0524 to 0.3339).
        Assert.Equal([0.2, 0.0524, 0.3339], lines[1][1..].Select(Parse).Select(v => Math.Round(v, 4)));
        Assert.Equal(0.8, Parse(lines[2][1]));
        Assert.Equal(0.6, Parse(lines[3][1]));
    }

    [Fact]
    public async Task Compare_NegativeDifference_IsWrittenAsANumberNotEscapedAsAFormula()
    {
        var (code, output, error) = await QiRunner.RunAsync("compare", "--a", "48/80", "--b", "56/70");

        Assert.True(code == 0, error);
        var difference = output.Split('\n')[1].TrimEnd('\r').Split(',');

        // Newcombe 1998, Table II (a) with a and b swapped: -0.2000 (-0.3339 to -0.0524).
        Assert.Equal("difference", difference[0]);
        Assert.Equal([-0.2, -0.3339, -0.0524], difference[1..].Select(Parse).Select(v => Math.Round(v, 4)));
    }

    [Fact]
    public async Task Compare_SmallSamples_WarnOnStandardErrorAndStillPrint()
    {
        var (code, output, error) = await QiRunner.RunAsync("compare", "--a", "9/10", "--b", "3/10");

        Assert.Equal(0, code);
        // Newcombe 1998, Table II (b): 9/10 - 3/10, method 10: 0.1705 to 0.8090.
        Assert.Equal(0.1705, Parse(output.Split('\n')[1].Split(',')[2]), 4);
        Assert.Equal(
            ["qi: warning: small sample: a is 9/10 (fewer than 30); one patient moves it by 10 points", "qi: warning: small sample: b is 3/10 (fewer than 30); one patient moves it by 10 points"],
            error.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')));
    }

    [Theory]
    [InlineData(new[] { "--a", "56-70", "--b", "48/80" }, "qi: option --a must be events/total in whole numbers (e.g. 56/70), not '56-70'")]
    [InlineData(new[] { "--a", "56/70", "--b", "4.5/80" }, "qi: option --b must be events/total in whole numbers (e.g. 56/70), not '4.5/80'")]
    [InlineData(new[] { "--a", "80/70", "--b", "48/80" }, "qi: option --a '80/70': the total must be at least 1 and at least the events")]
    [InlineData(new[] { "--a", "0/0", "--b", "48/80" }, "qi: option --a '0/0': the total must be at least 1 and at least the events")]
    [InlineData(new[] { "--a", "56/70" }, "qi: Option '--b' is required.")]
    public async Task Compare_BadProportion_ExitsOneWithOneLine(string[] options, string expected)
    {
        var (code, output, error) = await QiRunner.RunAsync(["compare", .. options]);

        Assert.Equal(1, code);
        Assert.Equal(string.Empty, output);
        Assert.Equal(expected, error.TrimEnd());
    }

    private static double Parse(string field) => double.Parse(field, CultureInfo.InvariantCulture);
}
