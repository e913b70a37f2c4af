using System.Collections.Frozen;

namespace QiPipeline.Warehouse.Model;

/// <summary>The instruments of docs/contract.md, looked up by canonical name or LOINC code.</summary>
public static class Instruments
{
    /// <summary>Every instrument, in the order of docs/contract.md's instrument table.</summary>
    public static readonly IReadOnlyList<Instrument> All =
    [
        new("PHQ-2", InstrumentFamily.Depression, 6, "55758-7"),
        new("PHQ-9", InstrumentFamily.Depression, 27, "44261-6"),
        new("PHQ-A", InstrumentFamily.Depression, 27, "89204-2"),
        new("EPDS", InstrumentFamily.Depression, 30),
        new("GAD-2", InstrumentFamily.Anxiety, 6),
        new("GAD-7", InstrumentFamily.Anxiety, 21, "70274-6"),
        new("AUDIT-C", InstrumentFamily.SubstanceUse, 12, "75626-2"),
        new("AUDIT", InstrumentFamily.SubstanceUse, 40, "75624-7"),
        new("DAST-10", InstrumentFamily.SubstanceUse, 10, "82667-7"),
        new("SINGLE-ALCOHOL", InstrumentFamily.SubstanceUse, 366),
        new("SINGLE-DRUG", InstrumentFamily.SubstanceUse, 366),
        new("CRAFFT", InstrumentFamily.SubstanceUse, 6),
        new("AHC-HRSN", InstrumentFamily.SocialNeeds, null),
        new("PRAPARE", InstrumentFamily.SocialNeeds, null),
    ];

    private static readonly FrozenDictionary<string, Instrument> ByNameOrCode = BuildLookup();

    /// <summary>
    /// Finds an instrument by its canonical name (case-insensitive), by LOINC code, or by the
    /// alias PHQ-9M for PHQ-A. Returns null for anything else.
    /// </summary>
    public static Instrument? Find(string nameOrCode) =>
        ByNameOrCode.TryGetValue(nameOrCode.Trim(), out var instrument) ? instrument : null;

    private static FrozenDictionary<string, Instrument> BuildLookup()
    {
        var lookup = new Dictionary<string, Instrument>(StringComparer.OrdinalIgnoreCase);
        foreach (var instrument in All)
        {
            lookup[instrument.Name] = instrument;
            if (instrument.Loinc is not null)
            {
                lookup[instrument.Loinc] = instrument;
            }
        }

        lookup["PHQ-9M"] = lookup["PHQ-A"];
        return lookup.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
