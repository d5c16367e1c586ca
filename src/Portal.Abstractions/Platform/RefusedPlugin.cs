namespace Portal.Abstractions.Platform;

public sealed record RefusedPlugin(string FileName, string Sha256, string Reason);
