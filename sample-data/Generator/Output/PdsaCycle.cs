namespace QiPipeline.SampleData;

/// <summary>A PDSA cycle of qi.json: a change tested at one clinic, its measure, dates and predicted rate.</summary>
internal sealed record PdsaCycle(string Id, string ClinicId, string MeasureId, string Title, DateOnly Start, DateOnly End, double Prediction);
