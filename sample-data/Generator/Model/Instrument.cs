namespace QiPipeline.SampleData;

/// <summary>The instruments the generator uses (a subset of the table in docs/measures.md).</summary>
internal enum Instrument
{
    Phq2,
    Phq9,
    PhqA,
    Epds,
    Gad2,
    Gad7,
    AuditC,
    Dast10,
    Crafft,
    AhcHrsn,
    Prapare,
}
