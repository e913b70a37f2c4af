using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace QiPipeline.SampleData;

/// <summary>
/// Writes qi.json (the configuration of docs/architecture.md) for the generated sources, property by
/// property so the file is byte-identical for the same options. Paths are relative to its folder.
/// </summary>
internal static class ConfigWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // A configuration file, not HTML: keep the SQL's quotes and '>' readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static async Task WriteAsync(string path, IReadOnlyList<ClinicProfile> clinics, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        await using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();

            json.WriteStartObject("warehouse");
            json.WriteString("provider", "duckdb");
            json.WriteString("connectionString", "Data Source=../warehouse.duckdb");
            json.WriteEndObject();

            json.WriteStartArray("sources");
            foreach (var clinic in clinics)
            {
                WriteSource(json, clinic);
            }

            json.WriteEndArray();

            json.WriteStartArray("clinics");
            foreach (var clinic in clinics)
            {
                json.WriteStartObject();
                json.WriteString("id", clinic.ClinicId);
                json.WriteString("name", clinic.Name);
                json.WriteBoolean("pilot", clinic.Pilot);
                if (clinic.GoLive is { } goLive)
                {
                    json.WriteString("goLive", Iso(goLive));
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("pdsaCycles");
            foreach (var cycle in PdsaCycles(clinics))
            {
                WriteCycle(json, cycle);
            }

            json.WriteEndArray();

            json.WriteStartObject("measures");
            json.WriteStartObject("depression_screening");
            json.WriteNumber("lookbackDays", 365);
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartObject("reports");
            json.WriteString("outputDir", "../reports");
            json.WriteNumber("minCellSize", 11);
            json.WriteString("chartsDir", "../charts");
            WriteTargets(json);
            WriteValueInputs(json);
            json.WriteEndObject();

            json.WriteEndObject();
            await json.FlushAsync(cancellationToken);
        }

        await stream.WriteAsync("\n"u8.ToArray(), cancellationToken);
    }

    /// <summary>
    /// Targets a QI team might set for the story's pilots (docs/configuration: reports.targets), so the Summary
    /// shows assurance icons: screening and warm handoffs the pilots should reach, engagement they may not.
    /// </summary>
    private static void WriteTargets(Utf8JsonWriter json)
    {
        json.WriteStartObject("targets");
        json.WriteNumber("depression_screening", 0.8);
        json.WriteNumber("warm_handoff", 0.5);
        json.WriteNumber("referral_engagement", 0.6);
        json.WriteEndObject();
    }

    /// <summary>
    /// Illustrative money inputs so the value workbook shows savings and revenue: a cost per avoidable ED
    /// visit and a payment per CoCM unit near the 2024 US national non-facility rates. A real deployment
    /// sets its own payer's figures.
    /// </summary>
    private static void WriteValueInputs(Utf8JsonWriter json)
    {
        json.WriteNumber("avoidableEdVisitCost", 1200);
        json.WriteStartObject("cocmRates");
        json.WriteNumber("99492", 161.28m);
        json.WriteNumber("99493", 128.88m);
        json.WriteNumber("99494", 67.32m);
        json.WriteNumber("G2214", 64.33m);
        json.WriteEndObject();
    }

    private static void WriteSource(Utf8JsonWriter json, ClinicProfile clinic)
    {
        json.WriteStartObject();
        json.WriteString("name", clinic.SourceName);
        if (clinic.Kind == SourceKind.Csv)
        {
            json.WriteString("type", "csv");
            json.WriteString("path", clinic.SourceName);
        }
        else if (clinic.Kind == SourceKind.Fhir)
        {
            WriteFhir(json, clinic);
        }
        else
        {
            json.WriteString("type", "sqlite");
            json.WriteString("connectionString", $"Data Source={clinic.SourceName}.db");
            json.WriteString("mode", "incremental");
            json.WriteStartObject("queries");
            foreach (var shape in EntityShape.All)
            {
                json.WriteString(shape.Name, SqlResource.OneLine(SouthSchema.Query(shape.Entity)));
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// The FHIR clinic (docs/fhir.md): its export folder, its time zone (timestamps carry offsets), and
    /// the maps of its own codes: its organization, visit types, referral orders, flowsheet instruments, survey.
    /// </summary>
    private static void WriteFhir(Utf8JsonWriter json, ClinicProfile clinic)
    {
        json.WriteString("type", "fhir");
        json.WriteString("path", clinic.SourceName + ClinicGenerator.FhirFolderSuffix);
        json.WriteString("timeZone", FhirClock.TimeZoneId);
        json.WriteStartObject("fhir");
        json.WriteStartObject("organizations");
        json.WriteString(FhirExtractWriter.Organization(clinic.ClinicId), clinic.ClinicId);
        json.WriteEndObject();
        json.WriteStartObject("encounterTypes");
        foreach (var (code, type) in FhirCodes.VisitTypeCodes)
        {
            json.WriteString(code, type);
        }

        json.WriteEndObject();
        json.WriteStartObject("referralServices");
        foreach (var (code, service) in FhirCodes.ReferralCodes)
        {
            json.WriteString(code, service);
        }

        json.WriteEndObject();
        json.WriteStartObject("instrumentCodes");
        foreach (var instrument in FhirCodes.FlowsheetInstruments)
        {
            json.WriteString(instrument, instrument);
        }

        json.WriteEndObject();
        json.WriteStartArray("surveyCodes");
        json.WriteStringValue(FhirCodes.SurveyCode);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Three PDSA cycles around the go-lives: the changes the pilots tested, with their predictions.</summary>
    private static IEnumerable<PdsaCycle> PdsaCycles(IReadOnlyList<ClinicProfile> clinics)
    {
        foreach (var clinic in clinics)
        {
            if (clinic.GoLive is not { } goLive)
            {
                continue;
            }

            if (clinic.ClinicId == "N1")
            {
                yield return new("N1-1", clinic.ClinicId, "depression_screening", "PHQ-2 at rooming by medical assistants",
                    goLive.AddDays(5), goLive.AddMonths(2).AddDays(-1), 0.7);
                yield return new("N1-2", clinic.ClinicId, "warm_handoff", "Same-day warm handoff to the embedded BH clinician",
                    goLive.AddMonths(3), goLive.AddMonths(5).AddDays(-1), 0.6);
            }
            else
            {
                yield return new($"{clinic.ClinicId}-1", clinic.ClinicId, "referral_engagement", "Care manager calls every referred patient within 7 days",
                    goLive.AddDays(14), goLive.AddMonths(3).AddDays(-1), 0.65);
            }
        }
    }

    private static void WriteCycle(Utf8JsonWriter json, PdsaCycle cycle)
    {
        json.WriteStartObject();
        json.WriteString("id", cycle.Id);
        json.WriteStartArray("clinicIds");
        json.WriteStringValue(cycle.ClinicId);
        json.WriteEndArray();
        json.WriteString("measureId", cycle.MeasureId);
        json.WriteString("title", cycle.Title);
        json.WriteString("start", Iso(cycle.Start));
        json.WriteString("end", Iso(cycle.End));
        json.WriteNumber("prediction", cycle.Prediction);
        json.WriteEndObject();
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
