using System.Globalization;

namespace QiPipeline.Cli.Progress;

/// <summary>The text of a progress line: a label, a count, the percent where the total is known, the rate.</summary>
internal static class ProgressText
{
    /// <summary>E.g. <c>north/encounters: 120,000 rows (45%), 8,000 rows/s</c>.</summary>
    public static string Format(string label, long count, string unit, double? fraction, TimeSpan elapsed)
    {
        var text = string.Create(CultureInfo.InvariantCulture, $"{label}: {count:N0} {unit}");
        if (fraction is { } part)
        {
            text += string.Create(CultureInfo.InvariantCulture, $" ({Math.Clamp(part, 0, 1) * 100:F0}%)");
        }

        if (elapsed > TimeSpan.Zero)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", {count / elapsed.TotalSeconds:N0} {unit}/s");
        }

        return text;
    }
}
