using System.Globalization;

namespace QiPipeline.SampleData;

/// <summary>Record ids: the source's letter, the entity's letters, a zero-padded number (N-P000123, S-E0000042).</summary>
internal static class RecordIds
{
    public static string Prefix(char sourceCode, Entity entity) => sourceCode + "-" + entity switch
    {
        Entity.Patients => "P",
        Entity.Encounters => "E",
        Entity.Screenings => "S",
        Entity.Referrals => "R",
        Entity.EdVisits => "V",
        Entity.MedicationFills => "F",
        Entity.Diagnoses => "D",
        _ => "SV",
    };

    /// <summary>The number's format: six digits for patients, seven for the rest (wider numbers still print whole).</summary>
    public static string NumberFormat(Entity entity) => entity == Entity.Patients ? "D6" : "D7";

    public static string Format(char sourceCode, Entity entity, long number) => Format(Prefix(sourceCode, entity), entity, number);

    public static string Format(string prefix, Entity entity, long number) =>
        prefix + number.ToString(NumberFormat(entity), CultureInfo.InvariantCulture);
}
