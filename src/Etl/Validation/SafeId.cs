using System.Buffers;
using System.Globalization;
using System.Text;

namespace QiPipeline.Etl.Validation;

/// <summary>
/// What an id may contain (<c>bad_id</c> otherwise). Ids are keys: two ids that look the same on
/// screen must be the same id, and an id must be safe to show in a workbook or a CSV file. So no
/// control, format (zero-width, byte-order mark, direction override), separator, private-use or
/// unassigned character, no space other than U+0020, no unpaired surrogate or replacement character
/// (U+FFFD, what a decoder leaves of bytes it could not read), and no first character
/// that a spreadsheet reads as the start of a formula (<c>= + - @</c>).
/// </summary>
internal static class SafeId
{
    /// <summary>The first characters that make a spreadsheet run a cell as a formula.</summary>
    private static readonly SearchValues<char> FormulaStarts = SearchValues.Create("=+-@");

    /// <summary>Whether <paramref name="id"/> (not empty) is a safe id.</summary>
    public static bool IsSafe(string id)
    {
        if (id.Length == 0 || FormulaStarts.Contains(id[0]))
        {
            return false;
        }

        var rest = id.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var used) != OperationStatus.Done || !IsSafe(rune))
            {
                return false;
            }

            rest = rest[used..];
        }

        return true;
    }

    /// <summary>Whether a column holds an id (every id column of the model is named <c>..._id</c>).</summary>
    public static bool IsIdColumn(string column) => column.EndsWith("_id", StringComparison.Ordinal);

    private static bool IsSafe(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.Surrogate => false,
        UnicodeCategory.SpaceSeparator => rune.Value == ' ',
        _ => rune != Rune.ReplacementChar,
    };
}
