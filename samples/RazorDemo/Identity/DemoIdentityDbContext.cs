using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace RazorDemo.Identity;

/// <summary>
/// The demo's accounts: in their own SQLite file beside the model's database (the default), or in the model's PostgreSQL
/// database under the <see cref="PostgresSchema"/> schema, so that they never clash with the model's tables
/// (<c>Demo:Database=postgresql</c>, <see cref="RazorDemo.Hosting.DemoStorage"/>).
/// </summary>
public sealed class DemoIdentityDbContext(DbContextOptions<DemoIdentityDbContext> options) : IdentityDbContext<DemoUser>(options)
{
    /// <summary>The PostgreSQL schema holding the accounts' tables.</summary>
    public const string PostgresSchema = "identity";

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        if (Database.IsNpgsql())
        {
            builder.HasDefaultSchema(PostgresSchema);
        }
    }
}
