namespace QiPipeline.Reports.Monthly;

/// <summary>Excel sheet names: at most 31 characters, none of <c>[]:*?/\</c>, unique ignoring case.</summary>
internal sealed class SheetNames
{
    public const int MaxLength = 31;

    private static readonly char[] Invalid = ['[', ']', ':', '*', '?', '/', '\\'];
    private readonly HashSet<string> _used = new(StringComparer.OrdinalIgnoreCase);

    public string Take(string wanted)
    {
        var clean = new string(wanted.Select(c => Invalid.Contains(c) ? '_' : c).ToArray()).Trim('\'');
        clean = clean.Length == 0 ? "Sheet" : clean;
        var name = Truncate(clean, MaxLength);
        for (var n = 2; !_used.Add(name); n++)
        {
            var suffix = "~" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            name = Truncate(clean, MaxLength - suffix.Length) + suffix;
        }

        return name;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
