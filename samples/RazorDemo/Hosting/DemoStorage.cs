using Microsoft.EntityFrameworkCore;
using ParticipatoryGovernance.EntityFrameworkCore.DependencyInjection;
using RazorDemo.Identity;

namespace RazorDemo.Hosting;

/// <summary>Where the demo keeps its records and accounts, chosen by configuration (issue #18, item 1).</summary>
public static class DemoStorage
{
    /// <summary>Registers the governance storage and the accounts' context.</summary>
    public static WebApplicationBuilder AddDemoStorage(this WebApplicationBuilder builder, string dataDirectory)
    {
        // The governance records are in SQLite beside the accounts unless Demo:Database=postgresql names PostgreSQL, with the
        // connection string in ConnectionStrings:Governance (the accounts stay in SQLite either way).
        switch (builder.Configuration["Demo:Database"]?.Trim().ToLowerInvariant())
        {
            case null or "" or "sqlite":
                builder.Services.AddParticipatoryGovernanceSqlite($"Data Source={Path.Combine(dataDirectory, "rafsanjan.db")}");
                break;
            case "postgresql" or "postgres":
                var governance = builder.Configuration.GetConnectionString("Governance");
                if (string.IsNullOrWhiteSpace(governance))
                {
                    throw new InvalidOperationException("Demo:Database=postgresql needs the connection string ConnectionStrings:Governance (e.g. Host=…;Database=…;Username=…).");
                }

                builder.Services.AddParticipatoryGovernancePostgres(governance, o => o.ReplicaConnectionString = builder.Configuration.GetConnectionString("GovernanceReplica"));
                break;
            case var other:
                throw new InvalidOperationException($"Demo:Database '{other}' is not known: use sqlite (the default) or postgresql.");
        }

        builder.Services.AddDbContext<DemoIdentityDbContext>(o => o.UseSqlite($"Data Source={Path.Combine(dataDirectory, "accounts.db")}"));
        return builder;
    }
}
