using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Portal.Abstractions.Security;
using Portal.CallRouting.Scheduling.Models;

namespace Portal.CallRouting.Scheduling.Endpoints;

/// <summary>
/// <c>GET /api/routing/bank-holidays?year=2026</c>: the England and Wales bank holidays schedules close on, as the
/// calendar computes them, so a person can check them against GOV.UK. Without <c>year</c>, the current year.
/// </summary>
public static class BankHolidaysApi
{
    /// <summary>GOV.UK's name for the division (https://www.gov.uk/bank-holidays.json).</summary>
    public const string Division = "england-and-wales";

    public static IEndpointRouteBuilder MapBankHolidaysApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/routing/bank-holidays", List)
            .RequireAuthorization(Permissions.ViewRouting.Policy, ApiScope.Policy("routing.read"))
            .WithTags("Call routing")
            .WithName("ListBankHolidays")
            .WithSummary($"England and Wales bank holidays of a year ({EnglandAndWalesBankHolidays.FirstYear}-{EnglandAndWalesBankHolidays.LastYear}; default the current year), substitute days marked.")
            .Produces<BankHolidaysResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        return routes;
    }

    private static IResult List(HttpRequest request, TimeProvider clock)
    {
        var values = request.Query["year"];
        int year;
        if (values.Count == 0)
        {
            // London is on GMT at New Year, so the UTC year is London's year.
            year = clock.GetUtcNow().Year;
        }
        else if (values.Count > 1)
        {
            return Invalid("Give year once.");
        }
        else if (!int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out year)
            || !EnglandAndWalesBankHolidays.IsSupportedYear(year))
        {
            return Invalid($"Must be a year from {EnglandAndWalesBankHolidays.FirstYear} to {EnglandAndWalesBankHolidays.LastYear}, such as 2026.");
        }

        var holidays = EnglandAndWalesBankHolidays.InYear(year).Select(BankHolidayResponse.From).ToList();
        return Results.Ok(new BankHolidaysResponse(year, Division, holidays));
    }

    private static IResult Invalid(string reason) =>
        Results.ValidationProblem(new Dictionary<string, string[]> { ["year"] = [reason] }, title: "The year is not valid.");
}
