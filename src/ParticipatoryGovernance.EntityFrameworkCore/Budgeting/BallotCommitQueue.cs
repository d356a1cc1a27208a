using ParticipatoryGovernance.Budgeting;
using ParticipatoryGovernance.Budgeting.Events;
using ParticipatoryGovernance.Common;
using ParticipatoryGovernance.Residents;

namespace ParticipatoryGovernance.EntityFrameworkCore.Budgeting;

/// <summary>
/// Group commit for single ballots of one database in this process, in two stages that overlap: each caller queues its
/// ballot (checked already, or a voter with the command's check). Whoever takes the check lock takes every ballot
/// queued by then, reads all their voters in one query and runs each one's check; whoever takes the write lock writes
/// every checked ballot (one per round and voter, in queue order; a voter's second ballot waits for the next write)
/// with one statement per round. So the voters of the next group are read while the last group's commit is on its way
/// to disk, and concurrent requests share a read and a commit. A caller whose ballot someone else handled returns as
/// soon as it gets the lock. Thread-safe.
/// </summary>
#pragma warning disable CA1001 // One queue per database for the life of the process; its semaphore is never disposed.
internal sealed class BallotCommitQueue
{
    private const int MaxBatch = 5_000;
    private readonly object _gate = new();
    private readonly SemaphoreSlim _check = new(1, 1);
    private readonly SemaphoreSlim _write = new(1, 1);
    private readonly List<Pending> _waiting = [];
    private readonly List<Pending> _ready = [];

    /// <summary>Reads stored voters by id (those not found are absent).</summary>
    public delegate Task<IReadOnlyDictionary<ResidentId, Resident>> ReadVoters(IReadOnlyCollection<ResidentId> voters, CancellationToken cancellationToken);

    /// <summary>Writes checked ballots of one round in one transaction.</summary>
    public delegate Task<Result<IReadOnlyList<BudgetingBallotCast>>> WriteBallots(IReadOnlyList<BudgetingRoundBallot> ballots, CancellationToken cancellationToken);

    /// <summary>How many writes (groups) this queue has made, and how many ballots they held: for tests.</summary>
    public (long Writes, long Ballots) Written => (Interlocked.Read(ref _writes), Interlocked.Read(ref _ballots));

    private long _writes;
    private long _ballots;

    public Task<Result<BudgetingBallotCast>> StoreAsync(BudgetingRoundBallot ballot, ReadVoters read, WriteBallots write) =>
        EnqueueAsync(new Pending(ballot.RoundId, ballot.VoterId, ballot, null) { Checked = true }, read, write);

    public Task<Result<BudgetingBallotCast>> CastAsync(BudgetingRoundId round, ResidentId voter, Func<Resident?, Result<BudgetingRoundBallot>> check, ReadVoters read, WriteBallots write) =>
        EnqueueAsync(new Pending(round, voter, null, check), read, write);

    private async Task<Result<BudgetingBallotCast>> EnqueueAsync(Pending pending, ReadVoters read, WriteBallots write)
    {
        lock (_gate)
        {
            (pending.Checked ? _ready : _waiting).Add(pending);
        }

        // Not cancellable once queued: another caller may be checking or writing this ballot.
        while (!pending.Checked)
        {
            await _check.WaitAsync(CancellationToken.None);
            try
            {
                if (!pending.Checked)
                {
                    await CheckQueuedAsync(read);
                }
            }
            finally
            {
                _check.Release();
            }
        }

        while (!pending.Done.Task.IsCompleted)
        {
            await _write.WaitAsync(CancellationToken.None);
            try
            {
                if (!pending.Done.Task.IsCompleted)
                {
                    await WriteReadyAsync(write);
                }
            }
            finally
            {
                _write.Release();
            }
        }

        return await pending.Done.Task;
    }

    // Reads the voters of every ballot queued so far in one query and runs each one's check: a refusal answers its
    // caller at once; an accepted ballot joins the ballots ready to write, in queue order.
    private async Task CheckQueuedAsync(ReadVoters read)
    {
        List<Pending> batch;
        lock (_gate)
        {
            batch = [.. _waiting.Take(MaxBatch)];
            _waiting.RemoveRange(0, batch.Count);
        }

        IReadOnlyDictionary<ResidentId, Resident> voters;
        try
        {
            voters = await read([.. batch.Select(p => p.Voter).Distinct()], CancellationToken.None);
        }
        catch (Exception exception)
        {
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(exception);
                pending.Checked = true;
            }

            return;
        }

        var accepted = new List<Pending>(batch.Count);
        foreach (var pending in batch)
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
                    accepted.Add(pending);
                }
            }
            catch (Exception exception)
            {
                pending.Done.TrySetException(exception);
            }
        }

        lock (_gate)
        {
            _ready.AddRange(accepted);
        }

        foreach (var pending in batch)
        {
            pending.Checked = true;
        }
    }

    private async Task WriteReadyAsync(WriteBallots write)
    {
        var batch = new List<Pending>();
        lock (_gate)
        {
            var voters = new HashSet<(BudgetingRoundId, ResidentId)>();
            for (var i = 0; i < _ready.Count && batch.Count < MaxBatch; i++)
            {
                if (voters.Add((_ready[i].Round, _ready[i].Voter)))
                {
                    batch.Add(_ready[i]);
                    _ready.RemoveAt(i--);
                }
            }
        }

        foreach (var round in batch.GroupBy(p => p.Round))
        {
            var members = round.ToList();
            try
            {
                var stored = await write([.. members.Select(m => m.Ballot!)], CancellationToken.None);
                Interlocked.Increment(ref _writes);
                Interlocked.Add(ref _ballots, members.Count);
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

        /// <summary>Whether its check has run (always, for a ballot queued checked); set last, after the ballot joined the ready list.</summary>
        public bool Checked
        {
            get => Volatile.Read(ref _checked);
            set => Volatile.Write(ref _checked, value);
        }

        private bool _checked;

        public TaskCompletionSource<Result<BudgetingBallotCast>> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
#pragma warning restore CA1001
