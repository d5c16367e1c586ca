namespace Portal.Host.Modules;

/// <summary>The modules on this platform do not form a valid feature graph; the app must not start.</summary>
public sealed class FeatureGraphException(string message) : Exception(message);
