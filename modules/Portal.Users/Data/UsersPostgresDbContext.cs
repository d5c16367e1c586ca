using Microsoft.EntityFrameworkCore;

namespace Portal.Users.Data;

public sealed class UsersPostgresDbContext(DbContextOptions<UsersPostgresDbContext> options) : UsersDbContext(options);
