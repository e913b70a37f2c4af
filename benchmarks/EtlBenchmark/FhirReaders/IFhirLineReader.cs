using QiPipeline.Etl.Sources.Fhir;

namespace QiPipeline.EtlBenchmark.FhirReaders;

/// <summary>One NDJSON line of a resource type to the records it maps to, or null for a malformed line.</summary>
internal interface IFhirLineReader
{
    string Name { get; }

    IReadOnlyList<FhirRow?>? Read(string resourceType, string line);
}
