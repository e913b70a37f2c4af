using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>The smallest extract a run can load and report on: clinic N1's patient P1 with one primary-care visit.</summary>
internal static class TinyExtract
{
    /// <summary>Writes <c>north/patients.csv</c> and <c>north/encounters.csv</c> into <paramref name="folder"/>.</summary>
    public static void WriteNorth(TempDirectory folder)
    {
        Directory.CreateDirectory(folder.File("north"));
        File.WriteAllText(folder.File("north/patients.csv"), "patient_id,clinic_id,birth_date,sex\nP1,N1,1980-01-01,F\n");
        File.WriteAllText(folder.File("north/encounters.csv"), "encounter_id,patient_id,clinic_id,encounter_date,encounter_type,status\nE1,P1,N1,2025-06-02,primary_care,completed\n");
    }
}
