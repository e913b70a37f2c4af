using System.Text;
using QiPipeline.TestSupport;

namespace QiPipeline.Cli.Tests;

/// <summary>
/// Extract files as they arrive from real systems: each bad one gives rejects or a one-line error
/// naming the file, never a stack trace, and the good rows of the other files always load.
/// </summary>
public sealed class BadFileTests : IDisposable
{
    private const string Header = "encounter_id,patient_id,clinic_id,encounter_date,encounter_type,modality,status,provider_id,minutes\n";
    private const string Good = "E1,P1,N1,2025-03-04,primary_care,in_person,completed,DR1,20\n";
    private readonly TempDirectory _folder = new("qi-badfile");

    public void Dispose() => _folder.Dispose();

    public static TheoryData<string, string> Cases() => new()
    {
        // case, what the encounters file becomes
        { "truncated last line", Header + Good + "E2,P1,N1,\"2025-03" },
        { "missing columns", Header + Good + "E2,P1,N1\n" },
        { "extra columns", Header + Good + "E2,P1,N1,2025-03-04,primary_care,in_person,completed,DR1,20,surprise\n" },
        { "wrong header names", "id,patient,clinic,date,type,modality,status,provider,minutes\n" + Good },
        { "byte-order mark", "\uFEFF" + Header + Good },
        { "CRLF line ends", (Header + Good).Replace("\n", "\r\n", StringComparison.Ordinal) },
        { "quoted newline", Header + Good + "E2,P1,N1,2025-03-04,primary_care,in_person,completed,\"DR\n2\",20\n" },
        { "10 MB field", Header + Good + "E2,P1,N1,2025-03-04,primary_care,in_person,completed," + new string('x', 10_000_000) + ",20\n" },
        { "empty file", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Etl_BadEncountersFile_RejectsOrFailsThatFileAloneWithoutAStackTrace(string name, string encounters)
    {
        var config = WriteExtract(Encoding.UTF8.GetBytes(encounters));

        await AssertHandledAsync(name, config);
    }

    [Theory]
    [InlineData("UTF-16")]
    [InlineData("Latin-1")]
    [InlineData("binary garbage")]
    public async Task Etl_EncountersFileInAnotherEncoding_RejectsOrFailsThatFileAloneWithoutAStackTrace(string name)
    {
        var text = Header + Good + "E2,P1,N1,2025-03-04,primary_care,in_person,completed,Dr Muñoz,20\n";
        var bytes = name switch
        {
            "UTF-16" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "Latin-1" => Encoding.Latin1.GetBytes(text),
            _ => Enumerable.Range(0, 50_000).Select(i => (byte)((i * 7919) % 251)).ToArray(),
        };

        await AssertHandledAsync(name, WriteExtract(bytes));
    }

    private static async Task AssertHandledAsync(string name, string config)
    {
        var (code, output, error) = await QiRunner.RunAsync("etl", "--config", config);

        Assert.True(code is 0 or 2, $"{name}: exit {code}\n{error}");
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.Matches(@"\nnorth\s+screenings\s+1\s+1\s+0\s+0\s", output);
        if (code == 2)
        {
            Assert.Contains("north/encounters: north/encounters.csv", output, StringComparison.Ordinal);
        }
    }

    private string WriteExtract(byte[] encounters)
    {
        Directory.CreateDirectory(_folder.File("north"));
        File.WriteAllText(_folder.File("north/patients.csv"), "patient_id,clinic_id,birth_date,sex\nP1,N1,1980-01-01,F\n");
        File.WriteAllText(_folder.File("north/screenings.csv"), "screening_id,patient_id,clinic_id,screening_date,instrument,score\nS1,P1,N1,2025-03-04,PHQ-9,4\n");
        File.WriteAllBytes(_folder.File("north/encounters.csv"), encounters);
        var path = _folder.File("qi.json");
        File.WriteAllText(path, """
            { "warehouse": { "connectionString": "Data Source=out/warehouse.duckdb" },
              "clinics": [ { "id": "N1" } ],
              "sources": [ { "name": "north", "type": "csv", "path": "north" } ] }
            """);
        return path;
    }
}
