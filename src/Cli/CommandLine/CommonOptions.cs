using System.CommandLine;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Cli.CommandLine;

/// <summary>The options several verbs share, each declared here once with its description.</summary>
internal static class CommonOptions
{
    public static Option<string> Config() => new("--config", "-c")
    {
        Description = "The configuration file (JSON; relative paths in it resolve against its folder).",
        HelpName = "FILE",
        Required = true,
    };

    public static Option<DateOnly?> AsOf() => new("--as-of")
    {
        Description = "The date the measures are computed as of (YYYY-MM-DD, 1900-01-01 to 2200-12-31); "
            + "default: the last day of the last complete month.",
        HelpName = "DATE",
        CustomParser = OptionParsers.Date,
    };

    public static Option<Month?> Month(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "YYYY-MM",
        CustomParser = OptionParsers.Month,
    };
}
