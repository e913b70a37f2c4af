using System.CommandLine.Parsing;
using System.Globalization;
using QiPipeline.Application.Configuration;
using QiPipeline.Metrics.Timeline;

namespace QiPipeline.Cli.CommandLine;

/// <summary>
/// Parsers for option values with the command line's own one-line messages (the option, what it must be,
/// what was given), so a typo says how to fix it instead of naming a .NET type.
/// </summary>
internal static class OptionParsers
{
    public static Func<ArgumentResult, int?> WholeNumber(int min, int max) => result =>
    {
        var text = Text(result);
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        result.AddError($"option {Name(result)} must be a whole number from {min} to {max}, not '{text}'");
        return null;
    };

    /// <summary>A date YYYY-MM-DD from 1900-01-01 to 2200-12-31.</summary>
    public static DateOnly? Date(ArgumentResult result)
    {
        var text = Text(result);
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            result.AddError($"option {Name(result)} must be a date YYYY-MM-DD, not '{text}'");
            return null;
        }

        if (!PlausibleDates.Contains(value))
        {
            result.AddError($"option {Name(result)} {text} must be {PlausibleDates.Range}");
            return null;
        }

        return value;
    }

    /// <summary>A month YYYY-MM within the dates accepted for an as-of.</summary>
    public static Month? Month(ArgumentResult result)
    {
        var text = Text(result);
        if (!Metrics.Timeline.Month.TryParse(text, out var month))
        {
            result.AddError($"option {Name(result)} must be a month YYYY-MM, not '{text}'");
            return null;
        }

        if (month < Metrics.Timeline.Month.Of(PlausibleDates.Earliest) || month > Metrics.Timeline.Month.Of(PlausibleDates.Latest))
        {
            result.AddError($"option {Name(result)} {text} must be {PlausibleDates.Range}");
            return null;
        }

        return month;
    }

    /// <summary>1-based point numbers separated by commas.</summary>
    public static List<int> PointList(ArgumentResult result)
    {
        var text = Text(result);
        var points = new List<int>();
        foreach (var item in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!int.TryParse(item, NumberStyles.None, CultureInfo.InvariantCulture, out var point) || point < 1)
            {
                result.AddError($"option {Name(result)} must be point numbers from 1, separated by commas, not '{text}'");
                return [];
            }

            points.Add(point);
        }

        return points;
    }

    private static string Text(ArgumentResult result) => result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;

    private static string Name(ArgumentResult result) =>
        result.Parent is OptionResult option ? option.Option.Name : result.Argument.Name;
}
