namespace QiPipeline.Cli.Tests;

/// <summary>
/// The command line as a user meets it: help on qi and on every verb (exit 0, every option described),
/// the version, and <c>--opt=value</c> read as <c>--opt value</c>.
/// </summary>
public sealed class CommandLineTests
{
    /// <summary>Every verb and the options its help must show (the brief's list, not the code's).</summary>
    public static TheoryData<string, string[]> Verbs => new()
    {
        { "demo", ["--out", "--patients", "--seed"] },
        { "etl", ["--config"] },
        { "kpis", ["--config", "--as-of", "--from", "--to", "--out", "--patients"] },
        { "report", ["--config", "--as-of", "--out"] },
        { "run", ["--config", "--as-of"] },
        { "spc", ["--chart", "--input", "--out", "--freeze", "--part", "--exclude", "--screen-mr"] },
        { "compare", ["--a", "--b"] },
        { "schedule", ["--config", "--cron", "--time-zone"] },
    };

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    public async Task Qi_Help_ListsEveryVerbAndTheExitCodes(string help)
    {
        var (code, output, error) = await QiRunner.RunAsync(help);

        Assert.True(code == 0, error);
        foreach (var verb in Verbs.Select(v => (string)v[0]))
        {
            Assert.Matches($@"(?m)^\s+{verb}\s+\S", output);
        }

        Assert.Contains("130 stopped by Ctrl+C; 143 stopped by SIGTERM", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task Verb_Help_ExitsZeroAndDescribesEveryOption(string verb, string[] options)
    {
        foreach (var help in new[] { "--help", "-h" })
        {
            var (code, output, error) = await QiRunner.RunAsync(verb, help);

            Assert.True(code == 0, $"{verb} {help}: {error}");
            Assert.Empty(error);
            // The program's name: qi, or the test host's when run in-process.
            Assert.Matches($@"(?m)^\s+\S+ {verb} \[options\]$", output);
            foreach (var option in options)
            {
                // The option, its value's name if any, then a description on the same line.
                Assert.Matches($@"(?m)^\s+(-\w, )?{option}( <[^>]+>)?( \(REQUIRED\))?\s{{2,}}[A-Z]\w", output);
            }
        }
    }

    [Fact]
    public async Task Qi_Version_PrintsTheVersionAndExitsZero()
    {
        var (code, output, error) = await QiRunner.RunAsync("--version");

        Assert.True(code == 0, error);
        Assert.Matches(@"^\d+\.\d+\.\d+", output);
    }

    [Fact]
    public async Task Compare_OptionEqualsValue_ReadsAsOptionSpaceValue()
    {
        var spaced = await QiRunner.RunAsync("compare", "--a", "56/70", "--b", "48/80");
        var joined = await QiRunner.RunAsync("compare", "--a=56/70", "--b=48/80");

        Assert.Equal(0, joined.ExitCode);
        Assert.Equal(spaced.Out, joined.Out);
        Assert.StartsWith("name,value,lower,upper", joined.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Etl_ConfigEqualsValue_ReadsTheFileNamed()
    {
        var (code, _, error) = await QiRunner.RunAsync("etl", "--config=absent-qi.json");

        Assert.Equal(1, code);
        Assert.Equal("qi: absent-qi.json: configuration file not found", error.TrimEnd());
    }
}
