using Microsoft.EntityFrameworkCore;

namespace Portal.Users.Data;

public sealed class UsersSqliteDbContext(DbContextOptions<UsersSqliteDbContext> options) : UsersDbContext(options);
