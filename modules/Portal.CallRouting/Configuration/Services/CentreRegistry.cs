using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Configuration.Data;
using Portal.CallRouting.Configuration.Models;
using Portal.CallRouting.Domain;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>
/// Contact centres: list, read, create, change, delete and change of service state, for the API and the pages
/// alike, so validation, refusals and audit entries are the same either way.
/// </summary>
public sealed class CentreRegistry(
    RoutingConfigurationDbContext db, RoutingConfigurationCache cache, ICentreServiceStates states, ConfigurationAudit audit, TimeProvider clock)
{
    private const string What = "centre";

    public async Task<IReadOnlyList<CentreResponse>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Centres.AsNoTracking().OrderBy(c => c.Code).ToListAsync(cancellationToken)).Select(ConfigurationMapping.ToResponse).ToList();

    public async Task<CentreResponse?> FindAsync(string code, CancellationToken cancellationToken) =>
        await db.Centres.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code, cancellationToken) is { } row
            ? ConfigurationMapping.ToResponse(row)
            : null;

    /// <summary>The centre's state changes, newest first (at most <see cref="ConfigurationLimits.HistoryPage"/>); null for an unknown centre.</summary>
    public async Task<IReadOnlyList<CentreStateChangeResponse>?> HistoryAsync(string code, CancellationToken cancellationToken)
    {
        if (!await db.Centres.AnyAsync(c => c.Code == code, cancellationToken))
        {
            return null;
        }

        return await db.CentreStateChanges.AsNoTracking().Where(c => c.CentreCode == code).OrderByDescending(c => c.Id)
            .Take(ConfigurationLimits.HistoryPage)
            .Select(c => new CentreStateChangeResponse(c.State, c.Reason, c.ChangedBy, c.ChangedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<RegistryResult<CentreResponse>> CreateAsync(CentreInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        RoutingCodes.Check(errors, "code", input.Code, What);
        await ValidateAsync(input, errors, cancellationToken);
        if (errors.Any)
        {
            return RegistryResult<CentreResponse>.Invalid(errors.ToDictionary());
        }

        var code = input.Code!;
        if (await db.Centres.AnyAsync(c => c.Code == code, cancellationToken))
        {
            return Taken(code);
        }

        var now = clock.GetUtcNow();
        var row = new CentreRow
        {
            Code = code, Name = input.Name!.Trim(), StaffedPositions = input.StaffedPositions!.Value,
            ScheduleCode = ConfigurationText.Clean(input.ScheduleCode), VersionId = NewVersion(), CreatedAt = now, UpdatedAt = now,
        };
        db.Centres.Add(row);
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
        await audit.ChangedAsync("centre-created", code, Describe(row), cancellationToken);
        return RegistryResult<CentreResponse>.Done(ConfigurationMapping.ToResponse(row));
    }

    public async Task<RegistryResult<CentreResponse>> UpdateAsync(string code, CentreInput input, string? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await db.Centres.FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (row is null)
        {
            return RegistryResult<CentreResponse>.NotFound();
        }

        var errors = new FieldErrors();
        ConfigurationText.CheckUnchangedCode(errors, input.Code, code, What);
        await ValidateAsync(input, errors, cancellationToken);
        if (errors.Any)
        {
            return RegistryResult<CentreResponse>.Invalid(errors.ToDictionary());
        }

        if (expectedVersion is not null && expectedVersion != row.VersionId)
        {
            return RegistryResult<CentreResponse>.Stale(What);
        }

        row.Name = input.Name!.Trim();
        row.StaffedPositions = input.StaffedPositions!.Value;
        row.ScheduleCode = ConfigurationText.Clean(input.ScheduleCode);
        row.VersionId = NewVersion();
        row.UpdatedAt = clock.GetUtcNow();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RegistryResult<CentreResponse>.Stale(What);
        }

        cache.Invalidate();
        await audit.ChangedAsync("centre-changed", code, Describe(row), cancellationToken);
        return RegistryResult<CentreResponse>.Done(ConfigurationMapping.ToResponse(row));
    }

    public async Task<RegistryResult<CentreResponse>> DeleteAsync(string code, string? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await db.Centres.FirstOrDefaultAsync(c => c.Code == code, cancellationToken);
        if (row is null)
        {
            return RegistryResult<CentreResponse>.NotFound();
        }

        if (expectedVersion is not null && expectedVersion != row.VersionId)
        {
            return RegistryResult<CentreResponse>.Stale(What);
        }

        var serving = await QueuesServedByAsync(code, cancellationToken);
        if (serving.Count > 0)
        {
            return InUse(code, serving);
        }

        db.Centres.Remove(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RegistryResult<CentreResponse>.Stale(What);
        }
        catch (DbUpdateException)
        {
            // A queue took the centre on between the check and the delete: the foreign key refused it.
            db.ChangeTracker.Clear();
            return InUse(code, await QueuesServedByAsync(code, cancellationToken));
        }

        cache.Invalidate();
        await audit.ChangedAsync("centre-deleted", code, null, cancellationToken);
        return RegistryResult<CentreResponse>.Done(ConfigurationMapping.ToResponse(row));
    }

    /// <summary>Validates a state change from a person or client, then makes it through <see cref="ICentreServiceStates"/>.</summary>
    public async Task<RegistryResult<CentreResponse>> ChangeStateAsync(string code, CentreStateInput input, string changedBy, CancellationToken cancellationToken)
    {
        if (!await db.Centres.AnyAsync(c => c.Code == code, cancellationToken))
        {
            return RegistryResult<CentreResponse>.NotFound();
        }

        var errors = new FieldErrors();
        CentreServiceState? state = null;
        if (string.IsNullOrWhiteSpace(input.State))
        {
            errors.Add("state", "Choose the centre's service state.");
        }
        else if (Enum.TryParse<CentreServiceState>(input.State, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(input.State, out _))
        {
            state = parsed;
        }
        else
        {
            errors.Add("state", $"The state must be one of {string.Join(", ", Enum.GetNames<CentreServiceState>())}.");
        }

        var reason = ConfigurationText.Clean(input.Reason);
        if (reason is null)
        {
            errors.Add("reason", "Give the reason for the change.");
        }
        else if (reason.Length > ConfigurationLimits.Reason)
        {
            errors.Add("reason", $"The reason must be {ConfigurationLimits.Reason} characters or fewer.");
        }

        if (errors.Any)
        {
            return RegistryResult<CentreResponse>.Invalid(errors.ToDictionary());
        }

        if (await states.ChangeAsync(code, state!.Value, reason!, changedBy, cancellationToken) is null)
        {
            return RegistryResult<CentreResponse>.NotFound();
        }

        return await FindAsync(code, cancellationToken) is { } centre ? RegistryResult<CentreResponse>.Done(centre) : RegistryResult<CentreResponse>.NotFound();
    }

    private async Task ValidateAsync(CentreInput input, FieldErrors errors, CancellationToken cancellationToken)
    {
        ConfigurationText.RequireName(errors, input.Name, What);
        ConfigurationText.CheckRange(errors, "staffedPositions", input.StaffedPositions, 0, ConfigurationLimits.MaxStaffedPositions, "the number of staffed positions");
        if (ConfigurationText.Clean(input.ScheduleCode) is { } schedule && !await db.Schedules.AnyAsync(s => s.Code == schedule, cancellationToken))
        {
            errors.Add("scheduleCode", $"There is no schedule '{schedule}'.");
        }
    }

    /// <summary>The codes of the queues the centre serves: while there are any, it cannot be deleted.</summary>
    public Task<List<string>> QueuesServedByAsync(string code, CancellationToken cancellationToken) =>
        db.ServingCentres.AsNoTracking().Where(s => s.CentreCode == code).Select(s => s.QueueCode).OrderBy(q => q).ToListAsync(cancellationToken);

    private async Task<bool> CodeTakenAsync(string code)
    {
        db.ChangeTracker.Clear();
        return await db.Centres.AnyAsync(c => c.Code == code);
    }

    private static RegistryResult<CentreResponse> Taken(string code) =>
        RegistryResult<CentreResponse>.Conflict("The code is taken.", "code", $"A centre with the code '{code}' already exists.");

    private static RegistryResult<CentreResponse> InUse(string code, IReadOnlyList<string> queues) =>
        RegistryResult<CentreResponse>.Conflict("The centre still serves queues.", "code",
            $"The centre '{code}' still serves {(queues.Count == 1 ? "the queue" : "the queues")} {string.Join(", ", queues)}: remove it from {(queues.Count == 1 ? "that queue" : "those queues")} first.",
            queues);

    private static string Describe(CentreRow row) =>
        $"{row.Name}; {row.StaffedPositions} staffed positions; schedule {row.ScheduleCode ?? "none (around the clock)"}";

    internal static string NewVersion() => Guid.NewGuid().ToString("N");
}
