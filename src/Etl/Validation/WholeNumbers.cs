using System.Globalization;

namespace QiPipeline.Etl.Validation;

/// <summary>
/// Reads a whole number as sources write it: <c>3</c>, and also <c>3.0</c> or <c>3.00</c>, which
/// spreadsheets, SQLite REAL columns and exports of decimal columns produce for whole values.
/// A fraction that is not zero (<c>3.5</c>), an exponent or a thousands separator is not a whole number.
/// </summary>
internal static class WholeNumbers
{
    public static bool TryParse(string raw, out int value)
    {
        if (int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (decimal.TryParse(raw, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            && number == decimal.Truncate(number)
            && number is >= int.MinValue and <= int.MaxValue
            && raw.Contains('.', StringComparison.Ordinal) && char.IsAsciiDigit(raw[^1]) && char.IsAsciiDigit(raw.TrimStart('+', '-')[0]))
        {
            value = (int)number;
            return true;
        }

        value = 0;
        return false;
    }
}
