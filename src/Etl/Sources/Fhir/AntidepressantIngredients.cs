using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>
/// The shipped list of antidepressant ingredients (RxNorm ingredient concepts, file
/// Data/antidepressant_ingredients.csv, see NOTICE): a medication is an antidepressant when one of its
/// RxNorm codings is such an ingredient, or when its name contains an ingredient's name as a word
/// (a clinical drug code such as "sertraline 50 MG Oral Tablet" names its ingredient).
/// </summary>
internal sealed partial class AntidepressantIngredients
{
    private const string Resource = "QiPipeline.Etl.antidepressant_ingredients.csv";

    private static readonly Lazy<AntidepressantIngredients> Shipped = new(Load);

    private readonly FrozenSet<string> _codes;
    private readonly FrozenSet<string> _names;

    private AntidepressantIngredients(IEnumerable<(string Code, string Name)> rows)
    {
        var list = rows.ToList();
        _codes = list.Select(r => r.Code).ToFrozenSet(StringComparer.Ordinal);
        _names = list.Select(r => r.Name).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    public static AntidepressantIngredients Default => Shipped.Value;

    /// <summary>The ingredient names, for documentation and tests.</summary>
    public IReadOnlyCollection<string> Names => _names;

    public bool Matches(IEnumerable<string> rxnormCodes, string? drug) =>
        rxnormCodes.Any(_codes.Contains) || (drug is not null && Words().Matches(drug).Any(w => _names.Contains(w.Value)));

    private static AntidepressantIngredients Load()
    {
        using var stream = typeof(AntidepressantIngredients).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string)>();
        reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (line.Split(',') is [var code, var name])
            {
                rows.Add((code.Trim(), name.Trim()));
            }
        }

        return new AntidepressantIngredients(rows);
    }

    [GeneratedRegex("[A-Za-z]+")]
    private static partial Regex Words();
}
