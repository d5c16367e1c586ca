namespace Portal.Features.Models;

/// <summary>A plug-in file the platform found and did not load, with why.</summary>
public sealed record RefusedPluginResponse(string File, string Sha256, string Reason);
