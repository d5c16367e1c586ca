using Microsoft.EntityFrameworkCore;
using Portal.CallRouting.Configuration.Data;
using Portal.CallRouting.Configuration.Models;

namespace Portal.CallRouting.Configuration.Services;

/// <summary>Call queues with their serving centres: list, read, create, change, delete; shared by the API and the pages.</summary>
public sealed class QueueRegistry(RoutingConfigurationDbContext db, RoutingConfigurationCache cache, ConfigurationAudit audit, TimeProvider clock)
{
    private const string What = "queue";

    public async Task<IReadOnlyList<QueueResponse>> ListAsync(CancellationToken cancellationToken) =>
        (await db.Queues.AsNoTracking().Include(q => q.ServingCentres).OrderBy(q => q.Priority).ThenBy(q => q.Code).ToListAsync(cancellationToken))
            .Select(ConfigurationMapping.ToResponse).ToList();

    public async Task<QueueResponse?> FindAsync(string code, CancellationToken cancellationToken) =>
        await db.Queues.AsNoTracking().Include(q => q.ServingCentres).FirstOrDefaultAsync(q => q.Code == code, cancellationToken) is { } row
            ? ConfigurationMapping.ToResponse(row)
            : null;

    public async Task<RegistryResult<QueueResponse>> CreateAsync(QueueInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        RoutingCodes.Check(errors, "code", input.Code, What);
        var serving = await ValidateAsync(input, errors, cancellationToken);
        if (errors.Any)
        {
            return RegistryResult<QueueResponse>.Invalid(errors.ToDictionary());
        }

        var code = input.Code!;
        if (await db.Queues.AnyAsync(q => q.Code == code, cancellationToken))
        {
            return Taken(code);
        }

        var now = clock.GetUtcNow();
        var row = new QueueRow
        {
            Code = code, Name = "", Service = "", Distribution = "", VersionId = CentreRegistry.NewVersion(), CreatedAt = now,
        };
        Apply(row, input, serving, now);
        db.Queues.Add(row);
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
        await audit.ChangedAsync("queue-created", code, Describe(row), cancellationToken);
        return RegistryResult<QueueResponse>.Done(ConfigurationMapping.ToResponse(row));
    }

    public async Task<RegistryResult<QueueResponse>> UpdateAsync(string code, QueueInput input, string? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await db.Queues.Include(q => q.ServingCentres).FirstOrDefaultAsync(q => q.Code == code, cancellationToken);
        if (row is null)
        {
            return RegistryResult<QueueResponse>.NotFound();
        }

        var errors = new FieldErrors();
        ConfigurationText.CheckUnchangedCode(errors, input.Code, code, What);
        var serving = await ValidateAsync(input, errors, cancellationToken);
        if (errors.Any)
        {
            return RegistryResult<QueueResponse>.Invalid(errors.ToDictionary());
        }

        if (expectedVersion is not null && expectedVersion != row.VersionId)
        {
            return RegistryResult<QueueResponse>.Stale(What);
        }

        Apply(row, input, serving, clock.GetUtcNow());
        row.VersionId = CentreRegistry.NewVersion();
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RegistryResult<QueueResponse>.Stale(What);
        }
        catch (DbUpdateException)
        {
            // A serving centre was deleted between the check and the save: the foreign key refused it.
            db.ChangeTracker.Clear();
            var again = new FieldErrors();
            await ValidateAsync(input, again, cancellationToken);
            return RegistryResult<QueueResponse>.Invalid(again.Any ? again.ToDictionary() : new Dictionary<string, string[]> { ["servingCentres"] = ["A serving centre no longer exists."] });
        }

        cache.Invalidate();
        await audit.ChangedAsync("queue-changed", code, Describe(row), cancellationToken);
        return RegistryResult<QueueResponse>.Done(ConfigurationMapping.ToResponse(row));
    }

    public async Task<RegistryResult<QueueResponse>> DeleteAsync(string code, string? expectedVersion, CancellationToken cancellationToken)
    {
        var row = await db.Queues.Include(q => q.ServingCentres).FirstOrDefaultAsync(q => q.Code == code, cancellationToken);
        if (row is null)
        {
            return RegistryResult<QueueResponse>.NotFound();
        }

        if (expectedVersion is not null && expectedVersion != row.VersionId)
        {
            return RegistryResult<QueueResponse>.Stale(What);
        }

        var response = ConfigurationMapping.ToResponse(row);
        db.Queues.Remove(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return RegistryResult<QueueResponse>.Stale(What);
        }

        cache.Invalidate();
        await audit.ChangedAsync("queue-deleted", code, null, cancellationToken);
        return RegistryResult<QueueResponse>.Done(response);
    }

    /// <summary>Checks every field; returns the serving centres read from the input (empty when they have errors).</summary>
    private async Task<List<QueueServingCentreRow>> ValidateAsync(QueueInput input, FieldErrors errors, CancellationToken cancellationToken)
    {
        ConfigurationText.RequireName(errors, input.Name, What);
        if (ConfigurationText.Clean(input.Service) is not { } service)
        {
            errors.Add("service", "Enter the service the queue answers: " + QueueServices.Hint + ".");
        }
        else if (!QueueServices.IsValid(service))
        {
            errors.Add("service", "The service must be " + QueueServices.Hint + ".");
        }

        ConfigurationText.CheckRange(errors, "priority", input.Priority, ConfigurationLimits.PriorityMin, ConfigurationLimits.PriorityMax, "the priority");
        ConfigurationText.CheckRange(errors, "maxLength", input.MaxLength, 1, ConfigurationLimits.MaxQueueLength, "the maximum queue length");
        ConfigurationText.CheckRange(errors, "maxWaitSeconds", input.MaxWaitSeconds, 1, ConfigurationLimits.MaxWaitSeconds, "the maximum wait in seconds");
        if (input.Announcement is { Length: > ConfigurationLimits.Announcement })
        {
            errors.Add("announcement", $"The announcement must be {ConfigurationLimits.Announcement} characters or fewer.");
        }

        if (string.IsNullOrWhiteSpace(input.Distribution))
        {
            errors.Add("distribution", "Choose how calls are offered to agents.");
        }
        else if (Distributions.Parse(input.Distribution) is null)
        {
            errors.Add("distribution", $"The distribution must be one of {string.Join(", ", Distributions.All.Select(d => d.Name))}.");
        }

        if (ConfigurationText.Clean(input.ScheduleCode) is { } schedule && !await db.Schedules.AnyAsync(s => s.Code == schedule, cancellationToken))
        {
            errors.Add("scheduleCode", $"There is no schedule '{schedule}'.");
        }

        return await ServingCentresAsync(input.ServingCentres, errors, cancellationToken);
    }

    private async Task<List<QueueServingCentreRow>> ServingCentresAsync(List<ServingCentreInput?>? input, FieldErrors errors, CancellationToken cancellationToken)
    {
        var rows = new List<QueueServingCentreRow>();
        if (input is null || input.Count == 0)
        {
            errors.Add("servingCentres", "Choose at least one centre to serve the queue.");
            return rows;
        }

        if (input.Count > ConfigurationLimits.MaxServingCentres)
        {
            errors.Add("servingCentres", $"A queue has at most {ConfigurationLimits.MaxServingCentres} serving centres.");
            return rows;
        }

        var known = (await db.Centres.AsNoTracking().Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < input.Count; i++)
        {
            var path = $"servingCentres[{i}]";
            var item = input[i];
            if (item is null)
            {
                errors.Add(path, "Give the centre's code and preference.");
                continue;
            }

            var valid = true;
            if (string.IsNullOrWhiteSpace(item.CentreCode))
            {
                errors.Add(path + ".centreCode", "Enter the code of the serving centre.");
                valid = false;
            }
            else if (!known.Contains(item.CentreCode))
            {
                errors.Add(path + ".centreCode", $"There is no centre '{item.CentreCode}'.");
                valid = false;
            }
            else if (!seen.Add(item.CentreCode))
            {
                errors.Add(path + ".centreCode", $"The centre '{item.CentreCode}' is listed more than once.");
                valid = false;
            }

            if (item.Preference is null or < ConfigurationLimits.PreferenceMin or > ConfigurationLimits.PreferenceMax)
            {
                errors.Add(path + ".preference", $"The preference must be a whole number from {ConfigurationLimits.PreferenceMin} (tried first) to {ConfigurationLimits.PreferenceMax} (tried last).");
                valid = false;
            }

            if (valid)
            {
                rows.Add(new QueueServingCentreRow { QueueCode = "", CentreCode = item.CentreCode!, Preference = item.Preference!.Value });
            }
        }

        return rows;
    }

    private static void Apply(QueueRow row, QueueInput input, List<QueueServingCentreRow> serving, DateTimeOffset now)
    {
        row.Name = input.Name!.Trim();
        row.Service = input.Service!.Trim();
        row.Priority = input.Priority!.Value;
        row.MaxLength = input.MaxLength!.Value;
        row.MaxWaitSeconds = input.MaxWaitSeconds!.Value;
        row.Announcement = ConfigurationText.Clean(input.Announcement);
        row.Distribution = input.Distribution!;
        row.ScheduleCode = ConfigurationText.Clean(input.ScheduleCode);
        row.UpdatedAt = now;

        // Keep the rows that stay (same key), change their preference, drop and add the rest.
        var wanted = serving.ToDictionary(s => s.CentreCode, StringComparer.Ordinal);
        row.ServingCentres.RemoveAll(s => !wanted.ContainsKey(s.CentreCode));
        foreach (var existing in row.ServingCentres)
        {
            existing.Preference = wanted[existing.CentreCode].Preference;
            wanted.Remove(existing.CentreCode);
        }

        row.ServingCentres.AddRange(wanted.Values.Select(s => new QueueServingCentreRow { QueueCode = row.Code, CentreCode = s.CentreCode, Preference = s.Preference }));
    }

    private async Task<bool> CodeTakenAsync(string code)
    {
        db.ChangeTracker.Clear();
        return await db.Queues.AnyAsync(q => q.Code == code);
    }

    private static RegistryResult<QueueResponse> Taken(string code) =>
        RegistryResult<QueueResponse>.Conflict("The code is taken.", "code", $"A queue with the code '{code}' already exists.");

    private static string Describe(QueueRow row) =>
        $"{row.Name}; service {row.Service}; priority {row.Priority}; max length {row.MaxLength}; max wait {row.MaxWaitSeconds} s; " +
        $"{row.Distribution}; schedule {row.ScheduleCode ?? "none"}; served by " +
        string.Join(", ", row.ServingCentres.OrderBy(s => s.Preference).Select(s => $"{s.CentreCode} ({s.Preference})"));
}
