namespace QiPipeline.Cli.Configuration;

/// <summary>A configuration mistake; its message is one line naming the file and the key.</summary>
internal sealed class ConfigurationException(string message) : Exception(message);
