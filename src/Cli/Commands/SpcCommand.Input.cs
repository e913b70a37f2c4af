using System.Globalization;
using QiPipeline.Application.Configuration;
using QiPipeline.Etl.Csv;
using QiPipeline.Metrics.Spc;

namespace QiPipeline.Cli.Commands;

internal static partial class SpcCommand
{
    /// <summary>
    /// Reads columns x, y (and n for p, u, p′, u′ charts) by name; other columns are ignored. Every mistake is
    /// one line naming the file, the line and the column, so an analyst can fix the extract.
    /// </summary>
    private static async Task<Series> ReadAsync(string path, ChartType type, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new ConfigurationException($"{path}: file not found");
        }

        var reader = new CsvReader(new StringReader(await File.ReadAllTextAsync(path, cancellationToken)));
        var header = reader.Read() ?? throw new ConfigurationException($"{path}: the file is empty (expected a header x,y{(ObservationRules.NeedsDenominator(type) ? ",n" : "")})");
        var names = header.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToList();
        var x = Column(path, header, names, "x", type);
        var y = Column(path, header, names, "y", type);
        var n = ObservationRules.NeedsDenominator(type) ? Column(path, header, names, "n", type) : -1;

        var labels = new List<string>();
        var observations = new List<SpcObservation>();
        while (reader.Read() is { } record)
        {
            var at = $"{path}: line {record.Line}";
            if (record.Unterminated)
            {
                throw new ConfigurationException($"{at}: the file ends inside a quoted field");
            }

            if (record.Fields.Length != names.Count)
            {
                throw new ConfigurationException($"{at}: {record.Fields.Length} fields where the header has {names.Count}");
            }

            var observation = new SpcObservation(Number(at, record, y, "y"), n < 0 ? 1 : Number(at, record, n, "n"));
            if (ObservationRules.Problem(type, observation) is { } problem)
            {
                throw new ConfigurationException($"{at}, column {(problem.InDenominator ? "n" : "y")}: {problem.Message}");
            }

            labels.Add(record.Fields[x]);
            observations.Add(observation);
        }

        return observations.Count > 0 ? new Series(labels, observations) : throw new ConfigurationException($"{path}: no data rows below the header");
    }

    private static int Column(string path, CsvRecord header, List<string> names, string name, ChartType type)
    {
        var index = names.FindIndex(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
        return index >= 0
            ? index
            : throw new ConfigurationException(
                $"{path}: line {header.Line}: column '{name}' is missing (the chart needs x,y{(ObservationRules.NeedsDenominator(type) ? ",n" : "")})");
    }

    private static double Number(string at, CsvRecord record, int column, string name)
    {
        var text = record.Fields[column].Trim();
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
            ? value
            : throw new ConfigurationException($"{at}, column {name}: '{text}' is not a number");
    }

    /// <summary>The series as read: its labels and its observations, in file order.</summary>
    private sealed record Series(List<string> Labels, List<SpcObservation> Observations);
}
