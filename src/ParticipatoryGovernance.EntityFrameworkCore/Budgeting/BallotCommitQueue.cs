using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Budgeting;

/// <summary>
/// Group commit for single ballots of one database in this process: each caller queues its ballot (checked already,
/// or a voter with the command's check) and takes the write lock in turn; whoever holds it takes every ballot queued
/// by then (one per round and voter; a voter's second ballot waits for the next write), reads all their voters in one
/// query, runs each one's check, and writes the accepted ones with one statement per round, so concurrent requests
/// share a read and a commit. A caller whose ballot someone else wrote returns as soon as it gets the lock.
/// Thread-safe.
/// </summary>
#pragma warning disable CA1001 // One queue per database for the life of the process; its semaphore is never disposed.
internal sealed class BallotCommitQueue
{
    private const int MaxBatch = 5_000;
    private readonly object _gate = new();
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly List<Pending> _waiting = [];

    /// <summary>Reads stored voters by id (those not found are absent).</summary>
    public delegate Task<IReadOnlyDictionary<ResidentId, Resident>> ReadVoters(IReadOnlyCollection<ResidentId> voters, CancellationToken cancellationToken);

    /// <summary>Writes checked ballots of one round in one transaction.</summary>
    public delegate Task<Result<IReadOnlyList<BudgetingBallotCast>>> WriteBallots(IReadOnlyList<BudgetingRoundBallot> ballots, CancellationToken cancellationToken);

    public Task<Result<BudgetingBallotCast>> StoreAsync(BudgetingRoundBallot ballot, ReadVoters read, WriteBallots write) =>
        EnqueueAsync(new Pending(ballot.RoundId, ballot.VoterId, ballot, null), read, write);

    public Task<Result<BudgetingBallotCast>> CastAsync(BudgetingRoundId round, ResidentId voter, Func<Resident?, Result<BudgetingRoundBallot>> check, ReadVoters read, WriteBallots write) =>
        EnqueueAsync(new Pending(round, voter, null, check), read, write);

    private async Task<Result<BudgetingBallotCast>> EnqueueAsync(Pending pending, ReadVoters read, WriteBallots write)
    {
        lock (_gate)
        {
            _waiting.Add(pending);
        }

        while (!pending.Done.Task.IsCompleted)
        {
            // Not cancellable once queued: another caller may be writing this ballot.
            await _write.WaitAsync(CancellationToken.None);
            try
            {
                if (!pending.Done.Task.IsCompleted)
                {
                    await WriteQueuedAsync(read, write);
                }
            }
            finally
            {
                _write.Release();
            }
        }

        return await pending.Done.Task;
    }

    private async Task WriteQueuedAsync(ReadVoters read, WriteBallots write)
    {
        var batch = new List<Pending>();
        lock (_gate)
        {
            var voters = new HashSet<(BudgetingRoundId, ResidentId)>();
            for (var i = 0; i < _waiting.Count && batch.Count < MaxBatch; i++)
            {
                if (voters.Add((_waiting[i].Round, _waiting[i].Voter)))
                {
                    batch.Add(_waiting[i]);
                    _waiting.RemoveAt(i--);
                }
            }
        }

        var checks = batch.Where(p => p.Check is not null).ToList();
        if (checks.Count > 0)
        {
            IReadOnlyDictionary<ResidentId, Resident> voters;
            try
            {
                voters = await read([.. checks.Select(p => p.Voter).Distinct()], CancellationToken.None);
            }
            catch (Exception exception)
            {
                foreach (var pending in checks)
                {
                    pending.Done.TrySetException(exception);
                }

                voters = new Dictionary<ResidentId, Resident>();
            }

            foreach (var pending in checks.Where(p => !p.Done.Task.IsCompleted))
            {
                try
                {
                    var ballot = pending.Check!(voters.GetValueOrDefault(pending.Voter));
                    if (ballot.IsFailure)
                    {
                        pending.Done.TrySetResult(Result.Failure<BudgetingBallotCast>([.. ballot.Violations]));
                    }
                    else if (ballot.Value.RoundId != pending.Round || ballot.Value.VoterId != pending.Voter)
                    {
                        pending.Done.TrySetException(new InvalidOperationException("The check made a ballot of another round or voter than the one queued."));
                    }
                    else
                    {
                        pending.Ballot = ballot.Value;
                    }
                }
                catch (Exception exception)
                {
                    pending.Done.TrySetException(exception);
                }
            }
        }

        foreach (var round in batch.Where(p => p.Ballot is not null && !p.Done.Task.IsCompleted).GroupBy(p => p.Round))
        {
            var members = round.ToList();
            try
            {
                var stored = await write([.. members.Select(m => m.Ballot!)], CancellationToken.None);
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

    private sealed class Pending(BudgetingRoundId round, ResidentId voter, BudgetingRoundBallot? ballot, Func<Resident?, Result<BudgetingRoundBallot>>? check)
    {
        public BudgetingRoundId Round { get; } = round;

        public ResidentId Voter { get; } = voter;

        public Func<Resident?, Result<BudgetingRoundBallot>>? Check { get; } = check;

        public BudgetingRoundBallot? Ballot { get; set; } = ballot;

        public TaskCompletionSource<Result<BudgetingBallotCast>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
#pragma warning restore CA1001
