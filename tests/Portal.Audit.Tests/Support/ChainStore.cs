using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Portal.Abstractions.Audit;
using Portal.Abstractions.Data;
using Portal.Audit.Data;
using Portal.Audit.Services;

namespace Portal.Audit.Tests.Support;

/// <summary>
/// An audit store on its own SQLite file, migrated as a tenant's would be, with the real <see cref="AuditLog"/> and
/// <see cref="AuditVerifier"/> over it, and raw SQL for the tests that play the attacker.
/// </summary>
public sealed class ChainStore : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("portal-audit-chain-").FullName;
    private readonly AuditWriteLock _lock = new();

    public ChainStore()
    {
        ConnectionString = $"Data Source={Path.Combine(_folder, "audit.db")}";
        using var db = NewContext();
        db.Database.Migrate();
    }

    public string ConnectionString { get; }

    public AuditSqliteDbContext NewContext() => new(new DbContextOptionsBuilder<AuditSqliteDbContext>()
        .UseSqlite(ConnectionString, x => x.MigrationsHistoryTable(MigrationsHistory.TableFor(AuditDbContext.Module))).Options);

    public async Task WriteAsync(AuditEntry entry, HttpContext? http = null)
    {
        await using var db = NewContext();
        await new AuditLog(db, _lock, new HttpContextAccessor { HttpContext = http }, TimeProvider.System).WriteAsync(entry);
    }

    /// <summary>Writes <paramref name="count"/> entries "entry 1".."entry N" (details), numbered 1..N.</summary>
    public async Task FillAsync(int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await WriteAsync(new AuditEntry(AuditCategories.Permissions, "role-permissions-changed", AuditOutcome.Success, "role-" + i, "entry " + i));
        }
    }

    public async Task<AuditVerification> VerifyAsync()
    {
        await using var db = NewContext();
        return await new AuditVerifier(db).VerifyAsync();
    }

    public async Task<int> ExecuteAsync(string sql, params object[] parameters)
    {
        await using var db = NewContext();
        return await db.Database.ExecuteSqlRawAsync(sql, parameters);
    }

    public async Task<List<Models.AuditRecord>> AllAsync()
    {
        await using var db = NewContext();
        return await db.Entries.AsNoTracking().OrderBy(e => e.Sequence).ToListAsync();
    }

    public void Dispose()
    {
        _lock.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
