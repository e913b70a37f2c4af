namespace QiPipeline.SampleData;

/// <summary>Administrative sex: F, M, X, U in the contract.</summary>
internal enum Sex
{
    Female,
    Male,
    Other,
    Unknown,
}
