using QiPipeline.Etl.Sources;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Csv;

/// <summary>
/// Where each canonical column sits in a CSV file. Columns are matched by name (trimmed,
/// case-insensitive); extra columns are ignored; a missing required column fails the file.
/// </summary>
internal sealed class CsvHeader
{
    /// <summary>What the UTF-8 decoder puts in place of bytes that are not UTF-8.</summary>
    private const char NotUtf8 = '\uFFFD';

    private readonly int[] _positions;
    private readonly int _width;

    private CsvHeader(int[] positions, int width)
    {
        _positions = positions;
        _width = width;
    }

    public static CsvHeader Map(CsvRecord header, EntityDefinition entity, string display)
    {
        var names = header.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToArray();
        var duplicate = names.GroupBy(n => n, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1 && g.Key.Length > 0);
        if (duplicate is not null)
        {
            throw new SourceException($"{display} line {header.Line}: column '{duplicate.Key}' appears twice in the header");
        }

        var positions = SourceColumns.Positions(entity, names);
        var missing = SourceColumns.MissingRequired(entity, positions);
        if (missing.Count > 0)
        {
            throw new SourceException(
                $"{display} line {header.Line}: required column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing.Select(m => $"'{m}'"))} "
                + $"missing from the header (expected: {string.Join(",", entity.Columns.Select(c => c.Name))})");
        }

        return new CsvHeader(positions, names.Length);
    }

    public RawRecord ToRaw(CsvRecord record, double? fraction = null)
    {
        var values = new string?[_positions.Length];
        for (var i = 0; i < _positions.Length; i++)
        {
            var p = _positions[i];
            values[i] = p >= 0 && p < record.Fields.Length ? Normalize(record.Fields[p]) : null;
        }

        string? malformed = null;
        if (record.Fields.Any(f => f.Contains(NotUtf8)))
        {
            malformed = "bytes that are not UTF-8 (save the extract as UTF-8)";
        }
        else if (record.Unterminated)
        {
            malformed = "the file ends inside a quoted field (truncated?)";
        }
        else if (record.Fields.Length != _width)
        {
            malformed = $"{record.Fields.Length} fields where the header has {_width}";
        }

        return new RawRecord(record.Line, values, malformed, fraction);
    }

    private static string? Normalize(string field)
    {
        var trimmed = field.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
