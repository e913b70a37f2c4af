using System.Text.Json;

namespace QiPipeline.Etl.Sources.Fhir;

/// <summary>An Appointment with status <c>noshow</c> to a no_show encounters record (docs/fhir.md, "Appointment").</summary>
internal static class AppointmentMapping
{
    /// <summary>Its id is prefixed so it cannot collide with an Encounter's id in the encounters of the source.</summary>
    public const string IdPrefix = "Appointment/";

    public static FhirRow? Map(JsonElement appointment, FhirMaps maps)
    {
        if (appointment.Text("status") != "noshow")
        {
            return null;
        }

        var actors = appointment.Items("participant").Select(p => p.Get("actor")).ToList();
        var types = appointment.AllCodings("serviceType").Concat(appointment.Get("appointmentType").Codings()).ToList();
        return new FhirRow
        {
            ["encounter_id"] = appointment.Text("id") is { } id ? IdPrefix + id : null,
            ["patient_id"] = actors.Select(a => a.ReferenceId("Patient")).FirstOrDefault(p => p is not null),
            ["clinic_id"] = maps.Clinic(actors),
            ["encounter_date"] = appointment.Text("start"),
            ["encounter_type"] = maps.EncounterType(types) ?? "primary_care",
            ["status"] = "no_show",
            ["provider_id"] = EncounterMapping.Provider(appointment),
        };
    }
}
