using Microsoft.EntityFrameworkCore;

namespace Portal.Host.Tests.Messaging;

/// <summary>A module's own context, as a module would have one: a table of notes in the tenant's store.</summary>
public sealed class NoteDbContext(DbContextOptions<NoteDbContext> options) : DbContext(options)
{
    public DbSet<Note> Notes => Set<Note>();

    public static NoteDbContext On(string connectionString) => new(new DbContextOptionsBuilder<NoteDbContext>().UseSqlite(connectionString).Options);

    public async Task EnsureTableAsync() =>
        await Database.ExecuteSqlRawAsync("CREATE TABLE IF NOT EXISTS \"Notes\" (\"Id\" TEXT NOT NULL PRIMARY KEY, \"Text\" TEXT NOT NULL)");

    public sealed class Note
    {
        public Guid Id { get; set; }
        public string Text { get; set; } = "";
    }
}
