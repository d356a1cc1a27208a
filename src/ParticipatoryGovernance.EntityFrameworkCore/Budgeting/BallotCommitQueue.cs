using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.Common;

namespace ParticipatoryGovernance.EntityFrameworkCore.Budgeting;

/// <summary>
/// Group commit for single ballots of one database in this process: each caller queues its ballot and takes the write
/// lock in turn; whoever holds it writes every ballot queued by then (one per round and voter; a voter's second ballot
/// waits for the next write) with one statement per round, so concurrent requests share a commit. A caller whose
/// ballot someone else wrote returns as soon as it gets the lock. Thread-safe.
/// </summary>
#pragma warning disable CA1001 // One queue per database for the life of the process; its semaphore is never disposed.
internal sealed class BallotCommitQueue
{
    private const int MaxBatch = 5_000;
    private readonly object _gate = new();
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly List<(BudgetingRoundBallot Ballot, TaskCompletionSource<Result<BudgetingBallotCast>> Done)> _waiting = [];

    public async Task<Result<BudgetingBallotCast>> StoreAsync(
        BudgetingRoundBallot ballot,
        Func<IReadOnlyList<BudgetingRoundBallot>, CancellationToken, Task<Result<IReadOnlyList<BudgetingBallotCast>>>> write,
        CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<Result<BudgetingBallotCast>>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_gate)
        {
            _waiting.Add((ballot, done));
        }

        while (!done.Task.IsCompleted)
        {
            // Not cancellable once queued: another caller may be writing this ballot.
            await _write.WaitAsync(CancellationToken.None);
            try
            {
                if (!done.Task.IsCompleted)
                {
                    await WriteQueuedAsync(write);
                }
            }
            finally
            {
                _write.Release();
            }
        }

        return await done.Task;
    }

    private async Task WriteQueuedAsync(Func<IReadOnlyList<BudgetingRoundBallot>, CancellationToken, Task<Result<IReadOnlyList<BudgetingBallotCast>>>> write)
    {
        List<(BudgetingRoundBallot Ballot, TaskCompletionSource<Result<BudgetingBallotCast>> Done)> batch = [];
        lock (_gate)
        {
            var voters = new HashSet<(BudgetingRoundId, Residents.ResidentId)>();
            for (var i = 0; i < _waiting.Count && batch.Count < MaxBatch; i++)
            {
                if (voters.Add((_waiting[i].Ballot.RoundId, _waiting[i].Ballot.VoterId)))
                {
                    batch.Add(_waiting[i]);
                    _waiting.RemoveAt(i--);
                }
            }
        }

        foreach (var round in batch.GroupBy(b => b.Ballot.RoundId))
        {
            var members = round.ToList();
            try
            {
                var stored = await write([.. members.Select(m => m.Ballot)], CancellationToken.None);
                for (var i = 0; i < members.Count; i++)
                {
                    members[i].Done.TrySetResult(stored.IsSuccess
                        ? Result.Success(stored.Value[i])
                        : Result.Failure<BudgetingBallotCast>([.. stored.Violations]));
                }
            }
            catch (Exception exception)
            {
                foreach (var member in members)
                {
                    member.Done.TrySetException(exception);
                }
            }
        }
    }
}
#pragma warning restore CA1001
