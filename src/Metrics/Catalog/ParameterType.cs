namespace QiPipeline.Metrics.Catalog;

/// <summary>The type of a parameter in the <c>measures</c> configuration section.</summary>
public enum ParameterType
{
    /// <summary>A whole number (days, months, an age, a score threshold).</summary>
    Integer,

    /// <summary>A yes/no switch (JSON <c>true</c> or <c>false</c>).</summary>
    Boolean,

    /// <summary>A list of texts (a JSON array): instruments, diagnosis prefixes, encounter types.</summary>
    TextList,

    /// <summary>Whole numbers by name (a JSON object), such as a positive threshold per instrument.</summary>
    IntegerMap,
}
