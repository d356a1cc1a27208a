using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace RazorDemo.Identity;

/// <summary>The demo's accounts, in their own SQLite file beside the model's database.</summary>
public sealed class DemoIdentityDbContext(DbContextOptions<DemoIdentityDbContext> options) : IdentityDbContext<DemoUser>(options);
