using Microsoft.AspNetCore.Mvc;
using Portal.Abstractions.Security;

namespace Portal.SamplePlugin.Controllers;

/// <summary>An OFFICIAL-SENSITIVE page, as a module would write one: the attribute does the checks, marking and audit.</summary>
[Route("sensitive-sample")]
public sealed class SensitiveSampleController : Controller
{
    public const string RecordText = "Sample sensitive record 42";
    public const int RecordId = 42;

    [HttpGet("")]
    [OfficialSensitive("ReadSamples")]
    public IActionResult Index() => View((object)RecordText);

    /// <summary>Let in by the policy, yet only record 42 exists: any other answers 404, which is no read.</summary>
    [HttpGet("{id:int}")]
    [OfficialSensitive("ReadSamples")]
    public IActionResult Record(int id) => id == RecordId ? View(nameof(Index), (object)RecordText) : NotFound();
}
