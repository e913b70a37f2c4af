namespace QiPipeline.Application.Configuration;

/// <summary>A configuration mistake; its message is one line naming the file and the key.</summary>
public sealed class ConfigurationException(string message) : Exception(message);
