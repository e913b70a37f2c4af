namespace QiPipeline.SampleData;

/// <summary>Score ranges and positive thresholds of the instrument table in docs/measures.md.</summary>
internal static class Instruments
{
    /// <summary>The highest valid score, or null for the social-needs screens that carry only <c>positive</c>.</summary>
    public static int? MaxScore(Instrument instrument) => instrument switch
    {
        Instrument.Phq2 or Instrument.Gad2 or Instrument.Crafft => 6,
        Instrument.Phq9 or Instrument.PhqA => 27,
        Instrument.Epds => 30,
        Instrument.Gad7 => 21,
        Instrument.AuditC => 12,
        Instrument.Dast10 => 10,
        _ => null,
    };

    public static bool IsPositive(Instrument instrument, int score, Sex sex) => instrument switch
    {
        Instrument.Phq2 or Instrument.Gad2 or Instrument.Dast10 => score >= 3,
        Instrument.Phq9 or Instrument.PhqA or Instrument.Epds or Instrument.Gad7 => score >= 10,
        Instrument.AuditC => score >= (sex == Sex.Male ? 4 : 3),
        Instrument.Crafft => score >= 2,
        _ => false,
    };
}
