using Microsoft.AspNetCore.Http;

namespace Portal.CallRouting.WhatIf.ViewModels;

/// <summary>The what-if page's form. Field names are the model-state keys, so the error summary links to the fields.</summary>
public sealed class WhatIfForm
{
    public const string TypicalSource = "typical";
    public const string PasteSource = "paste";
    public const string UploadSource = "upload";

    public int? VersionA { get; set; }
    /// <summary>Null to predict one version only.</summary>
    public int? VersionB { get; set; }
    /// <summary>The local day, as yyyy-mm-dd; empty for the next working day.</summary>
    public string? Date { get; set; }
    public int? Replications { get; set; }
    public string ProfileSource { get; set; } = TypicalSource;
    /// <summary>A profile pasted as CSV or JSON.</summary>
    public string? ProfileText { get; set; }
    public IFormFile? ProfileFile { get; set; }
}
