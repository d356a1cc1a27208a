using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using RazorDemo.Pages;

namespace RazorDemo.Tests.Security;

/// <summary>
/// The error page answers 503 with Retry-After when the database was out of reach (the primary restarting during the
/// fault drill of docs/scaling.md), and 500 for anything else.
/// </summary>
public class DatabaseUnavailableTest
{
    public static TheoryData<string, bool> Failures => new()
    {
        { "npgsql", true },
        { "wrapped-npgsql", true },
        { "sqlite", true },
        { "timeout", true },
        { "retry-limit", true },
        { "argument", false },
        { "invalid-operation", false },
        { "none", false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void OnlyAFailureToReachTheDatabase_IsCalledUnavailable(string failure, bool unavailable)
    {
        Exception? exception = failure switch
        {
            "npgsql" => new NpgsqlException("Exception while reading from stream"),
            "wrapped-npgsql" => new InvalidOperationException("An exception has been raised that is likely due to a transient failure.", new NpgsqlException("Connection refused")),
            "sqlite" => new Microsoft.Data.Sqlite.SqliteException("database is locked", 5),
            "timeout" => new TimeoutException(),
            "retry-limit" => new RetryLimitExceededException("Maximum number of retries exceeded.", new NpgsqlException("Connection refused")),
            "argument" => new ArgumentException("Not a Solar Hijri date."),
            "invalid-operation" => new InvalidOperationException("Sequence contains no elements"),
            _ => null,
        };

        ErrorModel.IsDatabaseUnavailable(exception).Should().Be(unavailable);
    }
}
