namespace QiPipeline.Warehouse.Model;

/// <summary>
/// SNOMED CT identifiers (SCTIDs), as the SNOMED CT Technical Implementation Guide defines them: 6 to
/// 18 digits without a leading zero; the last digit is a Verhoeff check digit over the others; the
/// two digits before it are the partition identifier, <c>00</c> for a concept of the international
/// release and <c>10</c> for a concept of an extension (such as the US edition's 731000124108).
/// </summary>
public static class SnomedCtId
{
    // The dihedral group D5 multiplication table, the permutation table and the inverse table of
    // Verhoeff's scheme, as published (Verhoeff 1969) and as the SNOMED CT guide reproduces them.
    private static readonly byte[,] Multiply =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 2, 3, 4, 0, 6, 7, 8, 9, 5 },
        { 2, 3, 4, 0, 1, 7, 8, 9, 5, 6 },
        { 3, 4, 0, 1, 2, 8, 9, 5, 6, 7 },
        { 4, 0, 1, 2, 3, 9, 5, 6, 7, 8 },
        { 5, 9, 8, 7, 6, 0, 4, 3, 2, 1 },
        { 6, 5, 9, 8, 7, 1, 0, 4, 3, 2 },
        { 7, 6, 5, 9, 8, 2, 1, 0, 4, 3 },
        { 8, 7, 6, 5, 9, 3, 2, 1, 0, 4 },
        { 9, 8, 7, 6, 5, 4, 3, 2, 1, 0 },
    };

    private static readonly byte[,] Permute =
    {
        { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 },
        { 1, 5, 7, 6, 2, 8, 3, 0, 9, 4 },
        { 5, 8, 0, 3, 7, 9, 6, 1, 4, 2 },
        { 8, 9, 1, 6, 0, 4, 3, 5, 2, 7 },
        { 9, 4, 5, 3, 1, 2, 6, 8, 7, 0 },
        { 4, 2, 8, 6, 5, 7, 3, 9, 0, 1 },
        { 2, 7, 9, 3, 8, 0, 6, 4, 1, 5 },
        { 7, 0, 4, 6, 9, 1, 3, 2, 5, 8 },
    };

    /// <summary>Whether <paramref name="value"/> is a well-formed SCTID of a concept (not of a description or relationship).</summary>
    public static bool IsConceptId(string? value) =>
        value is { Length: >= 6 and <= 18 }
        && value[0] != '0'
        && value.All(char.IsAsciiDigit)
        && value[^3] is '0' or '1'
        && value[^2] == '0'
        && HasValidCheckDigit(value);

    /// <summary>Whether the last digit of a string of ASCII digits is its Verhoeff check digit.</summary>
    public static bool HasValidCheckDigit(string digits)
    {
        ArgumentNullException.ThrowIfNull(digits);
        var check = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            check = Multiply[check, Permute[i % 8, digit]];
        }

        return check == 0;
    }
}
