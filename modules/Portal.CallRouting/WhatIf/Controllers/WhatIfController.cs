using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Portal.CallRouting.WhatIf.Endpoints;
using Portal.CallRouting.WhatIf.Models;
using Portal.CallRouting.WhatIf.Services;
using Portal.CallRouting.WhatIf.ViewModels;

namespace Portal.CallRouting.WhatIf.Controllers;

/// <summary>
/// <c>~/routing/what-if</c>: choose two plan versions and a day's profile (the built-in typical weekday, pasted CSV or
/// JSON, or an uploaded file) and see both predictions as a chart and as tables. Runs through
/// <see cref="WhatIfService"/>, like the API, so the checks and figures are the same. Nothing is stored: the form
/// posts (with antiforgery) only because a pasted profile is too long for an address.
/// </summary>
[Route("routing/what-if")]
[Authorize(Policy = Permissions.ViewRoutingPolicy)]
[AutoValidateAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class WhatIfController(IWhatIfPlanVersions versions, WhatIfService whatIf, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var list = await versions.ListAsync(cancellationToken);
        var form = new WhatIfForm
        {
            VersionA = list.Count > 1 ? list[1].Version : list.FirstOrDefault()?.Version,
            VersionB = list.Count > 1 ? list[0].Version : null,
            Replications = ArrivalProfileValidator.DefaultReplications,
        };
        return View(await PageAsync(form, list, null, cancellationToken));
    }

    [HttpPost("")]
    [RequestSizeLimit(WhatIfApi.MaxBodyBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = WhatIfApi.MaxBodyBytes)]
    public async Task<IActionResult> Index(WhatIfForm form, CancellationToken cancellationToken)
    {
        ModelState.Clear(); // binding messages are in English from MVC; the checks below say what is wrong in our words
        var list = await versions.ListAsync(cancellationToken);
        var request = await ReadRequestAsync(form, cancellationToken);
        if (request is null || !ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await PageAsync(form, list, null, cancellationToken));
        }

        var outcome = await whatIf.CompareAsync(request, cancellationToken, profilePrefix: "");
        if (outcome.Comparison is not null)
        {
            return View(await PageAsync(form, list, outcome.Comparison, cancellationToken));
        }

        if (outcome.MissingVersion is { } missing)
        {
            ModelState.AddModelError(form.VersionB == missing ? nameof(WhatIfForm.VersionB) : nameof(WhatIfForm.VersionA),
                $"There is no plan version {missing}.");
        }

        foreach (var (field, messages) in outcome.Errors ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                AddRequestError(field, message, form, request.Profile!);
            }
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(await PageAsync(form, list, null, cancellationToken));
    }

    private async Task<WhatIfRequest?> ReadRequestAsync(WhatIfForm form, CancellationToken cancellationToken)
    {
        if (form.VersionA is null)
        {
            ModelState.AddModelError(nameof(WhatIfForm.VersionA), "Choose the plan version to predict.");
        }

        if (form.VersionB is { } b && b == form.VersionA)
        {
            ModelState.AddModelError(nameof(WhatIfForm.VersionB), "Choose a different version to compare with, or none.");
        }

        DateOnly? date = null;
        if (!string.IsNullOrWhiteSpace(form.Date))
        {
            if (DateOnly.TryParseExact(form.Date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            else
            {
                ModelState.AddModelError(nameof(WhatIfForm.Date), "Enter the day as year-month-day, for example 2026-12-02, or leave it empty.");
            }
        }

        if (form.Replications is not { } replications || replications is < 1 or > ArrivalProfileValidator.MaxReplications)
        {
            ModelState.AddModelError(nameof(WhatIfForm.Replications), $"Replications must be a whole number from 1 to {ArrivalProfileValidator.MaxReplications}.");
        }

        var profile = await ReadProfileAsync(form, date, cancellationToken);
        if (profile is null || !ModelState.IsValid)
        {
            return null;
        }

        IReadOnlyList<int> chosen = form.VersionB is { } second ? [form.VersionA!.Value, second] : [form.VersionA!.Value];
        return new WhatIfRequest(chosen, profile, date, form.Replications, null);
    }

    private async Task<ArrivalProfile?> ReadProfileAsync(WhatIfForm form, DateOnly? date, CancellationToken cancellationToken)
    {
        switch (form.ProfileSource)
        {
            case WhatIfForm.TypicalSource:
                // The typical weekday is sized from the first version's centres and queues.
                var plan = form.VersionA is { } a ? await versions.FindAsync(a, cancellationToken) : null;
                if (plan is null && form.VersionA is { } unknown)
                {
                    ModelState.AddModelError(nameof(WhatIfForm.VersionA), $"There is no plan version {unknown}.");
                }

                return plan is null ? null : TypicalWeekdayProfile.For(plan.Configuration, date ?? WhatIfDay.NextWorkingDay(clock.GetUtcNow()));
            case WhatIfForm.PasteSource:
                if (string.IsNullOrWhiteSpace(form.ProfileText))
                {
                    ModelState.AddModelError(nameof(WhatIfForm.ProfileText), "Paste the profile as CSV or JSON.");
                    return null;
                }

                return Read(form.ProfileText, "Pasted profile", nameof(WhatIfForm.ProfileText));
            case WhatIfForm.UploadSource:
                if (form.ProfileFile is not { Length: > 0 } file)
                {
                    ModelState.AddModelError(nameof(WhatIfForm.ProfileFile), "Choose a CSV or JSON file with the profile.");
                    return null;
                }

                if (file.Length > WhatIfApi.MaxBodyBytes)
                {
                    ModelState.AddModelError(nameof(WhatIfForm.ProfileFile), "The file must be smaller than 1 MB.");
                    return null;
                }

                using (var reader = new StreamReader(file.OpenReadStream()))
                {
                    return Read(await reader.ReadToEndAsync(cancellationToken), Path.GetFileName(file.FileName), nameof(WhatIfForm.ProfileFile));
                }
            default:
                ModelState.AddModelError(nameof(WhatIfForm.ProfileSource), "Choose where the profile comes from.");
                return null;
        }
    }

    private ArrivalProfile? Read(string text, string name, string field)
    {
        var (profile, errors) = ArrivalProfileText.Read(text, name);
        foreach (var error in errors)
        {
            ModelState.AddModelError(field, error);
        }

        return profile;
    }

    private void AddRequestError(string field, string message, WhatIfForm form, ArrivalProfile profile)
    {
        var profileField = form.ProfileSource == WhatIfForm.UploadSource ? nameof(WhatIfForm.ProfileFile)
            : form.ProfileSource == WhatIfForm.PasteSource ? nameof(WhatIfForm.ProfileText)
            : nameof(WhatIfForm.ProfileSource);
        switch (field)
        {
            case "replications":
                ModelState.AddModelError(nameof(WhatIfForm.Replications), message);
                break;
            case "versions[1]":
                ModelState.AddModelError(nameof(WhatIfForm.VersionB), message);
                break;
            case var versionsField when versionsField.StartsWith("versions", StringComparison.Ordinal):
                ModelState.AddModelError(nameof(WhatIfForm.VersionA), message);
                break;
            default:
                ModelState.AddModelError(profileField, $"{ArrivalProfileText.Describe(field, profile)}: {message}");
                break;
        }
    }

    private async Task<WhatIfPageViewModel> PageAsync(WhatIfForm form, IReadOnlyList<WhatIfPlanVersionSummary> list, WhatIfComparison? result,
        CancellationToken cancellationToken)
    {
        var newest = list.Count > 0 ? await versions.FindAsync(list[0].Version, cancellationToken) : null;
        return new WhatIfPageViewModel
        {
            Form = form,
            Versions = list,
            TypicalCsv = newest is null ? null : ArrivalProfileCsv.Write(TypicalWeekdayProfile.For(newest.Configuration)),
            Result = result,
        };
    }
}
