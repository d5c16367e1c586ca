using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Configuration.Data;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Scheduling;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>
/// Schedules: list, read, create, change, delete, and the manual override set or lifted with a reason; shared by
/// the API and the pages. An edit of the hours keeps the manual override: it is changed only on purpose.
/// </summary>
public sealed class ScheduleRegistry(RoutingConfigurationDbContext db, RoutingConfigurationCache cache, ConfigurationAudit audit, TimeProvider clock)
{
    private const string What = "schedule";

    public async Task<IReadOnlyList<ScheduleResponse>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Schedules.AsNoTracking().OrderBy(s => s.Code).ToListAsync(cancellationToken)).Select(ConfigurationMapping.ToResponse).ToList();

    public async Task<ScheduleResponse?> FindAsync(string code, CancellationToken cancellationToken) =>
        await db.Schedules.AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, cancellationToken) is { } row
            ? ConfigurationMapping.ToResponse(row)
            : null;

    public async Task<RegistryResult<ScheduleResponse>> CreateAsync(ScheduleInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        RoutingCodes.Check(errors, "code", input.Code, What);
        var (week, overrides) = Validate(input, errors);
        if (errors.Any)
        {
            return RegistryResult<ScheduleResponse>.Invalid(errors.ToDictionary());
        }

        var code = input.Code!;
        if (await db.Schedules.AnyAsync(s => s.Code == code, cancellationToken))
        {
            return Taken(code);
        }

        var now = clock.GetUtcNow();
        var row = new ScheduleRow
        {
            Code = code, Name = input.Name!.Trim(), WeekJson = ScheduleJson.Write(week), ClosedOnBankHolidays = input.ClosedOnBankHolidays ?? false,
            OverridesJson = ScheduleJson.Write(overrides), VersionId = CentreRegistry.NewVersion(), CreatedAt = now, UpdatedAt = now,
        };
        db.Schedules.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another request created the same code between the check and the save.
            if (await CodeTakenAsync(code))
            {
                return Taken(code);
            }

            throw;
        }

        cache.Invalidate();
        await audit.ChangedAsync("schedule-created", code, Describe(row), cancellationToken);
        return RegistryResult<ScheduleResponse>.Done(ConfigurationMapping.ToResponse(row));
    }

    public async Task<RegistryResult<ScheduleResponse>> UpdateAsync(string code, ScheduleInput input, string? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await db.Schedules.FirstOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (row is null)
        {
            return RegistryResult<ScheduleResponse>.NotFound();
        }

        var errors = new FieldErrors();
        ConfigurationText.CheckUnchangedCode(errors, input.Code, code, What);
        var (week, overrides) = Validate(input, errors);
        if (errors.Any)
        {
            return RegistryResult<ScheduleResponse>.Invalid(errors.ToDictionary());
        }

        if (expectedVersion is not null && expectedVersion != row.VersionId)
        {
            return RegistryResult<ScheduleResponse>.Stale(What);
        }

        row.Name = input.Name!.Trim();
        row.WeekJson = ScheduleJson.Write(week);
        row.ClosedOnBankHolidays = input.ClosedOnBankHolidays ?? false;
        row.OverridesJson = ScheduleJson.Write(overrides);
        return await SaveChangeAsync(row, "schedule-changed", Describe(row), cancellationToken);
    }

    /// <summary>Sets (ForceOpen/ForceClosed) or lifts (None) the manual override; a reason is required either way.</summary>
    public async Task<RegistryResult<ScheduleResponse>> OverrideAsync(string code, ManualOverrideInput input, string setBy, string? expectedVersion,
        CancellationToken cancellationToken)
    {
        var row = await db.Schedules.FirstOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (row is null)
        {
            return RegistryResult<ScheduleResponse>.NotFound();
        }

        var errors = new FieldErrors();
        var now = clock.GetUtcNow();
        ManualOverrideMode? mode = null;
        var lift = input.Mode == "None";
        if (string.IsNullOrWhiteSpace(input.Mode))
        {
            errors.Add("mode", "Choose ForceOpen, ForceClosed, or None to lift the override.");
        }
        else if (!lift)
        {
            if (input.Mode is nameof(ManualOverrideMode.ForceOpen) or nameof(ManualOverrideMode.ForceClosed))
            {
                mode = Enum.Parse<ManualOverrideMode>(input.Mode);
            }
            else
            {
                errors.Add("mode", "The mode must be ForceOpen, ForceClosed, or None to lift the override.");
            }
        }

        if (input.Until is { } until && !lift && until <= now)
        {
            errors.Add("until", "The override must last until a time in the future (or leave it out: until it is lifted).");
        }

        var reason = ConfigurationText.Clean(input.Reason);
        if (reason is null)
        {
            errors.Add("reason", lift ? "Give the reason for lifting the override." : "Give the reason for the override.");
        }
        else if (reason.Length > ConfigurationLimits.Reason)
        {
            errors.Add("reason", $"The reason must be {ConfigurationLimits.Reason} characters or fewer.");
        }

        if (errors.Any)
        {
            return RegistryResult<ScheduleResponse>.Invalid(errors.ToDictionary());
        }

        if (expectedVersion is not null && expectedVersion != row.VersionId)
        {
            return RegistryResult<ScheduleResponse>.Stale(What);
        }

        if (lift)
        {
            row.ManualOverrideJson = null;
            return await SaveChangeAsync(row, "schedule-override-lifted", reason, cancellationToken);
        }

        var manual = new ManualOverride(mode!.Value, input.Until, reason!, setBy, now);
        row.ManualOverrideJson = ScheduleJson.Write(manual);
        return await SaveChangeAsync(row, "schedule-override-set",
            $"{manual.Mode} until {(manual.Until is { } end ? end.ToString("O", CultureInfo.InvariantCulture) : "lifted")}: {reason}", cancellationToken);
    }

    public async Task<RegistryResult<ScheduleResponse>> DeleteAsync(string code, string? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await db.Schedules.FirstOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (row is null)
        {
            return RegistryResult<ScheduleResponse>.NotFound();
        }

        if (expectedVersion is not null && expectedVersion != row.VersionId)
        {
            return RegistryResult<ScheduleResponse>.Stale(What);
        }

        var users = await UsersAsync(code, cancellationToken);
        if (users.Count > 0)
        {
            return InUse(code, users);
        }

        var response = ConfigurationMapping.ToResponse(row);
        db.Schedules.Remove(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RegistryResult<ScheduleResponse>.Stale(What);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return InUse(code, await UsersAsync(code, cancellationToken));
        }

        cache.Invalidate();
        await audit.ChangedAsync("schedule-deleted", code, null, cancellationToken);
        return RegistryResult<ScheduleResponse>.Done(response);
    }

    private async Task<RegistryResult<ScheduleResponse>> SaveChangeAsync(ScheduleRow row, string action, string? detail, CancellationToken cancellationToken)
    {
        row.VersionId = CentreRegistry.NewVersion();
        row.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RegistryResult<ScheduleResponse>.Stale(What);
        }

        cache.Invalidate();
        await audit.ChangedAsync(action, row.Code, detail, cancellationToken);
        return RegistryResult<ScheduleResponse>.Done(ConfigurationMapping.ToResponse(row));
    }

    private static (List<WeeklyOpening> Week, List<HolidayOverride> Overrides) Validate(ScheduleInput input, FieldErrors errors)
    {
        ConfigurationText.RequireName(errors, input.Name, What);
        var week = new List<WeeklyOpening>();
        var days = new HashSet<DayOfWeek>();
        var weekInput = input.Week ?? [];
        if (weekInput.Count > 7)
        {
            errors.Add("week", "A week has seven days: list each day once.");
        }

        for (var i = 0; i < weekInput.Count && i < 7; i++)
        {
            var path = $"week[{i}]";
            if (weekInput[i] is not { } day)
            {
                errors.Add(path, "Give the day and its periods.");
                continue;
            }

            if (!Enum.TryParse<DayOfWeek>(day.Day, ignoreCase: false, out var dayOfWeek) || int.TryParse(day.Day, out _) || !Enum.IsDefined(dayOfWeek))
            {
                errors.Add(path + ".day", "The day must be Monday, Tuesday, Wednesday, Thursday, Friday, Saturday or Sunday.");
                continue;
            }

            if (!days.Add(dayOfWeek))
            {
                errors.Add(path + ".day", $"{dayOfWeek} is listed more than once: give all its periods in one entry.");
                continue;
            }

            if (ScheduleTimes.ReadPeriods(day.Periods, path + ".periods", errors) is { Count: > 0 } periods)
            {
                week.Add(new WeeklyOpening(dayOfWeek, periods));
            }
        }

        var overrides = new List<HolidayOverride>();
        var dates = new HashSet<DateOnly>();
        var overrideInput = input.Overrides ?? [];
        if (overrideInput.Count > ConfigurationLimits.MaxOverrides)
        {
            errors.Add("overrides", $"A schedule has at most {ConfigurationLimits.MaxOverrides} date overrides: remove the past ones.");
            return (week, overrides);
        }

        for (var i = 0; i < overrideInput.Count; i++)
        {
            var path = $"overrides[{i}]";
            if (overrideInput[i] is not { } item)
            {
                errors.Add(path, "Give the date, its periods (none: closed all day) and the reason.");
                continue;
            }

            if (item.Date is not { Length: 10 } || !DateOnly.TryParseExact(item.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                errors.Add(path + ".date", "Enter the date as yyyy-MM-dd, for example 2026-12-24.");
                continue;
            }

            if (!dates.Add(date))
            {
                errors.Add(path + ".date", $"{item.Date} is listed more than once.");
                continue;
            }

            var reason = ConfigurationText.Clean(item.Reason);
            if (reason is { Length: > ConfigurationLimits.Reason })
            {
                errors.Add(path + ".reason", $"The reason must be {ConfigurationLimits.Reason} characters or fewer.");
            }

            if (ScheduleTimes.ReadPeriods(item.Periods, path + ".periods", errors) is { } periods)
            {
                overrides.Add(new HolidayOverride(date, periods, reason));
            }
        }

        overrides = overrides.OrderBy(o => o.Date).ToList();
        if (!errors.Any)
        {
            // The calendar's own checks, so nothing is stored that the routing decisions could not compile.
            var definition = new ScheduleDefinition(input.Code ?? "", input.Name ?? "", week, input.ClosedOnBankHolidays ?? false, overrides, null);
            foreach (var problem in ScheduleDefinitionValidator.Validate(definition))
            {
                errors.Add(problem.Path, $"{problem.Path} {problem.Reason}");
            }
        }

        return (week, overrides);
    }

    private async Task<List<string>> UsersAsync(string code, CancellationToken cancellationToken)
    {
        var centres = await db.Centres.AsNoTracking().Where(c => c.ScheduleCode == code).Select(c => "centre " + c.Code).ToListAsync(cancellationToken);
        var queues = await db.Queues.AsNoTracking().Where(q => q.ScheduleCode == code).Select(q => "queue " + q.Code).ToListAsync(cancellationToken);
        return [.. centres.Order(StringComparer.Ordinal), .. queues.Order(StringComparer.Ordinal)];
    }

    private async Task<bool> CodeTakenAsync(string code)
    {
        db.ChangeTracker.Clear();
        return await db.Schedules.AnyAsync(s => s.Code == code);
    }

    private static RegistryResult<ScheduleResponse> Taken(string code) =>
        RegistryResult<ScheduleResponse>.Conflict("The code is taken.", "code", $"A schedule with the code '{code}' already exists.");

    private static RegistryResult<ScheduleResponse> InUse(string code, IReadOnlyList<string> users) =>
        RegistryResult<ScheduleResponse>.Conflict("The schedule is in use.", "code",
            $"The schedule '{code}' is used by {string.Join(", ", users)}: give them another schedule first.", users);

    private static string Describe(ScheduleRow row) =>
        $"{row.Name}; week {row.WeekJson}; closed on bank holidays: {row.ClosedOnBankHolidays}; overrides {row.OverridesJson}";
}
