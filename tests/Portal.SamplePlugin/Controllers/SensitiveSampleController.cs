using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;

namespace Portal.SamplePlugin.Controllers;

/// <summary>An OFFICIAL-SENSITIVE page, as a module would write one: the attribute does the checks, marking and audit.</summary>
[Route("sensitive-sample")]
public sealed class SensitiveSampleController : Controller
{
    public const string RecordText = "Sample sensitive record 42";

    [HttpGet("")]
    [OfficialSensitive("ReadSamples")]
    public IActionResult Index() => View((object)RecordText);
}
