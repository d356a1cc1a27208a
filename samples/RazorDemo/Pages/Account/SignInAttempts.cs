using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Caching.Memory;
using NodaTime;
using RazorDemo.Caching;
using RazorDemo.Identity;

namespace RazorDemo.Pages.Account;

/// <summary>
/// What the sign-in page does for an email that has no account, so that it answers as it does for one that has
/// (issue #18): the same password hashing work (one verification by the same <see cref="IPasswordHasher{TUser}"/>,
/// against a hash made by it), and the same lockout after the same number of failures, which Identity keeps for a
/// stored account and this class keeps, per email, for an unknown one. Identity keeps its count in the accounts' database,
/// shared by every web node on PostgreSQL; this class keeps its count in Redis when the nodes share one
/// (<see cref="SharedSignInFailures"/>), so that both lock after the same failures wherever they were made, and in the
/// node's memory otherwise, or while Redis is down.
/// </summary>
public sealed class SignInAttempts(IMemoryCache cache, IClock clock, SharedSignInFailures? shared = null)
{
    /// <summary>Failed sign-ins that lock an account (Identity's MaxFailedAccessAttempts).</summary>
    public const int MaximumFailures = 5;

    /// <summary>How long a locked account stays locked (Identity's DefaultLockoutTimeSpan).</summary>
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private static readonly DemoUser Nobody = new() { UserName = "nobody", Email = "nobody" };
    private readonly object _gate = new();
    private string? _hash;

    /// <summary>
    /// Verifies the password against a hash no password matches, by the hasher that verifies stored accounts' passwords:
    /// an unknown email costs what a known one with a wrong password costs.
    /// </summary>
    public void VerifyAgainstNobody(IPasswordHasher<DemoUser> hasher, string password)
    {
        ArgumentNullException.ThrowIfNull(hasher);
        lock (_gate)
        {
            _hash ??= hasher.HashPassword(Nobody, Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
        }

        hasher.VerifyHashedPassword(Nobody, _hash, password);
    }

    /// <summary>Whether an unknown email is "locked", as a stored account would be after as many failures.</summary>
    public async Task<bool> IsUnknownLockedAsync(string email) =>
        (shared is null ? null : await shared.IsLockedAsync(email))
        ?? (cache.TryGetValue(Key(email), out Counter? counter) && counter!.LockedUntil > clock.GetCurrentInstant());

    /// <summary>Counts a failure for an unknown email; true when it locks it (the failure that locks a stored account).</summary>
    public async Task<bool> UnknownFailedAsync(string email) =>
        (shared is null ? null : await shared.FailedAsync(email, MaximumFailures, LockoutDuration)) ?? FailedInMemory(email);

    /// <summary>Counts the failure in this node's memory (no Redis configured, or Redis down).</summary>
    private bool FailedInMemory(string email)
    {
        lock (_gate)
        {
            var counter = cache.GetOrCreate(Key(email), entry =>
            {
                entry.SlidingExpiration = TimeSpan.FromHours(1);
                entry.Size = 1;
                return new Counter();
            })!;
            if (counter.LockedUntil > clock.GetCurrentInstant())
            {
                return true;
            }

            counter.Failures++;
            if (counter.Failures < MaximumFailures)
            {
                return false;
            }

            counter.Failures = 0;
            counter.LockedUntil = clock.GetCurrentInstant() + Duration.FromTimeSpan(LockoutDuration);
            return true;
        }
    }

    private static string Key(string email) => "sign-in-unknown|" + email.Trim().ToUpperInvariant();

    private sealed class Counter
    {
        public int Failures { get; set; }

        public Instant LockedUntil { get; set; } = Instant.MinValue;
    }
}
