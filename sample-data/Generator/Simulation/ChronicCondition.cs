namespace QiPipeline.SampleData;

/// <summary>A chronic condition recorded at the first visit, with its maintenance drug (if any).</summary>
internal sealed record ChronicCondition(string DxCode, string? Drug, string? DrugClass, Func<int, double> Prevalence);
