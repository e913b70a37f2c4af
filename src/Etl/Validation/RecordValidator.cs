using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using QiPipeline.Etl.Sources;
using QiPipeline.Warehouse.Model;

namespace QiPipeline.Etl.Validation;

/// <summary>
/// Validates one record against the canonical model and turns it into a staging row:
/// row number, typed canonical values, updated_at, reasons (null when good), raw values.
/// Checks that need other records (duplicates, the patient's existence, birth and death) run
/// later in the warehouse, on the staging table. Nothing is clamped or repaired: a bad value
/// stays null in its typed column and its reason is recorded.
/// </summary>
internal sealed partial class RecordValidator(EntityDefinition entity, ValidationContext context)
{
    /// <summary>Raw values longer than this are cut in the reject log (a 10 MB field helps nobody there).</summary>
    private const int RawValueLimit = 1000;

    private readonly int _width = entity.Columns.Count;
    private readonly StringBuilder _json = new(256);
    private readonly TimeZoneInfo _zone = context.Zone;

    /// <summary>The index of updated_at in a raw record.</summary>
    public int UpdatedAtIndex => _width;

    public object?[] Validate(RawRecord record)
    {
        var row = new object?[_width + 4];
        row[0] = record.RowNumber;
        var reasons = new ReasonList();
        if (record.Malformed is not null)
        {
            reasons.Add(RejectReasons.MalformedRow);
        }

        for (var i = 0; i < _width; i++)
        {
            row[i + 1] = Convert(entity.Columns[i], record.Values[i], reasons);
        }

        var updatedAt = record.Values[_width];
        if (updatedAt is null)
        {
            if (context.RequireUpdatedAt)
            {
                reasons.Add(RejectReasons.MissingRequired);
            }
        }
        else if (TryParseTimestamp(updatedAt, out var timestamp) && timestamp >= EarliestDate.Timestamp)
        {
            row[_width + 1] = timestamp;
        }
        else
        {
            reasons.Add(RejectReasons.BadDate);
        }

        CheckEntityRules(row, record, reasons);
        row[_width + 2] = reasons.Count > 0 ? reasons.ToString() : null;

        // Kept for every record: duplicates and unknown patients are found later, in SQL.
        row[_width + 3] = RawJson(record);
        return row;
    }

    private object? Convert(Column column, string? raw, ReasonList reasons)
    {
        if (raw is null)
        {
            if (column.Required)
            {
                reasons.Add(RejectReasons.MissingRequired);
            }

            return null;
        }

        switch (column.Type)
        {
            case ColumnType.Date:
                if (!SourceDates.TryParse(raw, _zone, out var date))
                {
                    reasons.Add(RejectReasons.BadDate);
                    return null;
                }

                if (date < EarliestDate.Value)
                {
                    reasons.Add(RejectReasons.BadDate);
                    return null;
                }

                if (date > context.RunDate)
                {
                    reasons.Add(RejectReasons.FutureDate);
                }

                return date;
            case ColumnType.Integer:
                if (!WholeNumbers.TryParse(raw, out var number))
                {
                    reasons.Add(RejectReasons.BadNumber);
                    return null;
                }

                if (number < column.Min || number > column.Max)
                {
                    reasons.Add(RejectReasons.OutOfRange);
                    return null;
                }

                return number;
            case ColumnType.Boolean:
                if (string.Equals(raw, "true", StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }

                if (string.Equals(raw, "false", StringComparison.OrdinalIgnoreCase))
                {
                    return false;
                }

                reasons.Add(RejectReasons.BadCode);
                return null;
            default:
                if (raw.Length > column.MaxLength)
                {
                    reasons.Add(RejectReasons.TooLong);
                    return null;
                }

                if (SafeId.IsIdColumn(column.Name) && !SafeId.IsSafe(raw))
                {
                    reasons.Add(RejectReasons.BadId);
                    return null;
                }

                if (column.Vocabulary is { } vocabulary && !vocabulary.Contains(raw, StringComparer.Ordinal))
                {
                    reasons.Add(RejectReasons.BadCode);
                    return null;
                }

                return raw;
        }
    }

    private void CheckEntityRules(object?[] row, RawRecord record, ReasonList reasons)
    {
        if (context.Clinics is { } clinics && Value(row, "clinic_id") is string clinic && !clinics.Contains(clinic))
        {
            reasons.Add(RejectReasons.UnknownClinic);
        }

        switch (entity.Name)
        {
            case "patients":
                if (Value(row, "death_date") is DateOnly death && Value(row, "birth_date") is DateOnly birth && death < birth)
                {
                    reasons.Add(RejectReasons.BeforeBirth);
                }

                break;
            case "screenings":
                CheckScreening(row, record, reasons);
                break;
            case "surveys":
                if (Value(row, "score") is int score && Value(row, "max_score") is int max && score > max)
                {
                    reasons.Add(RejectReasons.OutOfRange);
                }

                break;
            case "ed_visits":
                CheckEdDiagnoses(row, reasons);
                break;
            case "diagnoses":
                CheckDiagnosis(row, record, reasons);
                break;
        }
    }

    /// <summary>
    /// <c>dx_code</c> is checked in its code system: an ICD-10-CM code by its shape, a SNOMED CT code
    /// as a concept identifier (digits, partition, Verhoeff check digit). An empty <c>dx_system</c>
    /// means ICD-10-CM and is stored as <c>icd10cm</c>; an unknown one is already <c>bad_code</c>.
    /// </summary>
    private void CheckDiagnosis(object?[] row, RawRecord record, ReasonList reasons)
    {
        var systemIndex = entity.IndexOf("dx_system");
        if (record.Values[systemIndex] is null)
        {
            row[systemIndex + 1] = DxSystems.Icd10Cm;
        }

        if (Value(row, "dx_code") is not string code)
        {
            return;
        }

        var valid = row[systemIndex + 1] switch
        {
            DxSystems.Icd10Cm => IcdCode().IsMatch(code),
            DxSystems.Snomed => SnomedCtId.IsConceptId(code),
            _ => true,
        };
        if (!valid)
        {
            reasons.Add(RejectReasons.BadCode);
        }
    }

    /// <summary>
    /// <c>primary_dx</c> and each code of <c>other_dx</c> (separated by <c>;</c>, spaces around a code
    /// trimmed, empty entries skipped) must look like ICD-10-CM codes, as <c>dx_code</c> of diagnoses.
    /// <c>other_dx</c> is stored as its codes joined by <c>;</c>, so readers split it without trimming.
    /// </summary>
    private void CheckEdDiagnoses(object?[] row, ReasonList reasons)
    {
        var primaryIndex = entity.IndexOf("primary_dx") + 1;
        if (row[primaryIndex] is string primary && !IcdCode().IsMatch(primary))
        {
            reasons.Add(RejectReasons.BadCode);
            row[primaryIndex] = null;
        }

        var otherIndex = entity.IndexOf("other_dx") + 1;
        if (row[otherIndex] is not string other)
        {
            return;
        }

        var codes = other.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (!codes.All(c => IcdCode().IsMatch(c)))
        {
            reasons.Add(RejectReasons.BadCode);
            row[otherIndex] = null;
            return;
        }

        row[otherIndex] = codes.Length == 0 ? null : string.Join(';', codes);
    }

    /// <summary>
    /// A screening names a known instrument (by name or LOINC code, stored by name); a scored
    /// instrument needs a score within its range; a social-needs screen needs <c>positive</c>.
    /// </summary>
    private void CheckScreening(object?[] row, RawRecord record, ReasonList reasons)
    {
        var instrumentIndex = entity.IndexOf("instrument") + 1;
        if (row[instrumentIndex] is not string name)
        {
            return;
        }

        var instrument = Instruments.Find(name);
        if (instrument is null)
        {
            reasons.Add(RejectReasons.BadCode);
            row[instrumentIndex] = null;
            return;
        }

        row[instrumentIndex] = instrument.Name;
        var scoreIndex = entity.IndexOf("score");
        if (instrument.IsScored)
        {
            if (record.Values[scoreIndex] is null)
            {
                reasons.Add(RejectReasons.MissingRequired);
            }
            else if (row[scoreIndex + 1] is int score && (score < 0 || score > instrument.MaxScore))
            {
                reasons.Add(RejectReasons.OutOfRange);
            }
        }
        else if (Value(row, "positive") is null && record.Values[entity.IndexOf("positive")] is null)
        {
            reasons.Add(RejectReasons.MissingRequired);
        }
    }

    private object? Value(object?[] row, string column)
    {
        var index = entity.IndexOf(column);
        return index < 0 ? null : row[index + 1];
    }

    private string RawJson(RawRecord record)
    {
        _json.Clear().Append('{');
        for (var i = 0; i <= _width; i++)
        {
            if (record.Values[i] is { } value)
            {
                AppendMember(i < _width ? entity.Columns[i].Name : CanonicalModel.UpdatedAt, value);
            }
        }

        if (record.Malformed is not null)
        {
            AppendMember("_problem", record.Malformed);
        }

        return _json.Append('}').ToString();
    }

    /// <summary>
    /// Writes one JSON member. Hand-written because it runs for every record read: a general
    /// JSON writer cost more than parsing and validating the record together.
    /// </summary>
    private void AppendMember(string name, string value)
    {
        if (_json.Length > 1)
        {
            _json.Append(',');
        }

        _json.Append('"').Append(name).Append("\":\"");
        var text = value.AsSpan(0, Math.Min(value.Length, RawValueLimit));
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\\' or < ' ')
            {
                _json.Append(text[start..i]);
                _json.Append(c switch
                {
                    '"' => "\\\"",
                    '\\' => "\\\\",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    '\t' => "\\t",
                    _ => $"\\u{(int)c:x4}",
                });
                start = i + 1;
            }
        }

        _json.Append(text[start..]);
        if (value.Length > RawValueLimit)
        {
            _json.Append("…(cut)");
        }

        _json.Append('"');
    }

    /// <summary>ISO 8601: a date, optionally a time (T or space), optionally an offset or Z.</summary>
    internal static bool TryParseTimestamp(string raw, out DateTime value)
    {
        value = default;
        if (!IsoTimestamp().IsMatch(raw)
            || !DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            return false;
        }

        value = DateTime.SpecifyKind(parsed.UtcDateTime, DateTimeKind.Unspecified);
        return true;
    }

    [GeneratedRegex(@"^[A-Za-z][0-9][0-9A-Za-z](\.?[0-9A-Za-z]{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IcdCode();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?)?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoTimestamp();
}
